package org.touchstone.publish.internal;

import java.util.Set;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * flexmark's rendering of text, with a shortcut. flexmark unescapes every piece of text, turns its
 * line ends into LF and escapes it for HTML, each step a regular expression over the text: a
 * quarter of the time it took to render a handbook page. Text without a backslash, ampersand,
 * carriage return, {@code <}, {@code >} or {@code "} comes out of all three steps as it went in,
 * so it is written as it is; any other text takes flexmark's own three steps. (flexmark lets an
 * extension's renderer take the place of its own for a core node.)
 */
final class PlainText implements HtmlRenderer.HtmlRendererExtension {
	private static final NodeRenderer RENDERER = () -> Set.of(new NodeRenderingHandler<>(Text.class, (text, context, html) -> write(text, html)));

	static PlainText create() {
		return new PlainText();
	}

	@Override
	public void rendererOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(HtmlRenderer.Builder builder, String rendererType) {
		if (builder.isRendererType("HTML")) {
			builder.nodeRendererFactory(options -> RENDERER);
		}
	}

	private static void write(Text text, HtmlWriter html) {
		String chars = text.getChars().toString();
		if (plain(chars)) {
			html.raw(chars);
		} else {
			html.text(Escaping.normalizeEOL(text.getChars().unescape()));
		}
	}

	/** Whether unescaping, line-end normalising and HTML escaping would all leave the text as it is. */
	static boolean plain(String text) {
		for (int i = 0; i < text.length(); i++) {
			switch (text.charAt(i)) {
			case '\\', '&', '\r', '<', '>', '"' -> {
				return false;
			}
			default -> {
			}
			}
		}
		return true;
	}
}
