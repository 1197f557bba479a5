package org.touchstone.core;

/**
 * How much room a text takes where Chinese (and other East Asian) characters are drawn about twice
 * as wide as Latin letters: a spreadsheet's columns, a chart's labels. An approximation for where no
 * font is at hand, not a measurement.
 */
public final class EastAsianWidth {
	private EastAsianWidth() {
	}

	/** Whether a character is drawn wide: Han, kana, Hangul, CJK punctuation and full-width forms. */
	public static boolean wide(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
				|| script == Character.UnicodeScript.HANGUL || (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
	}

	/** The text's width in columns of a fixed grid: a wide character takes two, any other one. */
	public static int columns(String text) {
		return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
	}
}
