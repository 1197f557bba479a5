package org.touchstone.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.core.Permission;
import org.touchstone.publish.PublishResult;
import org.touchstone.publish.internal.MarkdownPages;
import org.touchstone.publish.internal.SiteSearch;

/** Published HTML never runs script that came from content; the publish still succeeds and says what it removed, where. */
class HostileContentTest {
	private static final String HOSTILE = """
			---
			kind: chapter
			title: 危险章节 <script>alert('title')</script>
			---
			# 标题

			<script>alert('block')</script>

			<img src="x.png" onerror="alert('img')">

			<iframe src="https://evil.example/"></iframe>

			<object data="movie.swf"></object><embed src="movie.swf">

			<form action="https://evil.example/"><input name="a"></form>

			<meta http-equiv="refresh" content="0;url=https://evil.example/">

			<div style="width: expression(alert('style'))">styled</div>

			<a href="javascript:alert('a')">click</a> and <span onmouseover="alert('span')">hover</span>

			[link](javascript:alert('md'))

			[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)

			<svg onload="alert('svg')"><circle r="1"/></svg>

			<style>body { background: url(javascript:alert('css')) }</style>

			Safe **text** stays.
			""";

	/** The syntax of the extensions the specs do not cover. */
	private static final String[] EXTENSIONS = { "!!! note \"Greeting 问候\"\n    Greet within **30 seconds**.\n",
			"???+ warning\n    Collapsible, open.\n", "Text with a note.[^1]\n\n[^1]: The note, with [a link](https://example.com/).\n",
			"Term 术语\n: Definition 定义\n", "- [x] done\n- [ ] open\n", "[TOC]\n\n## One 一\n\n### Two 二\n", "~~gone~~ and www.example.com\n",
			"---\ntitle: Front matter\n---\n\n# Heading\n", "| a | b |\n|:--|--:|\n| 1 | 2 |\n" };

	@TempDir
	Path dir;

	@Test
	void noScriptFromContentSurvivesAndEachRemovalIsReportedWithItsLine() {
		SampleSite sample = new SampleSite(dir);
		sample.chapter("harbor-hotel", "hostile.md", HOSTILE);
		sample.workspace.change(new Context("harbor-hotel", SampleSite.USER), Permission.WRITE, t -> {
			t.getBranding().setDisplayName("Harbor <img src=x onerror=alert('brand')>");
			return null;
		});
		Path out = dir.resolve("site");
		PublishResult result = sample.publish("harbor-hotel", out);

		String page = SampleSite.read(out.resolve("hostile.html"));
		String article = page.substring(page.indexOf("<article>"), page.indexOf("</article>")).toLowerCase(Locale.ROOT);
		for (String banned : new String[] { "<script", "onerror", "onload", "onmouseover", "javascript:", "data:text/html", "<iframe", "<object",
				"<embed", "<form", "<meta", "expression(", "style=", "<style", "<svg" }) {
			assertFalse(article.contains(banned), banned + " survived:\n" + article);
		}
		assertTrue(article.contains("<strong>text</strong>"), "harmless Markdown is kept");
		assertTrue(article.contains("styled") && article.contains("hover") && article.contains("click"), "the text of removed markup stays");

		assertFalse(page.contains("<script>alert"), "titles are escaped in the template");
		assertTrue(page.contains("危险章节 &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"), page);
		assertFalse(page.contains("<img src=x"), "branding is escaped");
		assertTrue(page.contains("Harbor &lt;img src=x onerror=alert(&#39;brand&#39;)&gt;"));
		for (String file : new String[] { "index.html", "print.html", "search.html", "welcome.html" }) {
			assertFalse(SampleSite.read(out.resolve(file)).contains("alert('"), file);
		}

		List<String> warnings = result.warnings().stream().map(Object::toString).toList();
		assertTrue(warnings.contains("hostile.md:7: removed the <script> element from raw HTML"), warnings.toString());
		assertTrue(warnings.contains("hostile.md:9: removed the onerror attribute of <img> from raw HTML"), warnings.toString());
		assertTrue(warnings.contains("hostile.md:11: removed the <iframe> element from raw HTML"), warnings.toString());
		assertTrue(warnings.stream().anyMatch(w -> w.startsWith("hostile.md:23: removed the link to 'javascript:")), warnings.toString());
		assertTrue(warnings.stream().anyMatch(w -> w.startsWith("hostile.md:25: removed the link to 'data:text/html")), warnings.toString());
		assertTrue(warnings.stream().allMatch(w -> w.startsWith("hostile.md:")), warnings.toString());
	}

