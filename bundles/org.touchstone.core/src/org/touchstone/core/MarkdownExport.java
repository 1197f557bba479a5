package org.touchstone.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.touchstone.core.internal.AtomicFile;
import org.touchstone.model.AuthoredChapter;
import org.touchstone.model.CaseStudy;
import org.touchstone.model.CaseText;
import org.touchstone.model.Chapter;
import org.touchstone.model.Handbook;
import org.touchstone.model.Language;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstonePackage;

/**
 * A tenant's authored chapters and case studies as the Markdown files {@link MarkdownImport} reads:
 * one file per language, the Chinese as {@code name.md} and the English as {@code name.en.md}, each
 * with front matter naming its kind and language. Importing the folder back gives the same texts.
 */
public final class MarkdownExport {
	private MarkdownExport() {
	}

	/** Writes the files into a folder and returns their paths. */
	public static List<Path> write(Tenant tenant, Path folder) throws IOException {
		Files.createDirectories(folder);
		List<Path> written = new ArrayList<>();
		for (Handbook handbook : tenant.getHandbooks()) {
			for (Chapter chapter : handbook.getChapters()) {
				if (chapter instanceof AuthoredChapter a) {
					for (Language language : Language.VALUES) {
						String markdown = Bilingual.of(a, TouchstonePackage.Literals.AUTHORED_CHAPTER__MARKDOWN).in(language);
						if (markdown != null && !markdown.isBlank()) {
							String title = Bilingual.of(a, TouchstonePackage.Literals.CHAPTER__TITLE).in(language);
							written.add(file(folder, name(a), language, frontMatter(language, title, markdown) + body(markdown, language)));
						}
					}
				}
			}
		}
		for (CaseStudy c : tenant.getCases()) {
			for (CaseText text : c.getTexts()) {
				StringBuilder fm = new StringBuilder("---\nkind: case\n");
				field(fm, "key", c.getKey());
				field(fm, "lang", text.getLang().getLiteral());
				field(fm, "title", text.getTitle());
				field(fm, "company", c.getCompany());
				field(fm, "industry", Bilingual.of(c, TouchstonePackage.Literals.CASE_STUDY__INDUSTRY).in(text.getLang()));
				field(fm, "region", Bilingual.of(c, TouchstonePackage.Literals.CASE_STUDY__REGION).in(text.getLang()));
				if (c.getYear() > 0) {
					field(fm, "year", Integer.toString(c.getYear()));
				}
				field(fm, "summary", text.getSummary());
				list(fm, "tags", c.getTags());
				list(fm, "principles", c.getPrinciples());
				list(fm, "sources", c.getSources());
				list(fm, "lessons", text.getLessons());
				fm.append("---\n\n");
				String name = c.getKey() != null && c.getKey().matches("[\\p{L}\\p{N}._-]+") ? c.getKey() + ".md" : "case-" + c.getUuid() + ".md";
				written.add(file(folder, name, text.getLang(), fm + (text.getStory() == null ? "" : text.getStory().strip() + "\n")));
			}
		}
		return written;
	}

	private static String name(AuthoredChapter chapter) {
		String source = chapter.getSource();
		if (source == null || source.isBlank() || !source.matches("[\\p{L}\\p{N}._-]+\\.(md|markdown)")) {
			return "chapter-" + chapter.getUuid() + ".md";
		}
		return source;
	}

	private static Path file(Path folder, String name, Language language, String content) throws IOException {
		String fileName = language == Language.EN ? name.replaceFirst("\\.(md|markdown)$", ".en.$1") : name;
		Path file = folder.resolve(fileName);
		AtomicFile.write(file, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
		return file;
	}

	/** A chapter's front matter, unless its Markdown already starts with its own. */
	private static String frontMatter(Language language, String title, String markdown) {
		if (markdown.startsWith("---\n")) {
			return "";
		}
		StringBuilder fm = new StringBuilder("---\nkind: chapter\n");
		field(fm, "lang", language.getLiteral());
		field(fm, "title", title);
		return fm.append("---\n\n").toString();
	}

	/** The Markdown as written, with its language added to front matter of its own that does not name one. */
	private static String body(String markdown, Language language) {
		String text = markdown.endsWith("\n") ? markdown : markdown + "\n";
		int end = text.startsWith("---\n") ? text.indexOf("\n---", 3) : -1;
		if (end > 0 && !text.substring(0, end).matches("(?s).*\\nlang:.*")) {
			text = "---\nlang: " + language.getLiteral() + "\n" + text.substring(4);
		}
		return text;
	}

	private static void field(StringBuilder fm, String name, String value) {
		if (value != null && !value.isBlank()) {
			fm.append(name).append(": ").append(quoted(value.replaceAll("\\s*\\R\\s*", " "))).append('\n');
		}
	}

	private static void list(StringBuilder fm, String name, List<String> values) {
		if (!values.isEmpty()) {
			fm.append(name).append(":\n");
			for (String v : values) {
				fm.append("  - ").append(quoted(v.replaceAll("\\s*\\R\\s*", " "))).append('\n');
			}
		}
	}

	/** A value in quotes that the importer takes off again; single quotes unless the value holds one. */
	private static String quoted(String value) {
		return value.contains("'") ? "\"" + value + "\"" : "'" + value + "'";
	}
}
