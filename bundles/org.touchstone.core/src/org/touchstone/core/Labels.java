package org.touchstone.core;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.touchstone.model.SectionKind;
import org.touchstone.model.Status;

/**
 * Names shown to users for model values, in Chinese or English: the names are in
 * {@code labels.properties} and {@code labels_zh.properties} beside this class (the material's own
 * terms), chosen by the language asked for (a tenant's or a handbook's), not by the machine's.
 */
public final class Labels {
	private static final ResourceBundle ENGLISH = bundle(Locale.ROOT);
	private static final ResourceBundle CHINESE = bundle(Locale.CHINESE);

	private Labels() {
	}

	private static ResourceBundle bundle(Locale locale) {
		return MessageFiles.read("org.touchstone.core.labels", locale, Labels.class);
	}

	/** The name under a key, or {@code otherwise} when there is none. */
	private static String name(String key, boolean zh, String otherwise) {
		try {
			return (zh ? CHINESE : ENGLISH).getString(key);
		} catch (MissingResourceException e) {
			return otherwise;
		}
	}

	/**
	 * The name of a model value, under {@code value.<enumeration>.<literal>} ({@code
	 * value.FailureType.slow-service}); a value without a name is shown as its literal.
	 */
	public static String of(Enumerator value, boolean zh) {
		return value == null ? "" : name(key(value), zh, value.getLiteral());
	}

	/** The key of a model value's name. */
	public static String key(Enumerator value) {
		return "value." + value.getClass().getSimpleName() + "." + value.getLiteral();
	}

	public static String dimension(String code, boolean zh) {
		return name("dimension." + code, zh, code);
	}

	public static String section(SectionKind kind, boolean zh) {
		return name("section." + kind.name(), zh, kind.getLiteral());
	}

	/** The title a new tenant's handbook gets: its name and "Service Handbook". */
	public static String handbookTitle(String tenantName, boolean zh) {
		return java.text.MessageFormat.format(name("handbook.defaultTitle", zh, "{0}"), tenantName);
	}

	/** The name of one of the five tests of a service guarantee. */
	public static String guaranteeTest(String key, boolean zh) {
		return name("guaranteeTest." + key, zh, key);
	}

	/**
	 * The name of a field of a revision as {@link RevisionDiff#between} gives it ({@code threshold},
	 * {@code statement (English)}, {@code criterion 2 metric}), in a language.
	 */
	public static String diffField(String field, boolean zh) {
		java.util.regex.Matcher numbered = java.util.regex.Pattern.compile("criterion (\\d+) (.+)").matcher(field);
		if (numbered.matches()) {
			return java.text.MessageFormat.format(name("diff.criterion", zh, "criterion {0} {1}"), numbered.group(1), diffField(numbered.group(2), zh));
		}
		if (field.endsWith(" (English)")) {
			String of = field.substring(0, field.length() - " (English)".length());
			return java.text.MessageFormat.format(name("diff.inEnglish", zh, "{0} (English)"), diffField(of, zh));
		}
		return name("diff.field." + field.replace(' ', '-'), zh, field);
	}

	/** Between a field's name and its values: ": ", or the Chinese colon. */
	static String diffSeparator(boolean zh) {
		return name("diff.separator", zh, ": ");
	}

	/** A value that is not there. */
	static String diffNone(boolean zh) {
		return name("diff.none", zh, "(none)");
	}

	static String diffListSeparator(boolean zh) {
		return name("diff.listSeparator", zh, ", ");
	}

	static String months(int months, boolean zh) {
		return java.text.MessageFormat.format(name("diff.months", zh, "{0} months"), String.valueOf(months));
	}

	public static String status(Status status, boolean zh) {
		return name("status." + status.name(), zh, status.getLiteral());
	}

	/** A state's name in both languages, as an argument of a {@link CoreMessage}: shown in the language the message is read in. */
	public static CoreMessage.Written status(Status status) {
		return new CoreMessage.Written(status(status, false), status(status, true));
	}
}
