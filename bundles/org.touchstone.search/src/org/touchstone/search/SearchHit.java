package org.touchstone.search;

/**
 * One result.
 *
 * @param id      the element's UUID
 * @param key     its human key (G-001, PB-ROOM, haier-nothing-missed)
 * @param type    case, standard or playbook
 * @param title   its title in the tenant's language where there is one
 * @param company the company a case is about, or null
 * @param tenant  the tenant it belongs to ({@code library} for the shared case library)
 * @param score   the relevance score
 * @param snippet a passage with the matching words marked {@code <em>...</em>}, HTML-escaped
 */
public record SearchHit(String id, String key, String type, String title, String company, String tenant, float score, String snippet) {
}
