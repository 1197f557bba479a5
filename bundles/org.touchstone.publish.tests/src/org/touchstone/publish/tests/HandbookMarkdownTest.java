package org.touchstone.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchstone.publish.PageSource;
import org.touchstone.publish.internal.MarkdownPages;
import org.touchstone.publish.internal.PublishState;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

/** The handbook syntax beyond CommonMark, as the publisher renders it. */
class HandbookMarkdownTest {
	@Test
	void admonitionsBecomeTitledBlocksWhereverTheirMarkerMayStand() {
		String note = MarkdownPages.unsanitized("Before.\n\n!!! note \"问候 Greeting\"\n    客人进入大堂后三十秒内问候。\n\nAfter.\n");
		assertTrue(note.contains("<div class=\"adm-block adm-note\">"), note);
		assertTrue(note.contains("<span>问候 Greeting</span>"), note);
		assertTrue(note.contains("<div class=\"adm-body\">\n<p>客人进入大堂后三十秒内问候。</p>"), note);
		assertFalse(note.contains("<svg"), "no icons: the sanitizer would remove them");

		String collapsible = MarkdownPages.unsanitized("  ???+ warning\n    Open by default.\n");
		assertTrue(collapsible.contains("adm-warning") && collapsible.contains("Open by default."), collapsible);
		String inList = MarkdownPages.unsanitized("- item\n\n    !!! tip\n        Inside a list item.\n");
		assertTrue(inList.contains("<li>") && inList.contains("adm-tip"), inList);
	}

	/**
	 * The publisher parses admonitions and bare addresses with flexmark's own code behind a cheap
	 * first test of each line or text; the output must be exactly flexmark's, which is checked on
	 * every example of the CommonMark and GFM specs and on the extensions' own syntax.
	 */
	@Test
	void theQuickerAdmonitionAndAutolinkParsersGiveFlexmarksOutput() throws IOException {
		List<Extension> flexmarks = new ArrayList<>();
		for (Extension e : Parser.EXTENSIONS.get(MarkdownPages.OPTIONS)) {
			String name = e.getClass().getSimpleName();
			flexmarks.add(name.equals("Autolinks") ? AutolinkExtension.create() : name.equals("Admonitions") ? AdmonitionExtension.create() : e);
		}
		assertEquals(2, flexmarks.stream().filter(e -> e instanceof AutolinkExtension || e instanceof AdmonitionExtension).count());
		DataHolder original = new MutableDataSet(MarkdownPages.OPTIONS).set(Parser.EXTENSIONS, flexmarks).toImmutable();
		Parser ours = Parser.builder(MarkdownPages.OPTIONS).build();
		Parser theirs = Parser.builder(original).build();
		HtmlRenderer renderer = HtmlRenderer.builder(original).build();
		List<String> inputs = new ArrayList<>();
		SpecExamples.read("org.commonmark.test-util", "spec.txt").forEach(e -> inputs.add(e.markdown()));
		SpecExamples.read("org.commonmark.test-util", "gfm-spec.txt").forEach(e -> inputs.add(e.markdown()));
		inputs.addAll(List.of("!!! note \"问候\"\n    正文\n", "  ???+ tip\n    x\n", "!!!note\n", "Mail desk@example.com or visit www.example.com, "
				+ "https://example.com/a?b=c and W\\ww.example.com; 客服 service\\@example.com", "&#64;example &#x3A;// www&period;example.com"));
		int linked = 0;
		for (String markdown : inputs) {
			String expected = renderer.render(theirs.parse(markdown));
			assertEquals(expected, renderer.render(ours.parse(markdown)), markdown);
			linked += expected.contains("<a href=\"http") || expected.contains("<a href=\"mailto") ? 1 : 0;
		}
		assertTrue(linked > 20, "the inputs include bare addresses that become links: " + linked);
	}

	/**
	 * A broken link is reported with its line; the publisher counts lines once per page instead of
	 * asking flexmark per link, and must name the same line flexmark does, with LF, CR LF or CR
	 * line ends and with front matter above the text.
	 */
	@Test
	void linksAreReportedOnTheLinesFlexmarkGivesThem() throws IOException {
		List<String> inputs = new ArrayList<>();
		SpecExamples.read("org.commonmark.test-util", "spec.txt").forEach(e -> inputs.add(e.markdown()));
		SpecExamples.read("org.commonmark.test-util", "gfm-spec.txt").forEach(e -> inputs.add(e.markdown()));
		inputs.add("---\ntitle: x\n---\n\n# T\n\n| a | b |\n|---|---|\n| [x](x.md) | ![i](i.png) |\n\n- [y][r]\n\n[r]: y.md\n<https://e.com>\n");
		int compared = 0;
		for (String markdown : inputs) {
			for (String text : new String[] { markdown, markdown.replace("\n", "\r\n"), markdown.replace("\n", "\r") }) {
				MarkdownPages.Parsed parsed = MarkdownPages.parse(new PageSource("p", "p", text, "p.md"));
				List<Integer> expected = new ArrayList<>();
				for (Node node : parsed.document().getDescendants()) {
					if (node instanceof Link || node instanceof Image || node instanceof AutoLink || node instanceof LinkRef ref && ref.isDefined()
							|| node instanceof ImageRef ref2 && ref2.isDefined()) {
						expected.add(node.getStartLineNumber() + 1);
					}
				}
				List<Integer> ours = MarkdownPages.links(parsed).stream().map(PublishState.Link::line).toList();
				if (ours.size() == expected.size()) {
					assertEquals(expected, ours, text);
					compared += ours.size();
				}
			}
		}
		assertTrue(compared > 500, "links compared: " + compared);
	}

	@Test
	void textThatOnlyLooksLikeAnAdmonitionStaysText() {
		assertEquals("<p>!! note</p>\n", MarkdownPages.unsanitized("!! note\n"));
		assertEquals("<p>!!!note without a space</p>\n", MarkdownPages.unsanitized("!!!note without a space\n"));
		assertEquals("<pre><code>!!! note\n</code></pre>\n", MarkdownPages.unsanitized("    !!! note\n"));
	}
}
