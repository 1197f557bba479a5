package org.touchstone.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.touchstone.core.Context;
import org.touchstone.core.Workspace;
import org.touchstone.model.Language;
import org.touchstone.model.Tenant;
import org.touchstone.search.internal.Analysis;
import org.touchstone.search.internal.IndexDocuments;
import org.touchstone.search.internal.IndexView;

/**
 * Search over the case library and each organisation's own cases, standards and playbooks. The
 * index is derived data under the workspace ({@code .index/}): brought up to date from the model
 * whenever a tenant's file changed since it was indexed, rebuilt with a notice when it is missing
 * or corrupt. Tenant isolation is enforced here, not by callers: whatever the query says, a search
 * in tenant T sees only T's documents and the shared library.
 */
public final class CaseSearch implements AutoCloseable {
	private static final String STAMP = "stamp:";
	/**
	 * Lucene logs through java.util.logging that it runs without the incubating vector module;
	 * that is no news for a trainer or a command-line user. Held here so the setting is not
	 * collected with the logger.
	 */
	private static final java.util.logging.Logger LUCENE_VECTORS = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

	static {
		LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
	}

	private final Workspace workspace;
	private final Path folder;
	private final Analyzer indexAnalyzer = Analysis.perField(Analysis.words(null), Analysis.bigrams(null));
	private final FacetsConfig facets = IndexDocuments.facets();
	private final List<org.touchstone.core.CoreMessage> notices = new ArrayList<>();
	private final Map<String, Analyzer> queryAnalyzers = new HashMap<>();
	private Directory directory;
	private DirectoryReader reader;
	private IndexView view;
	private Map<String, String> indexedStamps = Map.of();
	private int lastWritten;

	private CaseSearch(Workspace workspace) {
		this.workspace = workspace;
		this.folder = workspace.root().resolve(".index");
	}

	/** Opens the workspace's index, bringing it up to date (or rebuilding it) first. */
	public static CaseSearch open(Workspace workspace) {
		CaseSearch search = new CaseSearch(workspace);
		search.openIndex();
		return search;
	}

	/** What opening the index had to do, for the user: "rebuilt the search index: ...". */
	public List<org.touchstone.core.CoreMessage> notices() {
		return List.copyOf(notices);
	}

	/** Throws the index away and builds it again from the model. Returns the number of documents. */
	public int rebuild() {
		try {
			closeReader();
			if (directory != null) {
				directory.close();
			}
			deleteFolder();
			openIndex();
			return reader.numDocs();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot rebuild the search index in " + folder + ": " + e.getMessage(), e);
		}
	}

	public int documents() {
		return reader.numDocs();
	}

