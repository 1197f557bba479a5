package org.touchstone.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.touchstone.core.CoreMessage;
import org.touchstone.core.TouchstoneException;
import org.touchstone.model.Language;

/** The language the workbench speaks ({@code -nl}, else the system's), for the messages core gives in both languages. */
public final class UiLanguage {
	private UiLanguage() {
	}

	public static Language current() {
		String nl = Platform.getNL();
		return nl != null && nl.startsWith("zh") ? Language.ZH : Language.EN;
	}

	/** Whether the workbench speaks Chinese: for core's names of model values, which take that flag. */
	public static boolean chinese() {
		return current() == Language.ZH;
	}

	/** A message of core's in the workbench's language, or null for none. */
	public static String text(CoreMessage message) {
		return message == null ? null : message.in(current());
	}

	/** What went wrong, for the user: a refusal of core's in the workbench's language, else the exception's own message. */
	public static String text(Throwable e) {
		if (e instanceof TouchstoneException t) {
			return t.message(current());
		}
		return e.getMessage() == null ? e.toString() : e.getMessage();
	}
}
