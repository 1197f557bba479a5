package org.touchstone.results;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.touchstone.core.CoreMessage;
import org.touchstone.core.InForce;
import org.touchstone.core.MalformedInputException;
import org.touchstone.model.Criterion;
import org.touchstone.model.CustomerSegment;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.Site;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A filled audit form coming back: the CSV or JSON {@link AuditFormFiles} wrote, with values. Every
 * row is checked against the tenant before anything is kept; one bad row refuses the whole file,
 * naming the file, the line (or JSON path) and the field. A row without a value was not observed
 * and is left out.
 */
public final class ResultsFile {
	private static final List<String> REQUIRED = List.of("site", "standard", "revision", "criterion", "value", "observed_at", "observer");

	private ResultsFile() {
	}

	/** The observations a file holds, checked against the tenant; by its extension, CSV or JSON. */
	public static List<Observation> read(Path file, Tenant tenant) {
		String text = decode(file);
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		Checker checker = new Checker(tenant, file);
		if (name.endsWith(".json")) {
			json(file, text, checker);
		} else {
			csv(file, text, checker);
		}
		return checker.finish();
	}

	/**
	 * Rows typed somewhere other than a file (the workbench's audit dialog), by column name as a
	 * file's are, checked the same way; a problem names the row by its number, as a line.
	 *
	 * @param source what the rows are called in a message: the form's name
	 */
	public static List<Observation> check(Tenant tenant, Path source, List<Map<String, String>> rows) {
		Checker checker = new Checker(tenant, source);
		for (int i = 0; i < rows.size(); i++) {
			int line = i + 1;
			checker.row(line, rows.get(i), column -> CoreMessage.of("where.lineColumn", line, column));
		}
		return checker.finish();
	}

