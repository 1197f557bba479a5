package org.touchstone.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.touchstone.core.Bilingual;
import org.touchstone.core.InForce;
import org.touchstone.core.Unit;
import org.touchstone.model.Comparison;
import org.touchstone.model.Criterion;
import org.touchstone.model.CustomerSegment;
import org.touchstone.model.Language;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.Site;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstonePackage.Literals;

/**
 * Counts a tenant's results into a {@link Report}. Each observation is judged against the
 * threshold of the revision it was measured under, at its site, for its segment
 * ({@link InForce#threshold}); a yes/no item is met by a yes. Those judgements are made once per
 * distinct (standard, revision, criterion, site, segment), not once per row.
 */
public final class Figures {
	private static final double EXACT = 1e-9;

	private Figures() {
	}

	/** The report over the observations between two days (either may be null), at one site or all. */
	public static Report of(Tenant tenant, ObservationTable t, LocalDate from, LocalDate to, String siteKey, Period period, Language language) {
		Judge judge = new Judge(tenant, t);
		long first = from == null ? Long.MIN_VALUE : ObservationTable.seconds(from.atStartOfDay());
		long last = to == null ? Long.MAX_VALUE : ObservationTable.seconds(to.plusDays(1).atStartOfDay()) - 1;
		int onlySite = siteKey == null ? -2 : t.sites.find(siteKey);

		int standards = t.standards.count();
		int sites = t.sites.count();
		int[] stdCount = new int[standards], stdMet = new int[standards];
		int[] siteCount = new int[sites], siteMet = new int[sites];
		int[] bySiteCount = new int[standards * sites], bySiteMet = new int[standards * sites];
		Map<String, int[]> periods = new TreeMap<>();
		Map<Long, int[]> trend = new HashMap<>();
		Map<Long, String> periodOfDay = new HashMap<>();
		for (int i = 0; i < t.size; i++) {
			if (t.at[i] < first || t.at[i] > last || (onlySite != -2 && t.site[i] != onlySite)) {
				continue;
			}
			int combo = judge.combo(i);
			if (combo < 0) {
				continue; // measured against a standard or revision the tenant no longer has
			}
			int met = judge.met(combo, t.value[i]) ? 1 : 0;
			int s = t.standard[i];
			stdCount[s]++;
			stdMet[s] += met;
			siteCount[t.site[i]]++;
			siteMet[t.site[i]] += met;
			bySiteCount[s * sites + t.site[i]]++;
			bySiteMet[s * sites + t.site[i]] += met;
			long day = Math.floorDiv(t.at[i], 86_400L);
			String name = periodOfDay.computeIfAbsent(day, d -> period.of(LocalDate.ofEpochDay(d)));
			int[] p = periods.computeIfAbsent(name, k -> new int[2]);
			p[0]++;
			p[1] += met;
			int[] tr = trend.computeIfAbsent(((long) s << 32) | (name.hashCode() & 0xffffffffL), k -> new int[2]);
			tr[0]++;
			tr[1] += met;
		}

		Map<String, ServiceStandard> byKey = new HashMap<>();
		tenant.getStandards().forEach(st -> byKey.put(st.getKey(), st));
		Map<String, Site> siteByKey = new HashMap<>();
		tenant.getSites().forEach(st -> siteByKey.put(st.getKey(), st));

		List<Figure> standardFigures = new ArrayList<>();
		Map<String, int[]> touchpoints = new TreeMap<>();
		Map<String, String> touchpointNames = new HashMap<>();
		for (int s : sortedIds(t.standards)) {
			if (stdCount[s] == 0) {
				continue;
			}
			ServiceStandard standard = byKey.get(t.standards.name(s));
			StandardRevision latest = standard.getRevisions().get(standard.getRevisions().size() - 1);
			StandardRevision measured = judge.newestMeasured(s);
			standardFigures.add(new Figure(standard.getKey(), Bilingual.of(latest, Literals.STANDARD_REVISION__TITLE).shown(language).text(), stdCount[s],
					stdMet[s], target(measured)));
			String tp = measured.getTouchpoint() == null ? "" : measured.getTouchpoint().getKey();
			if (measured.getTouchpoint() != null) {
				touchpointNames.put(tp, Bilingual.of(measured.getTouchpoint(), Literals.TOUCHPOINT__NAME).shown(language).text());
			}
			int[] c = touchpoints.computeIfAbsent(tp, k -> new int[2]);
			c[0] += stdCount[s];
			c[1] += stdMet[s];
		}
		List<Figure> siteFigures = new ArrayList<>();
		Map<String, int[]> regions = new TreeMap<>();
		Map<String, List<Figure>> bySite = new LinkedHashMap<>();
		for (int site : sortedIds(t.sites)) {
			if (siteCount[site] == 0) {
				continue;
			}
			Site model = siteByKey.get(t.sites.name(site));
			String name = model == null ? t.sites.name(site) : Bilingual.of(model, Literals.SITE__NAME).shown(language).text();
			siteFigures.add(new Figure(t.sites.name(site), name, siteCount[site], siteMet[site], null));
			String region = model == null ? "" : Bilingual.of(model, Literals.SITE__REGION).shown(language).text();
			int[] r = regions.computeIfAbsent(region, k -> new int[2]);
			r[0] += siteCount[site];
			r[1] += siteMet[site];
			List<Figure> figures = new ArrayList<>();
			for (Figure standard : standardFigures) {
				int s = t.standards.find(standard.key());
				if (bySiteCount[s * sites + site] > 0) {
					figures.add(new Figure(standard.key(), standard.name(), bySiteCount[s * sites + site], bySiteMet[s * sites + site], standard.target()));
				}
			}
			bySite.put(t.sites.name(site), figures);
		}
		List<Figure> periodFigures = new ArrayList<>();
		periods.forEach((name, c) -> periodFigures.add(new Figure(name, name, c[0], c[1], null)));
		Map<String, List<Figure>> trends = new LinkedHashMap<>();
		for (Figure standard : standardFigures) {
			int s = t.standards.find(standard.key());
			List<Figure> series = new ArrayList<>();
			for (String name : periods.keySet()) {
				int[] c = trend.get(((long) s << 32) | (name.hashCode() & 0xffffffffL));
				if (c != null) {
					series.add(new Figure(name, name, c[0], c[1], standard.target()));
				}
			}
			trends.put(standard.key(), series);
		}
		return new Report(tenant.getId(), from, to, siteKey, period, standardFigures, siteFigures, counted(regions, null), counted(touchpoints, touchpointNames),
				bySite, periodFigures, trends);
	}

