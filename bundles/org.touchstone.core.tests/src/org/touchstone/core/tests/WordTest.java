package org.touchstone.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchstone.core.tests.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.touchstone.core.Importer;
import org.touchstone.core.MalformedInputException;
import org.touchstone.model.AuthoredChapter;
import org.touchstone.model.Language;

/**
 * A Word document as a handbook chapter: made here with POI as a Chinese Word saves one (a heading
 * style named 标题 2, lists with levels, a table, a picture with alt text, a hyperlink, a comment),
 * imported, and read back as the chapter's Markdown.
 */
class WordTest {
	/** A 1x1 transparent PNG. */
	private static final byte[] PNG = Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

	@TempDir
	Path dir;
	Fixtures f;

	@BeforeEach
	void setUp() {
		f = new Fixtures(dir, Language.ZH);
	}

	private static BigInteger list(XWPFNumbering numbering, STNumberFormat.Enum format) {
		CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
		abstractNum.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
		for (int level = 0; level < 2; level++) {
			CTLvl lvl = abstractNum.addNewLvl();
			lvl.setIlvl(BigInteger.valueOf(level));
			lvl.addNewNumFmt().setVal(format);
			lvl.addNewLvlText().setVal(format == STNumberFormat.BULLET ? "•" : "%" + (level + 1) + ".");
		}
		return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
	}

	private static XWPFParagraph item(XWPFDocument doc, BigInteger list, int level, String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setNumID(list);
		p.setNumILvl(BigInteger.valueOf(level));
		p.createRun().setText(text);
		return p;
	}

	private Path greeting() throws Exception {
		XWPFDocument doc = new XWPFDocument();
		doc.getProperties().getCoreProperties().setTitle("迎宾服务");
		CTStyle chinese = CTStyle.Factory.newInstance();
		chinese.setStyleId("2");
		chinese.addNewName().setVal("标题 2");
		doc.createStyles().addStyle(new XWPFStyle(chinese));

		XWPFParagraph h1 = doc.createParagraph();
		h1.setStyle("Heading1");
		h1.createRun().setText("迎宾服务");
		XWPFParagraph h2 = doc.createParagraph();
		h2.setStyle("2");
		h2.createRun().setText("三米微笑");
		XWPFParagraph text = doc.createParagraph();
		XWPFRun bold = text.createRun();
		bold.setBold(true);
		bold.setText("三米");
		text.createRun().setText("之内");
		XWPFRun italic = text.createRun();
		italic.setItalic(true);
		italic.setText("微笑");
		text.createRun().setText("，不写 *星号* 也不写 [方括号]。");

		XWPFNumbering numbering = doc.createNumbering();
		BigInteger bullets = list(numbering, STNumberFormat.BULLET);
		item(doc, bullets, 0, "目光接触");
		item(doc, bullets, 1, "三米之内");
		BigInteger steps = list(numbering, STNumberFormat.DECIMAL);
		item(doc, steps, 0, "问候");
		item(doc, steps, 0, "引领");

		XWPFTable table = doc.createTable(2, 2);
		table.getRow(0).getCell(0).setText("指标");
		table.getRow(0).getCell(1).setText("要求");
		table.getRow(1).getCell(0).setText("问候时长");
		table.getRow(1).getCell(1).setText("≤ 30 秒");

		XWPFParagraph picture = doc.createParagraph();
		XWPFPicture pic = picture.createRun().addPicture(new ByteArrayInputStream(PNG), Document.PICTURE_TYPE_PNG, "smile.png", Units.toEMU(20),
				Units.toEMU(20));
		pic.getCTPicture().getNvPicPr().getCNvPr().setDescr("微笑的员工");

		XWPFParagraph link = doc.createParagraph();
		link.createRun().setText("详见");
		link.createHyperlinkRun("https://example.com/standards").setText("标准库");

		doc.createComments().createComment(BigInteger.ONE).setAuthor("lin");

		Path file = dir.resolve("greeting.docx");
		try (OutputStream out = Files.newOutputStream(file)) {
			doc.write(out);
		}
		doc.close();
		return file;
	}

