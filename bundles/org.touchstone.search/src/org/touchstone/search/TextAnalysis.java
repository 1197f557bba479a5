package org.touchstone.search;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.touchstone.search.internal.Analysis;
import org.touchstone.search.internal.Folding;

/**
 * How the case library cuts text into search terms, for those who must cut text the same way:
 * the published handbook's offline search indexes its pages with these terms and folds a query in
 * the browser with the same table, so a query finds on the site what it finds in the workbench.
 * The terms are those of the library's bigram field: traditional characters folded to simplified,
 * full-width to half-width, lower case, Chinese as overlapping pairs of characters.
 */
public final class TextAnalysis {
	private static final Analyzer BIGRAMS = Analysis.bigrams(null);

	private TextAnalysis() {
	}

	/** The terms of a text, in order. */
	public static List<String> terms(String text) {
		return Analysis.terms(BIGRAMS, "body", Analysis.simplified(text));
	}

	/** The traditional-to-simplified pairs the folding uses (海底撈 → 海底捞), traditional first. */
	public static Map<Character, Character> foldingPairs() {
		return Folding.shipped();
	}
}
