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
import org.eclipse.emf.ecore.EStructuralFeature;
import org.touchstone.model.TouchstonePackage;
import org.touchstone.model.CaseStudy;
import org.touchstone.model.Language;
import org.touchstone.model.Criterion;
import org.touchstone.model.SegmentRule;
import org.touchstone.model.StandardRevision;

/**
 * What changed between two revisions of a standard, one line per field in the words a quality
 * manager uses: {@code threshold: 30 s -> 20 s}, {@code statement: ... -> ...}.
 */
public final class RevisionDiff {
	/**
	 * One changed field: its name as {@link RevisionDiff#between} gives it ({@code threshold},
	 * {@code title (English)}, {@code criterion 2 metric}), and its values as written to files and
	 * commit messages (a level of expectation by its literal, {@code basic}).
	 */
	public record Change(String field, String before, String after) {
		@Override
		public String toString() {
			return field + ": " + show(before) + " -> " + show(after);
		}

		private static String show(String value) {
			return value == null || value.isEmpty() ? "(none)" : value;
		}

		/** The change for a reader of a language: the field and the model's values by their names in it ({@code 期望层次：（无） -> 基本期望}). */
		public String in(Language language) {
			boolean zh = language == Language.ZH;
			return Labels.diffField(field, zh) + Labels.diffSeparator(zh) + shown(before, zh) + " -> " + shown(after, zh);
		}

		private String shown(String value, boolean zh) {
			if (value == null || value.isEmpty()) {
				return Labels.diffNone(zh);
			}
			String name = field.replaceFirst("^criterion \\d+ ", "");
			java.util.function.Function<String, Enumerator> literal = switch (name) {
			case "comparison" -> org.touchstone.model.Comparison::get;
			case "expectation level" -> org.touchstone.model.ExpectationLevel::get;
			case "contact situations" -> org.touchstone.model.ContactSituation::get;
			case "gaps" -> org.touchstone.model.ServiceGap::get;
			default -> null;
			};
			if (literal != null) {
				return java.util.Arrays.stream(value.split(", ")).map(v -> literal.apply(v) == null ? v : Labels.of(literal.apply(v), zh))
						.collect(Collectors.joining(Labels.diffListSeparator(zh)));
			}
			java.util.regex.Matcher months = MONTHS.matcher(value);
			return name.equals("review interval") && months.matches() ? Labels.months(Integer.parseInt(months.group(1)), zh) : value;
		}
	}

	private static final java.util.regex.Pattern MONTHS = java.util.regex.Pattern.compile("(\\d+) months");

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

	/**
	 * Sets one field of {@code to}, named as {@link #between} names it ({@code title (English)},
	 * {@code threshold}, {@code criterion 2 metric}...), to its value in {@code from}: how a
	 * user's choice of the other side's value for that one field is applied in a merge. Returns
	 * false, changing nothing, for a name {@link #between} does not give.
	 */
	public static boolean copy(String field, StandardRevision from, StandardRevision to) {
		Target target = target(field);
		if (target == null) {
			return false;
		}
		if (target.criterion() >= 0) {
			copyCriterion(target.criterion(), from, to, target.features());
		} else {
			target.features().forEach(f -> copyFeature(f, from, to));
		}
		return true;
	}

	/**
	 * Sets one text field of {@code to}, named as {@link #between} names it ({@code title (English)},
	 * {@code statement}, {@code metric}...), to a text the user wrote: a third value for a field
	 * both sides of a merge changed. Returns false, changing nothing, for a field that is not one
	 * text (a threshold, a dimension, a list) or a criterion {@code to} does not have.
	 */
	public static boolean write(String field, StandardRevision to, String text) {
		Target target = target(field);
		if (target == null || target.features().size() != 1 || !(target.features().get(0) instanceof EAttribute attribute)
				|| attribute.getEAttributeType().getInstanceClass() != String.class || attribute.isMany()) {
			return false;
		}
		if (target.criterion() < 0) {
			to.eSet(attribute, text);
			return true;
		}
		if (target.criterion() >= to.getCriteria().size()) {
			return false;
		}
		to.getCriteria().get(target.criterion()).eSet(attribute, text);
		return true;
	}

	/** The features a field name stands for, and the criterion they belong to (-1: the revision's own). */
	private record Target(int criterion, List<EStructuralFeature> features) {
	}

