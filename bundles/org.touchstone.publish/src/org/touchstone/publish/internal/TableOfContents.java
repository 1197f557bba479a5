package org.touchstone.publish.internal;

import java.util.Set;

import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.ext.toc.internal.TocBlockParser;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

/**
 * flexmark's {@code [TOC]} marker, with one change: flexmark's block parser compiles two regular
 * expressions for every page before it reads a line. Its expression can only match a line that
 * starts with {@code [}, so here the parser is made when a page has such a line, and only such
 * lines reach it; what it makes of them, and the rendering, are flexmark's.
 */
final class TableOfContents implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
	private final TocExtension toc = TocExtension.create();

	static TableOfContents create() {
		return new TableOfContents();
	}

	@Override
	public void parserOptions(MutableDataHolder options) {
		toc.parserOptions(options);
	}

	@Override
	public void extend(Parser.Builder builder) {
		builder.customBlockParserFactory(new BracketFirst(new TocBlockParser.Factory()));
	}

	@Override
	public void rendererOptions(MutableDataHolder options) {
		toc.rendererOptions(options);
	}

	@Override
	public void extend(HtmlRenderer.Builder builder, String rendererType) {
		toc.extend(builder, rendererType);
	}

	/** Whether a line could be a marker: it starts with {@code [} and is at least {@code [TOC]} long. */
	static boolean candidate(BasedSequence line) {
		return line.length() >= 5 && line.charAt(0) == '[';
	}

	private record BracketFirst(CustomBlockParserFactory toc) implements CustomBlockParserFactory {
		@Override
		public BlockParserFactory apply(DataHolder options) {
			BlockParserFactory[] parser = new BlockParserFactory[1];
			return (state, matched) -> {
				if (!candidate(state.getLine())) {
					return BlockStart.none();
				}
				if (parser[0] == null) {
					parser[0] = toc.apply(options);
				}
				return parser[0].tryStart(state, matched);
			};
		}

		@Override
		public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
			return toc.getLeadInHandler(options);
		}

		@Override
		public Set<Class<?>> getAfterDependents() {
			return toc.getAfterDependents();
		}

		@Override
		public Set<Class<?>> getBeforeDependents() {
			return toc.getBeforeDependents();
		}

		@Override
		public boolean affectsGlobalScope() {
			return toc.affectsGlobalScope();
		}
	}
}
