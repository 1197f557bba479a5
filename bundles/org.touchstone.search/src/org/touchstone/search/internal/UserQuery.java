package org.touchstone.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * What a trainer types, turned into a Lucene query: free words, "quoted phrases", {@code -word},
 * and field filters ({@code company:海尔}, {@code type:case}, {@code industry:hotels},
 * {@code tag:投诉}, {@code principle:act-fast}). Nothing a user types makes the search fail: a
 * quote left open, an unknown field or control characters are searched as plain words, with a
 * notice that says so.
 */
public final class UserQuery {
	public static final Set<String> FIELDS = Set.of("company", "type", "industry", "tag", "principle", "failure-group", "failure-type");
	private static final Set<String> TYPES = Set.of("case", "standard", "playbook");
	static final int MAX_LENGTH = 500;
	/** The share of a query's terms a field must hold. */
	private static final float MOST = 0.75f;
	private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
	private static final java.util.regex.Pattern LATIN_WORD = java.util.regex.Pattern.compile("[a-z0-9]+");
	private static final java.util.regex.Pattern LATIN_PREFIX = java.util.regex.Pattern.compile("[a-z0-9]+\\*");
	private static final java.util.regex.Pattern LONG_LATIN_WORD = java.util.regex.Pattern.compile("(?<![a-z0-9])[a-z0-9]{5,}(?![a-z0-9])");

	/** The query's parts. */
	public record Parsed(Query positive, List<Query> filters, List<Query> negatives, List<org.touchstone.core.CoreMessage> notices, String words) {
		public boolean isEmpty() {
			return positive == null && filters.isEmpty();
		}

		/** Whether a fuzzy version of the query would differ: it has a Latin word of five letters or more. */
		public boolean couldBeFuzzy() {
			return LONG_LATIN_WORD.matcher(words.toLowerCase(Locale.ROOT)).find();
		}
	}

	private UserQuery() {
	}

	public static Parsed parse(String raw, Map<String, String> extraFilters, Analyzer queryAnalyzer, Analyzer indexAnalyzer) {
		return parse(raw, extraFilters, queryAnalyzer, indexAnalyzer, false);
	}

