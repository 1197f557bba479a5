package org.touchstone.publish.internal;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.admonition.internal.AdmonitionBlockParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's admonition extension ({@code !!! note "Title"}), with one change: its block parser
 * compiles a regular expression for every line that could open a block, which made it the most
 * expensive extension of a handbook page. Here a line reaches that parser only when it starts with
 * {@code !!!} or {@code ???}, the only lines its expression can match, and the parser is made for
 * a page only when it has such a line; everything else (the parsing of an admonition, its
 * rendering, its options) is flexmark's.
 */
final class Admonitions extends ParsedOurWay {
	private Admonitions() {
		super((AdmonitionExtension) AdmonitionExtension.create());
	}

	static Admonitions create() {
		return new Admonitions();
	}

	@Override
	public void extend(Parser.Builder builder) {
		builder.customBlockParserFactory(new MarkerFirst());
	}

	/** Whether a line has an admonition marker at {@code index}. */
	static boolean marker(BasedSequence line, int index) {
		if (index + 3 > line.length()) {
			return false;
		}
		char c = line.charAt(index);
		return (c == '!' || c == '?') && line.charAt(index + 1) == c && line.charAt(index + 2) == c;
	}

	private static final class MarkerFirst extends FilteredBlockParser {
		MarkerFirst() {
			super(new AdmonitionBlockParser.Factory());
		}

		@Override
		boolean canOpen(ParserState state) {
			return marker(state.getLine(), state.getNextNonSpaceIndex());
		}
	}
}
