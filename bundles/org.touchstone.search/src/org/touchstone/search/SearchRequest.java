package org.touchstone.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A search as a trainer asks for it.
 *
 * @param query   what was typed: words, "phrases", -word, field:value
 * @param filters more field filters (company, type, industry, tag, principle, failure-group, failure-type), e.g. from {@code --filter type=case}
 * @param limit   how many hits to return
 * @param offset  how many hits to skip, for paging
 * @param ticked  facet values ticked in the workbench, by facet (type, company, industry, principle,
 *                scope, failure_group): a hit has one of the ticked values of every facet ticked;
 *                each facet's own counts still count as if nothing in it were ticked
 */
public record SearchRequest(String query, Map<String, String> filters, int limit, int offset, Map<String, Set<String>> ticked) {
	public SearchRequest {
		filters = filters == null ? Map.of() : Map.copyOf(filters);
		limit = limit <= 0 ? 10 : Math.min(limit, 1000);
		offset = Math.max(0, offset);
		Map<String, Set<String>> kept = new LinkedHashMap<>();
		if (ticked != null) {
			ticked.forEach((facet, values) -> {
				if (values != null && !values.isEmpty()) {
					kept.put(facet, Set.copyOf(values));
				}
			});
		}
		ticked = Map.copyOf(kept);
	}

	public SearchRequest(String query, Map<String, String> filters, int limit, int offset) {
		this(query, filters, limit, offset, Map.of());
	}

	public static SearchRequest of(String query) {
		return new SearchRequest(query, Map.of(), 10, 0);
	}
}
