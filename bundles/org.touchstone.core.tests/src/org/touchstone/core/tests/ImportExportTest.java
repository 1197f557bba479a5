package org.touchstone.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchstone.core.tests.Fixtures.as;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.Importer;
import org.touchstone.core.MalformedInputException;
import org.touchstone.core.StandardChange;
import org.touchstone.core.StandardsCsv;
import org.touchstone.core.TenantExport;
import org.touchstone.core.internal.TenantJson;
import org.touchstone.model.AuthoredChapter;
import org.touchstone.model.CaseStudy;
import org.touchstone.model.GeneratedSection;
import org.touchstone.model.Language;
import org.touchstone.model.Status;
import org.touchstone.model.Tenant;

class ImportExportTest {
	@TempDir
	Path dir;
	Fixtures f;
	Importer importer;

	@BeforeEach
	void setUp() {
		f = new Fixtures(dir, Language.ZH);
		importer = new Importer(f.workspace, f.control);
	}

	private Path file(String name, String text) throws Exception {
		Path p = dir.resolve(name);
		Files.writeString(p, text, StandardCharsets.UTF_8);
		return p;
	}

	private static final String HEADER = "id,title,dimension,statement,threshold,unit,observation,owner\n";

	@Test
	void importsStandardsFromCsvWithAByteOrderMark() throws Exception {
		Path csv = file("s.csv", "\uFEFF" + HEADER + "G-001,大堂问候,timeliness,\"客人进入大堂，30秒内听到问候。\",30,秒,神秘顾客计时,lin\n"
				+ "G-002,电话,timeliness,铃响三声内接听,3,声,录音抽查,lin\n");
		Importer.Result result = importer.importFiles(as("quinn"), List.of(csv));
		assertEquals(2, result.standards());
		var s = DocumentControl.latest(f.control.standard(as("tom"), "G-001"));
		assertEquals("客人进入大堂，30秒内听到问候。", s.getStatement());
		assertEquals(30.0, s.getCriteria().get(0).getThreshold());
		assertEquals("秒", s.getCriteria().get(0).getUnit());
		assertEquals("timeliness", s.getDimension().getCode());
		assertEquals(Status.DRAFT, s.getStatus());
		assertEquals("quinn", s.getAuthor());
	}

	@Test
	void aPreviewSaysWhatAnImportWouldAddAndChangeAndChangesNothing() throws Exception {
		importer.importFiles(as("quinn"), List.of(file("a.csv", HEADER + "G-1,t,timeliness,30秒内问候,30,秒,神秘顾客每月计时 4 次,lin\n")));
		long before = Files.getLastModifiedTime(f.workspace.file(Fixtures.TENANT)).toMillis();
		Path csv = file("b.csv", HEADER + "G-1,t,timeliness,20秒内问候,20,秒,神秘顾客每月计时 4 次,lin\nG-2,电话,timeliness,铃响三声内接听,3,声,录音抽查,lin\n");
		List<String> preview = importer.preview(as("quinn"), List.of(csv)).stream().map(Object::toString).toList();
		assertEquals(2, preview.size(), preview.toString());
		assertTrue(preview.get(0).startsWith("b.csv, row 2: standard G-1 changes ("), preview.get(0));
		assertEquals("b.csv, row 3: standard G-2 is added as a draft", preview.get(1));
		assertEquals(1, f.tenant().getStandards().size(), "a preview adds nothing");
		assertEquals(before, Files.getLastModifiedTime(f.workspace.file(Fixtures.TENANT)).toMillis(), "and saves nothing");
		Path bad = file("c.csv", HEADER + "G-3,bad,timeliness,s,thirty,s,o,x\n");
		MalformedInputException e = assertThrows(MalformedInputException.class, () -> importer.preview(as("quinn"), List.of(bad)));
		assertEquals(2, e.line(), "a file the import refuses, the preview refuses too, by line");
		assertThrows(org.touchstone.core.AccessDeniedException.class, () -> importer.preview(as("tom"), List.of(csv)), "a trainer may not import");
	}

