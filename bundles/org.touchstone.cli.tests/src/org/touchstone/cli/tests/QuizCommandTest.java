package org.touchstone.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuizCommandTest {
	@TempDir
	Path home;

	@Test
	void writesAQuizInEachFormatAndPrintsItsPath() throws Exception {
		for (String format : new String[] { "moodle-xml", "gift", "csv" }) {
			Path out = home.resolve("quiz." + format);
			CliRun run = CliRun.run(home, "quiz", "--tenant", "harbor-hotel", "--format", format, "--out", out.toString(), "--lang", "en");
			assertEquals(0, run.exitCode(), run.err());
			assertEquals(out.toString(), run.out().strip());
			assertTrue(run.err().matches("(?s).*touchstone: \\d+ questions.*"), run.err());
			String text = Files.readString(out);
			assertTrue(text.contains("G-003"), format + " holds the standards' questions");
		}
		assertTrue(Files.readString(home.resolve("quiz.gift")).contains("what does this standard require"), "--lang en");
	}

	@Test
	void anUnknownFormatOrLanguageIsOneLineNamingTheOption() {
		CliRun format = CliRun.run(home, "quiz", "--tenant", "harbor-hotel", "--format", "docx", "--out", home.resolve("q").toString());
		assertEquals(2, format.exitCode());
		assertTrue(format.err().contains("--format: 'docx' is not a quiz format (moodle-xml, gift, csv)"), format.err());
		assertFalse(format.err().contains("\tat "), format.err());
		CliRun lang = CliRun.run(home, "quiz", "--tenant", "harbor-hotel", "--format", "gift", "--lang", "fr", "--out", home.resolve("q").toString());
		assertEquals(2, lang.exitCode());
		assertTrue(lang.err().contains("--lang: 'fr'"), lang.err());
		assertFalse(Files.exists(home.resolve("q")), "nothing written");
	}
}
