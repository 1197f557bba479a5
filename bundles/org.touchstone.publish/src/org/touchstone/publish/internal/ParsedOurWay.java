package org.touchstone.publish.internal;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * One of flexmark's extensions with its parsing set up our way ({@link #extend(Parser.Builder)})
 * and everything else, its options and its rendering, left to flexmark's extension. Each wrapped
 * extension is a subclass of its own, as flexmark loads one extension per class.
 */
abstract class ParsedOurWay implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
	private final Parser.ParserExtension parsing;
	private final HtmlRenderer.HtmlRendererExtension rendering;

	<E extends Parser.ParserExtension & HtmlRenderer.HtmlRendererExtension> ParsedOurWay(E flexmarks) {
		this.parsing = flexmarks;
		this.rendering = flexmarks;
	}

	@Override
	public final void parserOptions(MutableDataHolder options) {
		parsing.parserOptions(options);
	}

	@Override
	public final void rendererOptions(MutableDataHolder options) {
		rendering.rendererOptions(options);
	}

	@Override
	public final void extend(HtmlRenderer.Builder builder, String rendererType) {
		rendering.extend(builder, rendererType);
	}
}
