package org.touchstone.core;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Reads Touchstone's message files ({@code name.properties}, {@code name_zh.properties}) for a
 * language asked for, a tenant's or a handbook's, never falling back to the machine's locale.
 */
public final class MessageFiles {
	private MessageFiles() {
	}

	/** The file of {@code baseName} for {@code locale} ({@link Locale#ROOT} for English), found beside {@code owner}. */
	public static ResourceBundle read(String baseName, Locale locale, Class<?> owner) {
		return ResourceBundle.getBundle(baseName, locale, owner.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}
}
