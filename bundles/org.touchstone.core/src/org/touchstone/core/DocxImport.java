package org.touchstone.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document (.docx) as an authored handbook chapter in Markdown: headings by their style
 * (Heading 1-4, or 标题 1-4 in a Chinese Word), paragraphs with bold and italic, numbered and
 * bulleted lists with their levels, tables, images (saved beside the Markdown with their alt text,
 * so the import copies them into the tenant's assets) and hyperlinks. What Markdown cannot hold
 * (text boxes, comments, tracked changes, embedded objects, content controls) is left out and
 * listed, each with the paragraph it was found at.
 */
public final class DocxImport {
	private static final Pattern HEADING = Pattern.compile("(?i)(?:heading|标题)\\s*([1-6])");

	/** The chapter made from a document: its Markdown file (images beside it) and what could not be kept. */
	public record Converted(Path markdown, List<CoreMessage> lost) {
	}

	private final XWPFDocument document;
	private final Path folder;
	private final String stem;
	private final List<CoreMessage> lost = new ArrayList<>();
	private int images;

	private DocxImport(XWPFDocument document, Path folder, String stem) {
		this.document = document;
		this.folder = folder;
		this.stem = stem;
	}

	/** Converts a document into {@code folder}: {@code STEM.md} and its images under {@code images/}. */
	public static Converted convert(Path docx, Path folder) {
		String name = docx.getFileName().toString();
		String stem = name.substring(0, name.length() - ".docx".length());
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
			DocxImport conversion = new DocxImport(document, folder, stem);
			String body = conversion.body();
			String title = conversion.title(body);
			Path markdown = folder.resolve(stem + ".md");
			Files.createDirectories(folder);
			Files.writeString(markdown, "---\nkind: chapter\ntitle: \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n---\n\n" + body,
					StandardCharsets.UTF_8);
			List<CoreMessage> lost = conversion.lost.stream().map(l -> CoreMessage.of("row.problem", name, l)).toList();
			return new Converted(markdown, lost);
		} catch (IOException | RuntimeException e) {
			if (e instanceof TouchstoneException t) {
				throw t;
			}
			throw new MalformedInputException(docx, 0, CoreMessage.of("docx.unreadable", e.getMessage()));
		}
	}

	/** The chapter's title: the document's own, else its first heading, else its file name. */
	private String title(String body) {
		String own = document.getProperties() == null || document.getProperties().getCoreProperties() == null ? null
				: document.getProperties().getCoreProperties().getTitle();
		if (own != null && !own.isBlank()) {
			return own.strip();
		}
		for (String line : body.split("\n")) {
			if (line.startsWith("# ")) {
				return line.substring(2).strip();
			}
		}
		return stem;
	}

	private String body() throws IOException {
		StringBuilder md = new StringBuilder();
		int position = 0;
		boolean inList = false;
		for (IBodyElement element : document.getBodyElements()) {
			position++;
			if (element instanceof XWPFParagraph p) {
				boolean item = p.getNumID() != null;
				if (inList && !item) {
					md.append("\n");
				}
				paragraph(md, p, position);
				inList = item;
			} else if (element instanceof XWPFTable table) {
				if (inList) {
					md.append("\n");
				}
				table(md, table, position);
				inList = false;
			} else {
				lost.add(CoreMessage.of("docx.contentControl", position));
			}
		}
		if (document.getComments() != null && document.getComments().length > 0) {
			lost.add(CoreMessage.of(document.getComments().length == 1 ? "docx.comment" : "docx.comments", document.getComments().length));
		}
		return md.toString().strip() + "\n";
	}

	private void paragraph(StringBuilder md, XWPFParagraph p, int position) throws IOException {
		String xml = p.getCTP().xmlText();
		if (xml.contains("txbxContent")) {
			lost.add(CoreMessage.of("docx.textBox", position));
		}
		if (xml.contains("<w:object") || xml.contains("OLEObject")) {
			lost.add(CoreMessage.of("docx.embeddedObject", position));
		}
		if (xml.contains("<w:ins ") || xml.contains("<w:del ")) {
			lost.add(CoreMessage.of("docx.trackedChanges", position));
		}
		String text = runs(p).strip();
		int heading = heading(p);
		if (heading > 0) {
			md.append("#".repeat(heading)).append(' ').append(text).append("\n\n");
		} else if (p.getNumID() != null) {
			int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
			boolean numbered = p.getNumFmt() != null && !p.getNumFmt().equalsIgnoreCase("bullet");
			md.append("   ".repeat(level)).append(numbered ? "1. " : "- ").append(text).append("\n");
		} else if (!text.isEmpty()) {
			md.append(text).append("\n\n");
		}
	}

	/** A paragraph's heading level from its style's name or id, 0 for none. */
	private int heading(XWPFParagraph p) {
		String id = p.getStyleID();
		if (id == null) {
			return 0;
		}
		XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
		for (String name : new String[] { style == null ? null : style.getName(), id }) {
			if (name != null) {
				Matcher m = HEADING.matcher(name.strip());
				if (m.matches()) {
					return Math.min(Integer.parseInt(m.group(1)), 4);
				}
			}
		}
		return 0;
	}

	private String runs(XWPFParagraph p) throws IOException {
		StringBuilder text = new StringBuilder();
		for (XWPFRun run : p.getRuns()) {
			for (XWPFPicture picture : run.getEmbeddedPictures()) {
				text.append(image(picture));
			}
			String t = run.text();
			if (t == null || t.isEmpty()) {
				continue;
			}
			String escaped = escape(t);
			if (run.isBold() && run.isItalic()) {
				escaped = "***" + escaped.strip() + "***";
			} else if (run.isBold()) {
				escaped = "**" + escaped.strip() + "**";
			} else if (run.isItalic()) {
				escaped = "*" + escaped.strip() + "*";
			}
			if (run instanceof XWPFHyperlinkRun link) {
				XWPFHyperlink target = link.getHyperlink(document);
				if (target != null && target.getURL() != null && target.getURL().matches("(?i)(https?|mailto):.*")) {
					escaped = "[" + escaped + "](" + target.getURL().replace(")", "%29").replace(" ", "%20") + ")";
				}
			}
			text.append(escaped);
		}
		return text.toString().replace("\n", " ");
	}

	/** Saves a picture beside the Markdown and returns its Markdown, with the picture's description as alt text. */
	private String image(XWPFPicture picture) throws IOException {
		if (picture.getPictureData() == null) {
			return "";
		}
		String extension = picture.getPictureData().suggestFileExtension().toLowerCase(Locale.ROOT);
		String file = "images/" + stem + "-" + (++images) + "." + (extension.isEmpty() ? "png" : extension);
		Files.createDirectories(folder.resolve("images"));
		Files.write(folder.resolve(file), picture.getPictureData().getData());
		String alt = picture.getDescription() == null ? "" : picture.getDescription().replace("[", "").replace("]", "").strip();
		return "![" + alt + "](" + file + ")";
	}

	private void table(StringBuilder md, XWPFTable table, int position) throws IOException {
		List<XWPFTableRow> rows = table.getRows();
		if (rows.isEmpty()) {
			return;
		}
		int columns = rows.stream().mapToInt(r -> r.getTableCells().size()).max().orElse(0);
		for (int r = 0; r < rows.size(); r++) {
			List<XWPFTableCell> cells = rows.get(r).getTableCells();
			md.append('|');
			for (int c = 0; c < columns; c++) {
				String cell = "";
				if (c < cells.size()) {
					List<String> parts = new ArrayList<>();
					for (XWPFParagraph p : cells.get(c).getParagraphs()) {
						String t = runs(p).strip();
						if (!t.isEmpty()) {
							parts.add(t);
						}
					}
					if (!cells.get(c).getTables().isEmpty()) {
						lost.add(CoreMessage.of("docx.nestedTable", position));
					}
					cell = String.join(" ", parts).replace("|", "\\|");
				}
				md.append(' ').append(cell).append(" |");
			}
			md.append('\n');
			if (r == 0) {
				md.append('|').append(" --- |".repeat(columns)).append('\n');
			}
		}
		md.append('\n');
	}

	/** Text as Markdown shows it literally: the characters Markdown gives a meaning are escaped. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if ("\\`*_[]<>#|".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString();
	}
}
