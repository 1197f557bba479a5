package org.touchstone.publish.internal;

import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.ext.toc.internal.TocBlockParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's {@code [TOC]} marker, with one change: flexmark's block parser compiles two regular
 * expressions for every page before it reads a line. Its expression can only match a line that
 * starts with {@code [}, so here the parser is made when a page has such a line, and only such
 * lines reach it; what it makes of them, and the rendering, are flexmark's.
 */
final class TableOfContents extends ParsedOurWay {
	private TableOfContents() {
		super(TocExtension.create());
	}

	static TableOfContents create() {
		return new TableOfContents();
	}

	@Override
	public void extend(Parser.Builder builder) {
		builder.customBlockParserFactory(new BracketFirst());
	}

	/** Whether a line could be a marker: it starts with {@code [} and is at least {@code [TOC]} long. */
	static boolean candidate(BasedSequence line) {
		return line.length() >= 5 && line.charAt(0) == '[';
	}

	private static final class BracketFirst extends FilteredBlockParser {
		BracketFirst() {
			super(new TocBlockParser.Factory());
		}

		@Override
		boolean canOpen(ParserState state) {
			return candidate(state.getLine());
		}
	}
}
