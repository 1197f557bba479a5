package org.touchstone.results;

import java.time.LocalDateTime;

/**
 * One measured result: a criterion of a standard's revision observed at a site at a time.
 *
 * @param criterion the criterion's place in the revision, from 1
 * @param segment the customer segment served, or null
 * @param at the site's local date and time
 * @param value the value in the criterion's unit; a yes is 100 and a no 0
 * @param audit the form (or visit) the result belongs to
 * @param note what the observer noted, or null
 */
public record Observation(String standard, int revision, int criterion, String site, String segment, LocalDateTime at, double value, String observer,
		String audit, String note) {
}
