package org.touchstone.publish.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.StandardChange;
import org.touchstone.publish.HandbookPublisher;
import org.touchstone.publish.PublishCheckException;
import org.touchstone.publish.PublishProgress;
import org.touchstone.publish.PublishResult;

/**
 * Editions of a handbook under document control: a new edition keeps the one before it, every
 * page of which says it is superseded and leads to the current page; each edition's change log
 * names what changed through document control and who approved it.
 */
class EditionsTest {
	private static final String TENANT = "harbor-hotel";

	@TempDir
	Path dir;
	SampleSite sample;
	Path out;

	@BeforeEach
	void setUp() {
		sample = new SampleSite(dir);
		out = dir.resolve("site");
	}

	private PublishResult publish(String edition, boolean clean) throws IOException {
		return HandbookPublisher.publish(sample.workspace, new Context(TENANT, SampleSite.USER), out, new HandbookPublisher.Options(null, clean, edition, false, false),
				PublishProgress.NONE);
	}

	/** G-003's check-in time goes from 3 to 2 minutes (threshold and statement agree, or lint refuses the approval): written by the quality manager, approved and put in force by the admin. */
	private void tightenCheckIn() {
		DocumentControl control = new DocumentControl(sample.workspace, Clock.systemUTC());
		Context author = new Context(TENANT, "lin.qm");
		control.edit(author, "G-003", new StandardChange().set("threshold", "2")
				.set("statement-zh", "无排队时，从开始登记到交付房卡不超过2分钟。")
				.set("statement-en", "With no queue, a guest has the key card no more than 2 minutes after registration starts."));
		control.submit(author, "G-003", "客人反映等待太久");
		Context approver = new Context(TENANT, SampleSite.USER);
		control.approve(approver, "G-003", "同意");
		control.makeEffective(approver, "G-003", LocalDate.now(), null);
	}

	@Test
	void aNewEditionMarksEveryPageOfTheOneBeforeSupersededAndLinksToTheCurrentPage() throws Exception {
		publish("2027.1", false);
		String first = SampleSite.read(out.resolve("edition-changes.html"));
		assertTrue(first.contains("2027.1"), "the first edition's change log names it");
		assertTrue(SampleSite.read(out.resolve("index.html")).contains("id=\"editions\""), "the front page lists the editions");

		tightenCheckIn();
		publish("2027.2", false);

		Path earlier = out.resolve("editions/2027.1");
		List<Path> pages;
		try (Stream<Path> files = Files.list(earlier)) {
			pages = files.filter(f -> f.toString().endsWith(".html")).toList();
		}
		assertTrue(pages.size() > 5, "edition 2027.1 is kept whole: " + pages);
		for (Path page : pages) {
			String html = SampleSite.read(page);
			String name = page.getFileName().toString();
			assertTrue(html.contains("class=\"superseded\""), name + " says it is superseded");
			assertTrue(html.contains("2027.2"), name + " names the edition that replaced it");
			assertTrue(html.contains("href=\"../../" + name + "\""), name + " links to its current version");
			assertTrue(Files.isRegularFile(out.resolve(name)), "the current version of " + name + " exists");
		}
		assertTrue(SampleSite.read(earlier.resolve("edition-changes.html")).contains("2027.1"), "the earlier edition keeps its own change log");
		assertFalse(SampleSite.read(out.resolve("welcome.html")).contains("class=\"superseded\""), "the current pages are not marked");

		String index = SampleSite.read(out.resolve("index.html"));
		assertTrue(index.contains("editions/2027.1/index.html"), "the front page links to the earlier edition");
		assertTrue(index.contains("<strong>2027.2</strong>"), "and shows the current one");
	}

	@Test
	void theChangeLogNamesTheChangeAndItsApprover() throws Exception {
		publish("2027.1", false);
		tightenCheckIn();
		publish("2027.2", false);
		String changes = SampleSite.read(out.resolve("edition-changes.html"));
		int g003 = changes.indexOf("G-003");
		assertTrue(g003 > 0, "G-003 is listed: " + changes);
		String entry = changes.substring(g003, Math.min(changes.length(), g003 + 600));
		assertTrue(entry.contains("1 → 2") || entry.contains("第 1 次修订 → 第 2 次修订"), "from revision 1 to 2: " + entry);
		assertTrue(entry.contains("3 分钟 → 2 分钟"), "the threshold, before and after: " + entry);
		assertTrue(entry.contains(SampleSite.USER), "its approver: " + entry);
		assertFalse(changes.contains("G-002"), "an unchanged standard is not listed");
	}

