package org.touchstone.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchstone.core.tests.Fixtures.as;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.Importer;
import org.touchstone.core.MalformedInputException;
import org.touchstone.core.StandardChange;
import org.touchstone.core.StandardsXlsx;
import org.touchstone.model.Language;
import org.touchstone.model.StandardRevision;

/**
 * Standards from the Excel workbooks quality teams keep: made here with POI as Excel would save them
 * (Chinese and full-width headers, merged dimension cells, percentages, formulas, several sheets),
 * imported whole or not at all, and written back as a workbook that imports unchanged.
 */
class ExcelTest {
	@TempDir
	Path dir;
	Fixtures f;
	Importer importer;

	@BeforeEach
	void setUp() {
		f = new Fixtures(dir, Language.ZH);
		importer = new Importer(f.workspace, f.control);
	}

	private static void row(Sheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);
		for (int c = 0; c < values.length; c++) {
			if (values[c] == null) {
				continue;
			}
			Cell cell = row.createCell(c);
			if (values[c] instanceof Number n) {
				cell.setCellValue(n.doubleValue());
			} else {
				cell.setCellValue(values[c].toString());
			}
		}
	}

	private Path save(Workbook workbook, String name) throws Exception {
		Path file = dir.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		workbook.close();
		return file;
	}

	private StandardRevision latest(String key) {
		return DocumentControl.latest(f.control.standard(as("tom"), key));
	}

	@Test
	void importsChineseFullWidthHeadersMergedDimensionsPercentagesFormulasAndEverySheet() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet notes = workbook.createSheet("说明");
		row(notes, 0, "请按表头填写，每行一条标准。");
		Sheet standards = workbook.createSheet("服务标准");
		row(standards, 0, "　编号　", "标题", "维 度", "标准陈述", "阈值", "单位", "ＯＷＮＥＲ", "达标率", "理由");
		row(standards, 1, "G-1", "大堂问候", "timeliness", "客人进入大堂，30秒内听到问候。", null, "秒", "lin", 0.95);
		row(standards, 2, "G-2", "电话接听", null, "铃响三声内接听。", 3, "声", "lin", null);
		standards.addMergedRegion(new CellRangeAddress(1, 2, 2, 2));
		standards.getRow(1).createCell(4).setCellFormula("20+10");
		workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		CellStyle percent = workbook.createCellStyle();
		percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
		standards.getRow(1).getCell(7).setCellStyle(percent);
		CellStyle date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		Cell decided = standards.getRow(1).createCell(8);
		decided.setCellValue(java.time.LocalDate.of(2026, 11, 30));
		decided.setCellStyle(date);
		Sheet more = workbook.createSheet("Other");
		row(more, 0, "id", "Title-ZH", "dimension", "statement_zh");
		row(more, 1, "G-3", "入住办理", "timeliness", "无排队时三分钟内交房卡。");
		Path file = save(workbook, "standards.xlsx");

		List<String> preview = importer.preview(as("quinn"), List.of(file)).stream().map(Object::toString).toList();
		assertTrue(preview.get(0).contains("sheet 服务标准, row 2: standard G-1 is added"), preview.toString());
		assertEquals(3, importer.importFiles(as("quinn"), List.of(file)).standards());
		StandardRevision g1 = latest("G-1");
		assertEquals(30.0, g1.getCriteria().get(0).getThreshold(), "the formula's computed value");
		assertEquals(95.0, g1.getCriteria().get(0).getComplianceTarget(), "a percentage cell of 0.95 is 95 %");
		assertEquals("timeliness", latest("G-2").getDimension().getCode(), "the merged dimension applies to each row it spans");
		assertEquals("2026-11-30", g1.getRationale(), "a date cell is read as the date it shows");
		assertEquals("入住办理", latest("G-3").getTitle(), "every sheet with a header is read");
	}

	@Test
	void aBrokenWorkbookNamesSheetRowAndColumnAndImportsNothing() throws Exception {
		for (Object[] bad : new Object[][] { { "三十秒", "timeliness", "G-2", "column 阈值: '三十秒' is not a number" },
				{ 30, "speed", "G-2", "row 3, column dimension" }, { 30, "timeliness", "G-1", "column 编号: G-1 appears twice" } }) {
			XSSFWorkbook workbook = new XSSFWorkbook();
			Sheet sheet = workbook.createSheet("服务标准");
			row(sheet, 0, "编号", "标题", "维度", "标准陈述", "阈值", "单位");
			row(sheet, 1, "G-1", "大堂问候", "timeliness", "30秒内问候。", 30, "秒");
			row(sheet, 2, bad[2], "电话", bad[1], "三声内接听。", bad[0], "秒");
			Path file = save(workbook, "bad.xlsx");
			MalformedInputException e = assertThrows(MalformedInputException.class, () -> importer.importFiles(as("quinn"), List.of(file)));
			assertTrue(e.getMessage().contains("bad.xlsx") && e.getMessage().contains("sheet 服务标准, row 3"), e.getMessage());
			assertTrue(e.getMessage().contains((String) bad[3]), e.getMessage());
			assertTrue(e.getMessage().contains("nothing was imported"), e.getMessage());
			assertEquals(0, f.tenant().getStandards().size(), "nothing half-imported: G-1 was good and is not there either");
		}
	}

	@Test
	void anExportedWorkbookHasAFrozenHeaderAndPickListsAndImportsBackUnchanged() throws Exception {
		f.control.create(as("quinn"), "G-9", new StandardChange().set("title", "问候, 大堂").set("title-en", "Lobby greeting").set("dimension", "attitude")
				.set("statement", "员工用\"您好\"问候").set("threshold", "90").set("unit", "%").set("compliance-target", "95").set("observation", "暗访")
				.set("owner", "=lin"));
		Path out = dir.resolve("standards.xlsx");
		StandardsXlsx.export(f.tenant(), out);
		try (java.io.InputStream in = Files.newInputStream(out); Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			assertEquals("服务标准", sheet.getSheetName());
			assertTrue(sheet.getPaneInformation() != null && sheet.getPaneInformation().isFreezePane(), "the header stays in view");
			assertEquals("编号", sheet.getRow(0).getCell(0).getStringCellValue(), "the header in the tenant's language");
			assertTrue(sheet.getDataValidations().size() >= 4, "lists for dimension, comparison, unit and status");
			assertTrue(sheet.getColumnWidth(0) > 256 * 4);
		}
		Fixtures other = new Fixtures(dir.resolve("other"), Language.ZH);
		new Importer(other.workspace, other.control).importFiles(as("quinn"), List.of(out));
		StandardRevision copy = DocumentControl.latest(other.control.standard(as("tom"), "G-9"));
		StandardRevision original = latest("G-9");
		assertEquals(original.getTitle(), copy.getTitle());
		assertEquals(original.getTitleEn(), copy.getTitleEn());
		assertEquals(original.getStatement(), copy.getStatement());
		assertEquals(original.getOwner(), copy.getOwner(), "a text that looks like a formula stays text");
		assertEquals(90.0, copy.getCriteria().get(0).getThreshold());
		assertEquals(95.0, copy.getCriteria().get(0).getComplianceTarget());
		assertEquals("%", copy.getCriteria().get(0).getUnit());
		assertEquals("attitude", copy.getDimension().getCode());
	}
}
