package org.touchstone.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.touchstone.core.Workspace;
import org.touchstone.search.SearchHit;
import org.touchstone.search.SearchRequest;
import org.touchstone.search.SearchResults;

/**
 * One open index, searched: a user's query parsed, restricted to the tenant and the library,
 * ranked, faceted and highlighted. The facet state is built once per reader.
 */
public final class IndexView {
	private static final List<String> FACETS = List.of(IndexDocuments.TYPE, IndexDocuments.COMPANY, IndexDocuments.INDUSTRY,
			IndexDocuments.PRINCIPLE, IndexDocuments.SCOPE, IndexDocuments.FAILURE_GROUP);

	private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

	private final IndexReader reader;
	private final Analyzer indexAnalyzer;
	private final FacetsConfig facets;
	private final IndexSearcher searcher;
	private DefaultSortedSetDocValuesReaderState facetState;

	public IndexView(IndexReader reader, Analyzer indexAnalyzer, FacetsConfig facets) {
		this.reader = reader;
		this.indexAnalyzer = indexAnalyzer;
		this.facets = facets;
		this.searcher = new IndexSearcher(reader);
	}

	public IndexReader reader() {
		return reader;
	}

	/**
	 * Searches in a tenant.
	 *
	 * @param extras whether to count facets and cut snippets (the command line and workbench always do)
	 */
	public SearchResults search(String tenant, boolean english, Analyzer queryAnalyzer, SearchRequest request, boolean extras) throws IOException {
		UserQuery.Parsed parsed = UserQuery.parse(request.query(), request.filters(), queryAnalyzer, indexAnalyzer);
		List<org.touchstone.core.CoreMessage> notes = new ArrayList<>(parsed.notices());
		if (parsed.isEmpty()) {
			notes.add(org.touchstone.core.CoreMessage.of("search.emptyQuery"));
			return new SearchResults(request.query(), 0, List.of(), Map.of(), notes);
		}
		Query query = restrict(tenant, parsed.positive() == null ? new MatchAllDocsQuery() : parsed.positive(), parsed.filters(), parsed.negatives());
		TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(request.offset() + request.limit(), 1000));
		if (top.totalHits.value() < request.limit() && parsed.couldBeFuzzy()) {
			UserQuery.Parsed fuzzy = UserQuery.parse(request.query(), request.filters(), queryAnalyzer, indexAnalyzer, true);
			query = restrict(tenant, fuzzy.positive() == null ? new MatchAllDocsQuery() : fuzzy.positive(), fuzzy.filters(), fuzzy.negatives());
			top = searcher.search(query, new TopScoreDocCollectorManager(request.offset() + request.limit(), 1000));
		}
		Query unticked = query;
		query = ticked(unticked, request.ticked(), null);
		if (query != unticked) {
			top = searcher.search(query, new TopScoreDocCollectorManager(request.offset() + request.limit(), 1000));
		}
		Map<String, Map<String, Integer>> facetCounts = extras ? facetCounts(searcher.search(query, new FacetsCollectorManager())) : Map.of();
		long total = extras && facetCounts.containsKey(IndexDocuments.TYPE)
				? facetCounts.get(IndexDocuments.TYPE).values().stream().mapToLong(Integer::longValue).sum()
				: top.totalHits.value();
		if (extras) {
			// A ticked facet counts its values as if none of them were ticked (but the other facets'
			// ticks apply), so that a second value can be ticked beside the first.
			facetCounts = new LinkedHashMap<>(facetCounts);
			for (String facet : request.ticked().keySet()) {
				Map<String, Map<String, Integer>> sideways = facetCounts(searcher.search(ticked(unticked, request.ticked(), facet), new FacetsCollectorManager()));
				if (sideways.containsKey(facet)) {
					facetCounts.put(facet, sideways.get(facet));
				}
			}
		}
		ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length), top.scoreDocs.length);
		String[] snippets = extras ? snippets(query, new TopDocs(top.totalHits, page)) : new String[page.length];
		List<SearchHit> hits = new ArrayList<>();
		for (int i = 0; i < page.length; i++) {
			hits.add(hit(searcher, page[i], snippets.length > i ? snippets[i] : null, english));
		}
		return new SearchResults(request.query(), Math.max(total, top.totalHits.value()), hits, facetCounts, notes);
	}

	/** The tenant's own documents and the library, whatever the query: isolation lives here. */
	public static Query restrict(String tenant, Query query, List<Query> filters, List<Query> negatives) {
		BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
		b.add(new TermInSetQuery(IndexDocuments.TENANT, List.of(new BytesRef(tenant), new BytesRef(Workspace.LIBRARY))), Occur.FILTER);
		filters.forEach(f -> b.add(f, Occur.FILTER));
		negatives.forEach(n -> b.add(n, Occur.MUST_NOT));
		return b.build();
	}

	/**
	 * A query narrowed to the ticked facet values (one of the values of each facet ticked, with
	 * Lucene's drill-down), leaving out the facet {@code except}; the query itself when nothing applies.
	 */
	private Query ticked(Query query, Map<String, Set<String>> ticked, String except) {
		DrillDownQuery drill = new DrillDownQuery(facets, query);
		boolean any = false;
		for (Map.Entry<String, Set<String>> facet : ticked.entrySet()) {
			if (facet.getKey().equals(except) || !FACETS.contains(facet.getKey())) {
				continue;
			}
			for (String value : facet.getValue()) {
				drill.add(facet.getKey(), value);
				any = true;
			}
		}
		return any ? drill : query;
	}

	private Map<String, Map<String, Integer>> facetCounts(FacetsCollector collected) throws IOException {
		Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
		if (reader.numDocs() == 0) {
			return out;
		}
		if (facetState == null) {
			facetState = new DefaultSortedSetDocValuesReaderState(reader, facets);
		}
		SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facetState, collected);
		for (String dim : FACETS) {
			Map<String, Integer> values = new LinkedHashMap<>();
			FacetResult result;
			try {
				result = counts.getTopChildren(20, dim);
			} catch (IllegalArgumentException e) {
				result = null;
			}
			if (result != null) {
				for (LabelAndValue lv : result.labelValues) {
					values.put(lv.label, lv.value.intValue());
				}
			}
			out.put(dim, values);
		}
		return out;
	}

	private String[] snippets(Query query, TopDocs docs) throws IOException {
		if (docs.scoreDocs.length == 0) {
			return new String[0];
		}
		String field = IndexDocuments.BODY + Analysis.BIGRAMS;
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer).withMaxLength(20_000)
				.withFormatter(new DefaultPassageFormatter("<em>", "</em>", "… ", true))
				.withMaskedFieldsFunc(f -> f.equals(field) ? Set.of(IndexDocuments.BODY + Analysis.WORDS) : Set.of()).build();
		return highlighter.highlight(field, query, docs, 1);
	}

	public static SearchHit hit(IndexSearcher searcher, ScoreDoc sd, String snippet, boolean english) throws IOException {
		Document d = searcher.storedFields().document(sd.doc);
		String zh = d.get(IndexDocuments.TITLE_ZH);
		String en = d.get(IndexDocuments.TITLE_EN);
		String title = english ? (en != null ? en : zh) : (zh != null ? zh : en);
		String text = snippet;
		if (text == null) {
			String body = d.get(IndexDocuments.BODY + Analysis.BIGRAMS);
			text = body == null ? "" : escape(body.length() > 160 ? body.substring(0, 160) + "…" : body);
		}
		return new SearchHit(d.get(IndexDocuments.ID), d.get(IndexDocuments.KEY), d.get(IndexDocuments.TYPE), title, d.get(IndexDocuments.COMPANY),
				d.get(IndexDocuments.TENANT), sd.score, SPACES.matcher(text).replaceAll(" ").strip());
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
