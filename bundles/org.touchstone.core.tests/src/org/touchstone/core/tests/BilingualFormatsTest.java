package org.touchstone.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchstone.core.tests.Fixtures.as;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.Importer;
import org.touchstone.core.MalformedInputException;
import org.touchstone.core.MarkdownExport;
import org.touchstone.core.StandardsCsv;
import org.touchstone.core.TenantExport;
import org.touchstone.core.Workspace;
import org.touchstone.core.internal.TenantFiles;
import org.touchstone.core.internal.TenantJson;
import org.touchstone.model.AuthoredChapter;
import org.touchstone.model.CaseStudy;
import org.touchstone.model.Identified;
import org.touchstone.model.Language;
import org.touchstone.model.MomentStep;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstoneFactory;

/** Both languages survive every file format, and files written before the model was bilingual still read. */
class BilingualFormatsTest {
	@TempDir
	Path dir;

	private Workspace sample() {
		return Workspace.openOrCreate(dir.resolve("sample"), "me");
	}

	private static Map<String, EObject> index(Tenant library) {
		Map<String, EObject> byId = new HashMap<>();
		library.eAllContents().forEachRemaining(o -> {
			if (o instanceof Identified i) {
				byId.put(i.getUuid(), o);
			}
		});
		return byId;
	}

	@Test
	void everySampleTenantReadsBackFromJsonWithBothLanguages() throws Exception {
		Workspace ws = sample();
		Map<String, EObject> library = index(ws.read(new Context(Workspace.LIBRARY, "me")));
		for (Tenant t : ws.tenants("me")) {
			Path json = dir.resolve(t.getId() + ".json");
			TenantExport.json(t, json);
			Tenant copy;
			try (Reader in = Files.newBufferedReader(json, StandardCharsets.UTF_8)) {
				copy = TenantJson.read(in, json, library);
			}
			assertTrue(new EcoreUtil.EqualityHelper().equals(t, copy), t.getId() + " is the same after JSON");
		}
	}

	@Test
	void everySampleTenantsStandardsReadBackFromCsvWithBothLanguages() throws Exception {
		Workspace ws = sample();
		for (Tenant t : ws.tenants("me")) {
			if (t.getStandards().isEmpty()) {
				continue;
			}
			Path csv = dir.resolve(t.getId() + ".csv");
			StandardsCsv.export(t, csv);
			Fixtures other = new Fixtures(dir.resolve("csv-" + t.getId()), t.getLocale());
			other.workspace.change(as("root"), org.touchstone.core.Permission.ADMINISTER, copy -> {
				copy.getTouchpoints().addAll(EcoreUtil.copyAll(t.getTouchpoints()));
				return null;
			});
			new Importer(other.workspace, other.control).importFiles(as("quinn"), List.of(csv));
			for (ServiceStandard s : t.getStandards()) {
				StandardRevision before = DocumentControl.latest(s);
				StandardRevision after = DocumentControl.latest(other.control.standard(as("tom"), s.getKey()));
				assertEquals(before.getTitle(), after.getTitle(), s.getKey());
				assertEquals(before.getTitleEn(), after.getTitleEn(), s.getKey());
				assertEquals(before.getStatement(), after.getStatement(), s.getKey());
				assertEquals(before.getStatementEn(), after.getStatementEn(), s.getKey());
				assertEquals(before.getObservationEn(), after.getObservationEn(), s.getKey());
				assertEquals(before.getContactSituations(), after.getContactSituations(), s.getKey());
				assertEquals(before.getGaps(), after.getGaps(), s.getKey());
				if (!before.getCriteria().isEmpty()) {
					assertEquals(before.getCriteria().get(0).getMetricEn(), after.getCriteria().get(0).getMetricEn(), s.getKey());
					assertEquals(before.getCriteria().get(0).getThreshold(), after.getCriteria().get(0).getThreshold(), s.getKey());
				}
			}
		}
	}

	@Test
	void chaptersAndCasesReadBackFromMarkdownWithBothLanguages() throws Exception {
		Workspace ws = sample();
		for (String id : List.of("harbor-hotel", "riverside-bank", "red-lantern-hotpot", Workspace.LIBRARY)) {
			Tenant t = ws.read(new Context(id, "me"));
			Path folder = dir.resolve("md-" + id);
			List<Path> files = MarkdownExport.write(t, folder);
			Fixtures other = new Fixtures(dir.resolve("import-" + id), t.getLocale() == null ? Language.ZH : t.getLocale());
			new Importer(other.workspace, other.control).importFiles(as("quinn"), files);
			Tenant copy = other.tenant();
			for (CaseStudy c : t.getCases()) {
				CaseStudy back = copy.getCases().stream().filter(x -> x.getKey().equals(c.getKey())).findFirst().orElseThrow();
				assertEquals(c.getIndustry(), back.getIndustry(), c.getKey());
				assertEquals(c.getIndustryEn(), back.getIndustryEn(), c.getKey());
				assertEquals(c.getPrinciples(), back.getPrinciples(), c.getKey());
				assertEquals(c.getTexts().size(), back.getTexts().size(), c.getKey());
				for (int i = 0; i < c.getTexts().size(); i++) {
					assertEquals(c.getTexts().get(i).getStory().strip(), back.getTexts().get(i).getStory().strip(), c.getKey());
					assertEquals(c.getTexts().get(i).getLessons(), back.getTexts().get(i).getLessons(), c.getKey());
				}
			}
			List<AuthoredChapter> chapters = authored(t);
			List<AuthoredChapter> backChapters = authored(copy);
			assertEquals(chapters.size(), backChapters.size(), id);
			for (int i = 0; i < chapters.size(); i++) {
				assertEquals(chapters.get(i).getTitle(), backChapters.get(i).getTitle());
				assertEquals(chapters.get(i).getTitleEn(), backChapters.get(i).getTitleEn());
				assertTrue(backChapters.get(i).getMarkdown().contains(chapters.get(i).getMarkdown().strip()), backChapters.get(i).getMarkdown());
				assertTrue(backChapters.get(i).getMarkdownEn().contains(chapters.get(i).getMarkdownEn().strip()), backChapters.get(i).getMarkdownEn());
			}
		}
	}

