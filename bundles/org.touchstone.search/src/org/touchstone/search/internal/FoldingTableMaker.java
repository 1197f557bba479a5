package org.touchstone.search.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.ibm.icu.text.Transliterator;

/**
 * Makes the folding table ({@code folding/traditional-simplified.txt}) from ICU, at development
 * time: the product reads the table and does not ship ICU (its import is optional).
 */
public final class FoldingTableMaker {
	private FoldingTableMaker() {
	}

	/** The pairs as ICU's Traditional-Simplified transliterator makes them today. */
	public static Map<Character, Character> fromIcu() {
		Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
		Map<Character, Character> pairs = new TreeMap<>();
		for (char c = Folding.FIRST; c < Folding.END; c++) {
			String folded = icu.transliterate(String.valueOf(c));
			if (folded.length() == 1 && folded.charAt(0) != c) {
				pairs.put(c, folded.charAt(0));
			}
		}
		return pairs;
	}

	/** Writes the table from ICU: {@code java -cp 'plugins/*' org.touchstone.search.internal.FoldingTableMaker FILE}. */
	public static void main(String[] args) throws IOException {
		StringBuilder text = new StringBuilder("# Traditional to simplified, one pair per line: ICU " + com.ibm.icu.util.VersionInfo.ICU_VERSION
				+ " Traditional-Simplified on each ideograph U+3400..U+9FFF that it maps to one other character.\n"
				+ "# Made by org.touchstone.search.internal.FoldingTableMaker#main; do not edit.\n");
		fromIcu().forEach((from, to) -> text.append(from).append(to).append('\n'));
		Files.writeString(Path.of(args[0]), text, StandardCharsets.UTF_8);
	}
}
