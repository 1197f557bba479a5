package org.touchstone.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.AccessDeniedException;
import org.touchstone.core.Context;
import org.touchstone.core.Permission;
import org.touchstone.core.StandardEdits;
import org.touchstone.model.CustomerSegment;
import org.touchstone.model.Language;
import org.touchstone.model.TouchstoneFactory;
import org.touchstone.results.AuditForm;
import org.touchstone.results.AuditFormFiles;
import org.touchstone.results.Figure;
import org.touchstone.results.Observation;
import org.touchstone.results.Period;
import org.touchstone.results.Report;
import org.touchstone.results.Results;

/**
 * Tenant isolation as a property, as the search tests hold it: whatever two tenants record, in
 * whatever order, each one's figures count its own results only; and the judgement takes a
 * segment's threshold when an observation names the segment.
 */
class ResultsIsolationTest {
	@TempDir
	Path dir;

	@Test
	void eachTenantsFiguresCountItsOwnResultsWhateverTheOthersRecord() {
		Field f = new Field(dir);
		Random random = new Random(42);
		Map<String, Integer> recorded = new HashMap<>(Map.of("acme", 0, "globex", 0));
		for (int round = 0; round < 20; round++) {
			String tenant = random.nextBoolean() ? "acme" : "globex";
			List<Observation> rows = new ArrayList<>();
			int n = 1 + random.nextInt(30);
			for (int i = 0; i < n; i++) {
				LocalDateTime at = LocalDate.of(2026, 3 + random.nextInt(9), 1 + random.nextInt(28)).atTime(random.nextInt(24), random.nextInt(60));
				String site = tenant.equals("acme") ? "S" + (1 + random.nextInt(3)) : "G1";
				String standard = tenant.equals("acme") ? (random.nextBoolean() ? "G-001" : "G-002") : "X-001";
				rows.add(new Observation(standard, 1, 1, site, null, at, random.nextInt(60), "o" + round, "round-" + round, null));
			}
			f.results.record(new Context(tenant, "quinn"), rows);
			recorded.merge(tenant, n, Integer::sum);
		}
		for (String tenant : List.of("acme", "globex")) {
			Report report = f.results.report(new Context(tenant, "tom"), null, null, null, Period.MONTH, Language.EN);
			assertEquals(recorded.get(tenant), report.observations(), tenant + " counts what it recorded");
			List<String> keys = report.standards().stream().map(Figure::key).toList();
			assertTrue(tenant.equals("acme") ? !keys.contains("X-001") : keys.equals(List.of("X-001")), tenant + " sees its own standards: " + keys);
			assertEquals(recorded.get(tenant), f.results.observations(new Context(tenant, "tom")).size());
		}
		assertThrows(AccessDeniedException.class, () -> f.results.record(new Context("globex", "tom"), List.of()), "a trainer records nothing");
	}

	@Test
	void anObservationThatNamesASegmentIsJudgedAgainstTheSegmentsThreshold() throws Exception {
		Field f = new Field(dir);
		f.workspace.change(new Context("acme", "root"), Permission.ADMINISTER, t -> {
			CustomerSegment vip = TouchstoneFactory.eINSTANCE.createCustomerSegment();
			vip.setUuid(UUID.randomUUID().toString());
			vip.setKey("SEG-VIP");
			t.getSegments().add(vip);
			return null;
		});
		f.control.edit(Field.as("quinn"), "G-001", (domain, tenant, standard) -> StandardEdits.overrideFor(domain, Field.as("quinn"), standard,
				tenant.getSegments().get(0), 15.0));
		f.control.submit(Field.as("quinn"), "G-001", null);
		f.control.approve(new Context("acme", "root"), "G-001", null, "fixture");
		f.control.makeEffective(new Context("acme", "root"), "G-001", LocalDate.of(2026, 5, 1), null, "fixture");
		LocalDateTime at = LocalDateTime.of(2026, 6, 1, 10, 0);
		f.results.record(Field.as("quinn"), List.of(new Observation("G-001", 2, 1, "S1", "SEG-VIP", at, 20, "olga", "a", null),
				new Observation("G-001", 2, 1, "S1", null, at, 20, "olga", "a", null)));
		Figure greeting = f.results.report(Field.as("tom"), null, null, null, Period.MONTH, Language.EN).standard("G-001");
		assertEquals(List.of(2, 1), List.of(greeting.observations(), greeting.met()), "20 s misses a VIP's 15 s and meets everyone else's 30 s");
		AuditForm form = f.results.form(Field.as("tom"), "S1", LocalDate.of(2026, 6, 1));
		assertEquals("SEG-VIP 15", form.items().get(0).segmentThresholds(), "the form tells the observer the segment's threshold");
	}

	@Test
	void aPrintedFormShowsTextsFromTheModelAsTextNeverAsMarkup() throws Exception {
		Field f = new Field(dir);
		f.control.edit(Field.as("quinn"), "G-002", new org.touchstone.core.StandardChange().set("title", "<script>alert('x')</script>接听"));
		f.control.submit(Field.as("quinn"), "G-002", null);
		f.control.approve(new Context("acme", "root"), "G-002", null, "fixture");
		f.control.makeEffective(new Context("acme", "root"), "G-002", LocalDate.of(2026, 5, 1), null, "fixture");
		AuditForm form = f.results.form(Field.as("tom"), "S1", LocalDate.of(2026, 6, 1));
		StringWriter page = new StringWriter();
		AuditFormFiles.html(form, "<b>一号店</b>", Language.ZH, page);
		assertFalse(page.toString().contains("<script>"), page.toString());
		assertFalse(page.toString().contains("<b>"), page.toString());
		assertTrue(page.toString().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;接听"), page.toString());
	}
}
