package org.touchstone.results;

import java.util.Locale;
import java.util.Set;

import org.touchstone.core.CoreMessage;
import org.touchstone.core.Unit;
import org.touchstone.model.Criterion;

/**
 * What kind of answer an audit item takes: a number in the criterion's unit (seconds, minutes,
 * a count), or yes/no for a rate ("at least 95 % of guests...": each observation either meets it
 * or does not) and for an item without a threshold. A rate item also takes a percent measured
 * over a sample ("18 of 20 clips": 90).
 */
public enum Answer {
	NUMBER("number"), YES_NO("yes-no"), YES_NO_OR_PERCENT("yes-no-or-percent");

	private static final Set<String> YES = Set.of("yes", "y", "true", "1", "是", "对", "√", "✓");
	private static final Set<String> NO = Set.of("no", "n", "false", "0", "否", "不", "×", "✗");

	private final String label;

	Answer(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** What the answer is, in words, for a message about a cell that does not hold one. */
	public CoreMessage description() {
		return switch (this) {
		case NUMBER -> CoreMessage.of("answer.number");
		case YES_NO -> CoreMessage.of("answer.yes-no");
		case YES_NO_OR_PERCENT -> CoreMessage.of("answer.yes-no-or-percent");
		};
	}

	/** The answer a criterion asks for. */
	public static Answer of(Criterion criterion) {
		if (criterion.getThreshold() == null) {
			return YES_NO;
		}
		Unit unit = Unit.of(criterion.getUnit());
		return unit != null && unit.kind() == Unit.Kind.RATE ? YES_NO_OR_PERCENT : NUMBER;
	}

	/**
	 * The value a cell holds, as a number: a yes is 100 and a no 0, so that a yes/no observation
	 * meets "at least 95 %" exactly when it is a yes.
	 *
	 * @return the value, or null when the cell does not hold this kind of answer
	 */
	public Double parse(String cell) {
		String text = cell.strip().toLowerCase(Locale.ROOT);
		if (this != NUMBER) {
			if (YES.contains(text)) {
				return 100.0;
			}
			if (NO.contains(text)) {
				return 0.0;
			}
			if (this == YES_NO) {
				return null;
			}
			text = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
		}
		try {
			double value = Double.parseDouble(text);
			if (!Double.isFinite(value) || value < 0 || (this == YES_NO_OR_PERCENT && value > 100)) {
				return null;
			}
			return value;
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
