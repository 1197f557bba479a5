package org.touchstone.team;

import java.time.Instant;

/**
 * What stopped a sync: one field both sides changed (both values, and who changed it on the other
 * side and when), a revision one side took out of draft while the other edited it ({@code field}
 * is {@code status}, the values are the two states), or a file that is not a standard changed on
 * both sides ({@code field} null: the element is named whole).
 *
 * @param element     the standard and revision ({@code G-003 r1}) or the element's key
 * @param field       the field in the words of {@code standard diff}, {@code status}, or null
 * @param mine        this side's value
 * @param theirs      the other side's value
 * @param theirAuthor who made the other side's change
 * @param theirTime   when, or null when not known
 * @param file        the element's file, relative to the tenant's folder
 */
public record Conflict(String element, String field, String mine, String theirs, String theirAuthor, Instant theirTime, String file) {
	/**
	 * How a user names this conflict when choosing a side for it: {@code G-003 r1: title (English)},
	 * {@code G-008 r2: status}, or the element's key when it is named whole.
	 */
	public String id() {
		return field == null ? element : element + ": " + field;
	}
}
