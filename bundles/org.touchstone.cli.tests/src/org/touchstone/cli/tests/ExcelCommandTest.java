package org.touchstone.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Standards out to an Excel workbook and back, with a dry run that says what an import would do and changes nothing. */
class ExcelCommandTest {
	@TempDir
	Path home;

	@Test
	void anExportedWorkbookImportsBackAndADryRunChangesNothing() throws Exception {
		Path workbook = home.resolve("standards.xlsx");
		CliRun export = CliRun.run(home, "export", "--tenant", "harbor-hotel", "--format", "xlsx", "--out", workbook.toString());
		assertEquals(0, export.exitCode(), export.err());
		assertTrue(Files.size(workbook) > 1000);

		String before = CliRun.run(home, "standard", "list", "--tenant", "harbor-hotel").out();
		CliRun dry = CliRun.run(home, "import", "--tenant", "harbor-hotel", "--dry-run", workbook.toString());
		assertEquals(0, dry.exitCode(), dry.err());
		assertTrue(dry.out().contains("standards.xlsx, sheet 服务标准, row 2: standard G-001 is unchanged"), "an exported workbook changes nothing: " + dry.out());
		assertTrue(dry.err().contains("nothing was imported"), dry.err());
		assertEquals(before, CliRun.run(home, "standard", "list", "--tenant", "harbor-hotel").out(), "a dry run changes nothing");

		CliRun bad = CliRun.run(home, "import", "--tenant", "harbor-hotel", home.resolve("missing.xlsx").toString());
		assertEquals(4, bad.exitCode(), bad.err());
		assertTrue(bad.err().contains("missing.xlsx"), bad.err());
	}
}
