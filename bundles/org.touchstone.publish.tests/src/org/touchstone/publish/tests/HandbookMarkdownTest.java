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
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
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
	 * The publisher parses admonitions, bare addresses, tables and {@code [TOC]} markers with
	 * flexmark's own code, behind a cheap first test of each line or text or made once per parser
	 * instead of once per page, and writes plain text without flexmark's escaping steps; the
	 * output must be exactly that of flexmark's own extensions and renderer,
	 * which is checked on every example of the CommonMark and GFM specs and on the extensions' own
	 * syntax, parsed one after another with one parser as a publish does.
	 */
	@Test
	void theQuickerExtensionsGiveFlexmarksOutput() throws IOException {
		List<Extension> flexmarks = List.of(TablesExtension.create(), StrikethroughExtension.create(), TaskListExtension.create(),
				AutolinkExtension.create(), FootnoteExtension.create(), AnchorLinkExtension.create(), TocExtension.create(),
				DefinitionExtension.create(), AdmonitionExtension.create(), YamlFrontMatterExtension.create());
		// One of flexmark's extensions for each of ours, and PlainText, which changes only how text is written.
		assertEquals(flexmarks.size() + 1, Parser.EXTENSIONS.get(MarkdownPages.OPTIONS).size());
		DataHolder original = new MutableDataSet(MarkdownPages.OPTIONS).set(Parser.EXTENSIONS, flexmarks).toImmutable();
		Parser ours = Parser.builder(MarkdownPages.OPTIONS).build();
		HtmlRenderer ourRenderer = HtmlRenderer.builder(MarkdownPages.OPTIONS).build();
		Parser theirs = Parser.builder(original).build();
		HtmlRenderer renderer = HtmlRenderer.builder(original).build();
		List<String> inputs = new ArrayList<>();
		SpecExamples.read("org.commonmark.test-util", "spec.txt").forEach(e -> inputs.add(e.markdown()));
		SpecExamples.read("org.commonmark.test-util", "gfm-spec.txt").forEach(e -> inputs.add(e.markdown()));
		inputs.addAll(List.of("!!! note \"问候\"\n    正文\n", "  ???+ tip\n    x\n", "!!!note\n", "Mail desk@example.com or visit www.example.com, "
				+ "https://example.com/a?b=c and W\\ww.example.com; 客服 service\\@example.com", "&#64;example &#x3A;// www&period;example.com",
				"# A\n\n[TOC]\n\n## B\n", "[TOC levels=2-3]\n\n## B\n### C\n", " [TOC]\n", "[toc]\n", "> [TOC]\n\n## D\n", "- [TOC]\n",
				"[TOC]: #\n\n## E\n", "# Visit www.example.com\n", "## Mail desk@example.com, https://a.cn and www.b.cn\n",
				"> # Quoted https://q.example\n> text www.q.example\n", "- # In a list www.l.example\n", "Setext https://s.example\n===\n",
				"a https://a.example b https://b.example c desk@c.example\n", "<https://already.example> and www.x.example\n",
				"[text www.x.example](u.md) and ![alt https://i.example](i.png)\n", "`code https://c.example` and **bold www.bold.example**\n",
				"| h https://t.example |\n|---|\n| www.cell.example |\n", "# Same\n\n# Same\n\n## Same https://d.example\n",
				"soft\r\nbreak\r\n\r\nand\rcarriage\r", "\"quotes\" & <angle> 'single' > done\n", "back\\slash \\* &amp; &copy; &#x4E2D; &nbsp;\n",
				"| a \\| b | \"c\" |\n|---|---|\n| &lt; | x & y |\n", "| a | b |\n|:--|--:|\n| 1 | 2 |\n| 3 |\n", "a | b\n--- | ---\n1 | 2 | 3\n", "| x |\n|---|\n\n| y | z |\n|---|---|\n"));
		int linked = 0;
		for (String markdown : inputs) {
			String expected = renderer.render(theirs.parse(markdown));
			assertEquals(expected, ourRenderer.render(ours.parse(markdown)), markdown);
			linked += expected.contains("<a href=\"http") || expected.contains("<a href=\"mailto") ? 1 : 0;
		}
		assertTrue(linked > 20, "the inputs include bare addresses that become links: " + linked);
		String all = ourRenderer.render(ours.parse("| a |\n|---|\n| ~~b~~ |\n\n- [x] done\n\nTerm\n: definition\n\n!!! note\n    body\n\n[TOC]\n\n## H\n"));
		for (String made : new String[] { "<table>", "<del>b</del>", "task-list-item", "<dl>", "adm-note", "<li><a href=\"#h\">H</a></li>", "<h2 id=\"h\"><a href=\"#h\">" }) {
			assertTrue(all.contains(made), made + " in " + all);
		}
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