	@Test
	void anUnknownColumnIsNamedAndNothingIsImported() throws Exception {
		Path csv = file("s.csv", "id,title,dimension,statement,threshold,unit,observation,owner,colour\nG-1,t,timeliness,s,1,s,o,x,red\n");
		MalformedInputException e = assertThrows(MalformedInputException.class, () -> importer.importFiles(as("quinn"), List.of(csv)));
		assertEquals(csv, e.file());
		assertEquals(1, e.line());
		assertTrue(e.getMessage().contains("column 9") && e.getMessage().contains("'colour'"), e.getMessage());
		assertTrue(f.tenant().getStandards().isEmpty());
	}

	@Test
	void aBadRowIsNamedByRowAndColumnAndNothingIsHalfImported() throws Exception {
		Path csv = file("s.csv", HEADER + "G-1,ok,timeliness,s,1,s,o,x\nG-2,bad,timeliness,s,thirty,s,o,x\nG-3,worse,speed,s,1,s,o,x\n");
		MalformedInputException e = assertThrows(MalformedInputException.class, () -> importer.importFiles(as("quinn"), List.of(csv)));
		assertTrue(e.getMessage().contains("row 3, column threshold: 'thirty' is not a number"), e.getMessage());
		assertTrue(e.getMessage().contains("1 more"), e.getMessage());
		assertEquals(3, e.line());
		assertTrue(f.tenant().getStandards().isEmpty(), "the good first row was not imported either");
	}

	@Test
	void aCsvThatIsNotUtf8IsRefusedByName() throws Exception {
		Path csv = dir.resolve("gbk.csv");
		Files.write(csv, (HEADER + "G-1,大堂,timeliness,s,1,s,o,x\n").getBytes("GBK"));
		MalformedInputException e = assertThrows(MalformedInputException.class, () -> importer.importFiles(as("quinn"), List.of(csv)));
		assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
	}

	@Test
	void reimportingAnApprovedStandardStartsANewRevision() throws Exception {
		importer.importFiles(as("quinn"), List.of(file("a.csv", HEADER + "G-1,t,timeliness,30秒内问候,30,秒,神秘顾客每月计时 4 次,lin\n")));
		f.control.submit(as("quinn"), "G-1", null);
		f.control.approve(as("rita"), "G-1", null);
		importer.importFiles(as("quinn"), List.of(file("b.csv", HEADER + "G-1,t,timeliness,20秒内问候,20,秒,神秘顾客每月计时 4 次,lin\n")));
		var s = f.control.standard(as("tom"), "G-1");
		assertEquals(2, s.getRevisions().size());
		assertEquals(Status.APPROVED, s.getRevisions().get(0).getStatus());
		assertEquals(20.0, s.getRevisions().get(1).getCriteria().get(0).getThreshold());
	}

