package org.touchstone.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.AccessDeniedException;
import org.touchstone.core.Context;
import org.touchstone.core.InvalidValueException;
import org.touchstone.core.MalformedInputException;
import org.touchstone.core.Permission;
import org.touchstone.core.StandardEdits;
import org.touchstone.model.Language;
import org.touchstone.results.AuditForm;
import org.touchstone.results.AuditItem;
import org.touchstone.results.Figure;
import org.touchstone.results.Period;
import org.touchstone.results.Report;
import org.touchstone.results.Results;
import org.touchstone.results.tests.Field.Value;

/** Forms filled on both sides of each threshold, imported, and every figure checked against a count by hand. */
class ComplianceFiguresTest {
	@TempDir
	Path dir;
	Field f;

	@BeforeEach
	void setUp() {
		f = new Field(dir);
		// Store two's lobby is larger: 45 seconds there, for G-001's revision 2.
		f.control.edit(Field.as("quinn"), "G-001", (domain, tenant, standard) -> StandardEdits.thresholdAt(domain, Field.as("quinn"), standard,
				Results.site(tenant, "S2"), 45.0, "大堂更大", "A larger lobby"));
		f.control.submit(Field.as("quinn"), "G-001", null);
		f.control.approve(new Context("acme", "root"), "G-001", null, "fixture");
		f.control.makeEffective(new Context("acme", "root"), "G-001", LocalDate.of(2026, 5, 1), null, "fixture");
	}

	@Test
	void aFormListsEachStandardInForceAtTheSiteWithTheSitesOwnThreshold() {
		AuditForm s1 = f.results.form(Field.as("tom"), "S1", LocalDate.of(2026, 6, 1));
		AuditForm s2 = f.results.form(Field.as("tom"), "S2", LocalDate.of(2026, 6, 1));
		AuditItem greetingAtS1 = s1.items().stream().filter(i -> i.standard().equals("G-001")).findFirst().orElseThrow();
		AuditItem greetingAtS2 = s2.items().stream().filter(i -> i.standard().equals("G-001")).findFirst().orElseThrow();
		assertEquals(List.of("G-001", "G-002"), s1.items().stream().map(AuditItem::standard).toList());
		assertEquals(2, greetingAtS1.revision(), "the form traces the revision it asks about");
		assertEquals(30.0, greetingAtS1.threshold());
		assertEquals(45.0, greetingAtS2.threshold(), "S2 has its own threshold");
		AuditForm april = f.results.form(Field.as("tom"), "S2", LocalDate.of(2026, 4, 1));
		assertEquals(1, april.items().get(0).revision(), "before revision 2 was effective, the form asked about revision 1");
		assertEquals(30.0, april.items().get(0).threshold(), "revision 1 had no site rule");
	}

