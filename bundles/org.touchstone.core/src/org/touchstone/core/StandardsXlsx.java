package org.touchstone.core;

import java.io.IOException;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.touchstone.core.internal.AtomicFile;
import org.touchstone.model.Comparison;
import org.touchstone.model.Dimension;
import org.touchstone.model.Language;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.Status;
import org.touchstone.model.Tenant;

/**
 * Service standards in an Excel workbook (.xlsx), with the same columns as {@link StandardsCsv}.
 * <p>
 * Reading takes every sheet whose header row names the columns, in English or Chinese (matched
 * with full-width characters made half-width, spaces dropped and case ignored: {@code ＩＤ},
 * {@code 阈 值} and {@code Title-ZH} all serve). A merged cell counts for every row it spans, so a
 * dimension or touchpoint merged down a group applies to each standard in it. Numbers are read as
 * Excel stores them (a percentage cell holding 0.95 is 95), dates as dates, formulas by the value
 * Excel last computed. Every row is checked before anything changes, and a bad one is named by
 * sheet, row and column as the workbook shows them.
 * <p>
 * Writing makes one sheet with a dimension column (a sheet per dimension would split what a
 * filter already separates, and the round trip would have to join them again): a frozen header in
 * the tenant's language, column widths that fit, lists to pick dimension, comparison, unit and
 * status from, and both languages of every text.
 */
public final class StandardsXlsx {
	/** The status of the newest revision: written for the reader's information, ignored when read back. */
	private static final String STATUS = "status";
	private static final int VALIDATED_ROWS = 2000;
	/** The key of the sheet's name in the column names' bundle, which is not a column. */
	private static final String SHEET_NAME = "sheet.name";
	/** What {@link #text} throws for a formula without a value Excel computed (any other throw names an error cell's code). */
	private static final String FORMULA_WITHOUT_VALUE = "formula";

	static {
		// POI logs through the Log4j API, and with no Log4j implementation installed the API prints
		// a complaint to standard error on first use. Its own simple logger, switched off, keeps the
		// command line's output to what Touchstone says; a failure still reaches the user as our message.
		if (System.getProperty("log4j2.loggerContextFactory") == null) {
			System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
			System.setProperty("log4j2.simplelogLevel", "OFF");
			System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
		}
	}

	private StandardsXlsx() {
	}

	// Reading

