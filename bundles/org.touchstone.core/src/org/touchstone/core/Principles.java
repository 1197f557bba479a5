package org.touchstone.core;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

import org.touchstone.model.RecoveryPrinciple;

/**
 * The one vocabulary of principles that cases and playbooks share. A playbook's principles are the
 * seven service-recovery principles of the material; a case may also name the method's other ideas
 * (moments of truth, the internal customer...). Both are written as the same lower-case, hyphenated
 * names, so a search filtered by {@code act-fast} finds cases and playbooks alike; a name written
 * the old way ("act fast", "treat customers fairly") is read as the name it means.
 */
public final class Principles {
	private record Entry(String zh, String en, String[] alsoWritten) {
	}

	private static final Map<String, Entry> VOCABULARY = vocabulary();

	/** The vocabulary, from {@code principles.properties} (English label and other spellings) and {@code principles_zh.properties}. */
	private static Map<String, Entry> vocabulary() {
		ResourceBundle english = MessageFiles.read("org.touchstone.core.principles", Locale.ROOT, Principles.class);
		ResourceBundle chinese = MessageFiles.read("org.touchstone.core.principles", Locale.CHINESE, Principles.class);
		Map<String, Entry> vocabulary = new TreeMap<>();
		for (String name : english.keySet()) {
			String[] written = english.getString(name).split("\\|");
			vocabulary.put(name, new Entry(chinese.getString(name), written[0], Arrays.copyOfRange(written, 1, written.length)));
		}
		return vocabulary;
	}

	private static final Map<String, String> ALIASES = new LinkedHashMap<>();

	static {
		for (Map.Entry<String, Entry> e : VOCABULARY.entrySet()) {
			ALIASES.put(e.getKey(), e.getKey());
			ALIASES.put(slug(e.getValue().en()), e.getKey());
			ALIASES.put(e.getValue().zh(), e.getKey());
			for (String also : e.getValue().alsoWritten()) {
				ALIASES.put(slug(also), e.getKey());
			}
		}
		for (RecoveryPrinciple p : RecoveryPrinciple.VALUES) {
			if (!VOCABULARY.containsKey(p.getLiteral())) {
				throw new IllegalStateException("recovery principle without a name: " + p.getLiteral());
			}
		}
	}

	private Principles() {
	}

	private static String slug(String text) {
		return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
	}

	/** The vocabulary's name for a principle however it was written, or the text itself, hyphenated, when it is not in the vocabulary. */
	public static String normalise(String written) {
		if (written == null) {
			return null;
		}
		String slug = slug(written);
		return ALIASES.getOrDefault(slug, ALIASES.getOrDefault(written.strip(), slug));
	}

	public static boolean isKnown(String name) {
		return VOCABULARY.containsKey(name);
	}

	/** The name shown to readers, in Chinese or English; an unknown principle is shown as written. */
	public static String label(String name, boolean zh) {
		Entry e = VOCABULARY.get(name);
		return e == null ? name : zh ? e.zh() : e.en();
	}
}
