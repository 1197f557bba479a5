package org.touchstone.publish.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.touchstone.core.MessageFiles;

/**
 * The words the publisher writes around a tenant's own texts (headings of tables, labels, the
 * separators of a list), in the tenant's language, from {@code handbook.properties} and
 * {@code handbook_zh.properties}.
 */
public final class HandbookWords {
	private final ResourceBundle words;
	private final Locale locale;

	HandbookWords(boolean zh) {
		this.locale = zh ? Locale.CHINESE : Locale.ROOT;
		this.words = MessageFiles.read("org.touchstone.publish.internal.handbook", locale, HandbookWords.class);
	}

	/** The notice on a chapter shown in the other language, as the handbook's page puts it. */
	public static String fallbackNotice(boolean zh) {
		return new HandbookWords(zh).get("handbook.fallback-notice");
	}

	boolean has(String key) {
		return words.containsKey(key);
	}

	String get(String key) {
		return words.getString(key);
	}

	/** A pattern with its values put in, numbers as they are written. */
	String format(String key, Object... values) {
		Object[] written = new Object[values.length];
		for (int i = 0; i < values.length; i++) {
			written[i] = String.valueOf(values[i]);
		}
		return new MessageFormat(words.getString(key), locale).format(written);
	}
}
