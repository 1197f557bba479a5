package org.touchstone.search;

import java.util.Map;

/**
 * A search as a trainer asks for it.
 *
 * @param query   what was typed: words, "phrases", -word, field:value
 * @param filters more field filters (company, type, industry, tag, principle, failure-group, failure-type), e.g. from {@code --filter type=case}
 * @param limit   how many hits to return
 * @param offset  how many hits to skip, for paging
 */
public record SearchRequest(String query, Map<String, String> filters, int limit, int offset) {
	public SearchRequest {
		filters = filters == null ? Map.of() : Map.copyOf(filters);
		limit = limit <= 0 ? 10 : Math.min(limit, 1000);
		offset = Math.max(0, offset);
	}

	public static SearchRequest of(String query) {
		return new SearchRequest(query, Map.of(), 10, 0);
	}
}
