package org.touchstone.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.touchstone.model.Language;

/**
 * The language the command line speaks: {@code --lang zh|en}, else the first of
 * {@code $LC_ALL}, {@code $LC_MESSAGES} and {@code $LANG} that is set (the order POSIX gives them),
 * Chinese for a locale such as {@code zh_CN.UTF-8} and English for any other, else English.
 */
public final class CliLanguage {
	private CliLanguage() {
	}

	/**
	 * The language for a run of the command line with these arguments in this environment; a
	 * {@code --lang} that names no language of Touchstone is refused in the environment's language.
	 */
	public static Language of(String[] args, Map<String, String> env) {
		String asked = asked(args);
		if (asked == null) {
			return ofEnvironment(env);
		}
		if (!asked.equals("zh") && !asked.equals("en")) {
			throw new UsageException(new CliMessages(ofEnvironment(env)).text("lang.unknown", asked));
		}
		return Language.get(asked);
	}

	private static Language ofEnvironment(Map<String, String> env) {
		for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
			String value = env.get(variable);
			if (value != null && !value.isBlank()) {
				return value.strip().toLowerCase(Locale.ROOT).startsWith("zh") ? Language.ZH : Language.EN;
			}
		}
		return Language.EN;
	}

	/** The locale of the message files for a language: the root files for English. */
	public static Locale locale(Language language) {
		return language == Language.ZH ? Locale.CHINESE : Locale.ROOT;
	}

	/** The value given to {@code --lang} (as {@code --lang zh} or {@code --lang=zh}), or null. */
	private static String asked(String[] args) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--")) {
				return null;
			}
			if (args[i].equals("--lang") && i + 1 < args.length) {
				return args[i + 1];
			}
			if (args[i].startsWith("--lang=")) {
				return args[i].substring("--lang=".length());
			}
		}
		return null;
	}
}