	/** One observation with the threshold it was judged against (null for a yes/no item) and whether it met it. */
	public record Judged(Observation observation, Double threshold, boolean met) {
	}

	/**
	 * The observations behind a figure, newest first: those at a site, of a standard, or both (null:
	 * any), at most {@code limit} of them. What a click on a chart's bar drills down to.
	 */
	public static List<Judged> behind(Tenant tenant, ObservationTable t, String siteKey, String standardKey, int limit) {
		Judge judge = new Judge(tenant, t);
		int site = siteKey == null ? -2 : t.sites.find(siteKey);
		int standard = standardKey == null ? -2 : t.standards.find(standardKey);
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < t.size; i++) {
			if ((site == -2 || t.site[i] == site) && (standard == -2 || t.standard[i] == standard) && judge.combo(i) >= 0) {
				rows.add(i);
			}
		}
		rows.sort((a, b) -> Long.compare(t.at[b], t.at[a]));
		List<Judged> judged = new ArrayList<>();
		for (int i : rows.subList(0, Math.min(limit, rows.size()))) {
			int combo = judge.combo(i);
			judged.add(new Judged(t.get(i), judge.thresholds.get(combo), judge.met(combo, t.value[i])));
		}
		return judged;
	}

	/**
	 * The compliance target a revision is held to: its first criterion's compliance target, or,
	 * for a rate ("at least 95 % of calls"), the rate itself; null when it sets none.
	 */
	public static Double target(StandardRevision revision) {
		for (Criterion c : revision.getCriteria()) {
			if (c.getComplianceTarget() != null) {
				return c.getComplianceTarget();
			}
			Unit unit = Unit.of(c.getUnit());
			if (c.getThreshold() != null && unit != null && unit.kind() == Unit.Kind.RATE) {
				return c.getThreshold();
			}
		}
		return null;
	}

	private static List<Figure> counted(Map<String, int[]> counts, Map<String, String> names) {
		List<Figure> figures = new ArrayList<>();
		counts.forEach((key, c) -> figures.add(new Figure(key, names == null ? key : names.getOrDefault(key, key), c[0], c[1], null)));
		return figures;
	}

	private static List<Integer> sortedIds(ObservationTable.Names names) {
		List<Integer> ids = new ArrayList<>();
		for (int i = 0; i < names.count(); i++) {
			ids.add(i);
		}
		ids.sort((a, b) -> names.name(a).compareToIgnoreCase(names.name(b)));
		return ids;
	}

	/** Whether an observed value meets a threshold; without a threshold (a yes/no item) a yes meets it. */
	public static boolean met(double value, Comparison comparison, Double threshold) {
		if (threshold == null) {
			return value >= 50;
		}
		return switch (comparison == null ? Comparison.AT_MOST : comparison) {
		case AT_MOST -> value <= threshold + EXACT;
		case AT_LEAST -> value >= threshold - EXACT;
		case EXACTLY -> Math.abs(value - threshold) <= EXACT;
		};
	}

	/** Judges rows: the threshold and comparison of each distinct (standard, revision, criterion, site, segment). */
	private static final class Judge {
		private final ObservationTable t;
		private final Map<Long, Integer> combos = new HashMap<>();
		private final List<Double> thresholds = new ArrayList<>();
		private final List<Comparison> comparisons = new ArrayList<>();
		private final ServiceStandard[] standards;
		private final Site[] sites;
		private final CustomerSegment[] segments;
		private final StandardRevision[] newest;

		Judge(Tenant tenant, ObservationTable t) {
			this.t = t;
			Map<String, ServiceStandard> byKey = new HashMap<>();
			tenant.getStandards().forEach(s -> byKey.put(s.getKey(), s));
			standards = new ServiceStandard[t.standards.count()];
			for (int i = 0; i < standards.length; i++) {
				standards[i] = byKey.get(t.standards.name(i));
			}
			Map<String, Site> siteByKey = new HashMap<>();
			tenant.getSites().forEach(s -> siteByKey.put(s.getKey(), s));
			sites = new Site[t.sites.count()];
			for (int i = 0; i < sites.length; i++) {
				sites[i] = siteByKey.get(t.sites.name(i));
			}
			Map<String, CustomerSegment> segmentByKey = new HashMap<>();
			tenant.getSegments().forEach(s -> segmentByKey.put(s.getKey(), s));
			segments = new CustomerSegment[t.segments.count()];
			for (int i = 0; i < segments.length; i++) {
				segments[i] = segmentByKey.get(t.segments.name(i));
			}
			newest = new StandardRevision[standards.length];
		}

		/** The number of a row's combination, or -1 when its standard, revision or criterion is gone. */
		int combo(int i) {
			// 20 bits of standard, 10 of revision, 6 of criterion, 16 of site and 12 of segment: room for any real tenant.
			long key = ((long) t.standard[i] << 44) | ((long) (t.revision[i] & 0x3ff) << 34) | ((long) (t.criterion[i] & 0x3f) << 28)
					| ((long) (t.site[i] & 0xffff) << 12) | ((t.segment[i] + 1) & 0xfff);
			Integer combo = combos.get(key);
			if (combo == null) {
				combo = judgeOnce(i);
				combos.put(key, combo);
			}
			return combo;
		}

		private int judgeOnce(int i) {
			ServiceStandard standard = standards[t.standard[i]];
			StandardRevision revision = standard == null ? null
					: standard.getRevisions().stream().filter(r -> r.getNumber() == t.revision[i]).findFirst().orElse(null);
			int criterion = t.criterion[i] - 1;
			if (revision == null || criterion < 0 || criterion > Math.max(0, revision.getCriteria().size() - 1)) {
				return -1;
			}
			StandardRevision seen = newest[t.standard[i]];
			if (seen == null || seen.getNumber() < revision.getNumber()) {
				newest[t.standard[i]] = revision;
			}
			boolean yesNo = revision.getCriteria().isEmpty();
			Criterion c = yesNo ? null : revision.getCriteria().get(criterion);
			thresholds.add(yesNo ? null : InForce.threshold(revision, criterion, sites[t.site[i]], t.segment[i] < 0 ? null : segments[t.segment[i]]));
			comparisons.add(c == null ? null : c.getComparison());
			return thresholds.size() - 1;
		}

		boolean met(int combo, double value) {
			return Figures.met(value, comparisons.get(combo), thresholds.get(combo));
		}

		StandardRevision newestMeasured(int standard) {
			return newest[standard];
		}
	}
}
