package org.touchstone.core.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.touchstone.core.RevisionDiff;
import org.touchstone.model.Criterion;

/**
 * Suggests how to fix the vague words of a statement. Where the standard already has a time limit,
 * the suggestion is the statement rewritten with it ("及时问候" with 30 秒 becomes "在30秒内问候").
 */
final class Rewrites {
	private Rewrites() {
	}

	/**
	 * The statement with its vague time word replaced by the criterion's time limit ("promptly" by
	 * "within 15 min"), or null when there is no such word or no at-most threshold with a unit.
	 */
	static String rewrite(String statement, List<VagueWords.Match> vague, Criterion criterion, Messages m) {
		VagueWords.Match time = vague.stream().filter(v -> v.kind() == VagueWords.Kind.TIME).findFirst().orElse(null);
		if (time == null || criterion == null || criterion.getThreshold() == null || criterion.getUnit() == null || !ServiceQualityValidator.atMost(criterion)) {
			return null;
		}
		// An English sentence gets the unit's symbol ("min"), not the Chinese word the criterion may hold.
		org.touchstone.core.Unit unit = org.touchstone.core.Unit.of(criterion.getUnit());
		String unitText = !m.zh && unit != null && org.touchstone.core.Bilingual.isChinese(criterion.getUnit()) ? unit.symbol() : criterion.getUnit();
		String within = m.within(RevisionDiff.number(criterion.getThreshold()), unitText);
		return statement.substring(0, time.start()) + within + statement.substring(time.end());
	}

	static String suggest(String statement, List<VagueWords.Match> vague, Criterion criterion, Messages m) {
		Set<VagueWords.Kind> kinds = EnumSet.noneOf(VagueWords.Kind.class);
		vague.forEach(v -> kinds.add(v.kind()));
		StringBuilder suggestion = new StringBuilder();
		if (kinds.contains(VagueWords.Kind.TIME)) {
			String rewritten = rewrite(statement, vague, criterion, m);
			if (rewritten != null) {
				suggestion.append(m.rewriteAs(rewritten));
			} else {
				suggestion.append(m.giveTimeLimit());
			}
		}
		if (kinds.contains(VagueWords.Kind.MANNER)) {
			append(suggestion, m.nameBehaviour(), m);
		}
		if (kinds.contains(VagueWords.Kind.AMOUNT)) {
			append(suggestion, m.exactAmount(), m);
		}
		return suggestion.toString();
	}

	private static void append(StringBuilder suggestion, String text, Messages m) {
		if (suggestion.length() > 0 && !m.zh) {
			suggestion.append(' ');
		}
		suggestion.append(text);
	}
}
