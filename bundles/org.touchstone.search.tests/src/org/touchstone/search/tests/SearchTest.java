package org.touchstone.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

/** Search over the sample workspace, with a real Lucene index on disk. */
class SearchTest {
	@TempDir
	Path dir;

	private Workspace workspace() {
		return Workspace.openOrCreate(dir.resolve("ws"), "me");
	}

	private static SearchResults search(CaseSearch search, String tenant, String query) {
		return search.search(new Context(tenant, "me"), SearchRequest.of(query));
	}

	private static List<String> keys(SearchResults results) {
		return results.hits().stream().map(SearchHit::key).toList();
	}

	@ParameterizedTest
	@CsvSource({ "海底捞, haidilao-waiting-area", "haidilao, haidilao-waiting-area", "hdl, haidilao-staff-care", "海底撈, haidilao-waiting-area",
			"迪斯尼, disney-front-line", "Disney, disney-front-line", "sundown rule, walmart-customer-first", "日落原则, walmart-customer-first",
			"Wal-Mart, walmart-customer-first", "四个不漏, haier-nothing-missed", "rice jar, wang-yongqing-rice-shop",
			"moments of truth, sas-moments-of-truth", "关键时刻, sas-moments-of-truth", "wlmart, walmart-customer-first" })
	void findsCasesInChineseEnglishPinyinInitialsTraditionalAndWithTypos(String query, String expected) {
		try (CaseSearch search = CaseSearch.open(workspace())) {
			List<String> found = keys(search(search, "harbor-hotel", query));
			assertTrue(found.contains(expected), query + " -> " + found);
		}
	}

	@Test
	void synonymsFindTheOtherWords() {
		try (CaseSearch search = CaseSearch.open(workspace())) {
			assertTrue(keys(search(search, "harbor-hotel", "排队")).contains("haidilao-waiting-area"), "排队 finds 等位");
			assertTrue(keys(search(search, "riverside-bank", "grievance")).stream().anyMatch(k -> k.startsWith("B-0")), "grievance finds complaint");
		}
	}

	@Test
	void aChineseTenantsStandardsAreFoundInEnglishTooAndPlaybooksFacetByFailureGroup() {
		try (CaseSearch search = CaseSearch.open(workspace())) {
			assertTrue(keys(search(search, "harbor-hotel", "umbrella")).contains("G-007"), "the English text of a Chinese tenant's standard is indexed");
			assertTrue(keys(search(search, "riverside-bank", "吞卡")).contains("PB-ATM"), "the Chinese text of an English tenant's playbook is indexed");
			SearchResults playbooks = search(search, "red-lantern-hotpot", "type:playbook");
			assertEquals(Map.of("delivery-system", 2, "customer-needs", 1), playbooks.facets().get("failure_group"), playbooks.facets().toString());
			SearchResults delivery = search.search(new Context("red-lantern-hotpot", "me"),
					new SearchRequest("type:playbook", Map.of("failure-group", "delivery-system"), 10, 0));
			assertEquals(List.of("PB-DISH", "PB-SLOW"), keys(delivery).stream().sorted().toList());
		}
	}

	@Test
	void aPrincipleFilterFindsCasesAndPlaybooksAlike() {
		try (CaseSearch search = CaseSearch.open(workspace())) {
			List<String> found = keys(search.search(new Context("harbor-hotel", "me"), new SearchRequest("", Map.of("principle", "act fast"), 50, 0)));
			assertTrue(found.contains("walmart-customer-first") && found.contains("PB-ROOM"), found.toString());
		}
	}

