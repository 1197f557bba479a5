package org.touchstone.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** What a quality manager does from a terminal, on the sample workspace. */
class StandardCommandsTest {
	@TempDir
	Path home;

	private CliRun as(String user, String... args) {
		String[] withUser = new String[args.length + 2];
		System.arraycopy(args, 0, withUser, 0, args.length);
		withUser[args.length] = "--user";
		withUser[args.length + 1] = user;
		return CliRun.run(home, withUser);
	}

	@Test
	void listsAndShowsTheSampleStandards() {
		CliRun list = CliRun.run(home, "standard", "list", "--tenant", "harbor-hotel");
		assertEquals(0, list.exitCode(), list.err());
		assertTrue(list.out().lines().anyMatch(l -> l.startsWith("G-001\tr2\teffective\ttimeliness\t")), list.out());
		CliRun show = CliRun.run(home, "standard", "show", "--tenant", "harbor-hotel", "G-001");
		assertTrue(show.out().contains("threshold: 30 秒"), show.out());
		assertTrue(show.out().contains("statement: 客人进入大堂，30秒内有员工目光接触并问候。"), show.out());
	}

	@Test
	void historyAndDiffShowWhatChangedBetweenRevisions() {
		CliRun diff = CliRun.run(home, "standard", "diff", "--tenant", "harbor-hotel", "G-001");
		assertEquals(0, diff.exitCode(), diff.err());
		assertTrue(diff.out().contains("threshold: 60 秒 -> 30 秒"), diff.out());
		CliRun history = CliRun.run(home, "standard", "history", "--tenant", "riverside-bank", "B-001", "--json");
		JsonObject json = JsonParser.parseString(history.out()).getAsJsonObject();
		JsonArray revisions = json.getAsJsonArray("revisions");
		assertEquals(2, revisions.size());
		assertEquals("retired", revisions.get(0).getAsJsonObject().get("status").getAsString());
		assertEquals("omar.review", revisions.get(1).getAsJsonObject().getAsJsonArray("transitions").get(1).getAsJsonObject().get("user").getAsString());
	}

	@Test
	void aStandardGoesThroughReviewFromTheTerminal() {
		assertEquals(0, as("grace.qm", "standard", "new", "--tenant", "riverside-bank", "B-100", "--title", "Pen at the counter", "--dimension",
				"anticipation", "--statement", "Every counter has a working pen.", "--threshold", "100", "--unit", "%", "--observation",
				"Branch manager checks at opening").exitCode());
		assertEquals(0, as("grace.qm", "standard", "submit", "--tenant", "riverside-bank", "B-100", "-m", "ready").exitCode());
		CliRun self = as("grace.qm", "standard", "approve", "--tenant", "riverside-bank", "B-100");
		assertEquals(3, self.exitCode(), "separation of duties: " + self.err());
		assertTrue(self.err().contains("approve"), self.err());
		CliRun trainer = as("ruth.train", "standard", "approve", "--tenant", "riverside-bank", "B-100");
		assertEquals(3, trainer.exitCode());
		assertTrue(trainer.err().contains("lacks 'approve'"), trainer.err());
		assertEquals(0, as("omar.review", "standard", "approve", "--tenant", "riverside-bank", "B-100").exitCode());
		CliRun effective = as("omar.review", "standard", "make-effective", "--tenant", "riverside-bank", "B-100", "--from", "2026-12-01");
		assertEquals("B-100\tr1\teffective", effective.out().strip());
		CliRun edit = as("grace.qm", "standard", "edit", "--tenant", "riverside-bank", "B-100", "--threshold", "95");
		assertEquals("B-100\tr2\tdraft", edit.out().strip(), "an edit of an effective standard starts revision 2");
	}

	@Test
	void aUserOfAnotherTenantIsDeniedWithTheMissingPermission() {
		CliRun run = as("grace.qm", "standard", "list", "--tenant", "harbor-hotel");
		assertEquals(3, run.exitCode());
		assertTrue(run.err().contains("lacks 'read'") && run.err().contains("harbor-hotel"), run.err());
	}

	@Test
	void validateExitsOneOnErrorsAndPrintsTheFindingsAsJson() {
		CliRun run = CliRun.run(home, "validate", "--tenant", "riverside-bank", "--json");
		assertEquals(1, run.exitCode(), run.err());
		JsonArray findings = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("findings");
		assertTrue(findings.size() > 0);
		JsonObject first = findings.get(0).getAsJsonObject();
		for (String field : new String[] { "severity", "code", "element", "key", "message" }) {
			assertTrue(first.has(field), field + " in " + first);
		}
		assertTrue(run.out().contains("measurability.vague-word"), run.out());
	}