	@Test
	void everyFigureMatchesACountByHand() throws Exception {
		Path s1 = f.fill(f.exportForm("acme", "S1", LocalDate.of(2026, 6, 1)), List.of(
				new Value("G-001", "20", "2026-06-01 10:00"), new Value("G-001", "30", "2026-06-01 10:30"), // met, met on the line
				new Value("G-001", "31", "2026-06-02 11:00"), new Value("G-001", "50", "2026-06-03"), // missed twice
				new Value("G-002", "是", "2026-06-01 12:00"), new Value("G-002", "no", "2026-06-02 12:00"), new Value("G-002", "yes", "2026-06-03")));
		Path s2 = f.fill(f.exportForm("acme", "S2", LocalDate.of(2026, 7, 1)), List.of(
				new Value("G-001", "40", "2026-07-01 09:00"), new Value("G-001", "46", "2026-07-02 09:00"), // 40 meets S2's 45, 46 does not
				new Value("G-002", "100%", "2026-07-01"), new Value("G-002", "90", "2026-07-02"))); // a sample's percent: 100 meets 95, 90 does not
		assertEquals(7, f.results.importFile(Field.as("quinn"), s1, false).size());
		assertEquals(4, f.results.importFile(Field.as("quinn"), s2, false).size());

		Report all = f.results.report(Field.as("rita"), null, null, null, Period.MONTH, Language.EN);
		assertFigure(all.standard("G-001"), 6, 3, 50.0);
		assertEquals(80.0, all.standard("G-001").target(), "G-001's compliance target");
		assertFalse(all.standard("G-001").meetsTarget());
		assertFigure(all.standard("G-002"), 5, 3, 60.0);
		assertEquals(95.0, all.standard("G-002").target(), "a rate's threshold is its target");
		assertFigure(all.site("S1"), 7, 4, 400.0 / 7);
		assertFigure(all.site("S2"), 4, 2, 50.0);
		assertEquals(List.of("East 7/4", "West 4/2"), all.regions().stream().map(r -> r.key() + " " + r.observations() + "/" + r.met()).toList());
		assertEquals(List.of("2026-06 7/4", "2026-07 4/2"), all.periods().stream().map(p -> p.key() + " " + p.observations() + "/" + p.met()).toList());
		assertEquals(List.of("2026-06 4/2", "2026-07 2/1"),
				all.trends().get("G-001").stream().map(p -> p.key() + " " + p.observations() + "/" + p.met()).toList());
		assertFigure(all.standardsBySite().get("S2").get(0), 2, 1, 50.0);
		assertEquals(11, all.observations());

		Report s2Only = f.results.report(Field.as("tom"), null, null, "s2", Period.MONTH, Language.EN);
		assertEquals(4, s2Only.observations());
		assertFigure(s2Only.standard("G-002"), 2, 1, 50.0);
		Report july = f.results.report(Field.as("tom"), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), null, Period.QUARTER, Language.EN);
		assertEquals(4, july.observations());
		assertEquals("2026-Q3", july.periods().get(0).key());
		Report oneDay = f.results.report(Field.as("tom"), LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 3), null, Period.WEEK, Language.EN);
		assertEquals(2, oneDay.observations(), "--to counts the whole last day");
	}

	@Test
	void aBadRowRefusesTheWholeFileNamingLineAndFieldAndKeepsNothing() throws Exception {
		Path filled = f.fill(f.exportForm("acme", "S1", LocalDate.of(2026, 6, 1)),
				List.of(new Value("G-001", "20", "2026-06-01 10:00"), new Value("G-001", "fast", "2026-06-01 10:05")));
		MalformedInputException bad = assertThrows(MalformedInputException.class, () -> f.results.importFile(Field.as("quinn"), filled, false));
		assertEquals(3, bad.line());
		assertTrue(bad.getMessage().contains(filled.getFileName().toString()), bad.getMessage());
		assertTrue(bad.getMessage().contains("line 3, column value") && bad.getMessage().contains("'fast'"), bad.getMessage());
		assertEquals(0, f.results.observations(Field.as("tom")).size(), "the good row before it was not kept either");
		assertFalse(Files.exists(f.workspace.folder("acme").resolve("results")) && Files.list(f.workspace.folder("acme").resolve("results")).findAny().isPresent());

		Path early = f.fill(f.exportForm("acme", "S1", LocalDate.of(2026, 6, 1)), List.of(new Value("G-001", "20", "2026-02-01")));
		assertTrue(assertThrows(MalformedInputException.class, () -> f.results.importFile(Field.as("quinn"), early, false)).getMessage()
				.contains("was not in force on 2026-02-01"));
	}

	@Test
	void aFormFilledAsJsonComesBackLikeItsCsv() throws Exception {
		AuditForm form = f.results.form(Field.as("tom"), "S2", LocalDate.of(2026, 7, 1));
		java.io.StringWriter json = new java.io.StringWriter();
		org.touchstone.results.AuditFormFiles.json(form, Language.EN, json);
		com.google.gson.JsonObject filled = com.google.gson.JsonParser.parseString(json.toString()).getAsJsonObject();
		for (com.google.gson.JsonElement item : filled.getAsJsonArray("items")) {
			com.google.gson.JsonObject result = new com.google.gson.JsonObject();
			boolean greeting = item.getAsJsonObject().get("standard").getAsString().equals("G-001");
			result.addProperty("value", greeting ? "44" : "no");
			result.addProperty("observed_at", "2026-07-01T09:30");
			result.addProperty("observer", "olga");
			item.getAsJsonObject().getAsJsonArray("results").add(result);
		}
		Path file = dir.resolve("filled.json");
		Files.writeString(file, filled.toString());
		assertEquals(2, f.results.importFile(Field.as("quinn"), file, false).size());
		Report report = f.results.report(Field.as("tom"), null, null, null, Period.MONTH, Language.EN);
		assertFigure(report.standard("G-001"), 1, 1, 100.0);
		assertFigure(report.standard("G-002"), 1, 0, 0.0);

		filled.getAsJsonArray("items").get(0).getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject().addProperty("observed_at", "soon");
		Files.writeString(file, filled.toString());
		MalformedInputException bad = assertThrows(MalformedInputException.class, () -> f.results.importFile(Field.as("quinn"), file, false));
		assertTrue(bad.getMessage().contains("field items[0].results[0].observed_at: 'soon' is not a time"), bad.getMessage());
	}

	@Test
	void theSameResultsImportedTwiceAreRefusedNotCountedTwice() throws Exception {
		Path filled = f.fill(f.exportForm("acme", "S1", LocalDate.of(2026, 6, 1)), List.of(new Value("G-001", "20", "2026-06-01 10:00")));
		f.results.importFile(Field.as("quinn"), filled, false);
		Path copy = Files.copy(filled, dir.resolve("copy-of-the-same.csv"));
		InvalidValueException twice = assertThrows(InvalidValueException.class, () -> f.results.importFile(Field.as("quinn"), copy, false));
		assertTrue(twice.getMessage().contains("quinn") && twice.getMessage().contains(filled.getFileName().toString()), twice.getMessage());
		assertEquals(1, f.results.observations(Field.as("tom")).size());
	}

	@Test
	void onlyQualityManagersAndAdminsBringResultsInButEveryReaderSeesThem() throws Exception {
		Path filled = f.fill(f.exportForm("acme", "S1", LocalDate.of(2026, 6, 1)), List.of(new Value("G-001", "20", "2026-06-01 10:00")));
		AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> f.results.importFile(Field.as("rita"), filled, false));
		assertEquals(Permission.RECORD_RESULTS, denied.permission());
		f.results.importFile(new Context("acme", "root"), filled, false);
		assertEquals(1, f.results.report(Field.as("rita"), null, null, null, Period.MONTH, Language.ZH).observations());
		assertEquals(1, f.results.report(Field.as("tom"), null, null, null, Period.MONTH, Language.ZH).observations());
	}

	@Test
	void tenantsNeverSeeOrReceiveEachOthersResults() throws Exception {
		Path acmeForm = f.fill(f.exportForm("acme", "S1", LocalDate.of(2026, 6, 1)), List.of(new Value("G-001", "20", "2026-06-01 10:00")));
		MalformedInputException wrongTenant = assertThrows(MalformedInputException.class,
				() -> f.results.importFile(new Context("globex", "quinn"), acmeForm, false));
		assertTrue(wrongTenant.getMessage().contains("tenant acme's, not globex's"), wrongTenant.getMessage());
		f.results.importFile(Field.as("quinn"), acmeForm, false);
		Path globexForm = f.fill(f.exportForm("globex", "G1", LocalDate.of(2026, 6, 1)),
				List.of(new Value("X-001", "10", "2026-06-01 10:00"), new Value("X-001", "60", "2026-06-01 11:00")));
		f.results.importFile(new Context("globex", "quinn"), globexForm, false);
		assertEquals(1, f.results.report(Field.as("tom"), null, null, null, Period.MONTH, Language.ZH).observations());
		assertEquals(2, f.results.report(new Context("globex", "tom"), null, null, null, Period.MONTH, Language.ZH).observations());
		assertNull(f.results.report(Field.as("tom"), null, null, null, Period.MONTH, Language.ZH).standard("X-001"));
		f.workspace.change(new Context("globex", "root"), Permission.ADMINISTER, t -> t.getUsers().removeIf(u -> u.getName().equals("tom")));
		assertThrows(AccessDeniedException.class, () -> f.results.report(new Context("globex", "tom"), null, null, null, Period.MONTH, Language.ZH));
		assertThrows(AccessDeniedException.class, () -> f.results.observations(new Context("globex", "tom")));
	}

	static void assertFigure(Figure figure, int observations, int met, double rate) {
		assertEquals(observations, figure.observations(), figure.key() + " observations");
		assertEquals(met, figure.met(), figure.key() + " met");
		assertEquals(rate, figure.rate(), 1e-9, figure.key() + " rate");
	}
}
