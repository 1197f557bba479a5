package org.touchstone.core.internal;

import java.util.Locale;
import java.util.Map;

import org.touchstone.core.RevisionDiff;
import org.touchstone.model.Criterion;

/** Whether a threshold is one people can meet: not negative, not above 100 %, a time limit that is neither zero nor absurdly long. */
final class Plausibility {
	/** The longest sensible time limit for a service step, per unit. */
	private static final Map<String, Double> LONGEST_WAIT = Map.ofEntries(Map.entry("s", 3600.0), Map.entry("sec", 3600.0),
			Map.entry("second", 3600.0), Map.entry("seconds", 3600.0), Map.entry("秒", 3600.0), Map.entry("min", 1440.0),
			Map.entry("minute", 1440.0), Map.entry("minutes", 1440.0), Map.entry("分钟", 1440.0), Map.entry("分", 1440.0),
			Map.entry("h", 720.0), Map.entry("hour", 720.0), Map.entry("hours", 720.0), Map.entry("小时", 720.0));

	private Plausibility() {
	}

	/** What makes the threshold unrealistic, or null when nothing does. */
	static String problem(Criterion criterion, Messages m) {
		double value = criterion.getThreshold();
		String unit = criterion.getUnit() == null ? "" : criterion.getUnit().strip().toLowerCase(Locale.ROOT);
		if (value < 0) {
			return m.negative();
		}
		if ((unit.equals("%") || unit.equals("percent") || unit.equals("百分比")) && value > 100) {
			return m.overHundredPercent();
		}
		Double longest = LONGEST_WAIT.get(unit);
		if (longest != null && ServiceQualityValidator.atMost(criterion)) {
			if (value == 0) {
				return m.zeroTime();
			}
			if (value > longest) {
				return m.tooLongToWait(RevisionDiff.threshold(criterion));
			}
		}
		return null;
	}
}
