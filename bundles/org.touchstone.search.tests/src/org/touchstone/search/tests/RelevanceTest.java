package org.touchstone.search.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.core.Workspace;
import org.touchstone.search.CaseSearch;
import org.touchstone.search.SearchHit;
import org.touchstone.search.SearchRequest;

/**
 * The relevance suite: judged queries over the sample library (Chinese, English, pinyin, initials,
 * traditional characters, synonyms, mixed) in {@code relevance/judgements.tsv}. Prints nDCG@10 and
 * MRR and holds each above a floor, so a change that makes search worse fails here.
 */
class RelevanceTest {
	private static final double NDCG_FLOOR = 0.93;
	private static final double MRR_FLOOR = 0.93;

	@TempDir
	Path dir;

	private record Judged(String query, Map<String, Integer> grades) {
	}

	@Test
	void judgedQueriesRankTheirCasesHigh() throws IOException {
		List<Judged> judged = judgements();
		assertTrue(judged.size() >= 40, "at least 40 judged queries: " + judged.size());
		double ndcgSum = 0;
		double mrrSum = 0;
		List<String> weak = new ArrayList<>();
		try (CaseSearch search = CaseSearch.open(Workspace.openOrCreate(dir.resolve("ws"), "me"))) {
			for (Judged j : judged) {
				List<String> ranked = search.search(new Context("harbor-hotel", "me"), new SearchRequest(j.query(), Map.of("type", "case"), 10, 0))
						.hits().stream().map(SearchHit::key).toList();
				double ndcg = ndcg(ranked, j.grades());
				double rr = reciprocalRank(ranked, j.grades());
				ndcgSum += ndcg;
				mrrSum += rr;
				if (ndcg < 0.5) {
					weak.add(j.query() + " -> " + ranked);
				}
			}
		}
		double ndcg = ndcgSum / judged.size();
		double mrr = mrrSum / judged.size();
		System.out.printf("relevance: %d queries, nDCG@10 %.3f, MRR %.3f%n", judged.size(), ndcg, mrr);
		weak.forEach(w -> System.out.println("relevance: weak: " + w));
		assertTrue(ndcg >= NDCG_FLOOR, "nDCG@10 " + ndcg + " fell below " + NDCG_FLOOR + "; weak: " + weak);
		assertTrue(mrr >= MRR_FLOOR, "MRR " + mrr + " fell below " + MRR_FLOOR + "; weak: " + weak);
	}

	static double ndcg(List<String> ranked, Map<String, Integer> grades) {
		double dcg = 0;
		for (int i = 0; i < Math.min(10, ranked.size()); i++) {
			dcg += gain(grades.getOrDefault(ranked.get(i), 0), i);
		}
		List<Integer> ideal = new ArrayList<>(grades.values());
		ideal.sort((a, b) -> b - a);
		double idcg = 0;
		for (int i = 0; i < Math.min(10, ideal.size()); i++) {
			idcg += gain(ideal.get(i), i);
		}
		return idcg == 0 ? 0 : dcg / idcg;
	}

	private static double gain(int grade, int rank) {
		return (Math.pow(2, grade) - 1) / (Math.log(rank + 2) / Math.log(2));
	}

	static double reciprocalRank(List<String> ranked, Map<String, Integer> grades) {
		for (int i = 0; i < ranked.size(); i++) {
			if (grades.getOrDefault(ranked.get(i), 0) > 0) {
				return 1.0 / (i + 1);
			}
		}
		return 0;
	}

	private static List<Judged> judgements() throws IOException {
		List<Judged> judged = new ArrayList<>();
		try (InputStream in = RelevanceTest.class.getResourceAsStream("/relevance/judgements.tsv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\t");
				Map<String, Integer> grades = new LinkedHashMap<>();
				for (String g : parts[1].split(",")) {
					String[] kv = g.strip().split("=");
					grades.put(kv[0], Integer.valueOf(kv[1]));
				}
				judged.add(new Judged(parts[0], grades));
			}
		}
		return judged;
	}
}
