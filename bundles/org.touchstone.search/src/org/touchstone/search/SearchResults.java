package org.touchstone.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param query   the query as typed
 * @param total   how many hits there are in all
 * @param hits    the page of hits asked for
 * @param facets  counts per facet (type, company, industry, principle, scope, failure_group) and value
 * @param notices what was done with parts of the query that could not be used as typed
 */
public record SearchResults(String query, long total, List<SearchHit> hits, Map<String, Map<String, Integer>> facets, List<org.touchstone.core.CoreMessage> notices) {
}
