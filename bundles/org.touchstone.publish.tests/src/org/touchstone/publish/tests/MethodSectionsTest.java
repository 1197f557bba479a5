package org.touchstone.publish.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.core.Permission;
import org.touchstone.model.StandardRevision;

/**
 * The handbook speaks the method: levels of expectation on standards, each touchpoint's service
 * type and its five-step script, the contact-situation and customer-style guides, guarantees with
 * their five tests and difficult-customer tactics; in the tenant's language, with a text written
 * only in the other language shown in it and marked.
 */
class MethodSectionsTest {
	@TempDir
	Path dir;

	@Test
	void aChineseHandbookHasTheMethodsSectionsFilledFromTheTenant() {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("site");
		sample.publish("harbor-hotel", out);
		String standards = SampleSite.read(out.resolve("standards-by-dimension.html"));
		assertTrue(standards.contains("期望层次：意想不到"), "G-006 serves the unexpected level");
		String touchpoints = SampleSite.read(out.resolve("touchpoints.html"));
		assertTrue(touchpoints.contains("生产型") && touchpoints.contains("程序面 4/5"), "front desk check-in is factory service");
		for (String step : new String[] { "奠定基调", "诊断问题", "解决问题", "总结回顾", "完善跟进" }) {
			assertTrue(touchpoints.contains(step), step);
		}
		String situations = SampleSite.read(out.resolve("contact-situations.html"));
		assertTrue(situations.contains("生气或指责") && situations.contains("G-013"), "the complaint response standard is listed under anger");
		String styles = SampleSite.read(out.resolve("customer-styles.html"));
		assertTrue(styles.contains("主导型（力量型）") && styles.contains("商务散客"), "business travellers are the dominant style");
		String playbooks = SampleSite.read(out.resolve("playbooks.html"));
		assertTrue(playbooks.contains("感情用事") && playbooks.contains("应对："), "the emotional-customer tactic");
		assertTrue(playbooks.contains("✗ 可以信赖"), "the noise guarantee is not credible: it depends on other guests");
		assertTrue(playbooks.contains("员工自发而多余的行为 › 关注程度不当"), "group and subtype of the failure");
		assertTrue(SampleSite.read(out.resolve("welcome.html")).contains("68%"), "the material's figure in the chapter");
	}

	@Test
	void anEnglishHandbookShowsEnglishTextsAndMarksATextWrittenOnlyInChinese() {
		SampleSite sample = new SampleSite(dir);
		sample.workspace.change(new Context("riverside-bank", SampleSite.USER), Permission.ADMINISTER, t -> {
			StandardRevision r = t.getStandards().stream().filter(s -> s.getKey().equals("B-002")).findFirst().orElseThrow().getRevisions().get(0);
			r.setTitleEn(null);
			return null;
		});
		Path out = dir.resolve("site");
		sample.publish("riverside-bank", out);
		String standards = SampleSite.read(out.resolve("standards-by-dimension.html"));
		assertTrue(standards.contains("Counter wait"), "English titles");
		assertFalse(standards.contains("柜台等候"), "not the Chinese where there is English");
		assertTrue(standards.contains("<span class=\"fallback\" lang=\"zh\"><span class=\"fallback-mark\">[Chinese]</span> 电话接听</span>"), standards);
		assertTrue(SampleSite.read(out.resolve("touchpoints.html")).contains("Set the tone"));
		assertTrue(SampleSite.read(out.resolve("welcome.html")).contains("5 times"), "the material's figure in the chapter");
	}

	@Test
	void theChangeLogListsEveryStepAndTheReasonAnAdminGaveForOverridingTheLint() {
		SampleSite sample = new SampleSite(dir);
		org.touchstone.core.DocumentControl control = new org.touchstone.core.DocumentControl(sample.workspace, java.time.Clock.systemUTC());
		control.submit(new Context("riverside-bank", "grace.qm"), "B-004", "for review");
		control.approve(new Context("riverside-bank", "ada.admin"), "B-004", null, "regulator visit next week");
		Path out = dir.resolve("site");
		sample.publish("riverside-bank", out);
		String log = SampleSite.read(out.resolve("change-log.html"));
		assertTrue(log.contains("Admin override of lint errors:</strong> regulator visit next week"), log);
		assertTrue(log.contains("B-001") && log.contains("superseded by revision 2"), "the sample's history is there too");
	}
}
