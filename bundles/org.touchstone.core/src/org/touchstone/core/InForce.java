package org.touchstone.core;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.touchstone.model.Criterion;
import org.touchstone.model.CustomerSegment;
import org.touchstone.model.SegmentRule;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.Site;
import org.touchstone.model.SiteRule;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Status;
import org.touchstone.model.Transition;

/**
 * Which revision of a standard applies at a site on a day, and which threshold it sets there: what
 * an audit form asks and what a result is judged against.
 * <p>
 * A revision applies from its effective date. A revision with pilot sites applies at those sites
 * only until its rollout date, and the revision before it goes on applying everywhere else. A
 * revision ends when a newer one applies, or when it was retired with nothing after it.
 */
public final class InForce {
	private InForce() {
	}

	/** The revision that applies at a site on a day, or null when the standard does not apply there then. */
	public static StandardRevision revision(ServiceStandard standard, Site site, LocalDate day) {
		List<StandardRevision> revisions = standard.getRevisions();
		for (int i = revisions.size() - 1; i >= 0; i--) {
			StandardRevision r = revisions.get(i);
			if (r.getEffectiveDate() == null || day(r.getEffectiveDate()).isAfter(day) || !appliesAt(r, site, day)) {
				continue;
			}
			return withdrawnBefore(standard, i, day) ? null : r;
		}
		return null;
	}

	/** Whether a revision's pilot, if it has one, covers the site on the day. */
	public static boolean appliesAt(StandardRevision revision, Site site, LocalDate day) {
		if (revision.getPilotSites().isEmpty() || revision.getPilotSites().contains(site)) {
			return true;
		}
		return revision.getRolloutDate() != null && !day(revision.getRolloutDate()).isAfter(day);
	}

	/**
	 * Whether the revision at the index was retired with no later revision taking over, before the
	 * day. A revision superseded by a newer one ends where the newer one applies; retirement alone
	 * (the standard withdrawn) ends it everywhere.
	 */
	private static boolean withdrawnBefore(ServiceStandard standard, int index, LocalDate day) {
		for (int later = index + 1; later < standard.getRevisions().size(); later++) {
			if (standard.getRevisions().get(later).getEffectiveDate() != null) {
				return false;
			}
		}
		StandardRevision r = standard.getRevisions().get(index);
		for (Transition t : r.getTransitions()) {
			if (t.getTo() == Status.RETIRED && t.getAt() != null && day(t.getAt()).isBefore(day)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The threshold a criterion of a revision sets for one observation: a segment rule's when the
	 * observation names a segment that has one, else the site's rule, else the criterion's own.
	 * Rules set the first criterion's threshold, as segment rules always have; the others keep theirs.
	 *
	 * @return the threshold, or null when the criterion has none (a yes/no item)
	 */
	public static Double threshold(StandardRevision revision, int criterion, Site site, CustomerSegment segment) {
		Criterion c = revision.getCriteria().get(criterion);
		if (criterion == 0) {
			if (segment != null) {
				for (SegmentRule rule : revision.getSegments()) {
					if (rule.getSegment() == segment && rule.getThresholdOverride() != null) {
						return rule.getThresholdOverride();
					}
				}
			}
			SiteRule rule = siteRule(revision, site);
			if (rule != null && rule.getThresholdOverride() != null) {
				return rule.getThresholdOverride();
			}
		}
		return c.getThreshold();
	}

	/** A revision's rule for a site, or null. */
	public static SiteRule siteRule(StandardRevision revision, Site site) {
		for (SiteRule rule : revision.getSiteRules()) {
			if (rule.getSite() == site) {
				return rule;
			}
		}
		return null;
	}

	static LocalDate day(Date date) {
		return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
	}
}
