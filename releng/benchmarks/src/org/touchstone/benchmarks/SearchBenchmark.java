package org.touchstone.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.touchstone.model.CaseStudy;
import org.touchstone.model.CaseText;
import org.touchstone.model.Language;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstoneFactory;
import org.touchstone.search.SearchRequest;
import org.touchstone.search.internal.Analysis;
import org.touchstone.search.internal.IndexDocuments;
import org.touchstone.search.internal.IndexView;

/**
 * Touchstone's search against bare Lucene with the same analyzer, in one process: the same
 * generated case-like documents (about 1 KB, mixed Chinese and English, 20 tenants) indexed by
 * both, then the same term, phrase and filtered + faceted + highlighted queries run on both. The
 * bare side is hand-written Lucene doing the same work (the same fields, folding and pinyin; the
 * same query fields, boosts and synonyms; facets, highlights and the hits' stored fields), so the
 * ratios measure what Touchstone's layers cost on top of it.
 */
public final class SearchBenchmark {
	private static final int TENANTS = 20;
	private static final int QUERIES = 1000;
	private static final int ROUNDS = 3;
	private static final String[] ZH = { "顾客", "投诉", "服务", "员工", "等位", "补救", "满意", "前台", "经理", "问候", "退货", "授权", "回访", "标准",
			"预订", "排队", "道歉", "免费", "饮品", "检查", "培训", "记录", "客房", "餐厅", "银行", "柜台", "贷款", "微笑", "承诺", "流程" };
	private static final String[] EN = { "customer", "complaint", "service", "staff", "queue", "recovery", "guest", "manager", "greeting",
			"refund", "empowerment", "follow", "standard", "booking", "apology", "drink", "training", "record", "room", "branch", "counter",
			"loan", "smile", "promise", "process", "minutes", "seconds", "checklist", "audit", "survey" };
	private static final String[] COMPANIES = { "海底捞 Haidilao", "海尔 Haier", "沃尔玛 Walmart", "迪士尼 Disney", "IBM", "思科 Cisco", "施乐 Xerox",
			"丽思卡尔顿 Ritz-Carlton", "北欧航空 SAS", "国美 Gome" };

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int docs = Options.count(args, "--docs", 1_000_000, "search");
		java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization").setLevel(java.util.logging.Level.SEVERE);
		Path work = Files.createTempDirectory("touchstone-search-bench");
		try {
			run(work, docs);
		} finally {
			try (Stream<Path> walk = Files.walk(work)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void run(Path work, int docs) throws IOException {
		Analyzer analyzer = Analysis.perField(Analysis.words(null), Analysis.bigrams(null));
		FacetsConfig facets = IndexDocuments.facets();
		int perTenant = Math.max(1, docs / TENANTS);
		System.out.println("RESULT search.docs " + perTenant * TENANTS);

		// Warm-up (not timed) of both paths, so neither is measured with a cold JIT.
		indexOurs(work.resolve("warm-ours"), analyzer, facets, 2, 1000);
		indexBare(work.resolve("warm-bare"), analyzer, facets, 2, 1000);
		long oursStart = System.nanoTime();
		indexOurs(work.resolve("ours"), analyzer, facets, TENANTS, perTenant);
		long oursMs = (System.nanoTime() - oursStart) / 1_000_000;
		long bareStart = System.nanoTime();
		indexBare(work.resolve("bare"), analyzer, facets, TENANTS, perTenant);
		long bareMs = (System.nanoTime() - bareStart) / 1_000_000;
		int total = perTenant * TENANTS;
		System.out.println("RESULT search.index.ours.docs-per-s " + (long) (total / (oursMs / 1000.0)));
		System.out.println("RESULT search.index.bare.docs-per-s " + (long) (total / (bareMs / 1000.0)));
		System.out.printf("RATIO search.index %.2f%n", (double) oursMs / bareMs);

		try (DirectoryReader ours = DirectoryReader.open(FSDirectory.open(work.resolve("ours")));
				DirectoryReader bare = DirectoryReader.open(FSDirectory.open(work.resolve("bare")))) {
			Analyzer queryAnalyzer = Analysis.perField(Analysis.words(Analysis.synonyms(Analysis.words(null), null)),
					Analysis.bigrams(Analysis.synonyms(Analysis.bigrams(null), null)));
			IndexView view = new IndexView(ours, analyzer, facets);
			IndexSearcher bareSearcher = new IndexSearcher(bare);
			DefaultSortedSetDocValuesReaderState bareFacets = new DefaultSortedSetDocValuesReaderState(bare, facets);
			QueryBuilder builder = new QueryBuilder(analyzer);
			Random random = new Random(42);
			List<String[]> queries = new ArrayList<>();
			for (int i = 0; i < QUERIES; i++) {
				queries.add(new String[] { "tenant-" + random.nextInt(TENANTS), random.nextBoolean() ? ZH[random.nextInt(ZH.length)] : EN[random.nextInt(EN.length)],
						ZH[random.nextInt(ZH.length)] + ZH[random.nextInt(ZH.length)], COMPANIES[random.nextInt(COMPANIES.length)].split(" ")[0] });
			}
			QueryBuilder synonyms = new QueryBuilder(queryAnalyzer);
			measure("term", queries, q -> () -> view.search(q[0], false, queryAnalyzer, SearchRequest.of(q[1]), false),
					q -> () -> load(bareSearcher, bareSearcher.search(scoped(q[0], words(synonyms, q[1])), 10)));
			measure("phrase", queries, q -> () -> view.search(q[0], false, queryAnalyzer, SearchRequest.of("\"" + q[2] + "\""), false),
					q -> () -> load(bareSearcher, bareSearcher.search(scoped(q[0], phrase(synonyms, q[2])), 10)));
			measure("filtered", queries,
					q -> () -> view.search(q[0], false, queryAnalyzer, new SearchRequest(q[1], Map.of("company", q[3]), 10, 0), true), q -> () -> {
						Query query = new BooleanQuery.Builder().add(scoped(q[0], words(synonyms, q[1])), Occur.MUST)
								.add(new TermQuery(new Term("company_exact", q[3].toLowerCase())), Occur.FILTER).build();
						TopDocs top = bareSearcher.search(query, 10);
						SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(bareFacets,
								bareSearcher.search(query, new FacetsCollectorManager()));
						for (String dim : new String[] { "type", "company", "scope" }) {
							counts.getTopChildren(20, dim);
						}
						UnifiedHighlighter.builder(bareSearcher, analyzer).withMaskedFieldsFunc(f -> f.equals("body_bigrams") ? Set.of("body_words") : Set.of())
								.build().highlight("body_bigrams", query, top, 1);
						return load(bareSearcher, top);
					});
		}
		System.gc();
		System.out.println("RESULT search.heap.mb " + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024));
	}

	private static void indexOurs(Path dir, Analyzer analyzer, FacetsConfig facets, int tenants, int perTenant) throws IOException {
		try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), config(analyzer))) {
			for (int t = 0; t < tenants; t++) {
				Tenant tenant = tenant(t, perTenant);
				for (Document doc : IndexDocuments.of(tenant)) {
					writer.addDocument(facets.build(doc));
				}
			}
			writer.commit();
		}
	}

	private static void indexBare(Path dir, Analyzer analyzer, FacetsConfig facets, int tenants, int perTenant) throws IOException {
		FieldType highlighted = new FieldType(TextField.TYPE_STORED);
		highlighted.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
				try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), config(analyzer))) {
			for (int t = 0; t < tenants; t++) {
				Random random = new Random(t);
				for (int i = 0; i < perTenant; i++) {
					String[] text = text(random, t, i);
					String title = Analysis.simplified(text[0]);
					String body = Analysis.simplified(text[1]);
					String company = text[2];
					Document doc = new Document();
					doc.add(new StringField("id", "t" + t + "-" + i, Field.Store.YES));
					doc.add(new StoredField("key", "case-" + i));
					doc.add(new StringField("type", "case", Field.Store.YES));
					doc.add(new SortedSetDocValuesFacetField("type", "case"));
					doc.add(new StringField("tenant", "tenant-" + t, Field.Store.YES));
					doc.add(new SortedSetDocValuesFacetField("scope", "tenant"));
					doc.add(new StoredField("company", company));
					doc.add(new StringField("company_exact", company.toLowerCase(), Field.Store.NO));
					for (String part : company.split(" ")) {
						doc.add(new StringField("company_exact", part.toLowerCase(), Field.Store.NO));
					}
					doc.add(new SortedSetDocValuesFacetField("company", company));
					doc.add(new TextField("company_words", company, Field.Store.NO));
					doc.add(new TextField("company_bigrams", company, Field.Store.NO));
					doc.add(new StoredField("title_zh", text[0]));
					doc.add(new TextField("title_words", title, Field.Store.NO));
					doc.add(new TextField("title_bigrams", title, Field.Store.NO));
					doc.add(new TextField("body_words", body, Field.Store.NO));
					doc.add(new Field("body_bigrams", body, highlighted));
					doc.add(new TextField("pinyin", String.join(" ", Analysis.pinyin(company)) + " " + String.join(" ", Analysis.pinyin(text[0])), Field.Store.NO));
					writer.addDocument(facets.build(doc));
				}
			}
			writer.commit();
		}
	}

	private static IndexWriterConfig config(Analyzer analyzer) {
		return new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256);
	}

	/** The same fields, boosts and share of terms as Touchstone's free-text query, written by hand. */
	private static Query words(QueryBuilder builder, String text) {
		BooleanQuery.Builder b = new BooleanQuery.Builder();
		String[] fields = { "title_words", "title_bigrams", "body_words", "body_bigrams", "company_bigrams" };
		float[] boosts = { 2f, 1.5f, 1f, 0.8f, 1.5f };
		for (int i = 0; i < fields.length; i++) {
			Query q = builder.createMinShouldMatchQuery(fields[i], text, 0.75f);
			if (q != null) {
				b.add(new org.apache.lucene.search.BoostQuery(q, boosts[i]), Occur.SHOULD);
			}
		}
		if (text.matches("[a-z0-9]+")) {
			b.add(new org.apache.lucene.search.BoostQuery(new TermQuery(new Term("pinyin", text)), 2f), Occur.SHOULD);
		}
		return b.build();
	}

	private static Query phrase(QueryBuilder builder, String text) {
		BooleanQuery.Builder b = new BooleanQuery.Builder();
		String[] fields = { "body_bigrams", "body_words", "title_bigrams" };
		for (String field : fields) {
			Query q = builder.createPhraseQuery(field, text);
			if (q != null) {
				b.add(q, Occur.SHOULD);
			}
		}
		return b.build();
	}

	/** Reads the stored fields of the hits, as a page of results does. */
	private static TopDocs load(IndexSearcher searcher, TopDocs top) throws IOException {
		for (org.apache.lucene.search.ScoreDoc sd : top.scoreDocs) {
			searcher.storedFields().document(sd.doc);
		}
		return top;
	}

	private static Query scoped(String tenant, Query query) {
		return new BooleanQuery.Builder().add(query, Occur.MUST)
				.add(new org.apache.lucene.search.TermInSetQuery("tenant", List.of(new org.apache.lucene.util.BytesRef(tenant),
						new org.apache.lucene.util.BytesRef("library"))), Occur.FILTER)
				.build();
	}

	/** One run of a query, by either engine. */
	@FunctionalInterface
	private interface Run {
		Object call() throws IOException;
	}

	/**
	 * Runs every query on both engines, one after the other, in {@value #ROUNDS} rounds after a
	 * warm-up round, and prints the median over the rounds of each round's p50 and p99.
	 */
	private static void measure(String name, List<String[]> queries, IntFunctionOf ours, IntFunctionOf bare) throws IOException {
		for (String[] q : queries) {
			ours.of(q).call();
			bare.of(q).call();
		}
		List<Double> o50 = new ArrayList<>();
		List<Double> o99 = new ArrayList<>();
		List<Double> b50 = new ArrayList<>();
		List<Double> b99 = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			List<Long> oursNs = new ArrayList<>();
			List<Long> bareNs = new ArrayList<>();
			for (String[] q : queries) {
				long a = System.nanoTime();
				ours.of(q).call();
				long b = System.nanoTime();
				bare.of(q).call();
				long c = System.nanoTime();
				oursNs.add(b - a);
				bareNs.add(c - b);
			}
			double[] o = percentiles(oursNs);
			double[] b = percentiles(bareNs);
			o50.add(o[0]);
			o99.add(o[1]);
			b50.add(b[0]);
			b99.add(b[1]);
		}
		double op50 = median(o50);
		double op99 = median(o99);
		double bp50 = median(b50);
		double bp99 = median(b99);
		System.out.printf("RESULT search.%s.ours.p50.ms %.3f%nRESULT search.%s.ours.p99.ms %.3f%n", name, op50, name, op99);
		System.out.printf("RESULT search.%s.bare.p50.ms %.3f%nRESULT search.%s.bare.p99.ms %.3f%n", name, bp50, name, bp99);
		System.out.printf("RATIO search.%s.p50 %.2f%nRATIO search.%s.p99 %.2f%n", name, op50 / bp50, name, op99 / bp99);
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	@FunctionalInterface
	private interface IntFunctionOf {
		Run of(String[] query);
	}

	private static double[] percentiles(List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return new double[] { sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.min(sorted.size() - 1, Math.round(sorted.size() * 0.99))) / 1e6 };
	}

	private static Tenant tenant(int t, int count) {
		TouchstoneFactory f = TouchstoneFactory.eINSTANCE;
		Tenant tenant = f.createTenant();
		tenant.setId("tenant-" + t);
		tenant.setLocale(Language.ZH);
		Random random = new Random(t);
		for (int i = 0; i < count; i++) {
			String[] text = text(random, t, i);
			CaseStudy c = f.createCaseStudy();
			c.setUuid("t" + t + "-" + i);
			c.setKey("case-" + i);
			c.setCompany(text[2]);
			CaseText body = f.createCaseText();
			body.setLang(Language.ZH);
			body.setTitle(text[0]);
			body.setStory(text[1]);
			c.getTexts().add(body);
			tenant.getCases().add(c);
		}
		return tenant;
	}

	/** Title, body (about 1 KB, Chinese and English) and company of one generated case. */
	private static String[] text(Random random, int tenant, int i) {
		StringBuilder body = new StringBuilder();
		while (body.length() < 600) {
			for (int w = 0; w < 8; w++) {
				body.append(ZH[random.nextInt(ZH.length)]);
			}
			body.append("。 ");
			for (int w = 0; w < 6; w++) {
				body.append(EN[random.nextInt(EN.length)]).append(' ');
			}
			body.append(". ");
		}
		String title = ZH[random.nextInt(ZH.length)] + ZH[random.nextInt(ZH.length)] + " " + EN[random.nextInt(EN.length)] + " " + tenant + "-" + i;
		return new String[] { title, body.toString(), COMPANIES[random.nextInt(COMPANIES.length)] };
	}
}