	private void openIndex() {
		try {
			Files.createDirectories(folder);
			directory = FSDirectory.open(folder);
			try {
				update();
			} catch (LockObtainFailedException e) {
				notices.add(org.touchstone.core.CoreMessage.of("search.indexBusy"));
			} catch (IOException | RuntimeException e) {
				notices.add(org.touchstone.core.CoreMessage.of("search.rebuiltUnreadable", e.getClass().getSimpleName()));
				directory.close();
				deleteFolder();
				Files.createDirectories(folder);
				directory = FSDirectory.open(folder);
				update();
			}
			if (reader == null) {
				reader = DirectoryReader.open(directory);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
		}
	}

	/** Re-indexes the tenants whose files changed since they were indexed, and drops tenants that are gone. */
	private void update() throws IOException {
		Map<String, String> stamps = stamps();
		Map<String, String> indexed = new HashMap<>();
		boolean exists = DirectoryReader.indexExists(directory);
		if (exists) {
			try (DirectoryReader existing = DirectoryReader.open(directory)) {
				indexed.putAll(existing.getIndexCommit().getUserData());
			}
		} else if (hasFiles()) {
			notices.add(org.touchstone.core.CoreMessage.of("search.rebuiltMissing"));
		}
		if (exists && indexed.equals(stamps)) {
			lastWritten = 0;
			reader = DirectoryReader.open(directory);
			indexedStamps = stamps;
			return;
		}
		IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
		try (IndexWriter writer = new IndexWriter(directory, config)) {
			for (String key : indexed.keySet()) {
				if (key.startsWith(STAMP) && !stamps.containsKey(key)) {
					writer.deleteDocuments(new Term(IndexDocuments.TENANT, key.substring(STAMP.length())));
				}
			}
			int written = 0;
			for (Tenant t : workspace.allTenants()) {
				if (!stamps.get(STAMP + t.getId()).equals(indexed.get(STAMP + t.getId()))) {
					written += reindex(writer, t, exists ? indexedDigests(t.getId()) : Map.of());
				}
			}
			lastWritten = written;
			writer.setLiveCommitData(stamps.entrySet());
			writer.commit();
		}
		reader = DirectoryReader.open(directory);
		indexedStamps = stamps;
	}

	/**
	 * Writes the tenant's documents whose content changed since they were indexed and removes
	 * those of elements that are gone. Returns the number of documents written.
	 */
	private int reindex(IndexWriter writer, Tenant tenant, Map<String, String> indexedDigests) throws IOException {
		Map<String, String> gone = new HashMap<>(indexedDigests);
		int written = 0;
		for (Document doc : IndexDocuments.of(tenant)) {
			String id = doc.get(IndexDocuments.ID);
			String before = gone.remove(id);
			if (!doc.get(IndexDocuments.DIGEST).equals(before)) {
				if (before != null) {
					writer.deleteDocuments(inTenant(tenant.getId(), id));
				}
				writer.addDocument(facets.build(doc));
				written++;
			}
		}
		for (String id : gone.keySet()) {
			writer.deleteDocuments(inTenant(tenant.getId(), id));
		}
		return written;
	}

	private static Query inTenant(String tenantId, String id) {
		return new BooleanQuery.Builder().add(new TermQuery(new Term(IndexDocuments.TENANT, tenantId)), Occur.FILTER)
				.add(new TermQuery(new Term(IndexDocuments.ID, id)), Occur.FILTER).build();
	}

	/** The digest of each document of a tenant as the index holds it (empty for an index from before digests). */
	private Map<String, String> indexedDigests(String tenantId) throws IOException {
		Map<String, String> digests = new HashMap<>();
		try (DirectoryReader existing = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(existing);
			org.apache.lucene.index.StoredFields stored = existing.storedFields();
			for (ScoreDoc hit : searcher.search(new TermQuery(new Term(IndexDocuments.TENANT, tenantId)), Math.max(1, existing.maxDoc())).scoreDocs) {
				Document doc = stored.document(hit.doc, java.util.Set.of(IndexDocuments.ID, IndexDocuments.DIGEST));
				// A document without a digest (indexed by an older build) never matches, so it is written again.
				digests.put(doc.get(IndexDocuments.ID), java.util.Objects.toString(doc.get(IndexDocuments.DIGEST), ""));
			}
		}
		return digests;
	}

	/**
	 * How many documents the last update of the index wrote: after a save or a sync that changed
	 * one standard, one.
	 */
	public int lastWritten() {
		return lastWritten;
	}

	/** Each tenant's files as last saved (see {@link Workspace#stamp}). */
	private Map<String, String> stamps() throws IOException {
		Map<String, String> stamps = new TreeMap<>();
		for (Tenant t : workspace.allTenants()) {
			stamps.put(STAMP + t.getId(), workspace.stamp(t.getId()));
		}
		return stamps;
	}

	/**
	 * Brings the index up to date with what was saved since it was opened, by this process or
	 * another, so a save shows in the next search (near real time: one file check per tenant when
	 * nothing changed).
	 */
	public void refresh() {
		try {
			workspace.refresh();
			if (!stamps().equals(indexedStamps)) {
				closeReader();
				view = null;
				try {
					update();
				} catch (LockObtainFailedException e) {
					notices.add(org.touchstone.core.CoreMessage.of("search.indexBusy"));
					reader = DirectoryReader.open(directory);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot update the search index in " + folder + ": " + e.getMessage(), e);
		}
	}

	private boolean hasFiles() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.anyMatch(p -> !p.getFileName().toString().equals("write.lock"));
		}
	}

	private void deleteFolder() throws IOException {
		org.touchstone.core.Folders.delete(folder);
	}

	/**
	 * Searches in a tenant: its own documents and the shared library, nothing else. A query that
	 * finds nothing is recorded as a knowledge gap: call this for a query the user submitted.
	 */
	public SearchResults search(Context context, SearchRequest request) {
		return search(context, request, true);
	}

	/**
	 * Searches as {@link #search} does, for a query still being typed: one that finds nothing is
	 * not a knowledge gap (half a word finds nothing too).
	 */
	public SearchResults preview(Context context, SearchRequest request) {
		return search(context, request, false);
	}

	private SearchResults search(Context context, SearchRequest request, boolean submitted) {
		refresh();
		Tenant tenant = workspace.read(context);
		try {
			SearchResults results = view().search(tenant.getId(), tenant.getLocale() == Language.EN, queryAnalyzer(tenant), request, true);
			if (submitted && results.total() == 0 && results.hits().isEmpty() && results.notices().stream().noneMatch(n -> n.key().equals("search.emptyQuery"))) {
				recordGap(tenant.getId(), request.query());
			}
			return results;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot search the index in " + folder + ": " + e.getMessage(), e);
		}
	}

	private IndexView view() {
		if (view == null || view.reader() != reader) {
			view = new IndexView(reader, indexAnalyzer, facets);
		}
		return view;
	}

	/** Cases like a standard or playbook (more-like-this), from the tenant and the library. */
	public List<SearchHit> related(Context context, String key, int limit) {
		Tenant tenant = workspace.read(context);
		try {
			IndexSearcher searcher = new IndexSearcher(reader);
			Query own = new BooleanQuery.Builder().add(new TermQuery(new Term(IndexDocuments.TENANT, tenant.getId())), Occur.FILTER)
					.add(new TermInSetQuery(IndexDocuments.TYPE, List.of(new BytesRef("standard"), new BytesRef("playbook"))), Occur.FILTER).build();
			Document source = null;
			for (ScoreDoc sd : searcher.search(own, Integer.MAX_VALUE).scoreDocs) {
				Document d = searcher.storedFields().document(sd.doc);
				if (key.equalsIgnoreCase(d.get(IndexDocuments.KEY))) {
					source = d;
				}
			}
			if (source == null) {
				throw new org.touchstone.core.NotFoundException(org.touchstone.core.CoreMessage.of("search.elementNotFound", key, tenant.getId()));
			}
			MoreLikeThis mlt = new MoreLikeThis(reader);
			mlt.setFieldNames(new String[] { IndexDocuments.BODY + Analysis.BIGRAMS, IndexDocuments.BODY + Analysis.WORDS });
			mlt.setAnalyzer(indexAnalyzer);
			mlt.setMinTermFreq(1);
			mlt.setMinDocFreq(1);
			mlt.setMaxQueryTerms(40);
			String text = source.get(IndexDocuments.BODY + Analysis.BIGRAMS) + "\n" + String.valueOf(source.get(IndexDocuments.TITLE_ZH))
					+ String.valueOf(source.get(IndexDocuments.TITLE_EN));
			BooleanQuery.Builder like = new BooleanQuery.Builder();
			like.add(mlt.like(IndexDocuments.BODY + Analysis.BIGRAMS, new StringReader(text)), Occur.SHOULD);
			like.add(mlt.like(IndexDocuments.BODY + Analysis.WORDS, new StringReader(text)), Occur.SHOULD);
			Query query = IndexView.restrict(tenant.getId(), like.build(), List.of(new TermQuery(new Term(IndexDocuments.TYPE, "case"))), List.of());
			TopDocs top = searcher.search(query, limit);
			List<SearchHit> hits = new ArrayList<>();
			for (ScoreDoc sd : top.scoreDocs) {
				hits.add(IndexView.hit(searcher, sd, null, tenant.getLocale() == Language.EN));
			}
			return hits;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Analyzer queryAnalyzer(Tenant tenant) {
		return queryAnalyzers.computeIfAbsent(tenant.getId(), id -> {
			Path own = workspace.root().resolve(id).resolve("synonyms.txt");
			return Analysis.perField(Analysis.words(Analysis.synonyms(Analysis.words(null), own)),
					Analysis.bigrams(Analysis.synonyms(Analysis.bigrams(null), own)));
		});
	}

	/** One query that found nothing, how often it was asked, and when last. */
	public record Gap(String query, int count, Instant lastSeen) {
	}

	private Path gapsFile(String tenant) {
		return workspace.root().resolve(".search-gaps").resolve(tenant + ".tsv");
	}

	private void recordGap(String tenant, String query) {
		try {
			Path file = gapsFile(tenant);
			Files.createDirectories(file.getParent());
			String line = Instant.now() + "\t" + query.replaceAll("[\\t\\r\\n]+", " ").strip() + "\n";
			Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException e) {
			notices.add(org.touchstone.core.CoreMessage.of("search.gapNotRecorded", e.getMessage()));
		}
	}

	/** The tenant's queries that found nothing, most asked first: what the case library lacks. */
	public List<Gap> gaps(Context context) {
		Tenant tenant = workspace.read(context);
		Path file = gapsFile(tenant.getId());
		Map<String, Gap> gaps = new LinkedHashMap<>();
		if (Files.isRegularFile(file)) {
			try {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					int tab = line.indexOf('\t');
					if (tab > 0 && tab + 1 < line.length()) {
						Instant when;
						try {
							when = Instant.parse(line.substring(0, tab));
						} catch (java.time.format.DateTimeParseException e) {
							when = Instant.EPOCH;
						}
						Instant seen = when;
						gaps.merge(line.substring(tab + 1), new Gap(line.substring(tab + 1), 1, seen),
								(a, b) -> new Gap(a.query(), a.count() + 1, a.lastSeen().isAfter(b.lastSeen()) ? a.lastSeen() : b.lastSeen()));
					}
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return gaps.values().stream().sorted(Comparator.comparingInt(Gap::count).reversed().thenComparing(Gap::query)).toList();
	}

	/**
	 * What the user may be typing, from the index: titles and companies of the tenant's documents
	 * and the library's whose title, company or pinyin begins with the words typed (海底, hai, hdl...).
	 */
	public List<String> suggest(Context context, String typed, int limit) {
		Tenant tenant = workspace.read(context);
		String folded = Analysis.simplified(typed == null ? "" : typed).toLowerCase(java.util.Locale.ROOT).strip();
		if (folded.isEmpty() || reader == null) {
			return List.of();
		}
		boolean english = tenant.getLocale() == Language.EN;
		try {
			IndexSearcher searcher = new IndexSearcher(reader);
			BooleanQuery.Builder begins = new BooleanQuery.Builder();
			String latin = folded.replace(" ", "");
			begins.add(new org.apache.lucene.search.PrefixQuery(new Term(IndexDocuments.COMPANY + IndexDocuments.EXACT, folded)), Occur.SHOULD);
			begins.add(new org.apache.lucene.search.PrefixQuery(new Term(IndexDocuments.TITLE + Analysis.WORDS, folded)), Occur.SHOULD);
			if (folded.length() <= 2) {
				begins.add(new org.apache.lucene.search.PrefixQuery(new Term(IndexDocuments.TITLE + Analysis.BIGRAMS, folded)), Occur.SHOULD);
			} else {
				for (String bigram : Analysis.terms(indexAnalyzer, IndexDocuments.TITLE + Analysis.BIGRAMS, folded)) {
					begins.add(new TermQuery(new Term(IndexDocuments.TITLE + Analysis.BIGRAMS, bigram)), Occur.SHOULD);
				}
			}
			if (latin.matches("[a-z]{2,}")) {
				begins.add(new org.apache.lucene.search.PrefixQuery(new Term(Analysis.PINYIN, latin)), Occur.SHOULD);
			}
			Query query = IndexView.restrict(tenant.getId(), begins.build(), List.of(), List.of());
			java.util.LinkedHashSet<String> suggestions = new java.util.LinkedHashSet<>();
			for (ScoreDoc sd : searcher.search(query, limit * 3).scoreDocs) {
				SearchHit hit = IndexView.hit(searcher, sd, null, english);
				String company = hit.company();
				if (company != null && Analysis.simplified(company).toLowerCase(java.util.Locale.ROOT).contains(folded)) {
					suggestions.add(company);
				}
				if (hit.title() != null && !hit.title().isBlank()) {
					suggestions.add(hit.title());
				}
				if (suggestions.size() >= limit) {
					break;
				}
			}
			return suggestions.stream().limit(limit).toList();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the index in " + folder + ": " + e.getMessage(), e);
		}
	}

	private void closeReader() throws IOException {
		if (reader != null) {
			reader.close();
			reader = null;
		}
	}

	@Override
	public void close() {
		try {
			closeReader();
			if (directory != null) {
				directory.close();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
