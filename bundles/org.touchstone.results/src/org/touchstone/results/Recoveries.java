package org.touchstone.results;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.touchstone.core.Bilingual;
import org.touchstone.model.Complaint;
import org.touchstone.model.CustomerOutcome;
import org.touchstone.model.Language;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.Site;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstonePackage.Literals;

/** Counts a tenant's complaint log into a {@link Recovery}. */
public final class Recoveries {
	private static final double DAYS_PER_MONTH = 365.25 / 12;

	private Recoveries() {
	}

	/** The complaints between two days (either may be null), at one site (null: all). */
	public static List<Complaint> between(Tenant tenant, LocalDate from, LocalDate to, String siteKey) {
		List<Complaint> chosen = new ArrayList<>();
		for (Complaint c : tenant.getComplaints()) {
			LocalDate day = c.getAt() == null ? null : c.getAt().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
			if (day == null || (from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) {
				continue;
			}
			if (siteKey != null && (c.getSite() == null || !c.getSite().getKey().equalsIgnoreCase(siteKey))) {
				continue;
			}
			chosen.add(c);
		}
		chosen.sort(Comparator.comparing(Complaint::getAt));
		return chosen;
	}

	public static Recovery of(Tenant tenant, LocalDate from, LocalDate to, String siteKey, Language language) {
		List<Complaint> log = between(tenant, from, to, siteKey);
		int followedUp = 0, asked = 0, unhappy = 0, known = 0, kept = 0;
		Map<String, Integer> byType = new TreeMap<>();
		Map<String, Integer> byTouchpoint = new TreeMap<>();
		Map<RecoveryPlaybook, List<Complaint>> byPlaybook = new LinkedHashMap<>();
		List<org.touchstone.core.CoreMessage> breaches = new ArrayList<>();
		for (Complaint c : log) {
			followedUp += c.isFollowUpDone() ? 1 : 0;
			if (c.getSatisfiedAfterRecovery() != null) {
				asked++;
				unhappy += c.getSatisfiedAfterRecovery() ? 0 : 1;
			}
			if (c.getOutcome() != CustomerOutcome.UNKNOWN) {
				known++;
				kept += c.getOutcome() == CustomerOutcome.KEPT ? 1 : 0;
			}
			byType.merge(c.isSetFailureType() ? c.getFailureType().getLiteral() : "", 1, Integer::sum);
			byTouchpoint.merge(c.getTouchpoint() == null ? "" : c.getTouchpoint().getKey(), 1, Integer::sum);
			if (c.getPlaybook() != null) {
				byPlaybook.computeIfAbsent(c.getPlaybook(), p -> new ArrayList<>()).add(c);
			}
			breaches.addAll(PlaybookCheck.breaches(c));
		}
		List<Recovery.PlaybookFigure> playbooks = new ArrayList<>();
		byPlaybook.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(RecoveryPlaybook::getKey))).forEach(e -> {
			List<Complaint> cs = e.getValue();
			List<Integer> times = cs.stream().map(Complaint::getResolutionMinutes).filter(m -> m != null).sorted().toList();
			long told = cs.stream().filter(c -> PlaybookCheck.resolvedInTime(c) != null).count();
			long inTime = cs.stream().filter(c -> Boolean.TRUE.equals(PlaybookCheck.resolvedInTime(c))).count();
			playbooks.add(new Recovery.PlaybookFigure(e.getKey().getKey(), Bilingual.of(e.getKey(), Literals.RECOVERY_PLAYBOOK__TITLE).shown(language).text(),
					cs.size(), median(times), told == 0 ? null : inTime * 100.0 / told, (int) cs.stream().filter(c -> c.getOutcome() == CustomerOutcome.KEPT).count(),
					(int) cs.stream().filter(c -> c.getOutcome() == CustomerOutcome.LOST).count()));
		});
		int n = log.size();
		return new Recovery(n, perThousand(tenant, log, from, to, siteKey), n * Recovery.SILENT_PER_COMPLAINT, n == 0 ? null : (n - followedUp) * 100.0 / n,
				asked == 0 ? null : unhappy * 100.0 / asked, known == 0 ? null : kept * 100.0 / known, playbooks, mostFirst(byType), mostFirst(byTouchpoint),
				breaches);
	}

	/** Complaints per 1,000 customers over the span, when every site counted says how many customers it serves a month. */
	private static Double perThousand(Tenant tenant, List<Complaint> log, LocalDate from, LocalDate to, String siteKey) {
		if (log.isEmpty() && (from == null || to == null)) {
			return null;
		}
		LocalDate first = from != null ? from : log.get(0).getAt().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
		LocalDate last = to != null ? to : log.get(log.size() - 1).getAt().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
		double months = (ChronoUnit.DAYS.between(first, last) + 1) / DAYS_PER_MONTH;
		double customers = 0;
		for (Site site : tenant.getSites()) {
			if (siteKey != null && !site.getKey().equalsIgnoreCase(siteKey)) {
				continue;
			}
			if (site.getCustomersPerMonth() == null) {
				return null;
			}
			customers += site.getCustomersPerMonth() * months;
		}
		return customers == 0 ? null : log.size() * 1000.0 / customers;
	}

	private static Double median(List<Integer> sorted) {
		if (sorted.isEmpty()) {
			return null;
		}
		int mid = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
	}

	private static Map<String, Integer> mostFirst(Map<String, Integer> counts) {
		Map<String, Integer> sorted = new LinkedHashMap<>();
		counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}
}
