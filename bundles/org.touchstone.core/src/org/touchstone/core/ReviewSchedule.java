package org.touchstone.core;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.touchstone.model.StandardRevision;

/** When a standard is next due for review: its effective date plus its review interval. */
public final class ReviewSchedule {
	private ReviewSchedule() {
	}

	/** The next review date, or null while the revision has no effective date or no interval. */
	public static LocalDate nextReview(StandardRevision revision) {
		if (revision.getEffectiveDate() == null || revision.getReviewIntervalMonths() <= 0) {
			return null;
		}
		LocalDate effective = LocalDate.ofInstant(revision.getEffectiveDate().toInstant(), ZoneOffset.UTC);
		return effective.plusMonths(revision.getReviewIntervalMonths());
	}

	public static boolean isDue(StandardRevision revision, LocalDate today) {
		LocalDate next = nextReview(revision);
		return next != null && !today.isBefore(next);
	}
}