	@Test
	void validateExitsZeroWhenOnlyWarningsRemain() {
		CliRun created = CliRun.run(home, "tenant", "create", "clean-co", "--name", "Clean", "--locale", "en");
		assertEquals(0, created.exitCode(), created.err());
		CliRun run = CliRun.run(home, "validate", "--tenant", "clean-co");
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertTrue(run.out().contains("0 errors"), run.out());
	}

	@Test
	void theSummaryCountsTheFindingsListedAboveItInWordsOfTheRightNumber() {
		// a tenant of one standard with an observation but no threshold: one of each, so "1 ..." is said too
		assertEquals(0, CliRun.run(home, "tenant", "create", "one-co", "--name", "One", "--locale", "en").exitCode());
		assertEquals(0, CliRun.run(home, "standard", "new", "--tenant", "one-co", "S-2", "--title", "Phone", "--statement",
				"A call is answered within three rings.", "--dimension", "timeliness", "--observation", "A mystery caller rings twice a month.").exitCode());
		assertTrue(CliRun.run(home, "validate", "--tenant", "one-co").out().contains("1 error"));
		for (String tenant : new String[] { "one-co", "harbor-hotel", "red-lantern-hotpot", "riverside-bank" }) {
			CliRun run = CliRun.run(home, "validate", "--tenant", tenant);
			java.util.List<String> lines = run.out().lines().toList();
			long errors = lines.stream().filter(l -> l.startsWith("error ")).count();
			long warnings = lines.stream().filter(l -> l.startsWith("warning ")).count();
			String expected = tenant + ": " + (errors == 1 ? "1 error" : errors + " errors") + ", " + (warnings == 1 ? "1 warning" : warnings + " warnings");
			assertEquals(expected, lines.get(lines.size() - 1), run.out());
		}
	}

	@Test
	void findingsSpeakTheCommandLinesLanguageWhateverTheTenantsIs() {
		// harbor-hotel writes in Chinese, riverside-bank in English; the reader chooses the words.
		CliRun english = CliRun.run(home, "validate", "--tenant", "harbor-hotel");
		assertTrue(english.out().contains("error measurability.no-threshold G-009: G-009: no measurable threshold (metric, comparison and value)"), english.out());
		assertTrue(english.out().lines().noneMatch(l -> l.contains("没有可测量") || l.contains("观察方法没有")), english.out());
		CliRun chinese = CliRun.run(home, "--lang", "zh", "validate", "--tenant", "riverside-bank");
		assertTrue(chinese.out().contains("error measurability.no-threshold B-004: B-004：没有可测量的阈值"), chinese.out());
		assertTrue(chinese.out().lines().noneMatch(l -> l.contains("no measurable threshold")), chinese.out());
		CliRun json = CliRun.run(home, "validate", "--tenant", "harbor-hotel", "--json");
		assertTrue(json.out().contains("G-009: no measurable threshold"), json.out());
	}

	@Test
	void importAndExportRoundTripTheStandards() throws Exception {
		Path csv = home.resolve("standards.csv");
		CliRun export = CliRun.run(home, "export", "--tenant", "red-lantern-hotpot", "--format", "csv", "--out", csv.toString());
		assertEquals(0, export.exitCode(), export.err());
		assertTrue(Files.readString(csv, StandardCharsets.UTF_8).startsWith("\uFEFFid,title-zh,title-en,dimension,statement-zh,statement-en,"));
		Path json = home.resolve("tenant.json");
		assertEquals(0, CliRun.run(home, "export", "--tenant", "red-lantern-hotpot", "--format", "json", "--out", json.toString()).exitCode());
		assertTrue(Files.readString(json).contains("\"id\": \"red-lantern-hotpot\""));

		CliRun created = CliRun.run(home, "tenant", "create", "copy-pot", "--name", "副本");
		assertEquals(0, created.exitCode(), created.err());
		CliRun refused = CliRun.run(home, "import", "--tenant", "copy-pot", csv.toString());
		assertEquals(4, refused.exitCode(), "the new tenant has none of the touchpoints the rows name");
		assertTrue(refused.err().contains("standards.csv: row 2") && refused.err().contains("TP-WAIT") && refused.err().contains("nothing was imported"),
				refused.err());
	}

	@Test
	void aMalformedImportFileExitsFourNamingFileAndLine() throws Exception {
		Path md = home.resolve("bad.md");
		Files.writeString(md, "---\nkind: poem\ntitle: x\n---\n");
		CliRun run = CliRun.run(home, "import", "--tenant", "harbor-hotel", md.toString());
		assertEquals(4, run.exitCode());
		assertTrue(run.err().contains(md + ":2:"), run.err());
		assertFalse(run.err().contains("\tat "), "no stack trace");
	}

