package org.touchstone.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A tenant's compliance figures over a span of days, optionally at one site: per standard, site,
 * region and touchpoint, per standard at each site, and per period (overall, and per standard for
 * its trend). Lists of standards come in key order, periods in time order.
 *
 * @param from the first day counted, or null for all
 * @param to the last day counted, or null for all
 * @param site the one site counted, or null for all
 */
public record Report(String tenant, LocalDate from, LocalDate to, String site, Period period, List<Figure> standards, List<Figure> sites,
		List<Figure> regions, List<Figure> touchpoints, Map<String, List<Figure>> standardsBySite, List<Figure> periods,
		Map<String, List<Figure>> trends) {

	/** The observations counted. */
	public int observations() {
		return standards.stream().mapToInt(Figure::observations).sum();
	}

	/** A standard's figure, or null when it has no observations in the report. */
	public Figure standard(String key) {
		return standards.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
	}

	/** A site's figure, or null. */
	public Figure site(String key) {
		return sites.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
	}
}
