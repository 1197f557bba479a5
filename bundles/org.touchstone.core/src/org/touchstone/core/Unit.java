package org.touchstone.core;

import java.util.Locale;
import java.util.Map;

/**
 * The units a criterion is measured in, whatever the words a user wrote for them: {@code 秒},
 * {@code sec} and {@code seconds} are all {@link #SECONDS}. Quantities of one kind compare after
 * conversion, so "50 minutes" in a statement is the same as a threshold of 3000 s.
 */
public enum Unit {
	SECONDS("s", Kind.TIME, 1), MINUTES("min", Kind.TIME, 60), HOURS("h", Kind.TIME, 3600), DAYS("d", Kind.TIME, 86400), PERCENT("%", Kind.RATE, 1),
	COUNT("count", Kind.COUNT, 1);

	/** What a unit measures; only quantities of one kind can be compared. */
	public enum Kind {
		TIME, RATE, COUNT
	}

	private static final Map<String, Unit> WORDS = Map.ofEntries(Map.entry("s", SECONDS), Map.entry("sec", SECONDS), Map.entry("secs", SECONDS),
			Map.entry("second", SECONDS), Map.entry("seconds", SECONDS), Map.entry("秒", SECONDS), Map.entry("秒钟", SECONDS),
			Map.entry("min", MINUTES), Map.entry("mins", MINUTES), Map.entry("minute", MINUTES), Map.entry("minutes", MINUTES),
			Map.entry("分钟", MINUTES), Map.entry("分", MINUTES), Map.entry("h", HOURS), Map.entry("hr", HOURS), Map.entry("hrs", HOURS),
			Map.entry("hour", HOURS), Map.entry("hours", HOURS), Map.entry("小时", HOURS), Map.entry("钟头", HOURS), Map.entry("d", DAYS), Map.entry("day", DAYS),
			Map.entry("days", DAYS), Map.entry("天", DAYS), Map.entry("日", DAYS), Map.entry("工作日", DAYS), Map.entry("%", PERCENT),
			Map.entry("％", PERCENT), Map.entry("percent", PERCENT), Map.entry("per cent", PERCENT), Map.entry("百分比", PERCENT),
			Map.entry("count", COUNT), Map.entry("times", COUNT), Map.entry("次", COUNT), Map.entry("个", COUNT), Map.entry("位", COUNT),
			Map.entry("件", COUNT), Map.entry("people", COUNT), Map.entry("items", COUNT), Map.entry("人", COUNT), Map.entry("张", COUNT),
			Map.entry("杯", COUNT), Map.entry("道", COUNT), Map.entry("项", COUNT), Map.entry("元", COUNT), Map.entry("yuan", COUNT),
			Map.entry("rings", COUNT), Map.entry("声", COUNT));

	private final String symbol;
	private final Kind kind;
	private final double seconds;

	Unit(String symbol, Kind kind, double factor) {
		this.symbol = symbol;
		this.kind = kind;
		this.seconds = factor;
	}

	/** The unit a word names, or null when it names none Touchstone knows. */
	public static Unit of(String word) {
		return word == null ? null : WORDS.get(word.strip().toLowerCase(Locale.ROOT));
	}

	/** The canonical name: s, min, h, d, % or count. */
	public String symbol() {
		return symbol;
	}

	public Kind kind() {
		return kind;
	}

	/** The value in this kind's base unit (seconds for time); rates and counts are as they are. */
	public double toBase(double value) {
		return value * seconds;
	}

	/** The canonical names, for messages. */
	public static String symbols() {
		return "s, min, h, d, %, count";
	}
}
