package org.touchstone.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.touchstone.core.Bilingual;
import org.touchstone.core.InForce;
import org.touchstone.model.Criterion;
import org.touchstone.model.SegmentRule;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.Site;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;
import org.touchstone.model.Touchpoint;
import org.touchstone.model.TouchstonePackage.Literals;

/**
 * The audit (or mystery-shop) form for a site on a day: one item per criterion of every standard
 * in force there then, grouped by touchpoint in journey order, each traced to the standard's key
 * and revision. A standard changed since gives the next form a different item; a filled form keeps
 * the revision it measured.
 *
 * @param id the form's name, which its results carry back ("SH-BUND-2026-12-02")
 */
public record AuditForm(String tenant, String id, Site site, LocalDate day, List<AuditItem> items) {

	/** The form for a site on a day. */
	public static AuditForm generate(Tenant tenant, Site site, LocalDate day) {
		List<Touchpoint> journey = tenant.getTouchpoints();
		List<ServiceStandard> standards = new ArrayList<>(tenant.getStandards());
		standards.sort(Comparator.comparingInt((ServiceStandard s) -> place(journey, InForce.revision(s, site, day)))
				.thenComparing(ServiceStandard::getKey, String.CASE_INSENSITIVE_ORDER));
		List<AuditItem> items = new ArrayList<>();
		for (ServiceStandard standard : standards) {
			StandardRevision revision = InForce.revision(standard, site, day);
			if (revision == null) {
				continue;
			}
			Touchpoint touchpoint = revision.getTouchpoint();
			Bilingual.Text title = Bilingual.of(revision, Literals.STANDARD_REVISION__TITLE);
			Bilingual.Text method = Bilingual.of(revision, Literals.STANDARD_REVISION__OBSERVATION);
			List<Criterion> criteria = revision.getCriteria();
			for (int i = 0; i < Math.max(1, criteria.size()); i++) {
				Criterion c = i < criteria.size() ? criteria.get(i) : null;
				items.add(new AuditItem(touchpoint == null ? "" : touchpoint.getKey(),
						touchpoint == null ? new Bilingual.Text("", "") : Bilingual.of(touchpoint, Literals.TOUCHPOINT__NAME), standard.getKey(),
						revision.getNumber(), i + 1, title, c == null ? title : Bilingual.of(c, Literals.CRITERION__METRIC),
						c == null ? null : c.getComparison(), c == null ? null : InForce.threshold(revision, i, site, null),
						c == null ? "" : c.getUnit(), c == null ? Answer.YES_NO : Answer.of(c), method, i == 0 ? segmentThresholds(revision) : ""));
			}
		}
		return new AuditForm(tenant.getId(), site.getKey() + "-" + day, site, day, List.copyOf(items));
	}

	private static int place(List<Touchpoint> journey, StandardRevision revision) {
		int at = revision == null || revision.getTouchpoint() == null ? -1 : journey.indexOf(revision.getTouchpoint());
		return at < 0 ? Integer.MAX_VALUE : at;
	}

	private static String segmentThresholds(StandardRevision revision) {
		List<String> rules = new ArrayList<>();
		for (SegmentRule rule : revision.getSegments()) {
			if (rule.getThresholdOverride() != null) {
				rules.add(rule.getSegment().getKey() + " " + org.touchstone.core.RevisionDiff.number(rule.getThresholdOverride()));
			}
		}
		return String.join("; ", rules);
	}
}
