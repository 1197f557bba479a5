package org.touchstone.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The field loop on the command line: a sample site's form, filled, imported, and counted by {@code report}. */
class AuditCommandsTest {
	@TempDir
	Path home;

	/** The form's CSV with every number item answered with a value and every yes/no item with "yes", as a spreadsheet would save it. */
	private static Path fill(Path form, String number) throws Exception {
		Path out = form.resolveSibling("filled-" + number + ".csv");
		try (CSVParser parser = CSVParser.parse(Files.readString(form, StandardCharsets.UTF_8).substring(1),
				CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get());
				CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(out, StandardCharsets.UTF_8),
						CSVFormat.DEFAULT.builder().setHeader(parser.getHeaderNames().toArray(String[]::new)).get())) {
			List<String> header = parser.getHeaderNames();
			for (CSVRecord item : parser) {
				List<String> row = new ArrayList<>(item.toList());
				row.set(header.indexOf("value"), item.get("answer").equals("number") ? number : "yes");
				row.set(header.indexOf("observed_at"), "2026-12-01 10:00");
				row.set(header.indexOf("observer"), "olga");
				printer.printRecord(row);
			}
		}
		return out;
	}

	@Test
	void aFormFilledAndImportedIsCountedByTheReport() throws Exception {
		Path form = home.resolve("form.csv");
		CliRun written = CliRun.run(home, "audit", "form", "--tenant", "harbor-hotel", "--site", "SY-BAY", "--date", "2026-12-01", "--out", form.toString());
		assertEquals(0, written.exitCode(), written.err());
		String csv = Files.readString(form);
		assertTrue(csv.contains("G-001,2,1,TP-ARRIVE"), "the greeting standard, revision 2, first criterion:\n" + csv);
		assertTrue(csv.contains("≤ 45"), "the resort's own threshold for G-001:\n" + csv);
		int items = (int) Files.readAllLines(fill(form, "1")).stream().filter(l -> l.contains(",olga,")).count();

		CliRun imported = CliRun.run(home, "audit", "import", "--tenant", "harbor-hotel", fill(form, "1").toString());
		assertEquals(0, imported.exitCode(), imported.err());
		assertTrue(imported.out().startsWith(items + " results of 1 audits imported"), imported.out());

		// The sample's own year of results ends on 30 November; the day counted holds this import alone.
		CliRun report = CliRun.run(home, "report", "--tenant", "harbor-hotel", "--site", "SY-BAY", "--from", "2026-12-01", "--to", "2026-12-01", "--json");
		assertEquals(0, report.exitCode(), report.err());
		JsonObject json = JsonParser.parseString(report.out()).getAsJsonObject().getAsJsonObject("compliance");
		assertEquals(items, json.get("observations").getAsInt());
		JsonObject site = json.getAsJsonArray("sites").get(0).getAsJsonObject();
		assertEquals("SY-BAY", site.get("key").getAsString());
		assertEquals(items, site.get("met").getAsInt(), "one unit or a yes meets every item of the form");
		assertEquals(100.0, site.get("rate").getAsDouble());
	}

	@Test
	void aBadValueIsOneLineNamingFileLineAndFieldAndNothingIsKept() throws Exception {
		Path form = home.resolve("form.csv");
		CliRun.run(home, "audit", "form", "--tenant", "harbor-hotel", "--site", "SY-BAY", "--date", "2026-12-01", "--out", form.toString());
		Path bad = fill(form, "quick");
		int before = observations();
		CliRun refused = CliRun.run(home, "audit", "import", "--tenant", "harbor-hotel", bad.toString());
		assertEquals(4, refused.exitCode(), refused.err());
		assertEquals(1, refused.err().lines().count(), refused.err());
		assertTrue(refused.err().contains(bad.toString()) && refused.err().contains("column value") && refused.err().contains("'quick'"), refused.err());
		assertFalse(refused.err().contains("at org."), refused.err());
		assertEquals(before, observations());
	}

	private int observations() {
		return JsonParser.parseString(CliRun.run(home, "report", "--tenant", "harbor-hotel", "--json").out()).getAsJsonObject().getAsJsonObject("compliance")
				.get("observations").getAsInt();
	}

	@Test
	void aReviewerMayReadTheReportButNotImport() throws Exception {
		Path form = home.resolve("form.csv");
		CliRun.run(home, "audit", "form", "--tenant", "harbor-hotel", "--site", "SY-BAY", "--date", "2026-12-01", "--out", form.toString());
		CliRun denied = CliRun.run(home, "--user", "zhou.review", "audit", "import", "--tenant", "harbor-hotel", fill(form, "1").toString());
		assertEquals(3, denied.exitCode());
		assertTrue(denied.err().contains("record-results"), denied.err());
		assertEquals(0, CliRun.run(home, "--user", "zhou.review", "report", "--tenant", "harbor-hotel").exitCode());
	}

	@Test
	void aWrongPeriodOrDateIsAUsageError() {
		CliRun period = CliRun.run(home, "report", "--tenant", "harbor-hotel", "--period", "fortnight");
		assertEquals(2, period.exitCode());
		assertTrue(period.err().contains("fortnight"), period.err());
		CliRun date = CliRun.run(home, "--lang", "zh", "report", "--tenant", "harbor-hotel", "--from", "yesterday");
		assertEquals(2, date.exitCode());
		assertTrue(date.err().contains("必须是日期"), date.err());
	}
}
