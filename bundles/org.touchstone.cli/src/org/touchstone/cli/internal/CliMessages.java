package org.touchstone.cli.internal;

import java.util.ResourceBundle;

import org.touchstone.core.MessageFiles;
import org.touchstone.model.Language;

/**
 * The command line's words in one language: its help (which picocli reads from the same file) and
 * its messages, from {@code messages.properties} and {@code messages_zh.properties}.
 */
public final class CliMessages {
	private static final String FILE = "org.touchstone.cli.internal.messages";
	private final ResourceBundle bundle;
	private final Language language;

	public CliMessages(Language language) {
		this.language = language;
		this.bundle = MessageFiles.read(FILE, CliLanguage.locale(language), CliMessages.class);
	}

	public Language language() {
		return language;
	}

	/** The message file, for picocli's help. */
	ResourceBundle bundle() {
		return bundle;
	}

	/** The message of a key, with {0}, {1}, ... replaced by the arguments in turn (a core message among them in this language). */
	public String text(String key, Object... args) {
		return org.touchstone.core.CoreMessage.fill(bundle.getString(key), language, args);
	}
}
