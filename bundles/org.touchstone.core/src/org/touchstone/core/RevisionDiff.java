package org.touchstone.core;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.touchstone.model.CaseStudy;
import org.touchstone.model.Criterion;
import org.touchstone.model.SegmentRule;
import org.touchstone.model.StandardRevision;

/**
 * What changed between two revisions of a standard, one line per field in the words a quality
 * manager uses: {@code threshold: 30 s -> 20 s}, {@code statement: ... -> ...}.
 */
public final class RevisionDiff {
	/** One changed field. */
	public record Change(String field, String before, String after) {
		@Override
		public String toString() {
			return field + ": " + show(before) + " -> " + show(after);
		}

		private static String show(String value) {
			return value == null || value.isEmpty() ? "(none)" : value;
		}
	}

	private RevisionDiff() {
	}

	public static List<Change> between(StandardRevision a, StandardRevision b) {
		List<Change> changes = new ArrayList<>();
		compare(changes, "title", a, b, StandardRevision::getTitle);
		compare(changes, "dimension", a, b, r -> r.getDimension() == null ? null : r.getDimension().getCode());
		compare(changes, "statement", a, b, StandardRevision::getStatement);
		compare(changes, "metric", a, b, r -> r.getCriterion() == null ? null : r.getCriterion().getMetric());
		compare(changes, "comparison", a, b, r -> r.getCriterion() == null || r.getCriterion().getComparison() == null ? null
				: r.getCriterion().getComparison().getLiteral());
		compare(changes, "threshold", a, b, r -> threshold(r.getCriterion()));
		compare(changes, "compliance target", a, b, r -> r.getCriterion() == null || r.getCriterion().getComplianceTarget() == null ? null
				: number(r.getCriterion().getComplianceTarget()) + " %");
		compare(changes, "observation", a, b, StandardRevision::getObservation);
		compare(changes, "touchpoint", a, b, r -> r.getTouchpoint() == null ? null : r.getTouchpoint().getName());
		compare(changes, "segments", a, b, RevisionDiff::segments);
		compare(changes, "owner", a, b, StandardRevision::getOwner);
		compare(changes, "review interval", a, b, r -> r.getReviewIntervalMonths() + " months");
		compare(changes, "rationale", a, b, StandardRevision::getRationale);
		compare(changes, "cases", a, b, r -> r.getCases().stream().map(CaseStudy::getCompany).collect(Collectors.joining(", ")));
		return changes;
	}

	private static void compare(List<Change> changes, String field, StandardRevision a, StandardRevision b,
			Function<StandardRevision, String> value) {
		String before = value.apply(a);
		String after = value.apply(b);
		if (!Objects.equals(blankToNull(before), blankToNull(after))) {
			changes.add(new Change(field, before, after));
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	/** A threshold with its unit, e.g. {@code 30 s}; whole numbers without decimals. */
	public static String threshold(Criterion criterion) {
		if (criterion == null || criterion.getThreshold() == null) {
			return null;
		}
		String number = number(criterion.getThreshold());
		return criterion.getUnit() == null ? number : number + " " + criterion.getUnit();
	}

	public static String number(double value) {
		return new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
	}

	private static String segments(StandardRevision r) {
		return r.getSegments().stream().map(RevisionDiff::segment).collect(Collectors.joining(", "));
	}

	private static String segment(SegmentRule rule) {
		String name = rule.getSegment() == null ? "?" : rule.getSegment().getName();
		return rule.getThresholdOverride() == null ? name : name + " (" + number(rule.getThresholdOverride()) + ")";
	}
}
