package org.touchstone.publish.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.touchstone.search.TextAnalysis;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * The published site's search index, built at publish time with the workbench's analysis
 * (traditional characters folded to simplified; the standard tokenizer, CJK width folding, lower
 * case and CJK bigrams), so the browser needs no dictionary: {@code search.js} cuts a query the same way. The index is written
 * in shards of {@link #SHARD_SIZE} pages, as scripts, because browsers refuse to fetch files from a
 * {@code file://} page but do run its scripts; an incremental publish rewrites only the shards whose
 * pages changed.
 */
public final class SiteSearch {
	public static final int SHARD_SIZE = 200;
	private static final int SNIPPET = 120;

	/** One page as the index sees it. */
	public record Entry(String url, String title, String snippet, Map<String, Integer> terms) {
	}

	private SiteSearch() {
	}

	/** The terms of a page's title (counted three times) and text, with their frequencies. */
	public static Entry entry(String url, String title, String bodyHtml) {
		String text = textOf(bodyHtml);
		Map<String, Integer> terms = new HashMap<>(256);
		add(terms, title, 3);
		add(terms, text, 1);
		String body = text.startsWith(title) ? text.substring(title.length()).strip() : text;
		String snippet = body.length() > SNIPPET ? body.substring(0, SNIPPET) + "…" : body;
		return new Entry(url, title, snippet, terms);
	}

	/** The analysed terms of a text, in order; what the workbench and {@code search.js} agree on. */
	public static List<String> terms(String text) {
		return TextAnalysis.terms(text);
	}

	private static void add(Map<String, Integer> terms, String text, int weight) {
		for (String term : terms(text)) {
			terms.merge(term, weight, Integer::sum);
		}
	}

	/** The text of a page body: tags become spaces, entities characters, runs of white space one space. */
	static String textOf(String html) {
		String plain = Html.text(html, true);
		StringBuilder out = new StringBuilder(plain.length());
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			if (Character.isWhitespace(c)) {
				if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
					out.append(' ');
				}
			} else {
				out.append(c);
			}
		}
		return out.toString().strip();
	}

	/**
	 * One shard as a script that registers its pages and postings with {@code search.js}. A term's
	 * postings are the pages that hold it, by position in the shard, each with {@code :n} when the
	 * term is there more than once (weighted: a title counts three times).
	 */
	public static String shardScript(int shard, int firstPage, List<Entry> entries) {
		StringWriter out = new StringWriter();
		try (JsonWriter json = new JsonWriter(out)) {
			json.setHtmlSafe(true);
			json.beginObject().name("shard").value(shard).name("first").value(firstPage).name("pages").beginArray();
			for (Entry e : entries) {
				json.beginArray().value(e.url()).value(e.title()).value(e.snippet()).endArray();
			}
			json.endArray().name("terms").beginObject();
			Map<String, StringBuilder> postings = new HashMap<>(8192);
			for (int i = 0; i < entries.size(); i++) {
				for (Map.Entry<String, Integer> t : entries.get(i).terms().entrySet()) {
					StringBuilder p = postings.computeIfAbsent(t.getKey(), k -> new StringBuilder());
					if (p.length() > 0) {
						p.append(',');
					}
					p.append(i);
					if (t.getValue() != 1) {
						p.append(':').append(t.getValue());
					}
				}
			}
			String[] terms = postings.keySet().toArray(String[]::new);
			Arrays.sort(terms);
			for (String term : terms) {
				json.name(term).value(postings.get(term).toString());
			}
			json.endObject().endObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return "touchstoneSearch.add(" + out + ");\n";
	}

	/**
	 * The entries of a published shard, read back from its script (so that an incremental publish
	 * can rewrite a shard without rendering its unchanged pages again); null when the file is
	 * missing or not a shard this publisher wrote.
	 */
	public static List<Entry> readShard(Path file) {
		String prefix = "touchstoneSearch.add(";
		String script;
		try {
			script = Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			return null;
		}
		if (!script.startsWith(prefix) || !script.endsWith(");\n")) {
			return null;
		}
		try (JsonReader json = new JsonReader(new StringReader(script.substring(prefix.length(), script.length() - 3)))) {
			List<String[]> pages = new ArrayList<>();
			List<Map<String, Integer>> terms = new ArrayList<>();
			json.beginObject();
			while (json.hasNext()) {
				switch (json.nextName()) {
				case "pages" -> {
					json.beginArray();
					while (json.hasNext()) {
						json.beginArray();
						pages.add(new String[] { json.nextString(), json.nextString(), json.nextString() });
						json.endArray();
						terms.add(new LinkedHashMap<>());
					}
					json.endArray();
				}
				case "terms" -> {
					json.beginObject();
					while (json.hasNext()) {
						String term = json.nextName();
						for (String posting : json.nextString().split(",")) {
							int colon = posting.indexOf(':');
							int page = Integer.parseInt(colon < 0 ? posting : posting.substring(0, colon));
							terms.get(page).put(term, colon < 0 ? 1 : Integer.parseInt(posting.substring(colon + 1)));
						}
					}
					json.endObject();
				}
				default -> json.skipValue();
				}
			}
			json.endObject();
			List<Entry> entries = new ArrayList<>(pages.size());
			for (int i = 0; i < pages.size(); i++) {
				entries.add(new Entry(pages.get(i)[0], pages.get(i)[1], pages.get(i)[2], terms.get(i)));
			}
			return entries;
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}
}
