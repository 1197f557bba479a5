package org.touchstone.publish.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.touchstone.core.TouchstoneException;

/**
 * The rules for a page's file name (its slug, without {@code .html}): a letter or number followed
 * by letters, numbers, dots, dashes and underscores, in any script; not one of the site's own pages
 * (the front page, the search page, the print version); and unique within a handbook.
 */
public final class PageNames {
	/** The site's own pages, which no chapter may take. */
	private static final Set<String> RESERVED = Set.of("index", "search", "print");

	private PageNames() {
	}

	/** The name a chapter's file gives its page: {@code 欢迎.md} → {@code 欢迎}; what no name can hold becomes a dash. */
	public static String fromSource(String source) {
		String name = source.replaceAll("\\.(md|markdown)$", "");
		String slug = name.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[._-]+", "");
		return slug.isEmpty() ? "chapter" : slug;
	}

	/** A name not yet taken (and added to those taken): a site page's name gets {@code -chapter}, a second one {@code -2}. */
	public static String unique(Set<String> taken, String slug) {
		String base = RESERVED.contains(slug) ? slug + "-chapter" : slug;
		String candidate = base;
		int n = 2;
		while (!taken.add(candidate)) {
			candidate = base + "-" + n++;
		}
		return candidate;
	}

	/** Whether a chapter may have this page name: well formed and not one of the site's own. */
	public static boolean isChapterName(String slug) {
		return isWellFormed(slug) && !RESERVED.contains(slug);
	}

	/** Refuses a set of pages in which a name is not a chapter's or is there twice, naming the page's source. */
	public static <P> void check(List<P> pages, Function<P, String> slug, Function<P, String> source) {
		Set<String> seen = new HashSet<>();
		for (P page : pages) {
			if (!isChapterName(slug.apply(page))) {
				throw new TouchstoneException(org.touchstone.core.CoreMessage.of("publish.pageNameInvalid", source.apply(page), slug.apply(page)));
			}
			if (!seen.add(slug.apply(page))) {
				throw new TouchstoneException(org.touchstone.core.CoreMessage.of("publish.pageNameTwice", source.apply(page), slug.apply(page)));
			}
		}
	}

	/**
	 * Whether a page name is a letter or number followed by letters, numbers, dots, dashes and
	 * underscores (any script). A loop, not a regular expression: it runs on every page of every
	 * publish before anything is warm.
	 */
	static boolean isWellFormed(String slug) {
		if (slug.isEmpty()) {
			return false;
		}
		for (int i = 0; i < slug.length();) {
			int c = slug.codePointAt(i);
			if (!letterOrNumber(c) && (i == 0 || c != '.' && c != '_' && c != '-')) {
				return false;
			}
			i += Character.charCount(c);
		}
		return true;
	}

	private static boolean letterOrNumber(int c) {
		if (c < 128) {
			return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
		}
		return switch (Character.getType(c)) {
		case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER, Character.OTHER_LETTER,
				Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
		default -> false;
		};
	}
}