	private static void csv(Path file, String text, Checker checker) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
		try (Reader in = new StringReader(text); CSVParser parser = CSVParser.parse(in, format)) {
			Map<String, Integer> header = parser.getHeaderMap();
			for (String column : REQUIRED) {
				if (!header.containsKey(column)) {
					throw new MalformedInputException(file, 1, CoreMessage.of("csv.missingColumn", column, String.join(",", AuditFormFiles.COLUMNS)));
				}
			}
			for (CSVRecord record : parser) {
				int line = (int) parser.getCurrentLineNumber();
				if (!record.isConsistent()) {
					checker.problem(line, CoreMessage.of("csv.fieldCount", CoreMessage.of("where.line", line), record.size(), header.size()));
					continue;
				}
				Map<String, String> values = new HashMap<>();
				for (String column : header.keySet()) {
					values.put(column, record.get(column));
				}
				checker.row(line, values, column -> CoreMessage.of("where.lineColumn", line, column));
			}
		} catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
			throw new MalformedInputException(file, 0, CoreMessage.of("csv.invalid", e.getMessage()));
		}
	}

	private static void json(Path file, String text, Checker checker) {
		JsonObject form;
		try {
			JsonElement root = JsonParser.parseString(text);
			if (!root.isJsonObject()) {
				throw new MalformedInputException(file, 0, CoreMessage.of("results.jsonNotForm"));
			}
			form = root.getAsJsonObject();
		} catch (JsonParseException e) {
			throw new MalformedInputException(file, 0, CoreMessage.of("json.invalid", e.getMessage()));
		}
		JsonArray items = form.has("items") && form.get("items").isJsonArray() ? form.getAsJsonArray("items") : null;
		if (items == null) {
			throw new MalformedInputException(file, 0, CoreMessage.of("json.notAList", "items"));
		}
		for (int i = 0; i < items.size(); i++) {
			if (!items.get(i).isJsonObject()) {
				checker.problem(0, CoreMessage.of("json.notObjects", "items[" + i + "]"));
				continue;
			}
			JsonObject item = items.get(i).getAsJsonObject();
			JsonArray results = item.has("results") && item.get("results").isJsonArray() ? item.getAsJsonArray("results") : new JsonArray();
			for (int r = 0; r < results.size(); r++) {
				String path = "items[" + i + "].results[" + r + "]";
				if (!results.get(r).isJsonObject()) {
					checker.problem(0, CoreMessage.of("json.notObjects", path));
					continue;
				}
				Map<String, String> values = new HashMap<>();
				for (String field : List.of("tenant", "site", "audit")) {
					values.put(field, string(form.get(field)));
				}
				for (String field : List.of("standard", "revision", "criterion")) {
					values.put(field, string(item.get(field)));
				}
				JsonObject result = results.get(r).getAsJsonObject();
				for (String field : List.of("value", "observed_at", "observer", "segment", "note")) {
					values.put(field, string(result.get(field)));
				}
				checker.row(0, values, field -> CoreMessage.of("where.jsonField", path + "." + field));
			}
		}
	}

	private static String string(JsonElement element) {
		return element == null || element.isJsonNull() ? "" : element.isJsonPrimitive() ? element.getAsString() : element.toString();
	}

	/** A file's text, read as UTF-8 without its byte order mark; a file that is not UTF-8 is refused by name. */
	static String decode(Path file) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
			return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
		} catch (CharacterCodingException e) {
			throw new MalformedInputException(file, 0, CoreMessage.of("csv.notUtf8"));
		} catch (IOException e) {
			throw new MalformedInputException(file, 0, CoreMessage.of("file.unreadable", e.getMessage()));
		}
	}

	/** Checks rows one by one against the tenant, keeping the good ones and the problems. */
	private static final class Checker {
		private final Tenant tenant;
		private final Path file;
		private final Map<String, ServiceStandard> standards = new HashMap<>();
		private final Map<String, Site> sites = new HashMap<>();
		private final Map<String, CustomerSegment> segments = new HashMap<>();
		private final List<Observation> rows = new ArrayList<>();
		private final List<CoreMessage> problems = new ArrayList<>();
		private int firstProblemLine;

		Checker(Tenant tenant, Path file) {
			this.tenant = tenant;
			this.file = file;
			tenant.getStandards().forEach(s -> standards.put(s.getKey().toLowerCase(Locale.ROOT), s));
			tenant.getSites().forEach(s -> sites.put(s.getKey().toLowerCase(Locale.ROOT), s));
			tenant.getSegments().forEach(s -> segments.put(String.valueOf(s.getKey()).toLowerCase(Locale.ROOT), s));
		}

		void problem(int line, CoreMessage problem) {
			if (problems.isEmpty()) {
				firstProblemLine = line;
			}
			problems.add(problem);
		}

		void row(int line, Map<String, String> cells, Function<String, CoreMessage> where) {
			Map<String, String> values = new LinkedHashMap<>();
			cells.forEach((k, v) -> values.put(k, v == null ? "" : v.strip()));
			if (values.getOrDefault("value", "").isEmpty()) {
				return;
			}
			CoreMessage problem = check(values, where);
			if (problem != null) {
				problem(line, problem);
			}
		}

		private CoreMessage check(Map<String, String> v, Function<String, CoreMessage> where) {
			for (String field : REQUIRED) {
				if (v.getOrDefault(field, "").isEmpty()) {
					return CoreMessage.of("row.empty", where.apply(field));
				}
			}
			String tenantId = v.getOrDefault("tenant", "");
			if (!tenantId.isEmpty() && !tenantId.equals(tenant.getId())) {
				return CoreMessage.of("results.otherTenant", where.apply("tenant"), tenantId, tenant.getId());
			}
			Site site = sites.get(v.get("site").toLowerCase(Locale.ROOT));
			if (site == null) {
				return CoreMessage.of("results.unknownSite", where.apply("site"), v.get("site"), tenant.getId());
			}
			ServiceStandard standard = standards.get(v.get("standard").toLowerCase(Locale.ROOT));
			if (standard == null) {
				return CoreMessage.of("results.unknownStandard", where.apply("standard"), v.get("standard"), tenant.getId());
			}
			StandardRevision revision = null;
			try {
				int number = Integer.parseInt(v.get("revision").replaceFirst("^[rR]", ""));
				revision = standard.getRevisions().stream().filter(r -> r.getNumber() == number).findFirst().orElse(null);
			} catch (NumberFormatException e) {
				// named below
			}
			if (revision == null) {
				return CoreMessage.of("results.unknownRevision", where.apply("revision"), v.get("revision"), standard.getKey());
			}
			int criterion;
			try {
				criterion = Integer.parseInt(v.get("criterion"));
			} catch (NumberFormatException e) {
				criterion = -1;
			}
			if (criterion < 1 || criterion > Math.max(1, revision.getCriteria().size())) {
				return CoreMessage.of("results.unknownCriterion", where.apply("criterion"), v.get("criterion"), standard.getKey(), revision.getNumber(),
						Math.max(1, revision.getCriteria().size()));
			}
			LocalDateTime at = time(v.get("observed_at"));
			if (at == null) {
				return CoreMessage.of("results.badTime", where.apply("observed_at"), v.get("observed_at"));
			}
			LocalDate day = at.toLocalDate();
			if (revision.getEffectiveDate() == null || day.isBefore(revision.getEffectiveDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate())) {
				return CoreMessage.of("results.notInForce", where.apply("revision"), standard.getKey(), revision.getNumber(), day);
			}
			if (!InForce.appliesAt(revision, site, day)) {
				return CoreMessage.of("results.notAtSite", where.apply("site"), standard.getKey(), revision.getNumber(), site.getKey(), day);
			}
			Criterion c = criterion <= revision.getCriteria().size() ? revision.getCriteria().get(criterion - 1) : null;
			Answer answer = c == null ? Answer.YES_NO : Answer.of(c);
			Double value = answer.parse(v.get("value"));
			if (value == null) {
				return CoreMessage.of("results.badValue", where.apply("value"), v.get("value"), answer.description());
			}
			String segment = v.getOrDefault("segment", "");
			if (!segment.isEmpty()) {
				CustomerSegment s = segments.get(segment.toLowerCase(Locale.ROOT));
				if (s == null) {
					return CoreMessage.of("results.unknownSegment", where.apply("segment"), segment, tenant.getId());
				}
				segment = s.getKey();
			}
			String audit = v.getOrDefault("audit", "");
			String note = v.getOrDefault("note", "");
			rows.add(new Observation(standard.getKey(), revision.getNumber(), criterion, site.getKey(), segment.isEmpty() ? null : segment, at, value,
					v.get("observer"), audit.isEmpty() ? site.getKey() + "-" + at.toLocalDate() : audit, note.isEmpty() ? null : note));
			return null;
		}

		/** Every good row, or the file refused for its first bad row (and a count of the others). */
		List<Observation> finish() {
			if (!problems.isEmpty()) {
				throw new MalformedInputException(file, firstProblemLine, problems.size() > 1
						? CoreMessage.of("import.badRows", problems.get(0), problems.size() - 1) : CoreMessage.of("import.badRow", problems.get(0)));
			}
			return rows;
		}
	}

	/** A time as an observer writes it: 2026-12-02 14:30, 2026-12-02T14:30:15, or a day alone (noon is assumed). */
	static LocalDateTime time(String text) {
		String t = text.strip().replace('/', '-');
		try {
			if (t.length() == 10) {
				return LocalDate.parse(t).atTime(12, 0);
			}
			return LocalDateTime.parse(t.replace(' ', 'T'));
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
