package org.touchstone.results;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.touchstone.core.RevisionDiff;
import org.touchstone.model.Comparison;
import org.touchstone.model.Language;

import com.google.gson.stream.JsonWriter;

/**
 * An audit form written out for the field: CSV for a team's spreadsheet, JSON for an app, and a
 * printable page. The CSV and JSON come back filled in through {@link ResultsFile}: the columns
 * an observer fills are {@code value}, {@code observed_at}, {@code observer}, and optionally
 * {@code segment} and {@code note}; a row may be copied for each further observation.
 */
public final class AuditFormFiles {
	/** The columns of a form's CSV, in order; the first eight and the last five are what an import reads. */
	public static final List<String> COLUMNS = List.of("tenant", "site", "audit", "standard", "revision", "criterion", "touchpoint", "title", "metric",
			"requirement", "answer", "method", "value", "observed_at", "observer", "segment", "note");

	private AuditFormFiles() {
	}

	/** The form as CSV (UTF-8 with a byte order mark, so that Excel reads the Chinese). */
	public static void csv(AuditForm form, Language language, Writer out) throws IOException {
		out.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
			for (AuditItem item : form.items()) {
				csv.printRecord(form.tenant(), form.site().getKey(), form.id(), item.standard(), item.revision(), item.criterion(), item.touchpoint(),
						item.title().shown(language).text(), item.metric().shown(language).text(), requirement(item, language), item.answer().label(),
						item.method().shown(language).text(), "", "", "", "", "");
			}
		}
	}

	/** The form as JSON: the form's facts and its items, each with an empty {@code results} list to fill. */
	public static void json(AuditForm form, Language language, Writer out) throws IOException {
		JsonWriter json = new JsonWriter(out);
		json.setIndent(" ");
		json.beginObject().name("tenant").value(form.tenant()).name("site").value(form.site().getKey()).name("audit").value(form.id()).name("date")
				.value(form.day().toString()).name("items").beginArray();
		for (AuditItem item : form.items()) {
			json.beginObject().name("standard").value(item.standard()).name("revision").value(item.revision()).name("criterion").value(item.criterion())
					.name("touchpoint").value(item.touchpoint()).name("title").value(item.title().shown(language).text()).name("metric")
					.value(item.metric().shown(language).text()).name("comparison").value(item.comparison() == null ? null : item.comparison().getLiteral())
					.name("threshold").value(item.threshold()).name("unit").value(item.unit()).name("requirement").value(requirement(item, language))
					.name("answer").value(item.answer().label()).name("results").beginArray().endArray().endObject();
		}
		json.endArray().endObject().flush();
	}

	/** The form as a page to print and fill by hand: a table per touchpoint, with space for the values. */
	public static void html(AuditForm form, String siteName, Language language, Writer out) throws IOException {
		boolean zh = language == Language.ZH;
		out.write("<!DOCTYPE html>\n<html lang=\"" + (zh ? "zh" : "en") + "\"><head><meta charset=\"utf-8\"><title>" + text(form.id())
				+ "</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%;margin-bottom:1.5em}"
				+ "th,td{border:1px solid #555;padding:.3em .5em;text-align:left;vertical-align:top}td.fill{width:7em}"
				+ "@media print{h2{break-after:avoid}tr{break-inside:avoid}}</style></head><body>\n");
		out.write("<h1>" + text(siteName) + " · " + form.day() + "</h1>\n<p>" + text(form.id()) + " · " + (zh ? "观察员：" : "Observer: ")
				+ "________________</p>\n");
		String touchpoint = null;
		for (AuditItem item : form.items()) {
			if (!item.touchpoint().equals(touchpoint)) {
				if (touchpoint != null) {
					out.write("</table>\n");
				}
				touchpoint = item.touchpoint();
				String name = item.touchpointName().shown(language).text();
				out.write("<h2>" + text(name.isEmpty() ? item.touchpoint() : name) + "</h2>\n<table><tr><th>" + (zh ? "标准" : "Standard") + "</th><th>"
						+ (zh ? "要求" : "Requirement") + "</th><th>" + (zh ? "结果" : "Result") + "</th><th>" + (zh ? "时间" : "Time") + "</th><th>"
						+ (zh ? "备注" : "Notes") + "</th></tr>\n");
			}
			out.write("<tr><td>" + text(item.standard() + " r" + item.revision() + "." + item.criterion()) + "<br>" + text(item.title().shown(language).text())
					+ "</td><td>" + text(requirement(item, language)) + "</td><td class=\"fill\"></td><td class=\"fill\"></td><td class=\"fill\"></td></tr>\n");
		}
		if (touchpoint != null) {
			out.write("</table>\n");
		}
		out.write("</body></html>\n");
		out.flush();
	}

	/** What an item asks, in words: "time from entering to being greeted ≤ 30 秒". */
	public static String requirement(AuditItem item, Language language) {
		String metric = item.metric().shown(language).text();
		if (item.threshold() == null) {
			return metric + (language == Language.ZH ? "（是/否）" : " (yes/no)");
		}
		String sign = item.comparison() == Comparison.AT_LEAST ? "≥" : item.comparison() == Comparison.EXACTLY ? "=" : "≤";
		String unit = item.unit() == null || item.unit().isBlank() ? "" : " " + item.unit();
		String segments = item.segmentThresholds().isEmpty() ? "" : " (" + item.segmentThresholds() + ")";
		return metric + " " + sign + " " + RevisionDiff.number(item.threshold()) + unit + segments;
	}

	/** Text for an HTML page: the five characters with a meaning in markup are escaped, nothing else is needed. */
	private static String text(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> out.append(c);
			}
		}
		return out.toString();
	}
}
