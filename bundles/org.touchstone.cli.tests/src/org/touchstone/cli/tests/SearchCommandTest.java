package org.touchstone.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The search commands as a trainer types them. */
class SearchCommandTest {
	@TempDir
	Path home;

	@Test
	void searchPrintsTheJsonTheIssueNames() {
		CliRun run = CliRun.run(home, "search", "--tenant", "harbor-hotel", "--json", "--limit", "3", "海底捞");
		assertEquals(0, run.exitCode(), run.err());
		JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals("海底捞", json.get("query").getAsString());
		assertTrue(json.get("total").getAsInt() >= 2);
		JsonObject hit = json.getAsJsonArray("hits").get(0).getAsJsonObject();
		for (String field : new String[] { "id", "type", "title", "company", "tenant", "score", "snippet" }) {
			assertTrue(hit.has(field), field + " in " + hit);
		}
		assertTrue(json.getAsJsonObject("facets").has("type"), run.out());
	}

	@Test
	void filtersNarrowTheHits() {
		CliRun run = CliRun.run(home, "search", "--tenant", "harbor-hotel", "--json", "--filter", "type=playbook", "道歉");
		JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
		assertTrue(json.get("total").getAsInt() > 0);
		json.getAsJsonArray("hits").forEach(h -> assertEquals("playbook", h.getAsJsonObject().get("type").getAsString()));
	}

	@Test
	void gapsListTheQueriesThatFoundNothing() {
		for (int i = 0; i < 2; i++) {
			assertEquals(0, CliRun.run(home, "search", "--tenant", "harbor-hotel", "航空延误赔偿").exitCode());
		}
		CliRun gaps = CliRun.run(home, "search", "gaps", "--tenant", "harbor-hotel");
		assertEquals(0, gaps.exitCode(), gaps.err());
		assertEquals("2\t航空延误赔偿", gaps.out().strip());
	}

	@Test
	void relatedCasesForAPlaybook() {
		CliRun run = CliRun.run(home, "search", "related", "--tenant", "red-lantern-hotpot", "PB-SLOW");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().lines().count() > 0, run.out());
	}

	@Test
	void aSearchWithoutATenantIsAUsageError() {
		CliRun run = CliRun.run(home, "search", "海尔");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("--tenant"), run.err());
	}

	@Test
	void aSearchInAnotherTenantIsDenied() {
		CliRun run = CliRun.run(home, "search", "--tenant", "harbor-hotel", "--user", "grace.qm", "海尔");
		assertEquals(3, run.exitCode());
		assertTrue(run.err().contains("lacks 'read'"), run.err());
	}

	@Test
	void indexRebuildsFromTheModel() {
		CliRun run = CliRun.run(home, "index", "--rebuild");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("rebuilt: "), run.out());
	}
}
