package org.touchstone.core;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.touchstone.core.internal.AtomicFile;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.touchstone.model.Criterion;
import org.touchstone.model.TouchstonePackage;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;

/**
 * Service standards as CSV, one row per standard (its newest revision), with the header
 * {@code id,title-zh,title-en,dimension,statement-zh,statement-en,metric-zh,metric-en,comparison,threshold,unit,compliance-target,observation-zh,observation-en,owner,touchpoint,expectation-level,contact-situations,gaps}.
 * Texts have a column per language; a file with the older single columns ({@code title},
 * {@code statement}, {@code observation}, {@code metric}) is read with those texts in the tenant's
 * language. A row carries a standard's first criterion: the others of an existing standard are kept.
 * Reading accepts UTF-8 with or without a byte-order mark and is all or nothing: every row is
 * checked before the first is applied, and a bad row or an unknown column is reported by row and
 * column. Writing produces what Excel opens correctly: UTF-8 with a byte-order mark, CRLF.
 * <p>
 * A text cell that a spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a
 * carriage return) is written with a leading apostrophe, as OWASP advises against CSV injection;
 * reading takes that apostrophe off again, so an export imports back unchanged.
 */
public final class StandardsCsv {
	/** The columns, in the order they are written. */
	public static final List<String> COLUMNS = List.of("id", "title-zh", "title-en", "dimension", "statement-zh", "statement-en", "metric-zh",
			"metric-en", "comparison", "threshold", "unit", "compliance-target", "observation-zh", "observation-en", "owner", "touchpoint",
			"expectation-level", "contact-situations", "gaps");
	/** Every column a file may have: the ones written, and the single-language texts of older files. */
	private static final List<String> ACCEPTED = accepted();
	private static final Set<String> REQUIRED = Set.of("id", "dimension");
	/** Texts a row must have in at least one language. */
	private static final List<String> REQUIRED_TEXTS = List.of("title", "statement");
	private static final char BOM = '\uFEFF';

	private StandardsCsv() {
	}

	private static List<String> accepted() {
		List<String> all = new ArrayList<>(List.of("id"));
		all.addAll(List.of(StandardChange.FIELDS));
		return List.copyOf(all);
	}

	/** One checked row, ready to apply; {@code where} names it in messages ({@code row 14}, {@code sheet 服务标准, row 14}). */
	record Row(CoreMessage where, String key, StandardChange change) {
	}

	/**
	 * Where a row is, for its messages: the row's own words and each column's name as its file
	 * writes it (the CSV's column, or a workbook's header such as {@code 阈值}).
	 */
	record Where(CoreMessage row, java.util.function.Function<String, String> column) {
		CoreMessage at(String canonicalColumn) {
			return CoreMessage.of("where.column", row, column.apply(canonicalColumn));
		}
	}

	/** Applies checked rows inside a change: new keys become draft standards, known keys are edited under document control. */
	static int apply(Tenant tenant, DocumentControl control, Context context, Path file, List<Row> rows) {
		// Keys are looked up in a map made once: a look-up per row through the tenant's standards
		// makes a large import quadratic.
		Map<String, ServiceStandard> byKey = new HashMap<>();
		for (ServiceStandard s : tenant.getStandards()) {
			byKey.putIfAbsent(s.getKey().toLowerCase(Locale.ROOT), s);
		}
		for (Row row : rows) {
			ServiceStandard existing = byKey.get(row.key().toLowerCase(Locale.ROOT));
			try {
				if (existing == null) {
					ServiceStandard added = control.newStandard(tenant, context, row.key(), row.change());
					tenant.getStandards().add(added);
					byKey.put(row.key().toLowerCase(Locale.ROOT), added);
				} else {
					control.editWithin(tenant, existing, context, row.change());
				}
			} catch (LifecycleException | InvalidValueException e) {
				throw new MalformedInputException(file, 0, CoreMessage.of("import.badRow", CoreMessage.of("row.problem", row.where(), e.coreMessage())));
			}
		}
		return rows.size();
	}

