package org.touchstone.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchstone.core.tests.Fixtures.as;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.core.Finding;
import org.touchstone.core.Permission;
import org.touchstone.core.StandardChange;
import org.touchstone.core.Validation;
import org.touchstone.model.Language;
import org.touchstone.model.PlaybookStep;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.TouchstoneFactory;

class MeasurabilityLintTest {
	/** Observation methods that say who observes, how often and how many, for tests of other rules. */
	static final String OBSERVED_ZH = "神秘顾客每月到访 4 次并计时";
	static final String OBSERVED_EN = "a mystery shopper times 4 visits a month";

	@TempDir
	Path dir;

	private int workspaces;

	private List<Finding> lint(Language locale, String statement, String threshold, String unit, String observation) {
		Fixtures f = new Fixtures(dir.resolve("lint-" + workspaces++), locale);
		StandardChange change = new StandardChange().set("title", "t").set("dimension", "timeliness").set("statement", statement)
				.set("observation", observation);
		if (threshold != null) {
			change.set("threshold", threshold).set("unit", unit);
		}
		f.control.create(as("quinn"), "S-1", change);
		return Validation.check(f.tenant(), LocalDate.of(2026, 6, 1));
	}

	private static List<String> codes(List<Finding> findings) {
		return findings.stream().map(Finding::code).toList();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { //
			"zh|客人进入大堂时，员工应及时问候。|及时", //
			"zh|服务员要热情友好地接待顾客。|热情、友好", //
			"zh|前台尽快为客人办理入住。|尽快", //
			"zh|适当赠送小礼品。|适当", //
			"en|Staff greet guests promptly.|promptly", //
			"en|Counter staff are friendly and answer quickly.|friendly, quickly", //
			"en|Refunds are processed as soon as possible.|as soon as possible", //
			"en|Offer an appropriate apology.|appropriate" })
	void findsVagueWordsInBothLanguages(String lang, String statement, String words) {
		List<Finding> findings = lint(Language.get(lang), statement, "30", "s", "mystery shopper");
		Finding vague = findings.stream().filter(f -> f.code().equals("measurability.vague-word")).findFirst().orElseThrow();
		assertEquals(Finding.Severity.WARNING, vague.severity());
		assertEquals("S-1", vague.key());
		assertTrue(vague.message().startsWith("S-1"), vague.message());
		assertTrue(vague.message().contains(words), vague.message());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { //
			"zh|客人进入服务区域，30秒内听到招呼。", //
			"zh|顾客不必开口，杯子就加满了水。", //
			"zh|满意度问卷的回收率不低于三成。", //
			"en|A guest hears a greeting within 30 seconds of entering the area.", //
			"en|The adviser gives a decision within two working days.", //
			"en|Follow-up calls ask whether the customer is satisfied with the fix.", //
			"en|Somewhere warmer than the lobby is offered to waiting guests." })
	void leavesMeasurableStatementsAlone(String lang, String statement) {
		List<Finding> findings = lint(Language.get(lang), statement, "30", "s", OBSERVED_EN);
		assertEquals(List.of(), findings, "no findings for a measurable standard");
	}

	@Test
	void suggestsARewriteFromTheThresholdInChinese() {
		Finding vague = lint(Language.ZH, "客人报修后，工程人员及时到达房间。", "15", "分钟", OBSERVED_ZH).get(0);
		assertTrue(vague.message().contains("建议改为：“客人报修后，工程人员在15分钟内到达房间。”"), vague.message());
	}

	@Test
	void suggestsARewriteFromTheThresholdInEnglish() {
		Finding vague = lint(Language.EN, "Staff greet guests promptly at the door.", "30", "seconds", OBSERVED_EN).get(0);
		assertTrue(vague.message().contains("Rewrite as: \"Staff greet guests within 30 seconds at the door.\""), vague.message());
	}

	@Test
	void aMissingThresholdAndObservationAreErrors() {
		List<Finding> findings = lint(Language.EN, "A guest hears a greeting at the door.", null, null, null);
		assertEquals(List.of("measurability.no-observation", "measurability.no-threshold"), codes(findings));
		assertTrue(findings.stream().allMatch(f -> f.severity() == Finding.Severity.ERROR));
		assertTrue(Validation.hasErrors(findings));
	}

	@Test
	void aThresholdWithoutAUnitIsAnError() {
		assertEquals(List.of("measurability.no-unit"), codes(lint(Language.ZH, "30秒内问候。", "30", "", OBSERVED_ZH)));
	}