	@Test
	void phrasesExclusionsAndFilters() {
		try (CaseSearch search = CaseSearch.open(workspace())) {
			assertEquals(List.of("walmart-customer-first"), keys(search(search, "harbor-hotel", "\"三米微笑\"")));
			List<String> haidilao = keys(search(search, "harbor-hotel", "海底捞 -员工"));
			assertTrue(haidilao.contains("haidilao-waiting-area") && !haidilao.contains("haidilao-staff-care"), haidilao.toString());
			SearchResults haier = search(search, "harbor-hotel", "company:海尔");
			assertEquals(List.of("haier-nothing-missed"), keys(haier));
			SearchResults standards = search(search, "harbor-hotel", "投诉 type:standard");
			assertTrue(standards.total() > 0);
			assertTrue(standards.hits().stream().allMatch(h -> h.type().equals("standard")));
			SearchResults filtered = search.search(new Context("harbor-hotel", "me"), new SearchRequest("道歉", Map.of("type", "playbook"), 10, 0));
			assertTrue(filtered.hits().stream().allMatch(h -> h.type().equals("playbook")) && filtered.total() > 0);
		}
	}

	@Test
	void resultsCarryFacetsHighlightsAndPages() {
		try (CaseSearch search = CaseSearch.open(workspace())) {
			SearchResults all = search(search, "harbor-hotel", "顾客");
			assertTrue(all.total() > 3);
			Map<String, Integer> types = all.facets().get("type");
			assertEquals(all.total(), types.values().stream().mapToInt(Integer::intValue).sum());
			assertTrue(all.facets().get("scope").containsKey("library"));
			assertTrue(all.hits().get(0).snippet().contains("<em>"), all.hits().get(0).snippet());
			SearchResults page2 = search.search(new Context("harbor-hotel", "me"), new SearchRequest("顾客", Map.of(), 2, 2));
			assertEquals(2, page2.hits().size());
			assertEquals(all.hits().get(2).id(), page2.hits().get(0).id());
		}
	}

