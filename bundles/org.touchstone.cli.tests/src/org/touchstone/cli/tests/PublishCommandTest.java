package org.touchstone.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishCommandTest {
	@TempDir
	Path home;

	@Test
	void printsThePathOfIndexHtmlAndHowManyPagesWereWritten() {
		Path out = home.resolve("handbook");
		CliRun run = CliRun.run(home, "publish", "--tenant", "harbor-hotel", "--out", out.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(out.resolve("index.html").toString(), run.out().strip());
		assertTrue(run.err().contains("published 11 pages (11 written, 0 unchanged)"), run.err());
		CliRun again = CliRun.run(home, "publish", "--tenant", "harbor-hotel", "--out", out.toString());
		assertTrue(again.err().contains("(0 written, 11 unchanged)"), again.err());
		CliRun clean = CliRun.run(home, "publish", "--tenant", "harbor-hotel", "--out", out.toString(), "--clean");
		assertTrue(clean.err().contains("(11 written, 0 unchanged)"), clean.err());
	}

	@Test
	void aBrokenLinkExitsOneNamingFileAndLine() throws Exception {
		Path chapter = home.resolve("links.md");
		Files.writeString(chapter, "---\nkind: chapter\ntitle: Links\n---\nSee [the missing page](missing.md).\n");
		assertEquals(0, CliRun.run(home, "import", "--tenant", "riverside-bank", chapter.toString()).exitCode());
		CliRun run = CliRun.run(home, "publish", "--tenant", "riverside-bank", "--out", home.resolve("site").toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("links.md:5: broken link to 'missing.md'"), run.err());
		assertTrue(run.out().isEmpty());
	}

	@Test
	void aTrainerMayNotPublish() {
		CliRun run = CliRun.run(home, "publish", "--tenant", "harbor-hotel", "--out", home.resolve("x").toString(), "--user", "chen.train");
		assertEquals(3, run.exitCode());
		assertTrue(run.err().contains("lacks 'publish'"), run.err());
	}

	@Test
	void anEditionKeepsTheOneBeforeItAndABadLabelIsOneLineNamingTheOption() {
		Path out = home.resolve("handbook");
		assertEquals(0, CliRun.run(home, "publish", "--tenant", "harbor-hotel", "--out", out.toString(), "--edition", "2027.1").exitCode());
		CliRun second = CliRun.run(home, "publish", "--tenant", "harbor-hotel", "--out", out.toString(), "--edition", "2027.2");
		assertEquals(0, second.exitCode(), second.err());
		assertTrue(second.err().contains("edition 2027.2 published"), second.err());
		assertTrue(Files.isRegularFile(out.resolve("editions/2027.1/index.html")), "2027.1 is kept");

		CliRun bad = CliRun.run(home, "publish", "--tenant", "harbor-hotel", "--out", out.toString(), "--edition", "../escape");
		assertEquals(1, bad.exitCode(), bad.err());
		assertTrue(bad.err().contains("--edition: '../escape' is not an edition label"), bad.err());
		assertTrue(!bad.err().contains("\tat "), "no stack trace: " + bad.err());
		assertTrue(!Files.exists(home.resolve("escape")));
	}
}
