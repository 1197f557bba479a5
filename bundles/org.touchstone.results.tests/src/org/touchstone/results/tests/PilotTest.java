package org.touchstone.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.LifecycleException;
import org.touchstone.core.MalformedInputException;
import org.touchstone.core.StandardChange;
import org.touchstone.core.StandardEdits;
import org.touchstone.model.Language;
import org.touchstone.model.Status;
import org.touchstone.results.AuditItem;
import org.touchstone.results.Period;
import org.touchstone.results.Report;
import org.touchstone.results.Results;
import org.touchstone.results.tests.Field.Value;

/** A revision piloted at one site: the pilot site sees the new threshold, the others the old, until it is rolled out. */
class PilotTest {
	@TempDir
	Path dir;
	Field f;

	@BeforeEach
	void setUp() {
		f = new Field(dir);
		Context quinn = Field.as("quinn");
		f.control.edit(quinn, "G-001", new StandardChange().set("threshold", "20").set("statement", "客人进门20秒内有员工问候。"));
		f.control.edit(quinn, "G-001", (domain, tenant, standard) -> StandardEdits.pilotAt(domain, quinn, standard, List.of(Results.site(tenant, "S1"))));
		f.control.submit(quinn, "G-001", null);
		f.control.approve(new Context("acme", "root"), "G-001", null, "fixture");
		f.control.makeEffective(new Context("acme", "root"), "G-001", LocalDate.of(2026, 8, 1), null, "fixture");
	}

	private AuditItem greeting(String site, LocalDate day) {
		return f.results.form(Field.as("tom"), site, day).items().stream().filter(i -> i.standard().equals("G-001")).findFirst().orElseThrow();
	}

	@Test
	void thePilotSiteSeesTheNewThresholdAndTheOthersTheOld() {
		assertEquals(List.of(2, 20.0), List.of(greeting("S1", LocalDate.of(2026, 8, 15)).revision(), greeting("S1", LocalDate.of(2026, 8, 15)).threshold()));
		assertEquals(List.of(1, 30.0), List.of(greeting("S3", LocalDate.of(2026, 8, 15)).revision(), greeting("S3", LocalDate.of(2026, 8, 15)).threshold()));
		assertEquals(1, greeting("S1", LocalDate.of(2026, 7, 31)).revision(), "the pilot starts on its effective date");
		var standard = f.control.standard(Field.as("tom"), "G-001");
		assertEquals(List.of(Status.EFFECTIVE, Status.EFFECTIVE), standard.getRevisions().stream().map(r -> r.getStatus()).toList(),
				"revision 1 stays effective outside the pilot");
	}

	@Test
	void resultsAreJudgedByTheRevisionInForceWhereTheyWereMeasured() throws Exception {
		Path s1 = f.fill(f.exportForm("acme", "S1", LocalDate.of(2026, 8, 15)), List.of(new Value("G-001", "25", "2026-08-15 10:00")));
		Path s3 = f.fill(f.exportForm("acme", "S3", LocalDate.of(2026, 8, 15)), List.of(new Value("G-001", "25", "2026-08-15 10:00")));
		f.results.importFile(Field.as("quinn"), s1, false);
		f.results.importFile(Field.as("quinn"), s3, false);
		Report report = f.results.report(Field.as("tom"), null, null, null, Period.MONTH, Language.EN);
		assertEquals(0, report.site("S1").met(), "25 s misses the pilot's 20 s");
		assertEquals(1, report.site("S3").met(), "25 s meets revision 1's 30 s");

		Path misplaced = f.fill(f.exportForm("acme", "S1", LocalDate.of(2026, 8, 15)), List.of(new Value("G-001", "25", "2026-08-15 10:00")));
		java.nio.file.Files.writeString(misplaced, java.nio.file.Files.readString(misplaced).replace(",S1,", ",S3,"));
		MalformedInputException refused = assertThrows(MalformedInputException.class, () -> f.results.importFile(Field.as("quinn"), misplaced, false));
		assertTrue(refused.getMessage().contains("G-001 r2 is a pilot that did not apply at S3 on 2026-08-15"), refused.getMessage());
	}

	@Test
	void rollingOutAppliesTheRevisionEverywhereFromItsDateAndKeepsTheHistory() {
		assertThrows(LifecycleException.class, () -> f.control.rollout(new Context("acme", "root"), "G-001", LocalDate.of(2026, 7, 1), null),
				"not before the pilot began");
		f.control.rollout(new Context("acme", "root"), "G-001", LocalDate.of(2026, 9, 1), null);
		assertEquals(1, greeting("S3", LocalDate.of(2026, 8, 31)).revision(), "a form for a day before the rollout still asks about revision 1");
		assertEquals(List.of(2, 20.0), List.of(greeting("S3", LocalDate.of(2026, 9, 1)).revision(), greeting("S3", LocalDate.of(2026, 9, 1)).threshold()));
		var standard = f.control.standard(Field.as("tom"), "G-001");
		assertEquals(Status.RETIRED, standard.getRevisions().get(0).getStatus());
		assertEquals(List.of("S1"), DocumentControl.effective(standard).getPilotSites().stream().map(s -> s.getKey()).toList(),
				"the pilot's sites stay on record");
		assertThrows(LifecycleException.class, () -> f.control.rollout(new Context("acme", "root"), "G-001", null, null), "rolled out once");
	}
}
