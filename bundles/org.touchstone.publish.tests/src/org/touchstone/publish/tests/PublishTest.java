package org.touchstone.publish.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.AccessDeniedException;
import org.touchstone.core.Context;
import org.touchstone.core.Permission;
import org.touchstone.core.TouchstoneException;
import org.touchstone.publish.HandbookPublisher;
import org.touchstone.publish.PageSource;
import org.touchstone.publish.PublishCheckException;
import org.touchstone.publish.PublishResult;
import org.touchstone.publish.Publisher;
import org.touchstone.publish.Site;
import org.touchstone.publish.internal.FolderLock;

class PublishTest {
	@TempDir
	Path dir;

	@Test
	void theResultsChapterShowsEachStandardsRateAgainstItsTargetAndIsTheSameWhenNothingChanged() throws Exception {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("site");
		sample.publish("harbor-hotel", out);
		assertTrue(SampleSite.read(out.resolve("results.html")).contains("尚未记录任何结果"), "before any results, the chapter says so");
		org.touchstone.results.SampleResults.addTo(sample.workspace, SampleSite.USER);
		PublishResult again = sample.publish("harbor-hotel", out);
		assertEquals(1, again.written(), "only the results page changed");
		String page = SampleSite.read(out.resolve("results.html"));
		assertTrue(java.util.regex.Pattern.compile("2025-1\\d-\\d\\d 至 2026-11-\\d\\d 的十二个月").matcher(page).find(), "the twelve months up to the latest result");
		assertTrue(page.contains("<td>G-001</td>") && page.contains("达到目标 95%"), "G-001 is met every time in the sample year");
		assertTrue(page.contains("低于目标 95%"), "G-002 is below its target");
		assertTrue(page.contains("<td>SY-BAY</td>"), "a row per site");
		assertTrue(page.contains("PB-ROOM"), "a row per playbook used");
		assertEquals(0, sample.publish("harbor-hotel", out).written(), "publishing again with no new results rewrites nothing");
	}

	@Test
	void publishesTheSampleHandbookAsABrandedSite() {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("site");
		PublishResult result = sample.publish("harbor-hotel", out);
		assertEquals(out.resolve("index.html"), result.index());
		assertEquals(11, result.pages());
		for (String file : new String[] { "index.html", "welcome.html", "standards-by-dimension.html", "playbooks.html", "segment-guide.html",
				"cited-cases.html", "audit-checklist.html", "print.html", "search.html", "style.css", "print.css", "search.js",
				"assets/logo-harbor.svg", "search/shard-0.js" }) {
			assertTrue(Files.isRegularFile(out.resolve(file)), file);
		}
		String standards = SampleSite.read(out.resolve("standards-by-dimension.html"));
		assertTrue(standards.contains("<html lang=\"zh-CN\">"));
		assertTrue(standards.contains("<nav class=\"breadcrumbs\""));
		assertTrue(standards.contains("<a href=\"standards-by-dimension.html\" aria-current=\"page\">服务标准</a>"), "sidebar marks the current page");
		assertTrue(standards.contains("rel=\"prev\" href=\"welcome.html\""));
		assertTrue(standards.contains("rel=\"next\" href=\"playbooks.html\""));
		assertTrue(standards.contains("class=\"page-toc\""));
		assertTrue(standards.contains("G-001 大堂问候"));
		assertTrue(standards.contains("≤ 30 秒"), "threshold with its unit");
		assertFalse(standards.contains("G-005"), "a draft standard is not published");
		assertTrue(standards.contains("alt=\"海港酒店集团 Harbor Hotels\""), "the logo has alt text");
		for (String landmark : new String[] { "<header", "<nav", "<main", "<footer" }) {
			assertTrue(standards.contains(landmark), landmark);
		}
		assertTrue(SampleSite.read(out.resolve("style.css")).contains("--brand: #0b5d7a"), "the tenant's colour");
		assertTrue(SampleSite.read(out.resolve("playbooks.html")).contains("前台可直接赠送一次免费饮品"), "empowerment limit");
		assertTrue(SampleSite.read(out.resolve("cited-cases.html")).contains("id=\"case-walmart-customer-first\""), "cited cases carry anchors");
		assertTrue(SampleSite.read(out.resolve("audit-checklist.html")).contains("<table>"));
	}

