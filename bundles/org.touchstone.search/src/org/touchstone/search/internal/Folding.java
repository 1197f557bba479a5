package org.touchstone.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;


/**
 * Folds traditional Chinese characters to simplified ones (海底撈 becomes 海底捞), character by
 * character, from {@code folding/traditional-simplified.txt}: ICU's Traditional-Simplified
 * transliterator applied to each ideograph that it maps to one other character. The table is made
 * by {@link FoldingTableMaker} and shipped, because asking ICU for it slows every start,
 * ICU's transliterator is slow on whole documents, and the product need not carry ICU; a test
 * checks that the shipped table still is ICU's mapping.
 */
public final class Folding {
	/** The ideographs folded: CJK Extension A and the unified ideographs. */
	public static final char FIRST = 0x3400;
	public static final char END = 0xA000;
	static final String RESOURCE = "/folding/traditional-simplified.txt";

	private Folding() {
	}

	/** The text with every traditional character of the table replaced by its simplified one. */
	public static String simplified(String text) {
		if (text == null) {
			return "";
		}
		char[] table = Table.CHARS;
		char[] chars = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= FIRST && c < END && table[c - FIRST] != c) {
				if (chars == null) {
					chars = text.toCharArray();
				}
				chars[i] = table[c - FIRST];
			}
		}
		return chars == null ? text : new String(chars);
	}

	/** The pairs of the shipped table, traditional to simplified. */
	public static Map<Character, Character> shipped() {
		return Table.PAIRS;
	}

	private static Map<Character, Character> read() {
		try (InputStream in = Folding.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the search bundle");
			}
			Map<Character, Character> pairs = new TreeMap<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.length() == 2 && !line.startsWith("#")) {
					pairs.put(line.charAt(0), line.charAt(1));
				}
			}
			return Collections.unmodifiableMap(pairs);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The shipped table, read on first use. */
	private static final class Table {
		static final Map<Character, Character> PAIRS = read();
		static final char[] CHARS = table(PAIRS);
	}

	private static char[] table(Map<Character, Character> pairs) {
		char[] table = new char[END - FIRST];
		for (int i = 0; i < table.length; i++) {
			table[i] = (char) (FIRST + i);
		}
		pairs.forEach((from, to) -> table[from - FIRST] = to);
		return table;
	}
}
