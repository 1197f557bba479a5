package org.touchstone.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * How text is cut for search. Every text field is indexed twice: as words (smartcn for Chinese,
 * lower-cased and Porter-stemmed English) and as CJK bigrams, so that names the dictionary lacks
 * (海底捞) and words it splits (客服) still match as wholes. Text is folded from traditional to
 * simplified characters (ICU) before either. Titles, companies and tags also get full pinyin and
 * initials ({@code haidilao}, {@code hdl}). At query time the synonym groups of the language files
 * and of the tenant's own {@code synonyms.txt} expand the query.
 */
public final class Analysis {
	public static final String WORDS = "_words";
	public static final String BIGRAMS = "_bigrams";
	public static final String PINYIN = "pinyin";

	/** Cuts long runs of Chinese into words, so each word gets its own pinyin (王永庆米店: wangyongqing, midian). */
	private static final Analyzer WORD_CUTTER = words(null);

	private Analysis() {
	}

	/** Traditional characters folded to simplified ones (海底撈 becomes 海底捞); other text as it is. */
	public static String simplified(String text) {
		return Folding.simplified(text);
	}

	/** The analyzer of the words fields, with synonyms when a map is given. */
	public static Analyzer words(SynonymMap synonyms) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new HMMChineseTokenizer();
				TokenStream stream = new LowerCaseFilter(tokenizer);
				stream = new PorterStemFilter(stream);
				stream = new StopFilter(stream, SmartChineseAnalyzer.getDefaultStopSet());
				if (synonyms != null) {
					stream = new SynonymGraphFilter(stream, synonyms, true);
				}
				return new TokenStreamComponents(tokenizer, stream);
			}
		};
	}

	/** The analyzer of the bigram fields, with synonyms when a map is given. */
	public static Analyzer bigrams(SynonymMap synonyms) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new StandardTokenizer();
				TokenStream stream = new CJKWidthFilter(tokenizer);
				stream = new LowerCaseFilter(stream);
				stream = new CJKBigramFilter(stream);
				if (synonyms != null) {
					stream = new SynonymGraphFilter(stream, synonyms, true);
				}
				return new TokenStreamComponents(tokenizer, stream);
			}
		};
	}

	static Analyzer pinyin() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new WhitespaceTokenizer();
				return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
			}
		};
	}

	/** The analyzer of every field, by the field's suffix: index time (no synonyms) or query time (with them). */
	public static Analyzer perField(Analyzer words, Analyzer bigrams) {
		Analyzer pinyin = pinyin();
		return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
			@Override
			protected Analyzer getWrappedAnalyzer(String fieldName) {
				if (fieldName.endsWith(BIGRAMS)) {
					return bigrams;
				}
				if (fieldName.equals(PINYIN)) {
					return pinyin;
				}
				return words;
			}
		};
	}

	/** The terms an analyzer cuts a text into. */
	public static List<String> terms(Analyzer analyzer, String field, String text) {
		List<String> out = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, new StringReader(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				out.add(term.toString());
			}
			stream.end();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out;
	}

	/**
	 * Pinyin tokens of a name or title: for each run of Chinese characters its full pinyin and its
	 * initials (海底捞: {@code haidilao}, {@code hdl}), and each Latin word in lower case.
	 */
	public static Set<String> pinyin(String text) {
		return pinyin(text, true);
	}

	private static Set<String> pinyin(String text, boolean cutWords) {
		Set<String> tokens = new LinkedHashSet<>();
		HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
		format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		format.setVCharType(HanyuPinyinVCharType.WITH_V);
		StringBuilder full = new StringBuilder();
		StringBuilder initials = new StringBuilder();
		StringBuilder latin = new StringBuilder();
		StringBuilder han = new StringBuilder();
		String folded = simplified(text);
		for (int i = 0; i <= folded.length(); i++) {
			char c = i < folded.length() ? folded.charAt(i) : ' ';
			String[] readings = null;
			if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
				try {
					readings = PinyinHelper.toHanyuPinyinStringArray(c, format);
				} catch (BadHanyuPinyinOutputFormatCombination e) {
					throw new IllegalStateException(e);
				}
			}
			if (readings != null && readings.length > 0) {
				full.append(readings[0]);
				initials.append(readings[0].charAt(0));
				han.append(c);
			} else if (full.length() > 0) {
				tokens.add(full.toString());
				tokens.add(initials.toString());
				if (cutWords && han.length() > 2) {
					for (String word : terms(WORD_CUTTER, "pinyin", han.toString())) {
						if (word.length() > 1 && word.codePoints().allMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN)) {
							tokens.addAll(pinyin(word, false));
						}
					}
				}
				full.setLength(0);
				initials.setLength(0);
				han.setLength(0);
			}
			if (Character.isLetterOrDigit(c) && readings == null) {
				latin.append(Character.toLowerCase(c));
			} else if (latin.length() > 0) {
				tokens.add(latin.toString());
				latin.setLength(0);
			}
		}
		return tokens;
	}

	/** The synonym map of a language file and a tenant's own file, built with the given analyzer. */
	public static SynonymMap synonyms(Analyzer analyzer, Path tenantFile) {
		SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
		try {
			for (String language : new String[] { "zh", "en" }) {
				try (InputStream in = Analysis.class.getResourceAsStream("/synonyms/" + language + ".txt")) {
					parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
			}
			if (tenantFile != null && Files.isRegularFile(tenantFile)) {
				try (Reader in = Files.newBufferedReader(tenantFile, StandardCharsets.UTF_8)) {
					parser.parse(in);
				} catch (ParseException e) {
					throw new org.touchstone.core.MalformedInputException(tenantFile, e.getErrorOffset(), "synonyms: " + e.getMessage());
				}
			}
			return parser.build();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (ParseException e) {
			throw new IllegalStateException("the synonym files of the search bundle are malformed: " + e.getMessage(), e);
		}
	}

}