	@Test
	void relatedCasesForAPlaybook() {
		try (CaseSearch search = CaseSearch.open(workspace())) {
			List<SearchHit> related = search.related(new Context("red-lantern-hotpot", "me"), "PB-SLOW", 5);
			assertFalse(related.isEmpty());
			assertTrue(related.stream().allMatch(h -> h.type().equals("case")));
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { //
			"''|the query is empty|''", //
			"'   '|the query is empty|''", //
			"*:*|the query is empty|''", //
			"(((|the query is empty|''", //
			"\"三米微笑|a quote is not closed|walmart-customer-first", //
			"foo:bar 海尔|'foo:' is not a field|haier-nothing-missed" })
	void badInputNeverFailsAndSaysWhatItDid(String query, String notice, String expected) {
		try (CaseSearch search = CaseSearch.open(workspace())) {
			SearchResults results = search(search, "harbor-hotel", query);
			assertTrue(results.notices().stream().map(Object::toString).anyMatch(n -> n.contains(notice)), query + " -> " + results.notices());
			if (expected.isEmpty()) {
				assertEquals(0, results.total(), "nothing to search for in " + query);
			} else {
				assertTrue(keys(results).contains(expected), query + " -> " + keys(results));
			}
		}
	}

	@Test
	void aVeryLongQueryIsCutWithANotice() {
		try (CaseSearch search = CaseSearch.open(workspace())) {
			SearchResults results = search(search, "harbor-hotel", "海尔 ".repeat(4000));
			assertTrue(results.notices().stream().map(Object::toString).anyMatch(n -> n.contains("characters long")), results.notices().toString());
			assertTrue(keys(results).contains("haier-nothing-missed"));
		}
	}

	@Test
	void tabsAndNewlinesSeparateWordsAndOtherControlCharactersAreDropped() {
		try (CaseSearch search = CaseSearch.open(workspace())) {
			SearchResults tab = search(search, "harbor-hotel", "sundown\trule");
			assertTrue(keys(tab).contains("walmart-customer-first"), keys(tab).toString());
			assertTrue(tab.notices().isEmpty(), tab.notices().toString());
			SearchResults bell = search(search, "harbor-hotel", "海\u0007尔");
			assertTrue(keys(bell).contains("haier-nothing-missed"));
			assertTrue(bell.notices().stream().map(Object::toString).toList().contains("control characters in the query were ignored"), bell.notices().toString());
		}
	}

	@Test
	void anUnknownFieldIsSearchedAsWordsWithANotice() {
		try (CaseSearch search = CaseSearch.open(workspace())) {
			SearchResults results = search(search, "harbor-hotel", "brand:海尔");
			assertTrue(results.notices().stream().map(Object::toString).anyMatch(n -> n.contains("'brand:' is not a field")), results.notices().toString());
			assertTrue(keys(results).contains("haier-nothing-missed"));
		}
	}

	@Test
	void queriesThatFoundNothingAreListedAsGaps() {
		try (CaseSearch search = CaseSearch.open(workspace())) {
			for (String q : new String[] { "航空延误赔偿", "航空延误赔偿", "zzyzx" }) {
				assertEquals(0, search(search, "harbor-hotel", q).total());
			}
			java.time.Instant after = java.time.Instant.now();
			List<CaseSearch.Gap> gaps = search.gaps(new Context("harbor-hotel", "me"));
			assertEquals(List.of("航空延误赔偿 2", "zzyzx 1"), gaps.stream().map(g -> g.query() + " " + g.count()).toList());
			assertFalse(gaps.get(0).lastSeen().isAfter(after), "last seen is when it was last asked");
			assertTrue(gaps.get(0).lastSeen().isAfter(after.minusSeconds(60)));
			assertTrue(search.gaps(new Context("riverside-bank", "me")).isEmpty(), "gaps are per tenant");
		}
	}

	@Test
	void aQueryStillBeingTypedIsNoKnowledgeGap() {
		try (CaseSearch search = CaseSearch.open(workspace())) {
			Context context = new Context("harbor-hotel", "me");
			for (String typed : new String[] { "航", "航空", "航空延", "航空延误赔" }) {
				search.preview(context, SearchRequest.of(typed));
			}
			assertTrue(search.gaps(context).isEmpty(), "as-you-type searches record nothing: " + search.gaps(context));
			search.search(context, SearchRequest.of("航空延误赔偿"));
			assertEquals(List.of("航空延误赔偿"), search.gaps(context).stream().map(CaseSearch.Gap::query).toList(), "the submitted one does");
		}
	}

	@Test
	void tickedFacetValuesNarrowTheHitsAndTheirFacetKeepsItsOtherValues() {
		try (CaseSearch search = CaseSearch.open(workspace())) {
			Context context = new Context("harbor-hotel", "me");
			SearchResults all = search.search(context, SearchRequest.of("服务"));
			Map<String, Integer> types = all.facets().get("type");
			assertTrue(types.size() >= 2, "the query finds several kinds of document: " + types);
			SearchResults cases = search.search(context, new SearchRequest("服务", Map.of(), 100, 0, Map.of("type", java.util.Set.of("case"))));
			assertEquals(types.get("case").longValue(), cases.total(), "ticking type=case leaves the cases: " + cases.facets());
			assertTrue(cases.hits().stream().allMatch(h -> h.type().equals("case")));
			assertEquals(types, cases.facets().get("type"), "the type facet still counts every type, so another can be ticked");
			String company = cases.facets().get("company").keySet().iterator().next();
			SearchResults both = search.search(context,
					new SearchRequest("服务", Map.of(), 100, 0, Map.of("type", java.util.Set.of("case"), "company", java.util.Set.of(company))));
			assertTrue(both.total() > 0 && both.total() < cases.total(), "a second facet narrows further: " + both.total());
			assertTrue(both.hits().stream().allMatch(h -> company.equals(h.company())));
			SearchResults either = search.search(context, new SearchRequest("服务", Map.of(), 100, 0, Map.of("type", java.util.Set.copyOf(types.keySet()))));
			assertEquals(all.total(), either.total(), "two values of one facet are either one");
		}
	}

	@ParameterizedTest
	@CsvSource({ "海底, 海底捞", "hai, 海底捞", "hdl, 海底捞", "Wal, Walmart", "迪士, 迪士尼" })
	void suggestionsAsYouTypeComeFromTitlesCompaniesAndPinyin(String typed, String expected) {
		try (CaseSearch search = CaseSearch.open(workspace())) {
			Context context = new Context("harbor-hotel", "me");
			search.preview(context, SearchRequest.of("x"));
			List<String> suggested = search.suggest(context, typed, 8);
			assertTrue(suggested.stream().anyMatch(s -> s.contains(expected)), typed + " -> " + suggested);
		}
	}

	@Test
	void aSaveShowsInTheNextSearch() {
		Workspace workspace = workspace();
		try (CaseSearch search = CaseSearch.open(workspace)) {
			assertEquals(0, search(search, "harbor-hotel", "礼宾车接送").total());
		}
		workspace.change(new Context("harbor-hotel", "me"), Permission.WRITE, t -> {
			CaseStudy c = TouchstoneFactory.eINSTANCE.createCaseStudy();
			c.setUuid("own-case");
			c.setKey("own-case");
			c.setCompany("海港酒店");
			CaseText text = TouchstoneFactory.eINSTANCE.createCaseText();
			text.setLang(Language.ZH);
			text.setTitle("礼宾车接送的一次补救");
			text.setStory("机场礼宾车接送迟到，礼宾部当场升级车型。");
			c.getTexts().add(text);
			return t.getCases().add(c);
		});
		try (CaseSearch search = CaseSearch.open(workspace)) {
			SearchResults found = search(search, "harbor-hotel", "礼宾车接送");
			assertEquals(List.of("own-case"), keys(found));
			String snippet = found.hits().get(0).snippet();
			assertEquals("机场礼宾车接送迟到，礼宾部当场升级车型。", snippet.replace("<em>", "").replace("</em>", "").strip(),
					"a case without a summary shows its story, and no 'null'");
			assertEquals(0, search(search, "riverside-bank", "礼宾车接送").total(), "another tenant does not see it");
		}
	}

	@Test
	void anOpenSearchSeesASaveFromThisProcessAndFromAnotherOne() {
		Workspace workspace = workspace();
		try (CaseSearch search = CaseSearch.open(workspace)) {
			assertEquals(0, search(search, "harbor-hotel", "热气球婚礼").total());
			addCase(workspace, "balloon", "热气球婚礼的服务补救");
			assertEquals(List.of("balloon"), keys(search(search, "harbor-hotel", "热气球婚礼")), "the same workspace saved it");

			Workspace other = Workspace.open(workspace.root());
			addCase(other, "yacht", "游艇码头的迎宾服务");
			assertEquals(List.of("yacht"), keys(search(search, "harbor-hotel", "游艇码头")), "another process saved it");
		}
	}

	@Test
	void aSaveReindexesOnlyTheElementsWhoseTextChanged() {
		Workspace workspace = workspace();
		try (CaseSearch search = CaseSearch.open(workspace)) {
			assertTrue(search.documents() > 20, "the sample has more than a handful of documents");
			addCase(workspace, "balloon", "热气球婚礼的服务补救");
			search.refresh();
			assertEquals(1, search.lastWritten(), "one case added: one document written");

			workspace.change(new Context("harbor-hotel", "me"), Permission.WRITE,
					t -> {
						CaseText text = t.getCases().stream().filter(c -> c.getKey().equals("balloon")).findFirst().orElseThrow().getTexts().get(0);
						text.setTitle("游艇码头的迎宾服务");
						text.setStory("游艇码头的迎宾服务。");
						return null;
					});
			search.refresh();
			assertEquals(1, search.lastWritten(), "one case changed: one document written");
			assertEquals(List.of("balloon"), keys(search(search, "harbor-hotel", "游艇码头")));
			assertEquals(0, search(search, "harbor-hotel", "热气球婚礼").total(), "its old title is no longer found");

			workspace.change(new Context("harbor-hotel", "me"), Permission.WRITE, t -> t.getCases().removeIf(c -> c.getKey().equals("balloon")));
			search.refresh();
			assertEquals(0, search.lastWritten());
			assertEquals(0, search(search, "harbor-hotel", "游艇码头").total(), "a removed case is no longer found");

			// A touchpoint's name is part of every standard at that touchpoint: those are written again, no others.
			long atLobby = workspace.change(new Context("harbor-hotel", "me"), Permission.WRITE, t -> {
				org.touchstone.model.Touchpoint touchpoint = t.getTouchpoints().get(0);
				touchpoint.setName(touchpoint.getName() + "（新）");
				return t.getStandards().stream().map(s -> org.touchstone.core.DocumentControl.effective(s) != null ? org.touchstone.core.DocumentControl.effective(s) : org.touchstone.core.DocumentControl.latest(s))
						.filter(r -> r.getStatus() != org.touchstone.model.Status.RETIRED && r.getTouchpoint() == touchpoint).count();
			});
			search.refresh();
			assertTrue(atLobby > 0, "the sample has standards at its first touchpoint");
			assertEquals(atLobby, search.lastWritten(), "the standards shown at the renamed touchpoint, no other document");
		}
	}

	private static void addCase(Workspace workspace, String key, String title) {
		workspace.change(new Context("harbor-hotel", "me"), Permission.WRITE, t -> {
			CaseStudy c = TouchstoneFactory.eINSTANCE.createCaseStudy();
			c.setUuid(key);
			c.setKey(key);
			c.setCompany("海港酒店");
			CaseText text = TouchstoneFactory.eINSTANCE.createCaseText();
			text.setLang(Language.ZH);
			text.setTitle(title);
			text.setStory(title + "。");
			c.getTexts().add(text);
			return t.getCases().add(c);
		});
	}

	@Test
	void aTenantExtendsTheSynonyms() throws Exception {
		Workspace workspace = workspace();
		try (CaseSearch search = CaseSearch.open(workspace)) {
			assertFalse(keys(search(search, "harbor-hotel", "bellhop")).contains("PB-ROOM"));
		}
		Files.writeString(workspace.root().resolve("harbor-hotel").resolve("synonyms.txt"), "bellhop, 礼宾\n");
		try (CaseSearch search = CaseSearch.open(workspace)) {
			assertTrue(keys(search(search, "harbor-hotel", "bellhop")).contains("PB-ROOM"), "the tenant's own synonym");
			assertFalse(keys(search(search, "riverside-bank", "bellhop")).contains("PB-ROOM"));
		}
	}

	@Test
	void aCorruptIndexIsRebuiltWithANotice() throws Exception {
		Workspace workspace = workspace();
		try (CaseSearch search = CaseSearch.open(workspace)) {
			assertTrue(search.documents() > 0);
		}
		try (Stream<Path> files = Files.list(workspace.root().resolve(".index"))) {
			for (Path f : files.toList()) {
				if (!f.getFileName().toString().equals("write.lock")) {
					Files.write(f, new byte[] { 1, 2, 3 });
				}
			}
		}
		try (CaseSearch search = CaseSearch.open(workspace)) {
			assertTrue(search.notices().stream().map(Object::toString).anyMatch(n -> n.startsWith("rebuilt the search index")), search.notices().toString());
			assertTrue(keys(search(search, "harbor-hotel", "海尔")).contains("haier-nothing-missed"));
		}
	}

	@Test
	void aMissingIndexIsBuilt() throws Exception {
		Workspace workspace = workspace();
		try (CaseSearch search = CaseSearch.open(workspace)) {
			int documents = search.documents();
			assertEquals(documents, search.rebuild());
		}
	}
}