	@Test
	void anUnknownStandardIsAUsageError() {
		CliRun run = CliRun.run(home, "standard", "show", "--tenant", "harbor-hotel", "G-999");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("G-999"), run.err());
	}

	@Test
	void anIllegalTransitionExitsOneWithTheCurrentStatus() {
		CliRun run = CliRun.run(home, "standard", "approve", "--tenant", "harbor-hotel", "G-002");
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("is effective"), run.err());
	}

	@Test
	void exportOntoTheTenantsOwnFileIsRefusedAndTheFileIsKept() throws Exception {
		assertEquals(0, CliRun.run(home, "tenant", "list").exitCode());
		Path own = home.resolve(".touchstone/workspace/harbor-hotel/tenant.xmi");
		byte[] before = Files.readAllBytes(own);
		CliRun run = CliRun.run(home, "export", "--tenant", "harbor-hotel", "--format", "json", "--out", own.toString());
		assertEquals(2, run.exitCode(), run.err());
		assertTrue(run.err().contains("inside the workspace"), run.err());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(own)), "the tenant file is untouched");
	}

	@Test
	void approvalWithLintErrorsIsRefusedUntilAnAdminOverridesWithAReason() {
		assertEquals(0, as("grace.qm", "standard", "edit", "--tenant", "riverside-bank", "B-004", "--threshold", "2", "--unit", "d").exitCode());
		assertEquals(0, as("grace.qm", "standard", "submit", "--tenant", "riverside-bank", "B-004").exitCode());
		CliRun refused = as("omar.review", "standard", "approve", "--tenant", "riverside-bank", "B-004");
		assertEquals(1, refused.exitCode(), refused.err());
		assertTrue(refused.err().contains("lint error") && refused.err().contains("measurability.no-observation"), refused.err());
		CliRun overridden = as("ada.admin", "standard", "approve", "--tenant", "riverside-bank", "B-004", "--override-reason", "audit next week");
		assertEquals(0, overridden.exitCode(), overridden.err());
		CliRun history = CliRun.run(home, "standard", "history", "--tenant", "riverside-bank", "B-004");
		assertTrue(history.out().contains("OVERRIDE: audit next week"), history.out());
	}

	@Test
	void aStandardIsWrittenInBothLanguagesAndShownWithBoth() {
		CliRun created = as("lin.qm", "standard", "new", "--tenant", "harbor-hotel", "G-100", "--title", "叫车服务", "--title-en", "Taxi on request",
				"--dimension", "timeliness", "--statement", "客人要车后，10分钟内有车到门口。", "--statement-en", "A taxi reaches the door within 10 minutes of a guest asking.",
				"--threshold", "10", "--unit", "min", "--observation", "礼宾每天记录每次叫车的时间。", "--expectation-level", "desired",
				"--contact-situations", "special-request", "--gaps", "performance");
		assertEquals(0, created.exitCode(), created.err());
		CliRun show = CliRun.run(home, "standard", "show", "--tenant", "harbor-hotel", "G-100");
		assertTrue(show.out().contains("title: 叫车服务") && show.out().contains("title (en): Taxi on request"), show.out());
		assertTrue(show.out().contains("expectation level: desired") && show.out().contains("contact situations: special-request"), show.out());
		CliRun wrong = as("lin.qm", "standard", "edit", "--tenant", "harbor-hotel", "G-100", "--gaps", "hearing");
		assertEquals(2, wrong.exitCode(), wrong.out());
		assertTrue(wrong.err().contains("gaps: 'hearing' is not one of listening, design-and-standards, performance, communication"), wrong.err());
	}

	@Test
	void coverageListsWhatClosesEachGapAndExitsOneWhenAGapIsOpen() {
		CliRun covered = CliRun.run(home, "coverage", "--tenant", "harbor-hotel");
		assertEquals(0, covered.exitCode(), covered.err());
		assertTrue(covered.out().contains("listening (Listening gap): G-014, G-015, G-016"), covered.out());
		// the gaps' names are the reader's words, whatever the tenant's language
		CliRun chinese = CliRun.run(home, "--lang", "zh", "coverage", "--tenant", "harbor-hotel");
		assertTrue(chinese.out().contains("listening (倾听差距): G-014, G-015, G-016"), chinese.out());
		CliRun json = CliRun.run(home, "coverage", "--tenant", "riverside-bank", "--json");
		JsonObject first = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("gaps").get(0).getAsJsonObject();
		assertEquals("listening", first.get("gap").getAsString());
		assertFalse(first.get("uncovered").getAsBoolean());
	}
}
