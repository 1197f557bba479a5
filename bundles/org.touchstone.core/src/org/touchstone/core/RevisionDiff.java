package org.touchstone.core;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.touchstone.model.TouchstonePackage;
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
		texts(changes, "title", a, b, TouchstonePackage.Literals.STANDARD_REVISION__TITLE);
		compare(changes, "dimension", a, b, r -> r.getDimension() == null ? null : r.getDimension().getCode());
		texts(changes, "statement", a, b, TouchstonePackage.Literals.STANDARD_REVISION__STATEMENT);
		int criteria = Math.max(a.getCriteria().size(), b.getCriteria().size());
		for (int i = 0; i < criteria; i++) {
			int n = i;
			String prefix = criteria == 1 ? "" : "criterion " + (i + 1) + " ";
			Function<StandardRevision, Criterion> nth = r -> n < r.getCriteria().size() ? r.getCriteria().get(n) : null;
			compare(changes, prefix + "metric", a, b, r -> nth.apply(r) == null ? null : nth.apply(r).getMetric());
			compare(changes, prefix + "metric (English)", a, b, r -> nth.apply(r) == null ? null : nth.apply(r).getMetricEn());
			compare(changes, prefix + "comparison", a, b, r -> nth.apply(r) == null || nth.apply(r).getComparison() == null ? null
					: nth.apply(r).getComparison().getLiteral());
			compare(changes, prefix + "threshold", a, b, r -> threshold(nth.apply(r)));
			compare(changes, prefix + "compliance target", a, b, r -> nth.apply(r) == null || nth.apply(r).getComplianceTarget() == null ? null
					: number(nth.apply(r).getComplianceTarget()) + " %");
		}
		texts(changes, "observation", a, b, TouchstonePackage.Literals.STANDARD_REVISION__OBSERVATION);
		compare(changes, "touchpoint", a, b, r -> r.getTouchpoint() == null ? null : r.getTouchpoint().getName());
		compare(changes, "segments", a, b, RevisionDiff::segments);
		compare(changes, "owner", a, b, StandardRevision::getOwner);
		compare(changes, "review interval", a, b, r -> r.getReviewIntervalMonths() + " months");
		compare(changes, "expectation level", a, b, r -> r.isSetExpectationLevel() ? r.getExpectationLevel().getLiteral() : null);
		compare(changes, "contact situations", a, b, r -> r.getContactSituations().stream().map(Enumerator::getLiteral).collect(Collectors.joining(", ")));
		compare(changes, "gaps", a, b, r -> r.getGaps().stream().map(Enumerator::getLiteral).collect(Collectors.joining(", ")));
		texts(changes, "rationale", a, b, TouchstonePackage.Literals.STANDARD_REVISION__RATIONALE);
		compare(changes, "cases", a, b, r -> r.getCases().stream().map(CaseStudy::getCompany).collect(Collectors.joining(", ")));
		return changes;
	}

	/** A text compared in each language: "statement" for the Chinese, "statement (English)" for the English. */
	private static void texts(List<Change> changes, String field, StandardRevision a, StandardRevision b, EAttribute chinese) {
		compare(changes, field, a, b, r -> Bilingual.of(r, chinese).zh());
		compare(changes, field + " (English)", a, b, r -> Bilingual.of(r, chinese).en());
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
