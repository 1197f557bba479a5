package org.touchstone.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Bilingual;
import org.touchstone.core.Context;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.FailureTaxonomy;
import org.touchstone.core.Finding;
import org.touchstone.core.GapCoverage;
import org.touchstone.core.Labels;
import org.touchstone.core.Principles;
import org.touchstone.core.ServiceTypes;
import org.touchstone.core.Validation;
import org.touchstone.core.Workspace;
import org.touchstone.model.BehaviourStyle;
import org.touchstone.model.CaseStudy;
import org.touchstone.model.ContactSituation;
import org.touchstone.model.DifficultCustomer;
import org.touchstone.model.ExpectationLevel;
import org.touchstone.model.FailureGroup;
import org.touchstone.model.FailureType;
import org.touchstone.model.MomentStep;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.RecoveryPrinciple;
import org.touchstone.model.ServiceGap;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.ServiceType;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Status;
import org.touchstone.model.Tenant;
import org.touchstone.model.Touchpoint;

/**
 * The method of the training material is in the model, in every sample tenant, and in a behaviour
 * a user sees: one test per concept group.
 */
class DomainModelTest {
	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	@TempDir
	Path dir;
	Workspace ws;
	List<Tenant> tenants;

	@BeforeEach
	void openSample() {
		ws = Workspace.openOrCreate(dir.resolve("ws"), "me");
		tenants = ws.tenants("me").stream().filter(t -> !t.getId().equals(Workspace.LIBRARY)).toList();
		assertEquals(3, tenants.size());
	}

	private static List<StandardRevision> current(Tenant t) {
		return t.getStandards().stream().map(DocumentControl::latest).filter(r -> r.getStatus() != Status.RETIRED).toList();
	}

	private static List<Finding> findings(Tenant t, String code) {
		return Validation.check(t, TODAY).stream().filter(f -> f.code().equals(code)).toList();
	}

	private Tenant tenant(String id) {
		return ws.read(new Context(id, "me"));
	}

	@Test
	void expectationLevelsAreSetInEveryTenantAndATouchpointWithOnlyBasicStandardsIsFlagged() {
		for (Tenant t : tenants) {
			Set<ExpectationLevel> levels = current(t).stream().filter(StandardRevision::isSetExpectationLevel).map(StandardRevision::getExpectationLevel)
					.collect(Collectors.toSet());
			assertTrue(levels.containsAll(List.of(ExpectationLevel.BASIC, ExpectationLevel.UNEXPECTED)), t.getId() + ": " + levels);
		}
		List<Finding> basicOnly = findings(tenant("harbor-hotel"), "expectation.basic-only");
		assertEquals(1, basicOnly.size(), basicOnly.toString());
		assertTrue(basicOnly.get(0).message().contains("电话预订"), basicOnly.get(0).message());
		assertTrue(findings(tenant("red-lantern-hotpot"), "expectation.basic-only").isEmpty(), "its touchpoints mix levels");
	}

	@Test
	void everyTouchpointIsPlacedOnTheProceduralAndPersonalSidesAndAScoreOutOfRangeIsAnError() {
		Set<ServiceType> types = EnumSet.noneOf(ServiceType.class);
		for (Tenant t : tenants) {
			for (Touchpoint tp : t.getTouchpoints()) {
				assertTrue(ServiceTypes.isAssessed(tp), t.getId() + " " + tp.getKey());
				types.add(ServiceTypes.of(tp));
			}
		}
		assertEquals(EnumSet.allOf(ServiceType.class), types, "the sample shows all four service types");
		Tenant hotel = tenant("harbor-hotel");
		Touchpoint checkIn = hotel.getTouchpoints().stream().filter(tp -> tp.getKey().equals("TP-CHECKIN")).findFirst().orElseThrow();
		assertEquals(ServiceType.FACTORY, ServiceTypes.of(checkIn), "strong procedure (4), weak personal side (2)");
		checkIn.setPersonalStrength(7);
		assertEquals(Finding.Severity.ERROR, findings(hotel, "service-type.out-of-range").get(0).severity());
	}

	@Test
	void standardsAndPlaybooksNameTheirContactSituationsInEveryTenant() {
		Set<ContactSituation> all = EnumSet.noneOf(ContactSituation.class);
		for (Tenant t : tenants) {
			Set<ContactSituation> used = EnumSet.noneOf(ContactSituation.class);
			current(t).forEach(r -> used.addAll(r.getContactSituations()));
			t.getPlaybooks().forEach(p -> used.addAll(p.getContactSituations()));
			assertTrue(used.size() >= 3, t.getId() + ": " + used);
			all.addAll(used);
		}
		assertEquals(EnumSet.allOf(ContactSituation.class), all, "every situation appears somewhere in the sample");
	}