	@Test
	void hostileTextInTheModelIsEscapedInGeneratedSections() {
		SampleSite sample = new SampleSite(dir);
		sample.workspace.change(new Context("harbor-hotel", SampleSite.USER), Permission.WRITE, t -> {
			t.getSegments().get(0).setGuidance("<script>alert('segment')</script>记住偏好");
			return null;
		});
		Path out = dir.resolve("site");
		PublishResult result = sample.publish("harbor-hotel", out);
		String page = SampleSite.read(out.resolve("segment-guide.html"));
		assertFalse(page.contains("alert('segment')"), page);
		assertTrue(page.contains("记住偏好"));
		assertEquals(1, result.warnings().stream().map(Object::toString).filter(w -> w.startsWith("segment-guide.md:")).count(), result.warnings().toString());
	}

	/**
	 * A page without raw HTML is written as flexmark renders it, without the sanitizer. That is safe
	 * only if the sanitizer would keep such a page as it is: checked here on every example of the
	 * CommonMark specs and of GFM, and on the syntax of the publisher's other extensions.
	 */
	@Test
	void everyPageWrittenWithoutTheSanitizerIsOneItWouldKeep() throws IOException {
		List<SpecExamples.Example> examples = new ArrayList<>();
		examples.addAll(SpecExamples.read("com.vladsch.flexmark.flexmark.test.specs", "spec.0.28.txt"));
		examples.addAll(SpecExamples.read("org.commonmark.test-util", "spec.txt"));
		examples.addAll(SpecExamples.read("org.commonmark.test-util", "gfm-spec.txt"));
		for (String extension : EXTENSIONS) {
			examples.add(new SpecExamples.Example(examples.size() + 1, "extensions", "", extension, ""));
		}
		int unsanitized = 0;
		for (SpecExamples.Example e : examples) {
			String html = MarkdownPages.unsanitized(e.markdown());
			if (html != null) {
				unsanitized++;
				assertEquals(List.of(), MarkdownPages.unsafeParts(html), "example " + e.number() + " (" + e.section() + "):\n" + e.markdown());
			}
		}
		assertTrue(unsanitized > examples.size() / 2, "most examples have no raw HTML and skip the sanitizer: " + unsanitized);
	}

	/**
	 * Addresses that could run script never reach a page, however they are spelled: flexmark drops
	 * {@code javascript:} links itself, and any other such address sends the page through the sanitizer.
	 */
	@Test
	void noUnsafeAddressReachesAPageWithoutTheSanitizer() {
		for (String markdown : new String[] { "[a](javascript:alert(1))", "[a](JavaScript:alert(1))", "[a](javascript&colon;alert(1))",
				"[a](java&#x09;script:alert(1))", "[a](<java\tscript:alert(1)>)", "<javascript:alert(1)>", "![i](data:text/html;base64,PHNjcmlwdD4=)",
				"[a][r]\n\n[r]: vbscript:msgbox(1)", "![i][r]\n\n[r]: data:image/svg+xml,<svg/onload=alert(1)>", "[a](&#106;avascript:alert(1))",
				"[a]( javascript:alert(1) )", "[a](\u0001javascript:alert(1))", "[a](data:text/html,x)", "<vbscript:msgbox(1)>" }) {
			String html = MarkdownPages.unsanitized(markdown);
			if (html != null) {
				assertEquals(List.of(), MarkdownPages.unsafeParts(html), markdown);
			}
		}
		for (String markdown : new String[] { "[a](data:text/html,x)", "<vbscript:msgbox(1)>", "![i](data:text/html;base64,PHNjcmlwdD4=)" }) {
			assertNull(MarkdownPages.unsanitized(markdown), markdown);
		}
		for (String markdown : new String[] { "[a](https://example.com/)", "[a](mailto:desk@example.com)", "[a](welcome.md#greeting)",
				"[a](#top)", "[a](a/b:c)", "![i](logo.png)" }) {
			assertTrue(MarkdownPages.unsanitized(markdown) != null, markdown);
		}
	}

	/** The search index is a script; no title, snippet or term can end it early or run code, and it reads back as written. */
	@Test
	void aHostileTitleCannotBreakOutOfTheSearchIndexScript() throws Exception {
		String title = "</script><script>alert('x')</script> \"quoted\" \\ back\u2028slash & = 标题";
		SiteSearch.Entry entry = SiteSearch.entry("hostile.html", title, "<p>" + title.replace("<", "&lt;") + " 正文</p>");
		String script = SiteSearch.shardScript(0, 0, List.of(entry));
		assertFalse(script.contains("<") || script.contains(">") || script.contains("'") || script.contains("\u2028"), script);
		Path file = dir.resolve("shard-0.js");
		java.nio.file.Files.writeString(file, script);
		List<SiteSearch.Entry> read = SiteSearch.readShard(file);
		assertEquals(List.of(entry), read);
	}
}
