package org.touchstone.core;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.touchstone.core.internal.TenantJson;
import org.touchstone.model.AuthoredChapter;
import org.touchstone.model.CaseStudy;
import org.touchstone.model.CaseText;
import org.touchstone.model.Chapter;
import org.touchstone.model.GeneratedSection;
import org.touchstone.model.Handbook;
import org.touchstone.model.Language;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstoneFactory;
import org.touchstone.model.TouchstonePackage;

import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterNode;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Markdown files with YAML front matter: case studies ({@code kind: case}, with title, company,
 * industry, tags and lang) and authored handbook chapters ({@code kind: chapter}, with title and
 * lang). A file is in one language: {@code lang: zh} or {@code lang: en}, or the suffix of its name
 * ({@code welcome.en.md}), or else the tenant's language. The two languages of one chapter or case
 * are two files with the same name apart from the suffix ({@code welcome.md}, {@code welcome.en.md}).
 * Every file is read and checked before anything is imported; a re-import of the same file
 * replaces what the earlier import made.
 */
public final class MarkdownImport {
	private static final Parser FRONT_MATTER = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create())))
			.build();

	/** A checked file. */
	record Entry(Path file, String kind, Map<String, List<String>> fields, String body, String text, List<String> images) {
		String field(String name) {
			List<String> values = fields.get(name);
			return values == null || values.isEmpty() ? null : values.get(0);
		}

		List<String> list(String name) {
			List<String> values = fields.getOrDefault(name, List.of());
			if (values.size() == 1 && values.get(0).startsWith("[") && values.get(0).endsWith("]")) {
				String inner = values.get(0).substring(1, values.get(0).length() - 1);
				return inner.isBlank() ? List.of() : List.of(inner.split("\\s*,\\s*")).stream().map(MarkdownImport::unquote).toList();
			}
			return values;
		}
	}

	private MarkdownImport() {
	}

	/** Reads and checks one file without importing it. */
	static Entry read(Path file) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
		} catch (CharacterCodingException e) {
			throw new MalformedInputException(file, 0, CoreMessage.of("markdown.notUtf8"));
		} catch (IOException e) {
			throw new MalformedInputException(file, 0, CoreMessage.of("file.unreadable", e.getMessage()));
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		MarkdownNesting.TooDeep tooDeep = MarkdownNesting.check(text);
		if (tooDeep != null) {
			throw new MalformedInputException(file, tooDeep.line(), CoreMessage.of("markdown.tooDeep", tooDeep.describe()));
		}
		Document document = FRONT_MATTER.parse(text);
		YamlFrontMatterBlock block = null;
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof YamlFrontMatterBlock b) {
				block = b;
				break;
			}
		}
		if (block == null) {
			throw new MalformedInputException(file, 1, CoreMessage.of("markdown.noFrontMatter"));
		}
		Map<String, List<String>> fields = new LinkedHashMap<>();
		Map<String, Integer> lines = new LinkedHashMap<>();
		for (Node node = block.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof YamlFrontMatterNode field) {
				fields.put(field.getKey(), field.getValues().stream().map(MarkdownImport::unquote).toList());
				lines.put(field.getKey(), node.getStartLineNumber() + 1);
			}
		}
		String body = text.substring(block.getEndOffset()).strip();
		String kind = single(fields, "kind");
		if (kind == null) {
			throw new MalformedInputException(file, block.getStartLineNumber() + 1, CoreMessage.of("markdown.kindMissing"));
		}
		if (!kind.equals("case") && !kind.equals("chapter")) {
			throw new MalformedInputException(file, lines.get("kind"), CoreMessage.of("markdown.kindUnknown", kind));
		}
		if (single(fields, "title") == null) {
			throw new MalformedInputException(file, block.getStartLineNumber() + 1, CoreMessage.of("markdown.titleMissing"));
		}
		String lang = single(fields, "lang");
		if (lang != null && Language.get(lang) == null) {
			throw new MalformedInputException(file, lines.get("lang"), CoreMessage.of("markdown.langUnknown", lang));
		}
		if (kind.equals("case")) {
			if (single(fields, "company") == null) {
				throw new MalformedInputException(file, block.getStartLineNumber() + 1, CoreMessage.of("markdown.companyMissing"));
			}
			String year = single(fields, "year");
			if (year != null && !year.matches("\\d{4}")) {
				throw new MalformedInputException(file, lines.get("year"), CoreMessage.of("markdown.yearInvalid", year));
			}
		}
		List<String> images = new java.util.ArrayList<>();
		for (Node node : document.getDescendants()) {
			if (node instanceof com.vladsch.flexmark.ast.Image image) {
				String url = image.getUrl().toString();
				if (!url.isEmpty() && !url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !url.startsWith("/") && !url.contains("..")) {
					images.add(url);
				}
			}
		}
		return new Entry(file, kind, fields, body, text, images);
	}

	private static String single(Map<String, List<String>> fields, String name) {
		List<String> values = fields.get(name);
		return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
	}

	private static String unquote(String value) {
		String v = value.strip();
		if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
			return v.substring(1, v.length() - 1);
		}
		return v;
	}

	/**
	 * Adds checked files to a tenant: cases to its case list, chapters to its handbook before the
	 * generated sections. Existing cases and chapters are found through maps made once, so that
	 * importing thousands of files does not scan the tenant once per file.
	 */
	static void apply(Tenant tenant, List<Entry> entries) {
		Map<String, CaseStudy> cases = new HashMap<>();
		for (CaseStudy c : tenant.getCases()) {
			cases.putIfAbsent(c.getKey(), c);
		}
		Handbook handbook = tenant.getHandbooks().isEmpty() ? null : tenant.getHandbooks().get(0);
		Map<String, AuthoredChapter> chapters = new HashMap<>();
		int[] beforeGenerated = { 0 };
		if (handbook != null) {
			boolean generated = false;
			for (Chapter c : handbook.getChapters()) {
				generated |= c instanceof GeneratedSection;
				beforeGenerated[0] += generated ? 0 : 1;
				if (c instanceof AuthoredChapter a) {
					chapters.putIfAbsent(a.getSource(), a);
				}
			}
		}
		for (Entry entry : entries) {
			if (entry.kind().equals("case")) {
				addCase(tenant, entry, cases);
			} else {
				addChapter(handbook, entry, chapters, beforeGenerated);
			}
		}
	}

	private static void addCase(Tenant tenant, Entry e, Map<String, CaseStudy> cases) {
		String key = e.field("key") != null ? e.field("key") : stem(Path.of(source(e.file())));
		CaseStudy study = cases.get(key);
		if (study == null) {
			study = TouchstoneFactory.eINSTANCE.createCaseStudy();
			study.setUuid(TenantJson.stableId(tenant.getId(), "CaseStudy", key));
			study.setKey(key);
			tenant.getCases().add(study);
			cases.put(key, study);
		}
		Language lang = language(e, tenant.getLocale());
		study.setCompany(e.field("company"));
		if (e.field("industry") != null) {
			Bilingual.set(study, TouchstonePackage.Literals.CASE_STUDY__INDUSTRY, lang, e.field("industry"));
		}
		if (e.field("region") != null) {
			Bilingual.set(study, TouchstonePackage.Literals.CASE_STUDY__REGION, lang, e.field("region"));
		}
		if (e.field("year") != null) {
			study.setYear(Integer.parseInt(e.field("year")));
		}
		replace(study.getTags(), e.list("tags"));
		replace(study.getPrinciples(), e.list("principles").stream().map(Principles::normalise).toList());
		replace(study.getSources(), e.list("sources"));
		CaseText text = study.getTexts().stream().filter(t -> t.getLang() == lang).findFirst().orElse(null);
		if (text == null) {
			text = TouchstoneFactory.eINSTANCE.createCaseText();
			text.setLang(lang);
			study.getTexts().add(text);
		}
		text.setTitle(e.field("title"));
		text.setSummary(e.field("summary"));
		text.setStory(e.body());
		replace(text.getLessons(), e.list("lessons"));
	}

	/** @param beforeGenerated where the next new chapter goes: before the first generated section */
	private static void addChapter(Handbook handbook, Entry e, Map<String, AuthoredChapter> chapters, int[] beforeGenerated) {
		String source = source(e.file());
		AuthoredChapter chapter = chapters.get(source);
		if (chapter == null) {
			chapter = TouchstoneFactory.eINSTANCE.createAuthoredChapter();
			chapter.setUuid(UUID.randomUUID().toString());
			chapter.setSource(source);
			handbook.getChapters().add(beforeGenerated[0]++, chapter);
			chapters.put(source, chapter);
		}
		Language lang = language(e, ((Tenant) handbook.eContainer()).getLocale());
		Bilingual.set(chapter, TouchstonePackage.Literals.CHAPTER__TITLE, lang, e.field("title"));
		Bilingual.set(chapter, TouchstonePackage.Literals.AUTHORED_CHAPTER__MARKDOWN, lang, e.text());
	}

	/** The language of a file: its lang field, else the suffix of its name, else the tenant's. */
	static Language language(Entry e, Language tenantLanguage) {
		if (e.field("lang") != null) {
			return Language.get(e.field("lang"));
		}
		String name = e.file().getFileName().toString();
		for (Language l : Language.VALUES) {
			if (name.matches(".*\\." + l.getLiteral() + "\\.(md|markdown)$")) {
				return l;
			}
		}
		return tenantLanguage == null ? Language.ZH : tenantLanguage;
	}

	/** The name a chapter is known by: the file's name without its language suffix ({@code welcome.en.md} is {@code welcome.md}). */
	static String source(Path file) {
		return file.getFileName().toString().replaceFirst("\\.(zh|en)\\.(md|markdown)$", ".$2");
	}

	private static void replace(List<String> target, List<String> values) {
		target.clear();
		target.addAll(values.stream().filter(v -> !v.isBlank()).toList());
	}

	private static String stem(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
