package org.touchstone.core;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.touchstone.model.Language;

/**
 * The texts users write, in Chinese and in English. In the model each such text is a pair of
 * attributes: the one named for the text holds the Chinese ({@code title}), its twin with the
 * suffix {@code En} holds the English ({@code titleEn}). Either may be empty. This class pairs
 * them, so the publisher, the search index, the lint and the file formats treat every text the
 * same way without a list of fields to keep in step with the model.
 */
public final class Bilingual {
	private static final String ENGLISH_SUFFIX = "En";

	private Bilingual() {
	}

	/** One text in both languages. */
	public record Text(String zh, String en) {
		public String in(Language language) {
			return language == Language.EN ? en : zh;
		}

		/** The text in the wanted language, or in the other one (marked as a fallback) when the wanted one is empty. */
		public Shown shown(Language wanted) {
			String text = in(wanted);
			if (!isBlank(text)) {
				return new Shown(text, wanted, false);
			}
			Language other = other(wanted);
			String otherText = in(other);
			return isBlank(otherText) ? new Shown("", wanted, false) : new Shown(otherText, other, true);
		}

		/** The non-empty texts, Chinese first. */
		public List<String> both() {
			List<String> out = new ArrayList<>(2);
			if (!isBlank(zh)) {
				out.add(zh);
			}
			if (!isBlank(en)) {
				out.add(en);
			}
			return out;
		}

		public boolean isEmpty() {
			return isBlank(zh) && isBlank(en);
		}
	}

	/** What a reader is shown: the text, its language, and whether it is in the other language than asked for. */
	public record Shown(String text, Language language, boolean fallback) {
	}

	public static Language other(Language language) {
		return language == Language.EN ? Language.ZH : Language.EN;
	}

	/** The English twin of a Chinese text attribute, or null when the attribute is not a bilingual text. */
	public static EAttribute english(EAttribute chinese) {
		if (chinese.getName().endsWith(ENGLISH_SUFFIX)) {
			return null;
		}
		EStructuralFeature twin = chinese.getEContainingClass().getEStructuralFeature(chinese.getName() + ENGLISH_SUFFIX);
		return twin instanceof EAttribute a && !a.isMany() && a.getEAttributeType().getInstanceClass() == String.class ? a : null;
	}

	/** The attribute that holds a text in a language: the Chinese attribute itself or its English twin. */
	public static EAttribute attribute(EAttribute chinese, Language language) {
		return language == Language.EN ? english(chinese) : chinese;
	}

	/** The Chinese attributes of a class that have an English twin, in the model's order. */
	public static List<EAttribute> texts(EClass eClass) {
		List<EAttribute> out = new ArrayList<>();
		for (EAttribute attribute : eClass.getEAllAttributes()) {
			if (english(attribute) != null) {
				out.add(attribute);
			}
		}
		return out;
	}

	public static Text of(EObject object, EAttribute chinese) {
		if (object == null) {
			return new Text(null, null);
		}
		EAttribute english = english(chinese);
		return new Text((String) object.eGet(chinese), english == null ? null : (String) object.eGet(english));
	}

	public static void set(EObject object, EAttribute chinese, Language language, String text) {
		object.eSet(attribute(chinese, language), text);
	}

	/** Whether a text is written in Chinese: it holds at least one Han character. */
	public static boolean isChinese(String text) {
		return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