	@Test
	void aLongStatementIsNotConcise() {
		String longStatement = "客人进入大堂后，站在门口的礼宾员和前台的接待员以及大堂副理都应当在客人走到前台之前的这段时间里，"
				+ "通过目光接触、点头微笑和语言问候等多种方式让客人感到自己已经被注意到，并且在三十秒之内完成问候。";
		List<Finding> findings = lint(Language.ZH, longStatement, "30", "秒", OBSERVED_ZH);
		assertEquals(List.of("measurability.too-long"), codes(findings));
		assertTrue(findings.get(0).message().contains("S-1"));
	}

	@ParameterizedTest
	@CsvSource({ "-5,s", "150,%", "0,min", "5400,秒", "1000,h" })
	void unrealisticThresholdsAreFlagged(String threshold, String unit) {
		assertEquals(List.of("measurability.implausible-threshold"), codes(lint(Language.EN, "Answer within the limit.", threshold, unit, OBSERVED_EN)));
	}

	@ParameterizedTest
	@CsvSource({ "30,s", "95,%", "15,min", "2,days" })
	void realisticThresholdsPass(String threshold, String unit) {
		assertEquals(List.of(), lint(Language.EN, "Answer within the limit.", threshold, unit, OBSERVED_EN));
	}

	@Test
	void messagesFollowTheTenantsLanguage() {
		Finding zh = lint(Language.ZH, "Greet guests.", null, null, "timed").get(0);
		assertTrue(zh.message().contains("阈值"), zh.message());
	}

	@Test
	void aPlaybookStepWithoutAnOwnerRoleIsAnError() {
		Fixtures f = new Fixtures(dir, Language.EN);
		f.workspace.change(as("root"), Permission.WRITE, t -> {
			RecoveryPlaybook p = TouchstoneFactory.eINSTANCE.createRecoveryPlaybook();
			p.setUuid("p1");
			p.setKey("PB-1");
			PlaybookStep owned = TouchstoneFactory.eINSTANCE.createPlaybookStep();
			owned.setUuid("s1");
			owned.setAction("apologise");
			owned.setOwnerRole("Counter officer");
			PlaybookStep orphan = TouchstoneFactory.eINSTANCE.createPlaybookStep();
			orphan.setUuid("s2");
			orphan.setAction("refund");
			p.getSteps().add(owned);
			p.getSteps().add(orphan);
			return t.getPlaybooks().add(p);
		});
		List<Finding> findings = Validation.check(f.tenant(), LocalDate.of(2026, 6, 1));
		assertEquals(List.of("playbook.step-without-owner"), codes(findings));
		assertEquals("PB-1", findings.get(0).key());
		assertEquals("s2", findings.get(0).element());
		assertTrue(findings.get(0).message().contains("step 2"), findings.get(0).message());
	}

	@Test
	void anOverdueReviewAndAMissingOwnerAreWarnings() {
		Fixtures f = new Fixtures(dir, Language.EN);
		f.control.create(as("quinn"), "S-2", new StandardChange().set("title", "t").set("dimension", "feedback")
				.set("statement", "Replies within 10 days.").set("threshold", "10").set("unit", "days").set("observation", "the complaints register, checked by the quality team each month")
				.set("review-interval", "6").set("owner", ""));
		f.control.submit(as("quinn"), "S-2", null);
		f.control.approve(as("rita"), "S-2", null);
		f.control.makeEffective(as("rita"), "S-2", LocalDate.of(2025, 1, 1), null);
		List<Finding> findings = Validation.check(f.tenant(), LocalDate.of(2026, 6, 1));
		assertEquals(List.of("review.overdue", "standard.no-owner"), codes(findings));
		assertFalse(Validation.hasErrors(findings));
		assertTrue(findings.get(0).message().contains("2025-07-01"), findings.get(0).message());
	}

	@Test
	void aStatementWhoseFigureDisagreesWithTheThresholdIsAnErrorNamingBoth() {
		List<Finding> findings = lint(Language.EN, "A complaint is answered within 3000 s.", "5400", "s", OBSERVED_EN);
		Finding mismatch = findings.stream().filter(f -> f.code().equals("measurability.statement-disagrees")).findFirst().orElseThrow();
		assertEquals(Finding.Severity.ERROR, mismatch.severity());
		assertTrue(mismatch.message().contains("3000 s") && mismatch.message().contains("5400 s"), mismatch.message());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { //
			"A complaint is answered within 50 minutes.|3000|s", //
			"客人进入大堂，30秒内有员工问候。|30|秒", //
			"Refunds reach the customer within 2 days.|48|h", //
			"投诉在 1 小时内得到回复。|60|min" })
	void figuresInOtherUnitsOfTheSameQuantityAgree(String statement, String threshold, String unit) {
		assertFalse(codes(lint(Language.EN, statement, threshold, unit, OBSERVED_EN)).contains("measurability.statement-disagrees"));
	}