	@Test
	void anEditionAfterAChangeRewritesOnlyThePagesThatChanged() throws Exception {
		publish("2027.1", false);
		tightenCheckIn();
		FileTime welcome = Files.getLastModifiedTime(out.resolve("welcome.html"));
		byte[] welcomeBytes = Files.readAllBytes(out.resolve("welcome.html"));
		Thread.sleep(20);
		PublishResult second = publish("2027.2", false);
		assertTrue(second.written() < second.pages() / 2, "only what changed is written: " + second.written() + " of " + second.pages());
		assertEquals(welcome, Files.getLastModifiedTime(out.resolve("welcome.html")), "an unchanged chapter is not written again");
		assertArrayEquals(welcomeBytes, Files.readAllBytes(out.resolve("welcome.html")));

		Map<String, byte[]> before = SampleSite.files(out);
		PublishResult again = publish("2027.2", false);
		assertEquals(0, again.written(), "the same edition published again writes nothing");
		assertEquals(before.keySet(), SampleSite.files(out).keySet());
	}

	@Test
	void aSupersededLabelOrOneThatCannotNameAFolderIsRefused() throws Exception {
		publish("2027.1", false);
		publish("2027.2", false);
		PublishCheckException reused = assertThrows(PublishCheckException.class, () -> publish("2027.1", false));
		assertTrue(reused.getMessage().contains("--edition") && reused.getMessage().contains("2027.1"), reused.getMessage());
		for (String bad : List.of("../x", "a/b", ".hidden", "")) {
			PublishCheckException refused = assertThrows(PublishCheckException.class, () -> publish(bad, false));
			assertTrue(refused.getMessage().contains("--edition"), refused.getMessage());
		}
		assertFalse(Files.exists(dir.resolve("x")), "nothing written outside the site");
	}

	@Test
	void aFailedEditionLeavesTheSiteAndItsEditionsAsTheyWere() throws Exception {
		publish("2027.1", false);
		Map<String, byte[]> before = SampleSite.files(out);
		sample.chapter(TENANT, "welcome.md", "---\nkind: chapter\ntitle: 欢迎\n---\n# 欢迎\n\n[不存在的页面](missing.md)\n");
		assertThrows(PublishCheckException.class, () -> publish("2027.2", false));
		Map<String, byte[]> after = SampleSite.files(out);
		assertEquals(before.keySet(), after.keySet(), "no edition folder and no partial copy left");
		before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " is unchanged"));
	}

	@Test
	void aCleanPublishKeepsTheEarlierEditions() throws Exception {
		publish("2027.1", false);
		publish("2027.2", false);
		publish("2027.3", true);
		assertTrue(Files.isRegularFile(out.resolve("editions/2027.1/index.html")));
		assertTrue(Files.isRegularFile(out.resolve("editions/2027.2/index.html")));
		String kept = SampleSite.read(out.resolve("editions/2027.1/welcome.html"));
		assertTrue(kept.contains("2027.2"), "2027.1 still says which edition replaced it");
		assertTrue(kept.contains("href=\"../2027.2/welcome.html\""), "and switches to the same page in the other earlier edition");
		assertTrue(SampleSite.read(out.resolve("editions/2027.2/welcome.html")).contains("href=\"../2027.1/welcome.html\""));
		String index = SampleSite.read(out.resolve("index.html"));
		assertTrue(index.contains("editions/2027.1/index.html") && index.contains("editions/2027.2/index.html"), "both are listed");
	}

	@Test
	void aPublishBetweenEditionsKeepsTheLastEditionAndSaysItIsNoEdition() throws Exception {
		publish("2027.1", false);
		sample.publish(TENANT, out);
		assertTrue(Files.isRegularFile(out.resolve("editions/2027.1/welcome.html")), "the edition is kept");
		String index = SampleSite.read(out.resolve("index.html"));
		assertTrue(index.contains("2027.1") && index.contains("editions/2027.1/index.html"), index);
		assertFalse(Files.exists(out.resolve("edition-changes.html")), "a publish between editions has no change log page");
	}

	@Test
	void aDamagedRecordOfEditionsIsNamedAndTheSiteIsLeftAsItWas() throws Exception {
		publish("2027.1", false);
		Path record = out.resolve(".touchstone/editions.json");
		Files.writeString(record, "{\"editions\": [ {\"label\": ");
		Map<String, byte[]> before = SampleSite.files(out);
		org.touchstone.core.TouchstoneException e = assertThrows(org.touchstone.core.TouchstoneException.class, () -> publish("2027.2", false));
		assertTrue(e.getMessage().contains(record.toString()) && e.getMessage().contains("cannot be read"), e.getMessage());
		Map<String, byte[]> after = SampleSite.files(out);
		assertEquals(before.keySet(), after.keySet());
		before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " is unchanged"));
	}
}