	@Test
	void everyTenantCoversTheFourGapsAndAGapWithNothingAgainstItIsReported() {
		for (Tenant t : tenants) {
			for (GapCoverage.Coverage c : GapCoverage.of(t)) {
				assertFalse(c.isUncovered(), t.getId() + " leaves " + c.gap() + " uncovered");
			}
			assertTrue(findings(t, "gaps.uncovered").isEmpty(), t.getId());
		}
		Tenant bank = tenant("riverside-bank");
		bank.getStandards().forEach(s -> s.getRevisions().forEach(r -> r.getGaps().remove(ServiceGap.LISTENING)));
		bank.getPlaybooks().forEach(p -> p.getGaps().remove(ServiceGap.LISTENING));
		GapCoverage.Coverage listening = GapCoverage.of(bank).get(0);
		assertEquals(ServiceGap.LISTENING, listening.gap());
		assertTrue(listening.isUncovered());
		List<Finding> uncovered = findings(bank, "gaps.uncovered");
		assertEquals(1, uncovered.size());
		assertTrue(uncovered.get(0).message().contains("Listening gap"), uncovered.get(0).message());
	}

	@Test
	void thereIsADifficultCustomerPlaybookForEachTacticAndOneInEveryTenant() {
		Set<DifficultCustomer> tactics = EnumSet.noneOf(DifficultCustomer.class);
		for (Tenant t : tenants) {
			List<RecoveryPlaybook> difficult = t.getPlaybooks().stream().filter(RecoveryPlaybook::isSetDifficultCustomer).toList();
			assertFalse(difficult.isEmpty(), t.getId());
			difficult.forEach(p -> tactics.add(p.getDifficultCustomer()));
		}
		assertEquals(EnumSet.allOf(DifficultCustomer.class), tactics);
	}

	@Test
	void customerStylesUseTheMaterialsOwnFourChineseNames() {
		assertEquals(List.of("主导型（力量型）", "社交型（活泼型）", "稳重型（和平型）", "分析型（完美型）"),
				BehaviourStyle.VALUES.stream().map(s -> Labels.of(s, true)).toList());
		Set<BehaviourStyle> used = EnumSet.noneOf(BehaviourStyle.class);
		tenants.forEach(t -> t.getSegments().forEach(s -> used.add(s.getStyle())));
		assertEquals(EnumSet.allOf(BehaviourStyle.class), used);
	}

	@Test
	void failuresAreATwoLevelTaxonomyAndTheSampleUsesSubtypesOfEveryGroup() {
		for (FailureGroup group : FailureGroup.VALUES) {
			assertTrue(FailureTaxonomy.subtypes(group).size() >= 3, group + " has its subtypes");
		}
		assertEquals(FailureGroup.PROBLEM_CUSTOMER, FailureTaxonomy.group(FailureType.VERBAL_OR_PHYSICAL_ABUSE));
		assertEquals(FailureGroup.UNPROMPTED_EMPLOYEE_ACTION, FailureTaxonomy.group(FailureType.CULTURAL_NORMS));
		Set<FailureGroup> groups = EnumSet.noneOf(FailureGroup.class);
		tenants.forEach(t -> t.getPlaybooks().forEach(p -> groups.add(FailureTaxonomy.group(p.getFailureType()))));
		assertEquals(EnumSet.allOf(FailureGroup.class), groups);
	}

	@Test
	void aGuaranteeIsCheckedAgainstTheFiveCriteriaAndTheCasesWhereNoneShouldBeOffered() {
		Tenant hotel = tenant("harbor-hotel");
		List<Finding> unmet = findings(hotel, "guarantee.criterion-unmet");
		assertTrue(unmet.stream().anyMatch(f -> f.key().equals("PB-ROOM") && f.message().contains("无条件")), unmet.toString());
		assertTrue(unmet.stream().anyMatch(f -> f.key().equals("PB-NOISE") && f.message().contains("可以信赖")), unmet.toString());
		List<Finding> notAdvised = findings(hotel, "guarantee.not-advised");
		assertEquals(1, notAdvised.size());
		assertTrue(notAdvised.get(0).message().contains("服务质量无法控制"), notAdvised.get(0).message());
		assertTrue(findings(tenant("riverside-bank"), "guarantee.criterion-unmet").isEmpty(), "the ATM guarantee meets all five");
	}

	@Test
	void everyTouchpointsScriptCoversTheFiveStepsOfAMomentOfTruth() {
		for (Tenant t : tenants) {
			for (Touchpoint tp : t.getTouchpoints()) {
				assertEquals(List.of(MomentStep.VALUES.toArray()), tp.getScript().stream().map(s -> s.getStep()).toList(), t.getId() + " " + tp.getKey());
			}
			assertTrue(findings(t, "moment.script-incomplete").isEmpty(), t.getId());
		}
		Tenant hotpot = tenant("red-lantern-hotpot");
		hotpot.getTouchpoints().get(0).getScript().removeIf(s -> s.getStep() == MomentStep.FOLLOW_UP);
		List<Finding> incomplete = findings(hotpot, "moment.script-incomplete");
		assertEquals(1, incomplete.size());
		assertTrue(incomplete.get(0).message().contains("完善跟进"), incomplete.get(0).message());
	}