	@Test
	void aComplianceTargetIsPartOfTheCriterionAndTheStatementMustAgreeWithIt() {
		Fixtures f = new Fixtures(dir, Language.EN);
		f.control.create(as("quinn"), "S-1", new StandardChange().set("title", "t").set("dimension", "timeliness")
				.set("statement", "Guests are greeted within 30 seconds in at least 95% of observed visits.").set("threshold", "30").set("unit", "s")
				.set("compliance-target", "95%").set("observation", OBSERVED_EN));
		assertEquals(List.of(), Validation.check(f.tenant(), LocalDate.of(2026, 6, 1)));
		f.control.edit(as("quinn"), "S-1", new StandardChange().set("compliance-target", "90"));
		assertTrue(codes(Validation.check(f.tenant(), LocalDate.of(2026, 6, 1))).contains("measurability.statement-disagrees"));
		f.control.edit(as("quinn"), "S-1", new StandardChange().set("compliance-target", "120")
				.set("statement", "Guests are greeted within 30 seconds."));
		assertEquals(List.of("measurability.compliance-target"), codes(Validation.check(f.tenant(), LocalDate.of(2026, 6, 1))));
	}

	@Test
	void anObservationMethodMustSayWhoHowOftenAndHowMany() {
		Finding vague = lint(Language.EN, "Answer within 30 s.", "30", "s", "rated by feel").get(0);
		assertEquals("measurability.vague-observation", vague.code());
		assertEquals(Finding.Severity.ERROR, vague.severity());
		List<Finding> partial = lint(Language.EN, "Answer within 30 s.", "30", "s", "the duty manager listens in");
		assertEquals(List.of("measurability.observation-incomplete"), codes(partial));
		assertTrue(partial.get(0).message().contains("how often") && partial.get(0).message().contains("how many"), partial.get(0).message());
		assertEquals(Finding.Severity.WARNING, partial.get(0).severity());
		assertEquals(List.of(), lint(Language.ZH, "30秒内接听。", "30", "秒", "质检员每周抽查 20 段录音"));
		assertEquals(List.of(), lint(Language.EN, "Answer within 30 s.", "30", "s", "20 CCTV clips reviewed by the duty manager each week"));
	}

	@Test
	void aReferenceToAnotherTenantsCaseIsAnError() {
		Fixtures f = new Fixtures(dir, Language.EN);
		f.control.create(as("quinn"), "S-1", new StandardChange().set("title", "t").set("dimension", "timeliness")
				.set("statement", "Answer within 30 s.").set("threshold", "30").set("unit", "s").set("observation", OBSERVED_EN));
		org.touchstone.model.Tenant other = f.workspace.read(new org.touchstone.core.Context("harbor-hotel", "root"));
		org.touchstone.model.CaseStudy secret = TouchstoneFactory.eINSTANCE.createCaseStudy();
		secret.setUuid("secret-case");
		secret.setKey("secret");
		secret.setCompany("Harbor");
		f.workspace.change(new org.touchstone.core.Context("harbor-hotel", "root"), Permission.ADMINISTER, t -> t.getCases().add(secret));
		f.workspace.change(as("root"), Permission.ADMINISTER, t -> {
			org.touchstone.core.DocumentControl.latest(t.getStandards().get(0)).getCases()
					.add(f.workspace.read(new org.touchstone.core.Context("harbor-hotel", "root")).getCases().stream()
							.filter(c -> "secret".equals(c.getKey())).findFirst().orElseThrow());
			return null;
		});
		List<Finding> findings = Validation.check(f.tenant(), LocalDate.of(2026, 6, 1));
		Finding foreign = findings.stream().filter(x -> x.code().equals("reference.foreign")).findFirst().orElseThrow();
		assertEquals(Finding.Severity.ERROR, foreign.severity());
		assertTrue(foreign.message().contains("harbor-hotel"), foreign.message());
		assertTrue(other.getCases().size() > 0);
	}
}
