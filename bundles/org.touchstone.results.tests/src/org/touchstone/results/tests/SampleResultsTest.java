package org.touchstone.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.core.Finding;
import org.touchstone.core.Workspace;
import org.touchstone.model.Language;
import org.touchstone.model.Tenant;
import org.touchstone.results.Period;
import org.touchstone.results.Recovery;
import org.touchstone.results.Report;
import org.touchstone.results.Results;
import org.touchstone.results.SampleResults;

/** A fresh sample workspace holds a year of results at every site, the same every time, and its findings show. */
class SampleResultsTest {
	@TempDir
	Path dir;

	private static Workspace sample(Path folder) {
		Workspace workspace = Workspace.openOrCreate(folder, "me");
		SampleResults.addTo(workspace, "me");
		return workspace;
	}

	@Test
	void everySiteOfEverySampleTenantHasAYearOfResultsAndComplaints() {
		Workspace workspace = sample(dir.resolve("a"));
		List<Tenant> tenants = workspace.tenants("me").stream().filter(t -> !t.getSites().isEmpty()).toList();
		assertEquals(3, tenants.size());
		for (Tenant tenant : tenants) {
			Context me = new Context(tenant.getId(), "me");
			Report report = new Results(workspace).report(me, SampleResults.FIRST, SampleResults.LAST, null, Period.MONTH, Language.EN);
			assertEquals(tenant.getSites().stream().map(s -> s.getKey()).collect(Collectors.toSet()),
					report.sites().stream().map(f -> f.key()).collect(Collectors.toSet()), tenant.getId() + ": every site was audited");
			assertEquals(12, report.periods().size(), tenant.getId() + ": every month has results");
			Recovery recovery = new Results(workspace).recovery(me, null, null, null, Language.EN);
			assertTrue(recovery.complaints() >= 6 * tenant.getSites().size(), tenant.getId() + ": a complaint log");
			assertTrue(recovery.perThousandCustomers() > 0);
		}
	}

	@Test
	void theSameSeedGivesTheSameYearInEveryFreshWorkspace() {
		Results one = new Results(sample(dir.resolve("one")));
		Results two = new Results(sample(dir.resolve("two")));
		Context me = new Context("red-lantern-hotpot", "me");
		assertEquals(one.report(me, null, null, null, Period.QUARTER, Language.EN), two.report(me, null, null, null, Period.QUARTER, Language.EN));
	}

	@Test
	void theSampleYearShowsEachKindOfFindingFromData() {
		Workspace workspace = sample(dir.resolve("f"));
		List<Finding> findings = new Results(workspace).findings(new Context("harbor-hotel", "me"), LocalDate.of(2026, 12, 2));
		Set<String> codes = findings.stream().map(Finding::code).collect(Collectors.toSet());
		assertTrue(codes.containsAll(Set.of("results.always-met", "results.rarely-met", "results.not-observed")), findings.toString());
		Finding always = findings.stream().filter(f -> f.code().equals("results.always-met")).findFirst().orElseThrow();
		assertTrue(always.message().contains("全部达标"), "in the tenant's language: " + always.message());
		assertEquals(List.of(), new Results(workspace).findings(new Context("harbor-hotel", "me"), LocalDate.of(2028, 6, 1)).stream()
				.filter(f -> !f.code().equals("results.not-observed")).toList(), "a year with no results judges nothing but the silence");
	}
}
