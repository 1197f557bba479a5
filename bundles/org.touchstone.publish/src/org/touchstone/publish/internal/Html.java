package org.touchstone.publish.internal;

/** Escaping for text and attribute values put into the site's templates. */
final class Html {
	private Html() {
	}

	/** Escapes text for an HTML element body or a double-quoted attribute value. */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		int first = 0;
		while (first < text.length() && !special(text.charAt(first))) {
			first++;
		}
		if (first == text.length()) {
			return text; // most titles, ids and labels have nothing to escape
		}
		StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static boolean special(char c) {
		return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
	}

	/** Turns the entities the sanitizer writes (numeric, and the five of XML) back into characters. */
	static String unescape(String html) {
		if (html.indexOf('&') < 0) {
			return html;
		}
		StringBuilder out = new StringBuilder(html.length());
		int i = 0;
		while (i < html.length()) {
			char c = html.charAt(i);
			int semi = c == '&' ? html.indexOf(';', i) : -1;
			if (semi > i && semi - i <= 10) {
				String entity = html.substring(i + 1, semi);
				String decoded = decode(entity);
				if (decoded != null) {
					out.append(decoded);
					i = semi + 1;
					continue;
				}
			}
			out.append(c);
			i++;
		}
		return out.toString();
	}

	private static String decode(String entity) {
		try {
			if (entity.startsWith("#x") || entity.startsWith("#X")) {
				return Character.toString(Integer.parseInt(entity.substring(2), 16));
			}
			if (entity.startsWith("#")) {
				return Character.toString(Integer.parseInt(entity.substring(1)));
			}
		} catch (IllegalArgumentException e) {
			return null;
		}
		return switch (entity) {
		case "amp" -> "&";
		case "lt" -> "<";
		case "gt" -> ">";
		case "quot" -> "\"";
		case "apos" -> "'";
		default -> null;
		};
	}

	/**
	 * Calls {@code each} with every value of the attribute {@code name} in HTML that flexmark or
	 * the sanitizer wrote: there every attribute follows a space and its value is double-quoted.
	 * Plain string search: on a cold JVM it costs a fraction of a regular expression.
	 */
	static void values(String html, String name, java.util.function.Consumer<String> each) {
		String start = " " + name + "=\"";
		int at = html.indexOf(start);
		while (at >= 0) {
			int from = at + start.length();
			int end = html.indexOf('"', from);
			if (end < 0) {
				return;
			}
			each.accept(html.substring(from, end));
			at = html.indexOf(start, end);
		}
	}

	/** The text of a piece of HTML: tags removed, entities turned into characters. */
	static String text(String html) {
		return text(html, false);
	}

	/** As {@link #text(String)}, each tag becoming a space when {@code tagsAsSpaces} (so that cells and paragraphs do not run together). */
	static String text(String html, boolean tagsAsSpaces) {
		StringBuilder text = new StringBuilder(html.length());
		boolean inTag = false;
		for (int i = 0; i < html.length(); i++) {
			char c = html.charAt(i);
			if (inTag) {
				inTag = c != '>';
			} else if (c == '<') {
				inTag = true;
				if (tagsAsSpaces) {
					text.append(' ');
				}
			} else {
				text.append(c);
			}
		}
		return unescape(text.toString());
	}
}
