package org.touchstone.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.core.Permission;
import org.touchstone.publish.PublishResult;

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

		List<String> warnings = result.warnings();
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
		assertEquals(1, result.warnings().stream().filter(w -> w.startsWith("segment-guide.md:")).count(), result.warnings().toString());
	}
}