	@Test
	void exportsStandardsAsCsvThatExcelOpensAndThatImportsBack() throws Exception {
		f.control.create(as("quinn"), "G-9", new StandardChange().set("title", "问候, 大堂").set("dimension", "attitude")
				.set("statement", "员工用\"您好\"问候").set("threshold", "90").set("unit", "%").set("observation", "暗访"));
		Path out = dir.resolve("out.csv");
		StandardsCsv.export(f.tenant(), out);
		byte[] bytes = Files.readAllBytes(out);
		assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3), "UTF-8 byte-order mark");
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertTrue(text.contains("\r\n"), "Excel's line ends");
		assertTrue(text.contains("\"问候, 大堂\""), text);

		Fixtures other = new Fixtures(dir.resolve("other"), Language.ZH);
		new Importer(other.workspace, other.control).importFiles(as("quinn"), List.of(out));
		var copy = DocumentControl.latest(other.control.standard(as("tom"), "G-9"));
		assertEquals("问候, 大堂", copy.getTitle());
		assertEquals("员工用\"您好\"问候", copy.getStatement());
		assertEquals(90.0, copy.getCriteria().get(0).getThreshold());
	}

	@Test
	void importsMarkdownCasesAndChapters() throws Exception {
		Path story = file("haidilao.md", "---\nkind: case\ntitle: 海底捞的等位区\ncompany: 海底捞\nindustry: 餐饮\ntags: [等位, 小细节]\nlang: zh\n---\n\n# 等位\n\n免费小食和擦鞋。\n");
		Path chapter = file("welcome.md", "---\nkind: chapter\ntitle: 致同事\n---\n欢迎加入。\n");
		Importer.Result result = importer.importFiles(as("quinn"), List.of(story, chapter));
		assertEquals(1, result.cases());
		assertEquals(1, result.chapters());
		Tenant t = f.tenant();
		CaseStudy c = t.getCases().get(0);
		assertEquals("海底捞", c.getCompany());
		assertEquals(List.of("等位", "小细节"), c.getTags());
		assertEquals("海底捞的等位区", c.getTexts().get(0).getTitle());
		assertTrue(c.getTexts().get(0).getStory().contains("免费小食和擦鞋。"));
		var chapters = t.getHandbooks().get(0).getChapters();
		assertTrue(chapters.get(0) instanceof AuthoredChapter a && a.getTitle().equals("致同事"), "the chapter comes first");
		assertTrue(chapters.get(1) instanceof GeneratedSection, "then the generated sections");

		importer.importFiles(as("quinn"), List.of(file("welcome.md", "---\nkind: chapter\ntitle: 致同事（第二版）\n---\n新版。\n")));
		assertEquals(1 + org.touchstone.model.SectionKind.VALUES.size(), f.tenant().getHandbooks().get(0).getChapters().size(), "a re-import replaces the chapter");
	}

	@Test
	void markdownWithoutFrontMatterOrWithAnUnknownKindIsRefusedWithItsLine() throws Exception {
		Path none = file("none.md", "# Just a heading\n");
		assertTrue(assertThrows(MalformedInputException.class, () -> importer.importFiles(as("quinn"), List.of(none))).getMessage()
				.contains("front matter"));
		Path wrong = file("wrong.md", "---\ntitle: x\nkind: recipe\n---\nbody\n");
		MalformedInputException e = assertThrows(MalformedInputException.class, () -> importer.importFiles(as("quinn"), List.of(wrong)));
		assertEquals(3, e.line());
		assertTrue(e.getMessage().contains("kind") && e.getMessage().contains("recipe"), e.getMessage());
	}

	@Test
	void oneBadFileImportsNothing() throws Exception {
		Path good = file("good.md", "---\nkind: case\ntitle: t\ncompany: c\n---\nbody\n");
		Path bad = file("bad.csv", "id,title\n");
		assertThrows(MalformedInputException.class, () -> importer.importFiles(as("quinn"), List.of(good, bad)));
		assertTrue(f.tenant().getCases().isEmpty());
	}

	@Test
	void aTenantExportedToJsonReadsBackTheSame() throws Exception {
		f.control.create(as("quinn"), "G-1", new StandardChange().set("title", "问候").set("dimension", "attitude")
				.set("statement", "微笑问候").set("threshold", "90").set("unit", "%").set("observation", "暗访"));
		f.control.submit(as("quinn"), "G-1", "请审核");
		Path out = dir.resolve("acme.json");
		TenantExport.json(f.tenant(), out);
		String json = Files.readString(out);
		assertTrue(json.contains("\"statement\": \"微笑问候\""), json);
		Tenant back;
		try (Reader in = Files.newBufferedReader(out)) {
			back = TenantJson.read(in, out, Map.of());
		}
		Tenant original = f.tenant();
		assertEquals(original.getUuid(), back.getUuid());
		var r = DocumentControl.latest(back.getStandards().get(0));
		assertEquals("微笑问候", r.getStatement());
		assertEquals(Status.IN_REVIEW, r.getStatus());
		assertEquals("请审核", r.getTransitions().get(0).getComment());
		assertEquals(DocumentControl.latest(original.getStandards().get(0)).getDimension().getUuid(), r.getDimension().getUuid());
	}

	@Test
	void cellsASpreadsheetWouldRunAsFormulasAreNeutralisedAndImportBackUnchanged() throws Exception {
		f.control.create(as("quinn"), "G-009", new StandardChange().set("title", "=HYPERLINK(\"http://evil.example\",\"click\")")
				.set("dimension", "timeliness").set("statement", "+1 客人30秒内听到问候").set("threshold", "30").set("unit", "秒")
				.set("observation", "@SUM(A1:A2) 神秘顾客每月 4 次").set("owner", "-lin"));
		Path csv = dir.resolve("out.csv");
		StandardsCsv.export(f.tenant(), csv);
		String text = Files.readString(csv, StandardCharsets.UTF_8);
		assertTrue(text.contains("\"'=HYPERLINK("), text);
		assertTrue(text.contains(",'+1 客人30秒内听到问候,"), text);
		assertTrue(text.contains("'@SUM(A1:A2)") && text.contains(",'-lin,"), text);
		for (String line : text.substring(1).split("\r\n")) {
			for (String cell : line.split(",")) {
				String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
				assertTrue(unquoted.isEmpty() || "=+@".indexOf(unquoted.charAt(0)) < 0, "a cell starts a formula: " + cell);
			}
		}
		Fixtures other = new Fixtures(dir.resolve("other"), Language.ZH);
		new Importer(other.workspace, other.control).importFiles(as("quinn"), List.of(csv));
		var back = DocumentControl.latest(other.control.standard(as("tom"), "G-009"));
		assertEquals("=HYPERLINK(\"http://evil.example\",\"click\")", back.getTitle());
		assertEquals("+1 客人30秒内听到问候", back.getStatement());
		assertEquals("-lin", back.getOwner());
	}

	@Test
	void aChapterNestedThousandsOfLevelsDeepIsRefusedByLineAndNothingIsImported() throws Exception {
		Path deep = file("deep.md", "---\nkind: chapter\ntitle: 深\n---\n\n" + "- ".repeat(20_000) + "底\n");
		Path quotes = file("quotes.md", "---\nkind: chapter\ntitle: 引用\n---\n\nok\n\n" + ">".repeat(1000) + " 底\n");
		int before = f.tenant().getHandbooks().get(0).getChapters().size();
		MalformedInputException e = assertThrows(MalformedInputException.class, () -> importer.importFiles(as("quinn"), List.of(deep)));
		assertTrue(e.getMessage().contains("deep.md:6") && e.getMessage().contains("20000 levels"), e.getMessage());
		MalformedInputException q = assertThrows(MalformedInputException.class, () -> importer.importFiles(as("quinn"), List.of(quotes)));
		assertEquals(8, q.line(), q.getMessage());
		assertEquals(before, f.tenant().getHandbooks().get(0).getChapters().size());
	}

	@Test
	void anImageThatIsALinkOutOfTheImportFolderIsRefused() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("chapters"));
		Path secret = Files.writeString(dir.resolve("secret.png"), "not for the site");
		Files.createSymbolicLink(folder.resolve("map.png"), secret);
		Path chapter = folder.resolve("floor.md");
		Files.writeString(chapter, "---\nkind: chapter\ntitle: 平面图\n---\n\n![平面图](map.png)\n", StandardCharsets.UTF_8);
		MalformedInputException e = assertThrows(MalformedInputException.class, () -> importer.importFiles(as("quinn"), List.of(chapter)));
		assertTrue(e.getMessage().contains("map.png") && e.getMessage().contains("link"), e.getMessage());
		assertTrue(Files.notExists(f.workspace.root().resolve(Fixtures.TENANT).resolve("assets").resolve("map.png")));
	}
}