	private static List<AuthoredChapter> authored(Tenant t) {
		List<AuthoredChapter> out = new ArrayList<>();
		t.getHandbooks().forEach(h -> h.getChapters().forEach(c -> {
			if (c instanceof AuthoredChapter a) {
				out.add(a);
			}
		}));
		return out;
	}

	@Test
	void anOldCsvWithSingleLanguageColumnsStillImportsIntoTheTenantsLanguage() throws Exception {
		Fixtures bank = new Fixtures(dir, Language.EN);
		Path csv = dir.resolve("old.csv");
		Files.writeString(csv, "id,title,dimension,statement,threshold,unit,observation,owner\n"
				+ "B-1,Phone answer,timeliness,Calls are answered within 20 seconds.,20,s,The phone system logs every call daily.,grace\n");
		new Importer(bank.workspace, bank.control).importFiles(as("quinn"), List.of(csv));
		StandardRevision r = DocumentControl.latest(bank.control.standard(as("tom"), "B-1"));
		assertEquals("Phone answer", r.getTitleEn());
		assertEquals(null, r.getTitle(), "an English tenant's old columns are English");
	}

	@Test
	void aVersionOneXmiFileIsReadWithItsTextsCriteriaGuaranteeAndMomentStepCarriedOver() throws Exception {
		Path file = dir.resolve("old-bank").resolve(TenantFiles.FILE_NAME);
		Files.createDirectories(file.getParent());
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<ts:Tenant xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:ts="http://touchstone.org/model/1" uuid="t" schemaVersion="1" id="old-bank" name="Old Bank" locale="en">
				  <touchpoints uuid="tp" key="TP-1" name="Counter" momentStep="diagnose"/>
				  <standards uuid="s" key="S-1">
				    <revisions uuid="r" title="Counter wait" statement="A customer waits no more than 8 minutes." touchpoint="tp">
				      <criterion metric="wait" comparison="at-most" threshold="8.0" unit="min"/>
				    </revisions>
				  </standards>
				  <playbooks uuid="p" key="PB-1" title="Card kept" guarantee="A new card within two days."/>
				  <cases uuid="c" key="c" company="X">
				    <principles>act fast</principles>
				  </cases>
				</ts:Tenant>
				""");
		Tenant t = TenantFiles.load(TenantFiles.newResourceSet(), file);
		assertEquals("Old Bank", t.getNameEn());
		StandardRevision r = t.getStandards().get(0).getRevisions().get(0);
		assertEquals("Counter wait", r.getTitleEn());
		assertEquals(null, r.getTitle());
		assertEquals(1, r.getCriteria().size());
		assertEquals(8.0, r.getCriteria().get(0).getThreshold());
		assertEquals("wait", r.getCriteria().get(0).getMetricEn());
		RecoveryPlaybook p = t.getPlaybooks().get(0);
		assertEquals("A new card within two days.", p.getServiceGuarantee().getPromiseEn());
		assertEquals(MomentStep.DIAGNOSE, t.getTouchpoints().get(0).getScript().get(0).getStep());
		assertEquals(List.of("act-fast"), t.getCases().get(0).getPrinciples());
	}

	@Test
	void anUnknownFieldInACurrentFileIsNamedInsteadOfDropped() throws Exception {
		Path file = dir.resolve("typo").resolve(TenantFiles.FILE_NAME);
		Files.createDirectories(file.getParent());
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<ts:Tenant xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:ts="http://touchstone.org/model/1" uuid="t" schemaVersion="2" id="typo">
				  <touchpoints uuid="tp" key="TP-1" nmae="Counter"/>
				</ts:Tenant>
				""");
		MalformedInputException e = assertThrows(MalformedInputException.class, () -> TenantFiles.load(TenantFiles.newResourceSet(), file));
		assertTrue(e.getMessage().contains("'nmae'") && e.getMessage().contains("TP-1"), e.getMessage());
	}

	@Test
	void aVersionOneJsonExportStillImports() throws Exception {
		String json = """
				{"type": "Tenant", "id": "old", "name": "旧酒店", "locale": "zh",
				 "touchpoints": [{"key": "TP-1", "name": "前台", "momentStep": "solve"}],
				 "playbooks": [{"key": "PB-1", "title": "房间未准备好", "guarantee": "半价。"}],
				 "standards": [{"key": "S-1", "revisions": [{"number": 1, "status": "draft", "title": "问候",
				   "criterion": {"metric": "时间", "threshold": 30, "unit": "s"}}]}]}
				""";
		Tenant t = TenantJson.read(new java.io.StringReader(json), Path.of("old.json"), Map.of());
		assertEquals("问候", t.getStandards().get(0).getRevisions().get(0).getTitle());
		assertEquals(30.0, t.getStandards().get(0).getRevisions().get(0).getCriteria().get(0).getThreshold());
		assertEquals("半价。", t.getPlaybooks().get(0).getServiceGuarantee().getPromise());
		assertEquals(MomentStep.SOLVE, t.getTouchpoints().get(0).getScript().get(0).getStep());
		TouchstoneFactory.eINSTANCE.getClass();
	}
}