	@Test
	void aWordDocumentBecomesAChapterWithItsHeadingsListsTableImageAndLink() throws Exception {
		Importer.Result result = new Importer(f.workspace, f.control).importFiles(as("quinn"), List.of(greeting()));
		assertEquals(1, result.chapters());
		AuthoredChapter chapter = (AuthoredChapter) f.tenant().getHandbooks().get(0).getChapters().stream()
				.filter(c -> c instanceof AuthoredChapter a && "greeting.md".equals(a.getSource())).findFirst().orElseThrow();
		assertEquals("迎宾服务", chapter.getTitle(), "the document's own title");
		String md = chapter.getMarkdown();
		for (String expected : List.of("# 迎宾服务", "## 三米微笑", "**三米**之内*微笑*", "\\*星号\\*", "\\[方括号\\]", "- 目光接触\n   - 三米之内", "1. 问候\n1. 引领",
				"| 指标 | 要求 |\n| --- | --- |\n| 问候时长 | ≤ 30 秒 |", "![微笑的员工](images/greeting-1.png)", "[标准库](https://example.com/standards)")) {
			assertTrue(md.contains(expected), "the chapter has " + expected + ":\n" + md);
		}
		assertTrue(Files.isRegularFile(f.workspace.root().resolve(Fixtures.TENANT).resolve("assets/images/greeting-1.png")),
				"the picture is in the tenant's assets");
		List<String> notesSaid = result.notes().stream().map(Object::toString).toList();
		assertTrue(notesSaid.contains("greeting.docx: 1 comment (left out)"), "what could not be kept is said: " + notesSaid);
		assertTrue(result.notes().stream().anyMatch(n -> n.in(org.touchstone.model.Language.ZH).equals("greeting.docx：1 条批注（未导入）")), "in Chinese too: " + notesSaid);
	}

	@Test
	void aDocumentLibreOfficeMadeComesInWithWhatItCouldNotKeepReportedByParagraph() throws Exception {
		// fixtures/recovery-chapter.docx is made by LibreOffice from fixtures/recovery-chapter.fodt (make-fixtures.sh).
		Path docx = dir.resolve("recovery-chapter.docx");
		Files.copy(Path.of("fixtures", "recovery-chapter.docx"), docx);
		Importer.Result result = new Importer(f.workspace, f.control).importFiles(as("quinn"), List.of(docx));
		AuthoredChapter chapter = (AuthoredChapter) f.tenant().getHandbooks().get(0).getChapters().stream()
				.filter(c -> c instanceof AuthoredChapter a && "recovery-chapter.md".equals(a.getSource())).findFirst().orElseThrow();
		assertEquals("服务补救流程", chapter.getTitle());
		String md = chapter.getMarkdown();
		for (String expected : List.of("# 服务补救流程", "## 五个步骤", "**先道歉**", "*解决问题*", "1. 倾听并道歉\n1. 提出补救方案", "- 授权一线员工\n   - 免单上限两百元",
				"| 环节 | 时限 |\n| --- | --- |\n| 首次回应 | 十分钟 |", "![道歉的员工](images/recovery-chapter-1.png)", "[补救手册](https://example.com/recovery)")) {
			assertTrue(md.contains(expected), "the chapter has " + expected + ":\n" + md);
		}
		String notes = String.join("\n", result.notes().stream().map(Object::toString).toList());
		assertTrue(notes.contains("recovery-chapter.docx: 1 comment (left out)"), notes);
		assertTrue(notes.matches("(?s).*recovery-chapter.docx: paragraph \\d+: a text box.*"), notes);
		assertTrue(notes.matches("(?s).*recovery-chapter.docx: paragraph \\d+: tracked changes.*"), notes);
	}

	@Test
	void aFileThatIsNotAWordDocumentIsRefusedByNameAndNothingIsImported() throws Exception {
		Path fake = dir.resolve("chapter.docx");
		Files.writeString(fake, "not a zip");
		MalformedInputException e = org.junit.jupiter.api.Assertions.assertThrows(MalformedInputException.class,
				() -> new Importer(f.workspace, f.control).importFiles(as("quinn"), List.of(fake)));
		assertTrue(e.getMessage().contains("chapter.docx") && e.getMessage().contains("is not a Word document"), e.getMessage());
	}
}