	@Test
	void allSevenRecoveryPrinciplesAreUsedAndCasesSpeakTheSameVocabularyAsPlaybooks() {
		Set<RecoveryPrinciple> used = EnumSet.noneOf(RecoveryPrinciple.class);
		tenants.forEach(t -> t.getPlaybooks().forEach(p -> used.addAll(p.getPrinciples())));
		assertEquals(EnumSet.allOf(RecoveryPrinciple.class), used);
		Tenant library = tenant(Workspace.LIBRARY);
		for (CaseStudy c : library.getCases()) {
			for (String p : c.getPrinciples()) {
				assertTrue(Principles.isKnown(p), c.getKey() + ": " + p);
			}
		}
		assertEquals("act-fast", Principles.normalise("act fast"));
		assertEquals("treat-fairly", Principles.normalise("Treat customers fairly"));
		assertEquals("act-fast", Principles.normalise("快速行动"));
	}

	@Test
	void everyTextOfTheSampleIsWrittenInBothLanguages() {
		List<String> oneLanguage = new ArrayList<>();
		for (Tenant t : ws.tenants("me")) {
			List<EObject> all = new ArrayList<>();
			all.add(t);
			t.eAllContents().forEachRemaining(all::add);
			for (EObject o : all) {
				for (EAttribute chinese : Bilingual.texts(o.eClass())) {
					Bilingual.Text text = Bilingual.of(o, chinese);
					if (!text.isEmpty() && text.both().size() < 2) {
						oneLanguage.add(t.getId() + " " + o.eClass().getName() + "." + chinese.getName() + ": " + text);
					}
				}
			}
		}
		assertEquals(List.of(), oneLanguage);
	}

	@Test
	void aTwoPartStandardHasACriterionForEachPartAndItsComplianceTargetValidates() {
		Tenant hotel = tenant("harbor-hotel");
		ServiceStandard phone = hotel.getStandards().stream().filter(s -> s.getKey().equals("G-002")).findFirst().orElseThrow();
		StandardRevision r = DocumentControl.latest(phone);
		assertEquals(2, r.getCriteria().size());
		assertEquals("%", r.getCriteria().get(1).getUnit());
		ServiceStandard greeting = hotel.getStandards().stream().filter(s -> s.getKey().equals("G-001")).findFirst().orElseThrow();
		assertEquals(95.0, DocumentControl.latest(greeting).getCriteria().get(0).getComplianceTarget());
		List<Finding> greetingErrors = Validation.check(hotel, TODAY).stream()
				.filter(f -> "G-001".equals(f.key()) && f.severity() == Finding.Severity.ERROR).toList();
		assertEquals(List.of(), greetingErrors);
	}

	@Test
	void theEnglishStatementIsLintedToo() {
		Tenant hotel = tenant("harbor-hotel");
		StandardRevision r = DocumentControl.latest(hotel.getStandards().stream().filter(s -> s.getKey().equals("G-003")).findFirst().orElseThrow());
		r.setStatementEn("With no queue, check-in takes no more than 5 minutes.");
		List<Finding> disagree = Validation.check(hotel, TODAY).stream()
				.filter(f -> f.code().equals("measurability.statement-disagrees") && "G-003".equals(f.key())).toList();
		assertEquals(1, disagree.size());
		assertTrue(disagree.get(0).message().contains("G-003（英文）") && disagree.get(0).message().contains("5 minutes"), disagree.get(0).message());
	}

	@Test
	void noEffectiveRevisionOfTheSampleHasALintError() {
		for (Tenant t : tenants) {
			Set<String> effective = t.getStandards().stream().filter(s -> DocumentControl.effective(s) == DocumentControl.latest(s))
					.map(ServiceStandard::getKey).collect(Collectors.toSet());
			List<Finding> errors = Validation.check(t, TODAY).stream()
					.filter(f -> f.severity() == Finding.Severity.ERROR && effective.contains(f.key())).toList();
			assertEquals(List.of(), errors, t.getId());
		}
		assertNotNull(tenants);
	}

	@Test
	void aTenantsFindingsAreTheSameCheckedWholeOrElementByElement() {
		for (Tenant t : tenants) {
			List<Finding> whole = Validation.check(t, TODAY);
			List<Finding> parts = new ArrayList<>(Validation.checkTenantOnly(t, TODAY));
			for (EObject element : t.eContents()) {
				parts.addAll(Validation.check(element, t.getLocale(), TODAY));
			}
			java.util.Comparator<Finding> order = java.util.Comparator.comparing(Finding::toString);
			List<String> missing = whole.stream().map(Finding::toString).filter(f -> parts.stream().noneMatch(p -> p.toString().equals(f))).toList();
			List<String> extra = parts.stream().map(Finding::toString).filter(f -> whole.stream().noneMatch(w -> w.toString().equals(f))).toList();
			assertEquals(List.of(), missing, t.getId() + " (extra: " + extra + ")");
			assertEquals(List.of(), extra, t.getId() + " whole " + whole.size() + " parts " + parts.size());
			assertEquals(whole.stream().map(Finding::toString).sorted().toList(), parts.stream().map(Finding::toString).sorted().toList(), t.getId());
		}
	}
}
