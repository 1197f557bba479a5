package org.touchstone.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.touchstone.core.CoreMessage;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.Finding;
import org.touchstone.model.Complaint;
import org.touchstone.model.Language;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;
import org.touchstone.model.Touchpoint;

/**
 * What the results say about the standards themselves, beside the lint: a standard nobody has
 * observed within its review interval, one met every time for a year (too easy: tighten it?), one
 * met less than half the time (unrealistic, or a training need), and a touchpoint where things go
 * wrong with no standard and no playbook for it. A tenant that records no results gets none of
 * these: it has not started measuring, which is not a finding about any one standard.
 */
public final class DataFindings {
	/** Fewer observations than this in a year say nothing about how easy a standard is. */
	static final int ENOUGH_TO_JUDGE = 20;

	private DataFindings() {
	}

	/** The findings, their messages in the tenant's language. */
	public static List<Finding> of(Tenant tenant, ObservationTable table, LocalDate today) {
		return of(tenant, table, tenant.getLocale() == Language.EN ? Language.EN : Language.ZH, today);
	}

	/** The findings, their messages in the given language (the reader's). */
	public static List<Finding> of(Tenant tenant, ObservationTable table, Language language, LocalDate today) {
		List<Finding> findings = new ArrayList<>();
		LocalDate yearAgo = today.minusYears(1).plusDays(1);
		if (table.size() > 0) {
			Report year = Figures.of(tenant, table, yearAgo, today, null, Period.MONTH, language);
			Map<String, Long> lastSeen = lastObserved(table);
			for (ServiceStandard standard : tenant.getStandards()) {
				StandardRevision effective = DocumentControl.effective(standard);
				if (effective == null) {
					continue;
				}
				Long last = lastSeen.get(standard.getKey());
				LocalDate since = today.minusMonths(Math.max(1, effective.getReviewIntervalMonths()));
				if (last == null || ObservationTable.time(last).toLocalDate().isBefore(since)) {
					findings.add(warning("results.not-observed", standard, language, CoreMessage.of("finding.notObserved", standard.getKey(),
							effective.getReviewIntervalMonths(), last == null ? "-" : ObservationTable.time(last).toLocalDate())));
				}
				Figure figure = year.standard(standard.getKey());
				if (figure == null || figure.observations() < ENOUGH_TO_JUDGE) {
					continue;
				}
				if (figure.met() == figure.observations()) {
					findings.add(warning("results.always-met", standard, language, CoreMessage.of("finding.alwaysMet", standard.getKey(), figure.observations(),
							year.sites().size())));
				} else if (figure.rate() < 50) {
					findings.add(warning("results.rarely-met", standard, language, CoreMessage.of("finding.rarelyMet", standard.getKey(),
							String.format(java.util.Locale.ROOT, "%.0f", figure.rate()), figure.observations())));
				}
			}
		}
		findings.addAll(uncoveredTouchpoints(tenant, yearAgo, today, language));
		return findings;
	}

	/** Touchpoints with failures in the year, no standard in force, and no playbook used for any of them. */
	private static List<Finding> uncoveredTouchpoints(Tenant tenant, LocalDate from, LocalDate to, Language language) {
		Map<Touchpoint, Integer> failures = new HashMap<>();
		Set<Touchpoint> recovered = new HashSet<>();
		for (Complaint c : Recoveries.between(tenant, from, to, null)) {
			if (c.getTouchpoint() != null) {
				failures.merge(c.getTouchpoint(), 1, Integer::sum);
				if (c.getPlaybook() != null) {
					recovered.add(c.getTouchpoint());
				}
			}
		}
		Set<Touchpoint> standardised = new HashSet<>();
		for (ServiceStandard s : tenant.getStandards()) {
			StandardRevision effective = DocumentControl.effective(s);
			if (effective != null && effective.getTouchpoint() != null) {
				standardised.add(effective.getTouchpoint());
			}
		}
		List<Finding> findings = new ArrayList<>();
		for (Touchpoint tp : tenant.getTouchpoints()) {
			if (failures.containsKey(tp) && !standardised.contains(tp) && !recovered.contains(tp)) {
				findings.add(new Finding(Finding.Severity.WARNING, "results.uncovered-touchpoint", tp.getUuid(), tp.getKey(),
						CoreMessage.of("finding.uncoveredTouchpoint", tp.getKey(), failures.get(tp)).in(language)));
			}
		}
		return findings;
	}

	private static Map<String, Long> lastObserved(ObservationTable t) {
		long[] last = new long[t.standards.count()];
		java.util.Arrays.fill(last, Long.MIN_VALUE);
		for (int i = 0; i < t.size; i++) {
			last[t.standard[i]] = Math.max(last[t.standard[i]], t.at[i]);
		}
		Map<String, Long> byKey = new HashMap<>();
		for (int s = 0; s < last.length; s++) {
			if (last[s] != Long.MIN_VALUE) {
				byKey.put(t.standards.name(s), last[s]);
			}
		}
		return byKey;
	}

	private static Finding warning(String code, ServiceStandard standard, Language language, CoreMessage message) {
		return new Finding(Finding.Severity.WARNING, code, standard.getUuid(), standard.getKey(), message.in(language));
	}
}
