package org.touchstone.core;

import java.util.Arrays;
import java.util.Locale;

import org.touchstone.model.Language;

/**
 * A sentence of core's for a user (why an act is refused, what is wrong with a value), kept as a
 * key of {@code errors.properties} / {@code errors_zh.properties} and its arguments, so that the
 * command line and the workbench each show it in their user's language. An argument that is
 * itself a {@code CoreMessage}, or a {@link Written} text, is shown in the same language.
 */
public final class CoreMessage {
	private static final String FILE = "org.touchstone.core.errors";
	private final String key;
	private final Object[] args;

	private CoreMessage(String key, Object[] args) {
		this.key = key;
		this.args = args;
	}

	/**
	 * A text the caller has written in each language (such as a list of findings, which the lint
	 * writes in the language it is asked for), as an argument: shown in the language of the message
	 * around it.
	 */
	public record Written(String en, String zh) {
		public String in(Language language) {
			return language == Language.ZH ? zh : en;
		}
	}

	public static CoreMessage of(String key, Object... args) {
		return new CoreMessage(key, args.clone());
	}

	public String key() {
		return key;
	}

	/** The arguments: each a {@code CoreMessage}, a {@link Written} text or a value shown as text. */
	public java.util.List<Object> arguments() {
		return java.util.List.of(args);
	}

	/** The sentence in a language, with {0}, {1}, ... replaced by the arguments in turn. */
	public String in(Language language) {
		return fill(MessageFiles.read(FILE, language == Language.ZH ? Locale.CHINESE : Locale.ROOT, CoreMessage.class).getString(key), language, args);
	}

	/**
	 * A message text with {0}, {1}, ... replaced by the arguments in turn, a {@code CoreMessage} or
	 * {@link Written} text among them in {@code language}. Unlike {@code MessageFormat}, an apostrophe is just an
	 * apostrophe, as English text needs.
	 */
	public static String fill(String text, Language language, Object... args) {
		for (int i = 0; i < args.length; i++) {
			Object arg = args[i];
			String shown = arg instanceof CoreMessage m ? m.in(language) : arg instanceof Written w ? w.in(language) : String.valueOf(arg);
			text = text.replace("{" + i + "}", shown);
		}
		return text;
	}

	/** The sentence in English. */
	@Override
	public String toString() {
		return in(Language.EN);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof CoreMessage m && m.key.equals(key) && Arrays.equals(m.args, args);
	}

	@Override
	public int hashCode() {
		return key.hashCode() * 31 + Arrays.hashCode(args);
	}
}