	static List<StandardsCsv.Row> read(java.nio.file.Path file, Tenant tenant) {
		Map<String, String> headers = headerNames();
		List<StandardsCsv.Row> rows = new ArrayList<>();
		List<CoreMessage> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		boolean anySheet = false;
		// Opened from a stream, so the file is never written; POI's WorkbookFactory finds the .xlsx
		// reader through a service loader, which does not see across OSGi bundles.
		try (java.io.InputStream in = java.nio.file.Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
			for (Sheet sheet : workbook) {
				Map<Integer, String> columns = new LinkedHashMap<>();
				int headerRow = header(sheet, headers, columns, file);
				if (headerRow < 0) {
					continue;
				}
				anySheet = true;
				Map<Integer, String> shown = new HashMap<>();
				Row header = sheet.getRow(headerRow);
				columns.keySet().forEach(c -> shown.put(c, header.getCell(c).getStringCellValue().strip()));
				Map<String, Integer> byName = new HashMap<>();
				columns.forEach((c, name) -> byName.put(name, c));
				Map<Long, Cell> merged = merged(sheet);
				for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
					Map<String, String> values = new LinkedHashMap<>();
					boolean blank = true;
					for (Map.Entry<Integer, String> column : columns.entrySet()) {
						Cell cell = cell(sheet, r, column.getKey(), merged);
						String value;
						try {
							value = text(cell);
						} catch (IllegalArgumentException e) {
							problems.add(CoreMessage.of("row.problem", CoreMessage.of("where.column", CoreMessage.of("where.sheetRow", sheet.getSheetName(), r + 1),
									shown.get(column.getKey())), e.getMessage().equals(FORMULA_WITHOUT_VALUE) ? CoreMessage.of("xlsx.formula")
											: CoreMessage.of("xlsx.errorCell", e.getMessage())));
							value = "";
						}
						if (!column.getValue().equals(STATUS)) {
							values.put(column.getValue(), value);
						}
						blank &= value.isEmpty() || merged.containsKey(key(r, column.getKey())) && !isTopLeft(merged.get(key(r, column.getKey())), r);
					}
					if (blank) {
						continue;
					}
					StandardsCsv.Where where = new StandardsCsv.Where(CoreMessage.of("where.sheetRow", sheet.getSheetName(), r + 1),
							name -> byName.containsKey(name) ? shown.get(byName.get(name)) : name);
					CoreMessage problem = StandardsCsv.check(values, where, tenant, seen, rows);
					if (problem != null) {
						problems.add(problem);
					}
				}
			}
		} catch (IOException | RuntimeException e) {
			if (e instanceof TouchstoneException t) {
				throw t;
			}
			throw new MalformedInputException(file, 0, CoreMessage.of("xlsx.unreadable", e.getMessage()));
		}
		if (!anySheet) {
			throw new MalformedInputException(file, 0, CoreMessage.of("xlsx.noHeader"));
		}
		if (!problems.isEmpty()) {
			throw new MalformedInputException(file, 0, StandardsCsv.badRows(problems));
		}
		return rows;
	}

	/**
	 * The header row of a sheet (its first row with a cell filled) and its columns by canonical
	 * name; -1 for a sheet whose first row names no column at all (a sheet of notes). A header that
	 * names some columns and not others is refused, naming the cell.
	 */
	private static int header(Sheet sheet, Map<String, String> headers, Map<Integer, String> columns, java.nio.file.Path file) {
		for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || row.getLastCellNum() < 0) {
				continue;
			}
			List<String> unknown = new ArrayList<>();
			for (Cell cell : row) {
				if (cell.getCellType() != CellType.STRING || cell.getStringCellValue().isBlank()) {
					continue;
				}
				String canonical = headers.get(normalise(cell.getStringCellValue()));
				if (canonical == null) {
					unknown.add((cell.getColumnIndex() + 1) + " '" + cell.getStringCellValue().strip() + "'");
				} else {
					columns.put(cell.getColumnIndex(), canonical);
				}
			}
			if (columns.isEmpty()) {
				return -1;
			}
			if (!unknown.isEmpty()) {
				throw new MalformedInputException(file, 0, CoreMessage.of("xlsx.unknownColumns", CoreMessage.of("where.sheetRow", sheet.getSheetName(), r + 1),
						String.join(", ", unknown), String.join(",", StandardsCsv.COLUMNS)));
			}
			return r;
		}
		return -1;
	}

	/** Every name a header may give a column, normalised, to the column's canonical name. */
	private static Map<String, String> headerNames() {
		Map<String, String> names = new HashMap<>();
		for (Locale locale : List.of(Locale.ROOT, Locale.CHINESE)) {
			ResourceBundle bundle = columnNames(locale);
			for (String canonical : bundle.keySet()) {
				if (canonical.equals(SHEET_NAME)) {
					continue;
				}
				names.put(normalise(canonical), canonical);
				for (String name : bundle.getString(canonical).split("\\|")) {
					names.put(normalise(name), canonical);
				}
			}
		}
		return names;
	}

	private static ResourceBundle columnNames(Locale locale) {
		return MessageFiles.read("org.touchstone.core.standard_columns", locale, StandardsXlsx.class);
	}

	/** A header as it is compared: full-width made half-width (NFKC), spaces, hyphens and underscores dropped, case ignored. */
	static String normalise(String header) {
		return Normalizer.normalize(header, Normalizer.Form.NFKC).replaceAll("[\\s_\\-\\u3000]+", "").toLowerCase(Locale.ROOT);
	}

	private static long key(int row, int column) {
		return ((long) row << 20) | column;
	}

	/** Each cell inside a merged region, to the region's first cell, which holds its value. */
	private static Map<Long, Cell> merged(Sheet sheet) {
		Map<Long, Cell> merged = new HashMap<>();
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			Row first = sheet.getRow(region.getFirstRow());
			Cell topLeft = first == null ? null : first.getCell(region.getFirstColumn());
			for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
				for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
					merged.put(key(r, c), topLeft);
				}
			}
		}
		return merged;
	}

	private static boolean isTopLeft(Cell cell, int row) {
		return cell != null && cell.getRowIndex() == row;
	}

	private static Cell cell(Sheet sheet, int r, int c, Map<Long, Cell> merged) {
		if (merged.containsKey(key(r, c))) {
			return merged.get(key(r, c));
		}
		Row row = sheet.getRow(r);
		return row == null ? null : row.getCell(c);
	}

	/** A cell's value as the text a CSV cell would hold. */
	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
		case STRING -> cell.getStringCellValue().strip();
		case NUMERIC -> number(cell);
		case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
		case BLANK, _NONE -> "";
		case ERROR -> throw new IllegalArgumentException(String.valueOf(cell.getErrorCellValue()));
		case FORMULA -> throw new IllegalArgumentException(FORMULA_WITHOUT_VALUE);
		};
	}

	private static String number(Cell cell) {
		if (DateUtil.isCellDateFormatted(cell)) {
			return cell.getDateCellValue().toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
		}
		double value = cell.getNumericCellValue();
		String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
		if (format != null && format.contains("%")) {
			value *= 100;
		}
		// Floating-point noise from the percentage (0.95 * 100 = 94.99999999999999) is rounded away.
		return RevisionDiff.number(Math.round(value * 1e9) / 1e9);
	}

	// Writing

	/** Writes a tenant's standards (their newest revisions) as an .xlsx workbook a quality manager can edit and import again. */
	public static void export(Tenant tenant, java.nio.file.Path file) throws IOException {
		boolean chinese = tenant.getLocale() != Language.EN;
		ResourceBundle names = columnNames(chinese ? Locale.CHINESE : Locale.ROOT);
		List<String> columns = new ArrayList<>(StandardsCsv.COLUMNS);
		columns.add(STATUS);
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(names.getString(SHEET_NAME));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			int[] widths = new int[columns.size()];
			for (int c = 0; c < columns.size(); c++) {
				String name = names.getString(columns.get(c)).split("\\|")[0];
				Cell cell = header.createCell(c);
				cell.setCellValue(name);
				cell.setCellStyle(bold);
				widths[c] = EastAsianWidth.columns(name);
			}
			int r = 1;
			for (ServiceStandard standard : tenant.getStandards()) {
				Row row = sheet.createRow(r++);
				List<String> values = new ArrayList<>(StandardsCsv.values(standard));
				values.add(DocumentControl.latest(standard).getStatus().getLiteral());
				for (int c = 0; c < values.size(); c++) {
					String value = values.get(c);
					if (value.isEmpty()) {
						continue;
					}
					Cell cell = row.createCell(c);
					if (StandardsCsv.NUMBERS.contains(columns.get(c))) {
						cell.setCellValue(Double.parseDouble(value));
					} else {
						cell.setCellValue(value);
					}
					widths[c] = Math.max(widths[c], EastAsianWidth.columns(value));
				}
			}
			for (int c = 0; c < columns.size(); c++) {
				sheet.setColumnWidth(c, Math.min(60, widths[c] + 2) * 256);
			}
			sheet.createFreezePane(0, 1);
			DataValidationHelper helper = sheet.getDataValidationHelper();
			choose(sheet, helper, columns.indexOf("dimension"), tenant.getDimensions().stream().map(Dimension::getCode).toList());
			choose(sheet, helper, columns.indexOf("comparison"), Comparison.VALUES.stream().map(Comparison::getLiteral).toList());
			choose(sheet, helper, columns.indexOf("unit"), units(tenant));
			choose(sheet, helper, columns.indexOf(STATUS), Status.VALUES.stream().map(Status::getLiteral).toList());
			Workbook written = workbook;
			AtomicFile.write(file, written::write);
		}
	}

	private static List<String> units(Tenant tenant) {
		Set<String> units = new LinkedHashSet<>();
		for (ServiceStandard s : tenant.getStandards()) {
			var c = DocumentControl.primaryCriterion(DocumentControl.latest(s));
			if (c != null && c.getUnit() != null && !c.getUnit().isBlank()) {
				units.add(c.getUnit());
			}
		}
		return List.copyOf(units);
	}

	/** A list to pick a column's value from, for the rows a quality manager is likely to fill. */
	private static void choose(Sheet sheet, DataValidationHelper helper, int column, List<String> values) {
		if (column < 0 || values.isEmpty()) {
			return;
		}
		DataValidationConstraint constraint = helper.createExplicitListConstraint(values.toArray(String[]::new));
		DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, VALIDATED_ROWS, column, column));
		validation.setShowErrorBox(true);
		validation.setSuppressDropDownArrow(true);
		sheet.addValidationData(validation);
	}
}