	/** Reads and checks every row against the tenant; nothing is changed. */
	static List<Row> read(Path file, Tenant tenant) {
		String text = decode(file);
		if (!text.isEmpty() && text.charAt(0) == BOM) {
			text = text.substring(1);
		}
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
		List<Row> rows = new ArrayList<>();
		List<CoreMessage> problems = new ArrayList<>();
		int firstProblemLine = 0;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			Map<String, Integer> header = parser.getHeaderMap();
			checkHeader(file, header);
			Set<String> seen = new HashSet<>();
			for (CSVRecord record : parser) {
				int row = (int) record.getRecordNumber() + 1;
				CoreMessage problem = check(record, row, tenant, seen, rows);
				if (problem != null) {
					if (problems.isEmpty()) {
						firstProblemLine = (int) parser.getCurrentLineNumber();
					}
					problems.add(problem);
				}
			}
		} catch (IOException | UncheckedIOException | IllegalStateException e) {
			throw new MalformedInputException(file, 0, CoreMessage.of("csv.invalid", e.getMessage()));
		}
		if (!problems.isEmpty()) {
			throw new MalformedInputException(file, firstProblemLine, badRows(problems));
		}
		return rows;
	}

	private static String decode(Path file) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
		} catch (CharacterCodingException e) {
			throw new MalformedInputException(file, 0, CoreMessage.of("csv.notUtf8"));
		} catch (IOException e) {
			throw new MalformedInputException(file, 0, CoreMessage.of("file.unreadable", e.getMessage()));
		}
	}

	private static void checkHeader(Path file, Map<String, Integer> header) {
		for (Map.Entry<String, Integer> column : header.entrySet()) {
			if (!ACCEPTED.contains(column.getKey())) {
				throw new MalformedInputException(file, 1, CoreMessage.of("csv.unknownColumn", column.getValue() + 1, column.getKey(), String.join(",", COLUMNS)));
			}
		}
		for (String required : REQUIRED) {
			if (!header.containsKey(required)) {
				throw new MalformedInputException(file, 1, CoreMessage.of("csv.missingColumn", required, String.join(",", COLUMNS)));
			}
		}
		for (String text : REQUIRED_TEXTS) {
			if (!header.containsKey(text) && !header.containsKey(text + "-zh") && !header.containsKey(text + "-en")) {
				throw new MalformedInputException(file, 1, CoreMessage.of("csv.noTextColumn", text));
			}
		}
	}

	private static CoreMessage check(CSVRecord record, int row, Tenant tenant, Set<String> seen, List<Row> rows) {
		if (!record.isConsistent()) {
			return CoreMessage.of("csv.fieldCount", CoreMessage.of("where.row", row), record.size(), record.getParser().getHeaderNames().size());
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (String column : record.getParser().getHeaderNames()) {
			values.put(column, fromCell(record.get(column)));
		}
		return check(values, new Where(CoreMessage.of("where.row", row), column -> column), tenant, seen, rows);
	}

	/**
	 * Checks one row's values, by column name, against the tenant and the rows before it; a good
	 * row is added to {@code rows}. Shared by CSV and Excel files.
	 *
	 * @return the problem, or null
	 */
	static CoreMessage check(Map<String, String> values, Where where, Tenant tenant, Set<String> seen, List<Row> rows) {
		for (String required : REQUIRED) {
			if (values.getOrDefault(required, "").isEmpty()) {
				return CoreMessage.of("row.empty", where.at(required));
			}
		}
		for (String text : REQUIRED_TEXTS) {
			if (Stream.of(text, text + "-zh", text + "-en").allMatch(c -> values.getOrDefault(c, "").isEmpty())) {
				return CoreMessage.of("row.textEmpty", where.row(), text);
			}
		}
		String key = values.get("id");
		if (!key.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
			return CoreMessage.of("row.keyInvalid", where.at("id"), key);
		}
		if (!seen.add(key.toLowerCase())) {
			return CoreMessage.of("row.keyTwice", where.at("id"), key);
		}
		try {
			DocumentControl.dimension(tenant, values.get("dimension"));
		} catch (InvalidValueException e) {
			return CoreMessage.of("where.column", where.row(), e.coreMessage());
		}
		String threshold = values.getOrDefault("threshold", "");
		if (!threshold.isEmpty()) {
			try {
				Double.parseDouble(threshold);
			} catch (NumberFormatException e) {
				return CoreMessage.of("row.notANumber", where.at("threshold"), threshold);
			}
		}
		StandardChange change = new StandardChange();
		values.forEach((column, value) -> {
			if (!column.equals("id")) {
				change.set(column, fromCell(value));
			}
		});
		rows.add(new Row(where.row(), key, change));
		return null;
	}

	/** The first bad row of a file, and how many more there are: nothing of the file is imported. */
	static CoreMessage badRows(List<CoreMessage> problems) {
		return problems.size() > 1 ? CoreMessage.of("import.badRows", problems.get(0), problems.size() - 1) : CoreMessage.of("import.badRow", problems.get(0));
	}

	/** Writes a tenant's standards (their newest revisions) as CSV for Excel. */
	public static void export(Tenant tenant, Path file) throws IOException {
		AtomicFile.write(file, out -> {
			Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write(BOM);
			CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
			for (ServiceStandard standard : tenant.getStandards()) {
				List<String> cells = new ArrayList<>();
				List<String> values = values(standard);
				for (int i = 0; i < values.size(); i++) {
					cells.add(NUMBERS.contains(COLUMNS.get(i)) ? values.get(i) : toCell(values.get(i)));
				}
				printer.printRecord(cells);
			}
			printer.flush();
		});
	}

	/** The columns a row would change in a standard's newest revision: those whose value differs from what it holds now. */
	static List<String> changedColumns(ServiceStandard standard, StandardChange change) {
		List<String> current = values(standard);
		List<String> changed = new ArrayList<>();
		for (Map.Entry<String, String> entry : change.values().entrySet()) {
			int column = COLUMNS.indexOf(entry.getKey());
			String now = column < 0 ? null : current.get(column);
			String next = entry.getValue() == null ? "" : entry.getValue().strip();
			boolean same = now != null && (now.equals(next) || NUMBERS.contains(entry.getKey()) && sameNumber(now, next));
			if (!same) {
				changed.add(entry.getKey());
			}
		}
		return changed;
	}

	private static boolean sameNumber(String a, String b) {
		try {
			return !a.isEmpty() && !b.isEmpty() && Double.parseDouble(a) == Double.parseDouble(b);
		} catch (NumberFormatException e) {
			return false;
		}
	}

	/** The columns that hold numbers. */
	static final Set<String> NUMBERS = Set.of("threshold", "compliance-target");

	/** A standard's newest revision as the values of {@link #COLUMNS}, as they are (a CSV writes texts with {@link #toCell}). */
	static List<String> values(ServiceStandard standard) {
		StandardRevision r = DocumentControl.latest(standard);
		Criterion c = DocumentControl.primaryCriterion(r);
		List<String> cells = new ArrayList<>();
		cells.add(standard.getKey());
		texts(cells, r, TouchstonePackage.Literals.STANDARD_REVISION__TITLE);
		cells.add(r.getDimension() == null ? "" : r.getDimension().getCode());
		texts(cells, r, TouchstonePackage.Literals.STANDARD_REVISION__STATEMENT);
		texts(cells, c, TouchstonePackage.Literals.CRITERION__METRIC);
		cells.add(c == null || c.getComparison() == null ? "" : c.getComparison().getLiteral());
		cells.add(c == null || c.getThreshold() == null ? "" : RevisionDiff.number(c.getThreshold()));
		cells.add(c == null || c.getUnit() == null ? "" : c.getUnit());
		cells.add(c == null || c.getComplianceTarget() == null ? "" : RevisionDiff.number(c.getComplianceTarget()));
		texts(cells, r, TouchstonePackage.Literals.STANDARD_REVISION__OBSERVATION);
		cells.add(r.getOwner() == null ? "" : r.getOwner());
		cells.add(r.getTouchpoint() == null ? "" : r.getTouchpoint().getKey());
		cells.add(r.isSetExpectationLevel() ? r.getExpectationLevel().getLiteral() : "");
		cells.add(r.getContactSituations().stream().map(Enumerator::getLiteral).collect(Collectors.joining(",")));
		cells.add(r.getGaps().stream().map(Enumerator::getLiteral).collect(Collectors.joining(",")));
		return cells;
	}

	private static void texts(List<String> cells, EObject holder, EAttribute chinese) {
		Bilingual.Text text = Bilingual.of(holder, chinese);
		cells.add(text.zh() == null ? "" : text.zh());
		cells.add(text.en() == null ? "" : text.en());
	}

	/** A text cell as written: one a spreadsheet would run as a formula gets a leading apostrophe. */
	static String toCell(String text) {
		if (text == null || text.isEmpty() || !FORMULA_START.contains(text.charAt(0)) || isNumber(text)) {
			return text;
		}
		return "'" + text;
	}

	/** A cell as read: the apostrophe that {@link #toCell} put in front of a formula character is taken off. */
	static String fromCell(String cell) {
		if (cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_START.contains(cell.charAt(1))) {
			return cell.substring(1);
		}
		return cell;
	}

	private static final Set<Character> FORMULA_START = Set.of('=', '+', '-', '@', '\t', '\r');

	private static boolean isNumber(String text) {
		try {
			Double.parseDouble(text);
			return true;
		} catch (NumberFormatException e) {
			return false;
		}
	}
}