	/**
	 * @param fuzzy whether Latin words of five letters or more also match with one typo; costly, so
	 *              the search asks for it only when the exact words found too little
	 */
	public static Parsed parse(String raw, Map<String, String> extraFilters, Analyzer queryAnalyzer, Analyzer indexAnalyzer, boolean fuzzy) {
		List<org.touchstone.core.CoreMessage> notices = new ArrayList<>();
		String text = raw == null ? "" : raw;
		StringBuilder kept = new StringBuilder(text.length());
		boolean dropped = false;
		for (int at = 0; at < text.length(); at++) {
			char c = text.charAt(at);
			if (c == '\t' || c == '\n' || c == '\r') {
				kept.append(' ');
			} else if (Character.isISOControl(c)) {
				dropped = true;
			} else {
				kept.append(c);
			}
		}
		if (dropped) {
			notices.add(org.touchstone.core.CoreMessage.of("search.controlCharacters"));
		}
		String cleaned = SPACES.matcher(kept).replaceAll(" ").strip();
		if (cleaned.length() > MAX_LENGTH) {
			notices.add(org.touchstone.core.CoreMessage.of("search.tooLong", cleaned.length(), MAX_LENGTH));
			cleaned = cleaned.substring(0, MAX_LENGTH);
		}
		cleaned = Analysis.simplified(cleaned);

		List<String> words = new ArrayList<>();
		List<String> phrases = new ArrayList<>();
		List<String> negative = new ArrayList<>();
		List<Query> filters = new ArrayList<>();
		int i = 0;
		while (i < cleaned.length()) {
			char c = cleaned.charAt(i);
			if (c == ' ') {
				i++;
				continue;
			}
			boolean not = c == '-' && i + 1 < cleaned.length() && cleaned.charAt(i + 1) != ' ';
			int start = not ? i + 1 : i;
			String token;
			boolean phrase = false;
			if (start < cleaned.length() && cleaned.charAt(start) == '"') {
				int close = cleaned.indexOf('"', start + 1);
				if (close < 0) {
					notices.add(org.touchstone.core.CoreMessage.of("search.quoteOpen"));
					token = cleaned.substring(start + 1);
					i = cleaned.length();
				} else {
					token = cleaned.substring(start + 1, close);
					phrase = true;
					i = close + 1;
				}
			} else {
				int end = cleaned.indexOf(' ', start);
				end = end < 0 ? cleaned.length() : end;
				token = cleaned.substring(start, end);
				i = end;
			}
			if (token.isBlank()) {
				continue;
			}
			int colon = phrase ? -1 : token.indexOf(':');
			if (colon > 0 && !not) {
				String field = token.substring(0, colon).toLowerCase(Locale.ROOT);
				String value = token.substring(colon + 1).replace("\"", "");
				if (FIELDS.contains(field) && !value.isEmpty()) {
					Query filter = filter(field, value, notices);
					if (filter != null) {
						filters.add(filter);
					}
					continue;
				}
				notices.add(org.touchstone.core.CoreMessage.of("search.notAField", field, value));
				token = value.replace("*", "");
			}
			if (not) {
				negative.add(token);
			} else if (phrase) {
				phrases.add(token);
			} else {
				words.add(token);
			}
		}
		if (extraFilters != null) {
			for (Map.Entry<String, String> f : extraFilters.entrySet()) {
				if (!FIELDS.contains(f.getKey())) {
					notices.add(org.touchstone.core.CoreMessage.of("search.filterNotAField", f.getKey()));
					continue;
				}
				Query filter = filter(f.getKey(), Analysis.simplified(f.getValue()), notices);
				if (filter != null) {
					filters.add(filter);
				}
			}
		}

		QueryBuilder builder = new QueryBuilder(queryAnalyzer);
		BooleanQuery.Builder positive = new BooleanQuery.Builder();
		boolean any = false;
		String joined = String.join(" ", words).replace("*", " ").strip();
		if (!joined.isEmpty()) {
			BooleanQuery.Builder free = new BooleanQuery.Builder();
			// Most of a query's terms must match in one field: with bigrams, any single shared pair of
			// characters would otherwise make a hit.
			boolean anyFree = add(free, builder.createMinShouldMatchQuery(IndexDocuments.TITLE + Analysis.WORDS, joined, MOST), 2f);
			anyFree |= add(free, builder.createMinShouldMatchQuery(IndexDocuments.TITLE + Analysis.BIGRAMS, joined, MOST), 1.5f);
			anyFree |= add(free, builder.createMinShouldMatchQuery(IndexDocuments.BODY + Analysis.WORDS, joined, MOST), 1f);
			anyFree |= add(free, builder.createMinShouldMatchQuery(IndexDocuments.BODY + Analysis.BIGRAMS, joined, MOST), 0.8f);
			anyFree |= add(free, builder.createMinShouldMatchQuery(IndexDocuments.COMPANY + Analysis.BIGRAMS, joined, MOST), 1.5f);
			for (String word : words) {
				String latin = word.toLowerCase(Locale.ROOT);
				if (LATIN_PREFIX.matcher(latin).matches()) {
					String prefix = latin.substring(0, latin.length() - 1);
					if (prefix.length() >= 2) {
						anyFree |= add(free, new PrefixQuery(new Term(Analysis.PINYIN, prefix)), 1.5f);
						anyFree |= add(free, new PrefixQuery(new Term(IndexDocuments.BODY + Analysis.WORDS, prefix)), 0.8f);
					}
				} else if (LATIN_WORD.matcher(latin).matches()) {
					anyFree |= add(free, new TermQuery(new Term(Analysis.PINYIN, latin)), 2f);
					if (fuzzy && latin.length() >= 5) {
						for (String stem : Analysis.terms(indexAnalyzer, IndexDocuments.BODY + Analysis.WORDS, latin)) {
							anyFree |= add(free, new FuzzyQuery(new Term(IndexDocuments.BODY + Analysis.WORDS, stem), 1), 0.3f);
							anyFree |= add(free, new FuzzyQuery(new Term(IndexDocuments.TITLE + Analysis.WORDS, stem), 1), 0.5f);
						}
					}
				}
			}
			if (anyFree) {
				positive.add(free.build(), Occur.MUST);
				any = true;
			}
		}
		for (String p : phrases) {
			BooleanQuery.Builder either = new BooleanQuery.Builder();
			boolean anyPhrase = add(either, builder.createPhraseQuery(IndexDocuments.BODY + Analysis.BIGRAMS, p), 1f);
			anyPhrase |= add(either, builder.createPhraseQuery(IndexDocuments.BODY + Analysis.WORDS, p), 1f);
			anyPhrase |= add(either, builder.createPhraseQuery(IndexDocuments.TITLE + Analysis.BIGRAMS, p), 2f);
			if (anyPhrase) {
				positive.add(either.build(), Occur.MUST);
				any = true;
			}
		}
		List<Query> negatives = new ArrayList<>();
		for (String n : negative) {
			for (String field : new String[] { IndexDocuments.BODY + Analysis.BIGRAMS, IndexDocuments.BODY + Analysis.WORDS,
					IndexDocuments.TITLE + Analysis.BIGRAMS, IndexDocuments.TITLE + Analysis.WORDS }) {
				Query q = new QueryBuilder(indexAnalyzer).createPhraseQuery(field, n);
				if (q != null) {
					negatives.add(q);
				}
			}
		}
		return new Parsed(any ? positive.build() : null, filters, negatives, notices, joined);
	}

	private static boolean add(BooleanQuery.Builder builder, Query query, float boost) {
		if (query == null) {
			return false;
		}
		builder.add(boost == 1f ? query : new BoostQuery(query, boost), Occur.SHOULD);
		return true;
	}

	private static Query filter(String field, String value, List<org.touchstone.core.CoreMessage> notices) {
		String v = value.toLowerCase(Locale.ROOT);
		return switch (field) {
		case "type" -> {
			if (!TYPES.contains(v)) {
				notices.add(org.touchstone.core.CoreMessage.of("search.notAType", value));
				yield null;
			}
			yield new TermQuery(new Term(IndexDocuments.TYPE, v));
		}
		case "principle" -> new TermQuery(new Term(IndexDocuments.PRINCIPLE, org.touchstone.core.Principles.normalise(value)));
		case "failure-group", "failure_group" -> new TermQuery(new Term(IndexDocuments.FAILURE_GROUP, v));
		case "failure-type", "failure_type" -> new TermQuery(new Term(IndexDocuments.FAILURE_TYPE, v));
		default -> new TermQuery(new Term(field + IndexDocuments.EXACT, v));
		};
	}
}
