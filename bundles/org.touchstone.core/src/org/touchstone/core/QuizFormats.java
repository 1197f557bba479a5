package org.touchstone.core;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.touchstone.model.Language;

/**
 * A quiz in the formats learning platforms import: Moodle XML and GIFT (both read by Moodle's
 * question bank, and GIFT by others too), in one language, and CSV with both languages for a
 * spreadsheet. Every text is escaped for its format, and in Moodle XML the question texts are
 * HTML-escaped as well: nothing from a tenant's content is ever markup or script in the platform.
 */
public final class QuizFormats {
	/** The formats, by the names {@code quiz --format} takes. */
	public enum Format {
		MOODLE_XML("moodle-xml"), GIFT("gift"), CSV("csv");

		private final String name;

		Format(String name) {
			this.name = name;
		}

		public String formatName() {
			return name;
		}

		/** The format of a name, or null. */
		public static Format named(String name) {
			for (Format f : values()) {
				if (f.name.equals(name)) {
					return f;
				}
			}
			return null;
		}
	}

	/** The CSV columns: who and what, then the question and its answers in Chinese and English. */
	public static final List<String> CSV_HEADER = List.of("id", "kind", "source", "revision", "review", "question_zh", "question_en", "answer_zh",
			"answer_en", "wrong1_zh", "wrong1_en", "wrong2_zh", "wrong2_en", "wrong3_zh", "wrong3_en");

	private QuizFormats() {
	}

	public static String write(Quiz quiz, Format format, Language language, String category) {
		return switch (format) {
		case MOODLE_XML -> moodleXml(quiz, language, category);
		case GIFT -> gift(quiz, language, category);
		case CSV -> csv(quiz);
		};
	}

	/**
	 * Moodle XML: a category, then a single-answer {@code multichoice} question per question, the
	 * right answer at fraction 100 and each wrong one at 0, answers shuffled by Moodle, the id as the
	 * question's {@code idnumber} and tags for its kind and source (and {@code review} when the
	 * standard has a newer revision in the works).
	 */
	public static String moodleXml(Quiz quiz, Language language, String category) {
		StringWriter text = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeStartElement("quiz");
			xml.writeCharacters("\n");
			xml.writeStartElement("question");
			xml.writeAttribute("type", "category");
			xml.writeStartElement("category");
			element(xml, "text", "$course$/top/" + category);
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeCharacters("\n");
			for (Quiz.Question q : quiz.questions()) {
				xml.writeStartElement("question");
				xml.writeAttribute("type", "multichoice");
				xml.writeStartElement("name");
				element(xml, "text", q.id());
				xml.writeEndElement();
				formatted(xml, "questiontext", "<p>" + html(in(q.text(), language)) + "</p>");
				formatted(xml, "generalfeedback", "");
				element(xml, "defaultgrade", "1");
				element(xml, "penalty", "0.3333333");
				element(xml, "hidden", "0");
				element(xml, "idnumber", q.id());
				element(xml, "single", "true");
				element(xml, "shuffleanswers", "true");
				element(xml, "answernumbering", "abc");
				answer(xml, "100", in(q.right(), language));
				for (Bilingual.Text wrong : q.wrong()) {
					answer(xml, "0", in(wrong, language));
				}
				xml.writeStartElement("tags");
				tag(xml, q.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
				tag(xml, q.source());
				if (q.review()) {
					tag(xml, "review");
				}
				xml.writeEndElement();
				xml.writeEndElement();
				xml.writeCharacters("\n");
			}
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.close();
		} catch (XMLStreamException e) {
			throw new IllegalStateException("writing a quiz as Moodle XML", e);
		}
		return text.toString();
	}

	private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private static void formatted(XMLStreamWriter xml, String name, String html) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeAttribute("format", "html");
		element(xml, "text", html);
		xml.writeEndElement();
	}

	private static void answer(XMLStreamWriter xml, String fraction, String text) throws XMLStreamException {
		xml.writeStartElement("answer");
		xml.writeAttribute("fraction", fraction);
		xml.writeAttribute("format", "html");
		element(xml, "text", html(text));
		xml.writeStartElement("feedback");
		xml.writeAttribute("format", "html");
		element(xml, "text", "");
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void tag(XMLStreamWriter xml, String tag) throws XMLStreamException {
		xml.writeStartElement("tag");
		element(xml, "text", tag);
		xml.writeEndElement();
	}

	private static String html(String text) {
		StringBuilder html = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '<' -> html.append("&lt;");
			case '>' -> html.append("&gt;");
			case '&' -> html.append("&amp;");
			case '"' -> html.append("&quot;");
			case '\'' -> html.append("&#39;");
			default -> html.append(c);
			}
		}
		return html.toString();
	}

	/**
	 * GIFT: the category, then per question its id as the title, its text and the answers in
	 * braces, {@code =} before the right one and {@code ~} before each wrong one. The characters
	 * GIFT gives a meaning ({@code ~ = # { } :} and the backslash) are escaped with a backslash
	 * wherever they stand in a text, and line breaks become spaces.
	 */
	public static String gift(Quiz quiz, Language language, String category) {
		StringBuilder gift = new StringBuilder();
		gift.append("// ").append(giftText(category)).append("\n$CATEGORY: ").append(giftText(category)).append("\n\n");
		for (Quiz.Question q : quiz.questions()) {
			gift.append("::").append(giftText(q.id())).append("::[plain]").append(giftText(in(q.text(), language))).append(" {\n");
			gift.append("\t=").append(giftText(in(q.right(), language))).append("\n");
			for (Bilingual.Text wrong : q.wrong()) {
				gift.append("\t~").append(giftText(in(wrong, language))).append("\n");
			}
			gift.append("}\n\n");
		}
		return gift.toString();
	}

	/** A text as GIFT reads it literally. */
	public static String giftText(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.replaceAll("\\s*\\R\\s*", " ").toCharArray()) {
			if ("~=#{}:\\".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString();
	}

	/** CSV with both languages, one row per question, a leading apostrophe on a cell a spreadsheet would run as a formula. */
	public static String csv(Quiz quiz) {
		StringWriter text = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180)) {
			csv.printRecord(CSV_HEADER);
			for (Quiz.Question q : quiz.questions()) {
				List<Object> row = new java.util.ArrayList<>(List.of(q.id(), q.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), q.source(),
						q.revision(), q.review(), cell(q.text().zh()), cell(q.text().en()), cell(q.right().zh()), cell(q.right().en())));
				for (int i = 0; i < 3; i++) {
					Bilingual.Text wrong = i < q.wrong().size() ? q.wrong().get(i) : new Bilingual.Text("", "");
					row.add(cell(wrong.zh()));
					row.add(cell(wrong.en()));
				}
				csv.printRecord(row);
			}
		} catch (IOException e) {
			throw new IllegalStateException("writing a quiz as CSV", e);
		}
		return text.toString();
	}

	private static String cell(String value) {
		String text = value == null ? "" : value;
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	/** A text in the language asked for, or in the other when it has none there. */
	private static String in(Bilingual.Text text, Language language) {
		return text.shown(language).text();
	}
}
