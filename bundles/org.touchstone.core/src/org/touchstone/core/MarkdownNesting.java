package org.touchstone.core;

/**
 * How deeply a Markdown text nests block quotes and lists, measured on its lines before any
 * parser sees it. Markdown parsers descend recursively into nested blocks; a chapter with a
 * thousand nested {@code >} or list levels overflows their stack. No handbook needs more than a
 * handful of levels, so a text deeper than {@link #MAX_DEPTH} is refused by name and line.
 */
public final class MarkdownNesting {
	/** The deepest nesting of block quotes and lists a chapter may have. */
	public static final int MAX_DEPTH = 50;

	/** The first line that nests too deeply, with its depth. */
	public record TooDeep(int line, int depth) {
		/** The problem in words, for a message that names the file first. */
		public CoreMessage describe() {
			return CoreMessage.of("markdown.nesting", line, depth, MAX_DEPTH);
		}
	}

	private MarkdownNesting() {
	}

	/** The first line of the text nested deeper than {@link #MAX_DEPTH}, or null when none is. */
	public static TooDeep check(String markdown) {
		int line = 0;
		String fence = null;
		for (String text : markdown.split("\r\n|\r|\n", -1)) {
			line++;
			String stripped = text.stripLeading();
			if (fence != null) {
				if (stripped.startsWith(fence)) {
					fence = null;
				}
				continue;
			}
			if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
				fence = stripped.substring(0, 3);
				continue;
			}
			int depth = depth(text);
			if (depth > MAX_DEPTH) {
				return new TooDeep(line, depth);
			}
		}
		return null;
	}

	/**
	 * The levels a line opens or continues: each {@code >} and each list marker at its start, plus
	 * two columns of indentation per level before them.
	 */
	private static int depth(String line) {
		int i = 0;
		int indent = 0;
		while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
			indent += line.charAt(i) == '\t' ? 4 : 1;
			i++;
		}
		int markers = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			int next = i + 1;
			if (c == '>') {
				markers++;
			} else if ((c == '-' || c == '*' || c == '+') && next < line.length() && line.charAt(next) == ' ') {
				markers++;
			} else if (Character.isDigit(c)) {
				while (next < line.length() && Character.isDigit(line.charAt(next))) {
					next++;
				}
				if (next >= line.length() || (line.charAt(next) != '.' && line.charAt(next) != ')')) {
					break;
				}
				next++;
				markers++;
			} else {
				break;
			}
			i = next;
			while (i < line.length() && line.charAt(i) == ' ') {
				i++;
			}
		}
		return markers == 0 ? 0 : markers + indent / 2;
	}
}
