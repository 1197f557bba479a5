package org.touchstone.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.touchstone.core.MessageFiles;

/**
 * Words that make a service standard impossible to observe or measure ("greet guests promptly",
 * "热情接待"), each with the kind of fix it needs: a time limit, an observable behaviour, or an
 * exact amount or condition.
 */
public final class VagueWords {
	/** What a vague word stands in for. */
	public enum Kind {
		/** "quickly", "及时": wants a time limit. */
		TIME,
		/** "friendly", "热情": wants a behaviour an observer can see or hear. */
		MANNER,
		/** "appropriate", "适当": wants an exact amount or condition. */
		AMOUNT
	}

	/** A vague word found in a text. */
	public record Match(String word, Kind kind, int start, int end) {
	}

	private static final Map<String, Kind> CHINESE = new LinkedHashMap<>();
	private static final Map<String, Kind> ENGLISH = new LinkedHashMap<>();

	static {
		read(Locale.CHINESE, CHINESE);
		read(Locale.ROOT, ENGLISH);
	}

	/** The words of one language from {@code vague_words*.properties}, kind by kind in the order of {@link Kind}. */
	private static void read(Locale locale, Map<String, Kind> words) {
		ResourceBundle bundle = MessageFiles.read("org.touchstone.core.internal.vague_words", locale, VagueWords.class);
		for (Kind kind : Kind.values()) {
			for (String word : bundle.getString(kind.name().toLowerCase(Locale.ROOT)).split("\\|")) {
				words.put(word.strip(), kind);
			}
		}
	}

	private static final Pattern ENGLISH_WORDS = englishPattern();

	private VagueWords() {
	}

	private static Pattern englishPattern() {
		List<String> words = new ArrayList<>(ENGLISH.keySet());
		words.sort((a, b) -> b.length() - a.length());
		StringBuilder alternatives = new StringBuilder();
		for (String w : words) {
			if (alternatives.length() > 0) {
				alternatives.append('|');
			}
			alternatives.append(Pattern.quote(w));
		}
		return Pattern.compile("(?<![\\p{L}\\p{N}])(" + alternatives + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
	}

	/** The vague words of a text, in order, each once; Chinese by substring, English by whole word. */
	public static List<Match> find(String text) {
		List<Match> matches = new ArrayList<>();
		if (text == null) {
			return matches;
		}
		for (Map.Entry<String, Kind> entry : CHINESE.entrySet()) {
			int at = text.indexOf(entry.getKey());
			if (at >= 0 && matches.stream().noneMatch(m -> overlaps(m, text.indexOf(entry.getKey()), entry.getKey().length()))) {
				matches.add(new Match(entry.getKey(), entry.getValue(), at, at + entry.getKey().length()));
			}
		}
		Matcher m = ENGLISH_WORDS.matcher(text);
		while (m.find()) {
			String word = m.group(1);
			Kind kind = ENGLISH.get(word.toLowerCase(Locale.ROOT));
			if (matches.stream().noneMatch(x -> x.word().equalsIgnoreCase(word))) {
				matches.add(new Match(word, kind, m.start(1), m.end(1)));
			}
		}
		matches.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return matches;
	}

	private static boolean overlaps(Match m, int start, int length) {
		return start < m.end() && m.start() < start + length;
	}
}
