package org.touchstone.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.core.Permission;
import org.touchstone.core.Workspace;
import org.touchstone.model.CaseStudy;
import org.touchstone.model.CaseText;
import org.touchstone.model.Language;
import org.touchstone.model.TouchstoneFactory;
import org.touchstone.search.CaseSearch;
import org.touchstone.search.SearchHit;
import org.touchstone.search.SearchRequest;
import org.touchstone.search.SearchResults;

/**
 * A property of the search layer: random tenants each hold cases with secret words; whatever a user
 * of one tenant types (the secret itself, field syntax, wildcards, *:*), no hit from another tenant
 * comes back, and the library stays visible to all.
 */
class TenantIsolationTest {
	@TempDir
	Path dir;

	@RepeatedTest(3)
	void noQueryReachesAnotherTenantsDocuments() {
		Random random = new Random(dir.hashCode());
		Workspace workspace = Workspace.openOrCreate(dir.resolve("ws"), "root");
		int count = 3 + random.nextInt(3);
		List<String> tenants = new ArrayList<>();
		List<String> secrets = new ArrayList<>();
		for (int t = 0; t < count; t++) {
			String id = "tenant-" + t + "-" + Integer.toString(random.nextInt(100_000), 36);
			String secret = word(random) + " " + "机密" + (char) ('甲' + random.nextInt(200));
			workspace.createTenant("owner-" + t, id, "Tenant " + t, t % 2 == 0 ? Language.ZH : Language.EN);
			int n = t;
			workspace.change(new Context(id, "owner-" + t), Permission.WRITE, tenant -> {
				CaseStudy c = TouchstoneFactory.eINSTANCE.createCaseStudy();
				c.setUuid(id + "-secret");
				c.setKey("secret-" + n);
				c.setCompany("Company " + n);
				c.getTags().add("secret");
				CaseText text = TouchstoneFactory.eINSTANCE.createCaseText();
				text.setLang(Language.EN);
				text.setTitle("Secret " + secret);
				text.setStory("This tenant's secret is " + secret + ".");
				c.getTexts().add(text);
				return tenant.getCases().add(c);
			});
			tenants.add(id);
			secrets.add(secret);
		}
		try (CaseSearch search = CaseSearch.open(workspace)) {
			for (int t = 0; t < count; t++) {
				Context context = new Context(tenants.get(t), "owner-" + t);
				List<String> attempts = new ArrayList<>();
				for (String secret : secrets) {
					attempts.add(secret);
					attempts.add("\"" + secret + "\"");
					attempts.add(secret.split(" ")[0].substring(0, 3) + "*");
				}
				attempts.addAll(List.of("*:*", "*", "tenant:" + tenants.get((t + 1) % count), "secret", "tag:secret", "type:case", "company:Company",
						"Secret", "机密"));
				for (String query : attempts) {
					SearchResults results = search.search(context, new SearchRequest(query, Map.of(), 1000, 0));
					for (SearchHit hit : results.hits()) {
						assertTrue(hit.tenant().equals(tenants.get(t)) || hit.tenant().equals(Workspace.LIBRARY),
								tenants.get(t) + " saw " + hit.tenant() + "'s " + hit.key() + " for " + query);
					}
				}
				SearchResults own = search.search(context, SearchRequest.of(secrets.get(t)));
				assertEquals("secret-" + t, own.hits().get(0).key(), "a tenant finds its own secret");
				SearchResults filtered = search.search(context, new SearchRequest("secret", Map.of("type", "case"), 1000, 0));
				assertEquals(1, filtered.hits().stream().filter(h -> !h.tenant().equals(Workspace.LIBRARY)).count());
			}
		}
	}

	private static String word(Random random) {
		StringBuilder w = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			w.append((char) ('a' + random.nextInt(26)));
		}
		return w.toString();
	}
}