	private static Target target(String field) {
		java.util.regex.Matcher numbered = java.util.regex.Pattern.compile("criterion (\\d+) (.+)").matcher(field);
		int criterion = numbered.matches() ? Integer.parseInt(numbered.group(1)) - 1 : 0;
		String name = numbered.matches() ? numbered.group(2) : field;
		List<EStructuralFeature> ofCriterion = switch (name) {
		case "metric" -> List.of(TouchstonePackage.Literals.CRITERION__METRIC);
		case "metric (English)" -> List.of(TouchstonePackage.Literals.CRITERION__METRIC_EN);
		case "comparison" -> List.of(TouchstonePackage.Literals.CRITERION__COMPARISON);
		case "threshold" -> List.of(TouchstonePackage.Literals.CRITERION__THRESHOLD, TouchstonePackage.Literals.CRITERION__UNIT);
		case "compliance target" -> List.of(TouchstonePackage.Literals.CRITERION__COMPLIANCE_TARGET);
		default -> null;
		};
		if (ofCriterion != null) {
			return new Target(criterion, ofCriterion);
		}
		if (numbered.matches()) {
			return null;
		}
		List<EStructuralFeature> features = switch (field) {
		case "title" -> List.of(TouchstonePackage.Literals.STANDARD_REVISION__TITLE);
		case "title (English)" -> List.of(Bilingual.english(TouchstonePackage.Literals.STANDARD_REVISION__TITLE));
		case "dimension" -> List.of(TouchstonePackage.Literals.STANDARD_REVISION__DIMENSION);
		case "statement" -> List.of(TouchstonePackage.Literals.STANDARD_REVISION__STATEMENT);
		case "statement (English)" -> List.of(Bilingual.english(TouchstonePackage.Literals.STANDARD_REVISION__STATEMENT));
		case "observation" -> List.of(TouchstonePackage.Literals.STANDARD_REVISION__OBSERVATION);
		case "observation (English)" -> List.of(Bilingual.english(TouchstonePackage.Literals.STANDARD_REVISION__OBSERVATION));
		case "touchpoint" -> List.of(TouchstonePackage.Literals.STANDARD_REVISION__TOUCHPOINT);
		case "segments" -> List.of(TouchstonePackage.Literals.STANDARD_REVISION__SEGMENTS);
		case "owner" -> List.of(TouchstonePackage.Literals.STANDARD_REVISION__OWNER);
		case "review interval" -> List.of(TouchstonePackage.Literals.STANDARD_REVISION__REVIEW_INTERVAL_MONTHS);
		case "expectation level" -> List.of(TouchstonePackage.Literals.STANDARD_REVISION__EXPECTATION_LEVEL);
		case "contact situations" -> List.of(TouchstonePackage.Literals.STANDARD_REVISION__CONTACT_SITUATIONS);
		case "gaps" -> List.of(TouchstonePackage.Literals.STANDARD_REVISION__GAPS);
		case "rationale" -> List.of(TouchstonePackage.Literals.STANDARD_REVISION__RATIONALE);
		case "rationale (English)" -> List.of(Bilingual.english(TouchstonePackage.Literals.STANDARD_REVISION__RATIONALE));
		case "cases" -> List.of(TouchstonePackage.Literals.STANDARD_REVISION__CASES);
		default -> null;
		};
		return features == null ? null : new Target(-1, features);
	}

	/** The n-th criterion's features; a criterion only one side has is added or removed whole. */
	private static void copyCriterion(int n, StandardRevision from, StandardRevision to, List<EStructuralFeature> features) {
		Criterion theirs = n < from.getCriteria().size() ? from.getCriteria().get(n) : null;
		Criterion mine = n < to.getCriteria().size() ? to.getCriteria().get(n) : null;
		if (theirs == null && mine != null) {
			to.getCriteria().remove(n);
		} else if (theirs != null && mine == null) {
			// Taken whole, with any criterion before it that this side lacks too, so it keeps its place.
			while (to.getCriteria().size() <= n) {
				to.getCriteria().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(from.getCriteria().get(to.getCriteria().size())));
			}
		} else if (theirs != null) {
			features.forEach(f -> copyFeature(f, theirs, mine));
		}
	}

	@SuppressWarnings("unchecked")
	private static void copyFeature(EStructuralFeature feature, org.eclipse.emf.ecore.EObject from, org.eclipse.emf.ecore.EObject to) {
		boolean contained = feature instanceof org.eclipse.emf.ecore.EReference r && r.isContainment();
		if (feature.isMany()) {
			List<Object> values = new ArrayList<>((List<Object>) from.eGet(feature));
			if (contained) {
				values = new ArrayList<>(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(values));
			}
			List<Object> target = (List<Object>) to.eGet(feature);
			target.clear();
			target.addAll(values);
		} else if (!from.eIsSet(feature)) {
			to.eUnset(feature);
		} else {
			Object value = from.eGet(feature);
			to.eSet(feature, contained && value != null ? org.eclipse.emf.ecore.util.EcoreUtil.copy((org.eclipse.emf.ecore.EObject) value) : value);
		}
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