	@Test
	void anEnglishTenantGetsEnglishLabels() {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("site");
		sample.publish("riverside-bank", out);
		String page = SampleSite.read(out.resolve("playbooks.html"));
		assertTrue(page.contains("<html lang=\"en\">"));
		assertTrue(page.contains("On this page") && page.contains("Previous"), "English labels");
	}

	@Test
	void theSiteNeedsNoNetwork() {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("site");
		sample.publish("red-lantern-hotpot", out);
		Pattern remote = Pattern.compile("<(script|link|img)[^>]+(src|href)=\"(https?:)?//", Pattern.CASE_INSENSITIVE);
		for (Map.Entry<String, byte[]> file : SampleSite.files(out).entrySet()) {
			String text = new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8);
			assertFalse(remote.matcher(text).find(), file.getKey() + " loads something from the network");
			assertFalse(text.contains("@import") || text.contains("url(http"), file.getKey() + " loads a remote font or style");
		}
	}

	@Test
	void theSameInputGivesByteIdenticalOutput() {
		SampleSite sample = new SampleSite(dir);
		Map<String, byte[]> first = SampleSite.files(sampleOut(sample, "a"));
		Map<String, byte[]> second = SampleSite.files(sampleOut(sample, "b"));
		assertEquals(first.keySet(), second.keySet());
		for (String file : first.keySet()) {
			assertArrayEquals(first.get(file), second.get(file), file);
		}
	}

	private Path sampleOut(SampleSite sample, String name) {
		Path out = dir.resolve(name);
		sample.publish("harbor-hotel", out);
		return out;
	}

	@Test
	void aSecondPublishRewritesOnlyThePagesWhoseInputsChanged() throws Exception {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("site");
		assertEquals(11, sample.publish("harbor-hotel", out).written());
		assertEquals(0, sample.publish("harbor-hotel", out).written(), "nothing changed");
		byte[] standardsBefore = Files.readAllBytes(out.resolve("standards-by-dimension.html"));
		sample.chapter("harbor-hotel", "welcome.md", "---\nkind: chapter\ntitle: 致每一位同事\n---\n# 为什么要写服务标准\n\n改过的一段话。\n");
		PublishResult again = sample.publish("harbor-hotel", out);
		assertEquals(1, again.written());
		assertTrue(SampleSite.read(out.resolve("welcome.html")).contains("改过的一段话。"));
		assertArrayEquals(standardsBefore, Files.readAllBytes(out.resolve("standards-by-dimension.html")));
		assertTrue(SampleSite.read(out.resolve("print.html")).contains("改过的一段话。"), "the print version follows");
		assertTrue(SampleSite.read(out.resolve("search/shard-0.js")).contains("改过的一段话"), "so does the search index");

		Map<String, byte[]> incremental = SampleSite.files(out);
		Path fresh = dir.resolve("fresh");
		sample.publish("harbor-hotel", fresh);
		Map<String, byte[]> full = SampleSite.files(fresh);
		for (String file : full.keySet()) {
			assertArrayEquals(full.get(file), incremental.get(file), "an incremental publish equals a full one: " + file);
		}
	}

	/** A handbook of several search shards and a windowed sidebar, changed in one chapter. */
	@Test
	void anIncrementalPublishOfALargeHandbookEqualsAFullOne() throws Exception {
		List<PageSource> pages = new ArrayList<>();
		for (int i = 0; i < 450; i++) {
			pages.add(new PageSource(String.format("c%03d", i), "第" + i + "章 Chapter " + i, "# 第" + i + "章\n\n## 问候 " + i + "\n\n客人进入大堂后三十秒内问候。 Guests are greeted. [下一章](c"
					+ String.format("%03d", (i + 1) % 450) + ".md#问候-" + ((i + 1) % 450) + ")\n", "c" + i + ".md"));
		}
		Path out = dir.resolve("large");
		assertEquals(450, new Publisher().publish(new Site("大手册", "Harbor", null, "#1f5f8b", true, pages, dir), out, false).written());
		PageSource old = pages.get(250);
		pages.set(250, new PageSource(old.slug(), old.title(), old.markdown() + "\n新增的一句话：值班经理每天巡查。\n", old.source()));
		Site changed = new Site("大手册", "Harbor", null, "#1f5f8b", true, pages, dir);
		assertEquals(1, new Publisher().publish(changed, out, false).written());
		assertTrue(SampleSite.read(out.resolve("search/shard-1.js")).contains("巡查"), "the changed chapter's shard has its new words");

		Path fresh = dir.resolve("fresh");
		new Publisher().publish(changed, fresh, false);
		Map<String, byte[]> full = SampleSite.files(fresh);
		Map<String, byte[]> incremental = SampleSite.files(out);
		assertEquals(full.keySet(), incremental.keySet());
		for (String file : full.keySet()) {
			assertArrayEquals(full.get(file), incremental.get(file), "an incremental publish equals a full one: " + file);
		}
	}

	/** An incremental publish checks again the links a change could break, on unchanged chapters too. */
	@Test
	void aChangedChapterOrADeletedImageBreaksTheLinksOfUnchangedChapters() throws Exception {
		Path assets = Files.createDirectories(dir.resolve("assets"));
		Files.write(assets.resolve("lobby.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		List<PageSource> pages = new ArrayList<>(List.of(new PageSource("a", "甲", "# 甲\n\n见[问候](b.md#问候)。\n", "a.md"),
				new PageSource("b", "乙", "# 乙\n\n## 问候\n\n三十秒内问候。\n", "b.md"),
				new PageSource("c", "丙", "# 丙\n\n![大堂](lobby.png)\n", "c.md")));
		Path out = dir.resolve("deps");
		assertEquals(3, new Publisher().publish(new Site("手册", "Harbor", null, "#1f5f8b", true, pages, assets), out, false).written());

		pages.set(1, new PageSource("b", "乙", "# 乙\n\n## 致意\n\n三十秒内致意。\n", "b.md"));
		PublishCheckException heading = assertThrows(PublishCheckException.class,
				() -> new Publisher().publish(new Site("手册", "Harbor", null, "#1f5f8b", true, pages, assets), out, false));
		assertEquals(List.of("a.md:3: broken link to 'b.md#问候': no heading '#问候' in b.md"), heading.problems());
		assertEquals("a.md:3：链接 'b.md#问候' 失效：b.md 中没有标题 '#问候'", heading.messages().get(0).in(org.touchstone.model.Language.ZH),
				"a publisher in Chinese says the same in Chinese");

		pages.set(1, new PageSource("b", "乙", "# 乙\n\n## 问候\n\n三十秒内问候。\n", "b.md"));
		assertEquals(0, new Publisher().publish(new Site("手册", "Harbor", null, "#1f5f8b", true, pages, assets), out, false).written());
		Files.delete(assets.resolve("lobby.png"));
		PublishCheckException image = assertThrows(PublishCheckException.class,
				() -> new Publisher().publish(new Site("手册", "Harbor", null, "#1f5f8b", true, pages, assets), out, false));
		assertEquals(1, image.problems().size(), image.problems().toString());
		assertTrue(image.problems().get(0).startsWith("c.md:3: missing image 'lobby.png'"), image.problems().get(0));
	}

	@Test
	void aRenamedChapterRewritesEveryPageThatShowsItsTitle() {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("site");
		sample.publish("harbor-hotel", out);
		sample.chapter("harbor-hotel", "welcome.md", "---\nkind: chapter\ntitle: 致新同事\n---\n# 为什么要写服务标准\n");
		assertEquals(11, sample.publish("harbor-hotel", out).written(), "every sidebar shows the new title");
		Path fresh = dir.resolve("fresh");
		sample.publish("harbor-hotel", fresh);
		Map<String, byte[]> full = SampleSite.files(fresh);
		Map<String, byte[]> incremental = SampleSite.files(out);
		for (String file : full.keySet()) {
			assertArrayEquals(full.get(file), incremental.get(file), file);
		}
		assertTrue(SampleSite.read(out.resolve("print.html")).contains(">致新同事</a>"));
	}

	@Test
	void aBrokenLinkFailsThePublishWithFileAndLineAndWritesNothing() {
		SampleSite sample = new SampleSite(dir);
		sample.chapter("harbor-hotel", "links.md", "---\nkind: chapter\ntitle: 链接\n---\n# 链接\n\n见[标准](standards-by-dimension.md#及时性)。\n\n"
				+ "见[不存在的章节](nowhere.md)。\n\n见[不存在的标题](playbooks.md#no-such-heading)。\n");
		Path out = dir.resolve("site");
		PublishCheckException e = assertThrows(PublishCheckException.class, () -> sample.publish("harbor-hotel", out));
		assertEquals(2, e.problems().size(), e.problems().toString());
		assertTrue(e.problems().get(0).startsWith("links.md:9: broken link to 'nowhere.md'"), e.problems().get(0));
		assertTrue(e.problems().get(1).startsWith("links.md:11: broken link to 'playbooks.md#no-such-heading'"), e.problems().get(1));
		assertFalse(Files.exists(out), "nothing was written");
	}

	@Test
	void aFailedCheckLeavesTheEarlierSiteAsItWasAndAnEmptyFolderEmpty() throws Exception {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("site");
		sample.publish("harbor-hotel", out);
		Map<String, byte[]> before = SampleSite.files(out);
		sample.chapter("harbor-hotel", "welcome.md", "---\nkind: chapter\ntitle: 欢迎\n---\n# 欢迎\n\n见[不存在的章节](nowhere.md)。\n");
		assertThrows(PublishCheckException.class, () -> sample.publish("harbor-hotel", out));
		assertSameFiles(before, SampleSite.files(out), "a publish that failed");

		Path empty = Files.createDirectories(dir.resolve("empty"));
		assertThrows(PublishCheckException.class, () -> sample.publish("harbor-hotel", empty));
		assertTrue(Files.isDirectory(empty), "the folder the user made stays");
		try (var entries = Files.list(empty)) {
			assertEquals(0, entries.count(), "nothing is left in it");
		}
	}

	@Test
	void aFolderWhoseLastPublishWasCutShortIsPublishedAgainWhole() throws Exception {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("site");
		sample.publish("harbor-hotel", out);
		Map<String, byte[]> whole = SampleSite.files(out);
		// What a publish stopped early leaves: a state file that is no complete state (a new folder
		// gets an empty one before its first page), and some pages.
		Path cut = dir.resolve("cut");
		Files.createDirectories(cut.resolve(".touchstone"));
		Files.write(cut.resolve(".touchstone/state.bin"), new byte[] { 0, 0, 0, 1, 'x' });
		Files.writeString(cut.resolve("welcome.html"), "<p>half a page");
		assertEquals(11, sample.publish("harbor-hotel", cut).written(), "everything is rendered again");
		Map<String, byte[]> again = SampleSite.files(cut);
		for (String file : whole.keySet()) {
			assertArrayEquals(whole.get(file), again.get(file), file);
		}
	}

	@Test
	void linksBetweenChaptersPointAtTheRenderedPages() {
		SampleSite sample = new SampleSite(dir);
		sample.chapter("harbor-hotel", "links.md", "---\nkind: chapter\ntitle: 链接\n---\n见[服务标准](standards-by-dimension.md#及时性)。\n");
		Path out = dir.resolve("site");
		sample.publish("harbor-hotel", out);
		assertTrue(SampleSite.read(out.resolve("links.html")).contains("href=\"standards-by-dimension.html#%E5%8F%8A%E6%97%B6%E6%80%A7\""));
	}

	@Test
	void aMissingImageFailsThePublishWithFileAndLine() {
		SampleSite sample = new SampleSite(dir);
		sample.chapter("harbor-hotel", "pictures.md", "---\nkind: chapter\ntitle: 图片\n---\n\n![大堂](images/lobby.png)\n");
		PublishCheckException e = assertThrows(PublishCheckException.class, () -> sample.publish("harbor-hotel", dir.resolve("site")));
		assertTrue(e.getMessage().startsWith("pictures.md:6: missing image 'images/lobby.png'"), e.getMessage());
	}

	@Test
	void anImageNextToAnImportedChapterIsCopiedAndPublished() throws Exception {
		SampleSite sample = new SampleSite(dir);
		Files.createDirectories(dir.resolve("images"));
		Files.write(dir.resolve("images/lobby.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		sample.chapter("harbor-hotel", "pictures.md", "---\nkind: chapter\ntitle: 图片\n---\n\n![大堂](images/lobby.png)\n");
		Path out = dir.resolve("site");
		sample.publish("harbor-hotel", out);
		assertTrue(Files.isRegularFile(out.resolve("assets/images/lobby.png")));
		assertTrue(SampleSite.read(out.resolve("pictures.html")).contains("src=\"assets/images/lobby.png\" alt=\"大堂\""));
	}

	@Test
	void onlyPublishersAndAdminsMayPublish() {
		SampleSite sample = new SampleSite(dir);
		AccessDeniedException e = assertThrows(AccessDeniedException.class,
				() -> HandbookPublisher.publish(sample.workspace, new Context("harbor-hotel", "chen.train"), null, dir.resolve("x"), false));
		assertEquals(Permission.PUBLISH, e.permission());
		assertTrue(sample.publish("harbor-hotel", dir.resolve("ok")).pages() > 0);
	}

	@Test
	void thePrintVersionHoldsEveryChapterWithUniqueIds() {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("site");
		sample.publish("harbor-hotel", out);
		String print = SampleSite.read(out.resolve("print.html"));
		assertTrue(print.contains("href=\"print.css\""));
		for (String title : new String[] { "致每一位同事", "服务标准", "服务补救预案", "顾客细分指南", "引用案例", "附录：检查清单" }) {
			assertTrue(print.contains(">" + title + "</h1>"), title);
		}
		Set<String> ids = new HashSet<>();
		Matcher m = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(print);
		while (m.find()) {
			assertTrue(ids.add(m.group(1)), "id used twice in the print version: " + m.group(1));
		}
	}

	/**
	 * {@code --clean} writes every page anew, but an earlier site is replaced only once the new one
	 * passed its checks: a broken link leaves the earlier site as it was, and no temporary folder.
	 */
	@Test
	void aCleanPublishReplacesTheEarlierSiteOnlyWhenItsChecksPass() throws Exception {
		SampleSite sample = new SampleSite(dir);
		Path sites = Files.createDirectories(dir.resolve("sites"));
		Path out = sites.resolve("site");
		sample.publish("harbor-hotel", out);
		Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---"));
		Files.writeString(out.resolve("welcome.html"), "edited by hand");
		Map<String, byte[]> before = SampleSite.files(out);

		sample.chapter("harbor-hotel", "welcome.md", "---\nkind: chapter\ntitle: 欢迎\n---\n# 欢迎\n\n见[不存在的章节](nowhere.md)。\n");
		assertThrows(PublishCheckException.class, () -> HandbookPublisher.publish(sample.workspace, new Context("harbor-hotel", SampleSite.USER), null, out, true));
		assertSameFiles(before, SampleSite.files(out), "a clean publish that failed");
		try (var entries = Files.list(sites)) {
			assertEquals(List.of(out), entries.toList(), "no folder is left beside the site");
		}

		sample.chapter("harbor-hotel", "welcome.md", "---\nkind: chapter\ntitle: 欢迎\n---\n# 欢迎\n\n欢迎阅读。\n");
		PublishResult result = HandbookPublisher.publish(sample.workspace, new Context("harbor-hotel", SampleSite.USER), null, out, true);
		assertEquals(out.resolve("index.html"), result.index());
		assertEquals(result.pages(), result.written(), "every page written anew");
		assertTrue(SampleSite.read(out.resolve("welcome.html")).contains("欢迎阅读"), "the hand edit is gone, the new page is there");
		assertEquals("rwxr-x---", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)), "the folder keeps its permissions");
		try (var entries = Files.list(sites)) {
			assertEquals(List.of(out), entries.toList(), "no folder is left beside the site");
		}

		// A link to the site: the folder it leads to is replaced, the link stays a link.
		Path link = Files.createSymbolicLink(dir.resolve("link"), out);
		sample.chapter("harbor-hotel", "welcome.md", "---\nkind: chapter\ntitle: 欢迎\n---\n# 欢迎\n\n经由链接发布。\n");
		PublishResult viaLink = HandbookPublisher.publish(sample.workspace, new Context("harbor-hotel", SampleSite.USER), null, link, true);
		assertEquals(link.resolve("index.html"), viaLink.index());
		assertTrue(Files.isSymbolicLink(link), "the link stays a link");
		assertTrue(SampleSite.read(out.resolve("welcome.html")).contains("经由链接发布"), "the folder it leads to holds the new site");
	}

	private static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after, String what) {
		assertEquals(before.keySet(), after.keySet(), what + " added or removed files");
		for (String file : before.keySet()) {
			assertArrayEquals(before.get(file), after.get(file), file + " was changed by " + what);
		}
	}

	/** Two publishes into one folder at once would interleave: the second stops, naming the folder, and writes nothing. */
	@Test
	void aSecondPublishIntoAFolderStopsWhileTheFirstIsWriting() throws Exception {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("site");
		try (FolderLock first = FolderLock.take(out)) {
			TouchstoneException busy = assertThrows(TouchstoneException.class, () -> sample.publish("harbor-hotel", out));
			assertTrue(busy.getMessage().contains("another publish") && busy.getMessage().contains(out.toAbsolutePath().toString()), busy.getMessage());
			assertFalse(Files.exists(out), "nothing was written");
		}
		sample.publish("harbor-hotel", out);
		assertTrue(Files.isRegularFile(out.resolve("index.html")), "once the first is done, publishing works");
	}

	@Test
	void refusesToWriteIntoAFolderItDidNotMake() throws Exception {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("documents");
		Files.createDirectories(out);
		Files.writeString(out.resolve("thesis.docx"), "precious");
		assertThrows(RuntimeException.class, () -> sample.publish("harbor-hotel", out));
		assertEquals("precious", Files.readString(out.resolve("thesis.docx")));
	}

	@Test
	void pageNamesThatCouldLeaveTheSiteOrClashWithItsOwnPagesAreRefusedWithTheChapterFile() throws Exception {
		for (String bad : new String[] { "", "../secrets", "a/b", ".hidden", "-dash-first", "with space", "index", "print", "semi;colon", "tab\there" }) {
			Path out = dir.resolve("refused");
			Site site = new Site("T", "B", null, "#123456", true, List.of(new PageSource(bad, "Title", "# Title\n", "bad-chapter.md")), dir);
			TouchstoneException refused = assertThrows(TouchstoneException.class, () -> new Publisher().publish(site, out, false), bad);
			assertTrue(refused.getMessage().startsWith("bad-chapter.md: "), refused.getMessage());
			assertFalse(Files.exists(out.resolve("index.html")), bad);
		}
		String[] good = { "欢迎", "week-1.2", "chapter_3", "Ⅻ-roman", "٣-arabic-digit", "café" };
		List<PageSource> pages = new ArrayList<>();
		for (String name : good) {
			pages.add(new PageSource(name, name, "# " + name + "\n", name + ".md"));
		}
		Path out = dir.resolve("accepted");
		new Publisher().publish(new Site("T", "B", null, "#123456", true, pages, dir), out, false);
		for (String name : good) {
			assertTrue(Files.isRegularFile(out.resolve(name + ".html")), name);
		}
	}
}
