package org.touchstone.core;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

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

	private static final Map<String, Unit> WORDS = words();

	/** The words for each unit, in both languages, from {@code unit_words.properties} and {@code unit_words_zh.properties}. */
	private static Map<String, Unit> words() {
		Map<String, Unit> words = new HashMap<>();
		for (Locale locale : new Locale[] { Locale.ROOT, Locale.CHINESE }) {
			ResourceBundle bundle = MessageFiles.read("org.touchstone.core.unit_words", locale, Unit.class);
			for (Unit unit : values()) {
				for (String word : bundle.getString(unit.name()).split("\\|")) {
					words.put(word.strip().toLowerCase(Locale.ROOT), unit);
				}
			}
		}
		return Map.copyOf(words);
	}

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
