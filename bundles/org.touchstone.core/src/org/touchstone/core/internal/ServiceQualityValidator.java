package org.touchstone.core.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.touchstone.core.Bilingual;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.GapCoverage;
import org.touchstone.core.GuaranteeTests;
import org.touchstone.core.Labels;
import org.touchstone.core.ServiceTypes;
import org.touchstone.core.ReviewSchedule;
import org.touchstone.core.RevisionDiff;
import org.touchstone.core.Unit;
import org.touchstone.model.Comparison;
import org.touchstone.model.ExpectationLevel;
import org.touchstone.model.GuaranteeCaution;
import org.touchstone.model.MomentStep;
import org.touchstone.model.ServiceGuarantee;
import org.touchstone.model.Touchpoint;
import org.touchstone.model.Criterion;
import org.touchstone.model.Language;
import org.touchstone.model.PlaybookStep;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Status;
import org.touchstone.model.TouchstonePackage;

/**
 * Touchstone's checks as an EMF validator. The measurability lint encodes the four tests of a good
 * service standard from the training material: clear (a statement, no vague words), concise (short
 * enough to remember), observable/measurable (a threshold with a unit, and a way to observe it) and
 * realistic (a threshold people can meet). Messages are in the language the context names ({@link #LOCALE}): the reader's.
 */
public class ServiceQualityValidator extends EObjectValidator {
	public static final String SOURCE = "org.touchstone.core";
	/** Context key: the date "review overdue" is measured against. */
	public static final String TODAY = "touchstone.today";
	/** Context key: the language of the messages. */
	public static final String LOCALE = "touchstone.locale";

	/** The longest statement that is still concise, in characters (Chinese) and words (English). */
	static final int MAX_CHINESE_CHARACTERS = 60;
	static final int MAX_ENGLISH_WORDS = 35;

	@Override
	protected EPackage getEPackage() {
		return TouchstonePackage.eINSTANCE;
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = super.validate(eClass, object, diagnostics, context);
		Messages messages = new Messages(context.get(LOCALE) != Language.EN);
		if (object instanceof org.touchstone.model.Tenant tenant) {
			for (org.touchstone.core.TenantBoundary.Crossing crossing : org.touchstone.core.TenantBoundary.crossings(tenant)) {
				valid &= report(diagnostics, Diagnostic.ERROR, "reference.foreign", crossing.from(),
						messages.foreignReference(crossing.fromName(), crossing.reference().getName(), crossing.targetName(), crossing.owner()));
			}
		}
		if (object instanceof org.touchstone.model.Tenant tenant) {
			valid &= checkTenant(tenant, diagnostics, messages);
		}
		if (object instanceof ServiceStandard standard) {
			valid &= checkStandard(standard, diagnostics, context, messages);
		} else if (object instanceof Touchpoint touchpoint) {
			valid &= checkTouchpoint(touchpoint, diagnostics, messages);
		} else if (object instanceof RecoveryPlaybook playbook) {
			valid &= checkGuarantee(playbook, diagnostics, messages);
		} else if (object instanceof PlaybookStep step) {
			valid &= checkStep(step, diagnostics, messages);
		}
		return valid;
	}

	private boolean checkStandard(ServiceStandard standard, DiagnosticChain diagnostics, Map<Object, Object> context, Messages m) {
		StandardRevision revision = DocumentControl.latest(standard);
		if (revision.getStatus() == Status.RETIRED) {
			return true;
		}
		String key = standard.getKey();
		Language readerLanguage = m.zh ? Language.ZH : Language.EN;
		boolean valid = true;
		Bilingual.Text statement = Bilingual.of(revision, TouchstonePackage.Literals.STANDARD_REVISION__STATEMENT);
		if (statement.isEmpty()) {
			valid &= report(diagnostics, Diagnostic.ERROR, "measurability.no-statement", standard, m.noStatement(key));
		}
		for (Language language : Language.VALUES) {
			String text = statement.in(language);
			if (text == null || text.isBlank()) {
				continue;
			}
			String where = m.where(key, language, readerLanguage);
			List<VagueWords.Match> vague = VagueWords.find(text);
			if (!vague.isEmpty()) {
				String words = m.list(vague.stream().map(VagueWords.Match::word).toList());
				Messages inText = new Messages(language == Language.ZH);
				String rewritten = Rewrites.rewrite(text, vague, DocumentControl.primaryCriterion(revision), inText);
				valid &= report(diagnostics, Diagnostic.WARNING, "measurability.vague-word", standard,
						m.vagueWords(where, words, Rewrites.suggest(text, vague, DocumentControl.primaryCriterion(revision), inText)),
						rewritten == null ? null : new org.touchstone.core.Finding.Fix("statement", language, rewritten));
			}
			if (tooLong(text)) {
				valid &= report(diagnostics, Diagnostic.WARNING, "measurability.too-long", standard, m.tooLong(where, length(text)));
			}
			valid &= checkAgreement(standard, revision, text, where, diagnostics, m);
		}
		if (revision.getCriteria().isEmpty()) {
			valid &= report(diagnostics, Diagnostic.ERROR, "measurability.no-threshold", standard, m.noThreshold(key));
		}
		for (int i = 0; i < revision.getCriteria().size(); i++) {
			Criterion criterion = revision.getCriteria().get(i);
			String which = revision.getCriteria().size() == 1 ? key : m.criterion(key, i + 1);
			valid &= checkCriterion(standard, criterion, which, diagnostics, m);
		}
		Bilingual.Text observation = Bilingual.of(revision, TouchstonePackage.Literals.STANDARD_REVISION__OBSERVATION);
		if (observation.isEmpty()) {
			valid &= report(diagnostics, Diagnostic.ERROR, "measurability.no-observation", standard, m.noObservation(key));
		}
		for (Language language : Language.VALUES) {
			String text = observation.in(language);
			if (text == null || text.isBlank()) {
				continue;
			}
			String where = m.where(key, language, readerLanguage);
			List<ObservationMethod.Part> missing = ObservationMethod.missing(text);
			if (missing.size() == ObservationMethod.Part.values().length) {
				valid &= report(diagnostics, Diagnostic.ERROR, "measurability.vague-observation", standard, m.vagueObservation(where, text));
			} else if (!missing.isEmpty()) {
				valid &= report(diagnostics, Diagnostic.WARNING, "measurability.observation-incomplete", standard, m.observationIncomplete(where, missing));
			}
		}
		if (revision.getOwner() == null || revision.getOwner().isBlank()) {
			valid &= report(diagnostics, Diagnostic.WARNING, "standard.no-owner", standard, m.noOwner(key));
		}
		StandardRevision effective = DocumentControl.effective(standard);
		LocalDate today = (LocalDate) context.getOrDefault(TODAY, LocalDate.now());
		if (effective != null && ReviewSchedule.isDue(effective, today)) {
			valid &= report(diagnostics, Diagnostic.WARNING, "review.overdue", standard,
					m.reviewOverdue(key, effective.getNumber(), ReviewSchedule.nextReview(effective)));
		}
		return valid;
	}

	/** One criterion: a threshold with a unit Touchstone knows, a plausible value and a compliance target that is a rate. */
	private boolean checkCriterion(ServiceStandard standard, Criterion criterion, String which, DiagnosticChain diagnostics, Messages m) {
		boolean valid = true;
		if (criterion.getThreshold() == null) {
			return report(diagnostics, Diagnostic.ERROR, "measurability.no-threshold", standard, m.noThreshold(which));
		}
		if (criterion.getUnit() == null || criterion.getUnit().isBlank()) {
			valid &= report(diagnostics, Diagnostic.ERROR, "measurability.no-unit", standard, m.noUnit(which, RevisionDiff.number(criterion.getThreshold())));
		} else if (Unit.of(criterion.getUnit()) == null) {
			valid &= report(diagnostics, Diagnostic.WARNING, "measurability.unknown-unit", standard, m.unknownUnit(which, criterion.getUnit()));
		}
		String implausible = Plausibility.problem(criterion, m);
		if (implausible != null) {
			valid &= report(diagnostics, Diagnostic.WARNING, "measurability.implausible-threshold", standard, m.implausible(which, implausible));
		}
		Double target = criterion.getComplianceTarget();
		if (target != null && (target <= 0 || target > 100)) {
			valid &= report(diagnostics, Diagnostic.ERROR, "measurability.compliance-target", standard, m.badComplianceTarget(which, RevisionDiff.number(target)));
		}
		return valid;
	}

	/**
	 * The figures a statement names agree with the criteria: a statement that says 50 minutes over a
	 * threshold of 5400 s tells staff one thing and auditors another. A figure agrees when it equals
	 * (units converted) a threshold of a criterion of its kind, a segment's override, or, for a rate,
	 * a compliance target.
	 */
	private boolean checkAgreement(ServiceStandard standard, StandardRevision revision, String statement, String where, DiagnosticChain diagnostics,
			Messages m) {
		List<StatementNumbers.Quantity> said = StatementNumbers.find(statement);
		boolean valid = true;
		for (Unit.Kind kind : Unit.Kind.values()) {
			List<StatementNumbers.Quantity> sameKind = said.stream().filter(q -> q.unit().kind() == kind).toList();
			if (sameKind.isEmpty()) {
				continue;
			}
			List<Double> allowed = new java.util.ArrayList<>();
			List<String> described = new java.util.ArrayList<>();
			for (Criterion criterion : revision.getCriteria()) {
				Unit unit = Unit.of(criterion.getUnit());
				if (unit != null && unit.kind() == kind && criterion.getThreshold() != null) {
					allowed.add(unit.toBase(criterion.getThreshold()));
					described.add(RevisionDiff.threshold(criterion));
					for (org.touchstone.model.SegmentRule rule : revision.getSegments()) {
						if (rule.getThresholdOverride() != null) {
							allowed.add(unit.toBase(rule.getThresholdOverride()));
						}
					}
				}
				if (kind == Unit.Kind.RATE && criterion.getComplianceTarget() != null) {
					allowed.add(criterion.getComplianceTarget());
					described.add(RevisionDiff.number(criterion.getComplianceTarget()) + " %");
				}
			}
			if (described.isEmpty()) {
				continue;
			}
			if (sameKind.stream().noneMatch(q -> allowed.stream().anyMatch(a -> Math.abs(a - q.base()) < 1e-6))) {
				valid &= report(diagnostics, Diagnostic.ERROR, "measurability.statement-disagrees", standard,
						m.statementDisagrees(where, m.list(sameKind.stream().map(StatementNumbers.Quantity::text).toList()),
								String.join(", ", described)));
			}
		}
		return valid;
	}

	/** Touchpoints with only basic-level standards, and gaps with nothing against them. */
	private boolean checkTenant(org.touchstone.model.Tenant tenant, DiagnosticChain diagnostics, Messages m) {
		boolean valid = true;
		Map<Touchpoint, List<StandardRevision>> byTouchpoint = new java.util.LinkedHashMap<>();
		for (ServiceStandard s : tenant.getStandards()) {
			StandardRevision r = DocumentControl.latest(s);
			if (r.getStatus() != Status.RETIRED && r.getTouchpoint() != null) {
				byTouchpoint.computeIfAbsent(r.getTouchpoint(), t -> new java.util.ArrayList<>()).add(r);
			}
		}
		for (Map.Entry<Touchpoint, List<StandardRevision>> e : byTouchpoint.entrySet()) {
			if (e.getValue().stream().allMatch(r -> r.isSetExpectationLevel() && r.getExpectationLevel() == ExpectationLevel.BASIC)) {
				valid &= report(diagnostics, Diagnostic.WARNING, "expectation.basic-only", e.getKey(), m.basicOnly(name(e.getKey(), m)));
			}
		}
		// A tenant that names no gap anywhere has not taken up the gaps model; once it names one, the others it leaves open are findings.
		List<GapCoverage.Coverage> coverage = GapCoverage.of(tenant);
		if (!coverage.stream().allMatch(GapCoverage.Coverage::isUncovered)) {
			for (GapCoverage.Coverage gap : coverage) {
				if (gap.isUncovered()) {
					valid &= report(diagnostics, Diagnostic.WARNING, "gaps.uncovered", tenant, m.gapUncovered(Labels.of(gap.gap(), m.zh)));
				}
			}
		}
		return valid;
	}

	/** A touchpoint's assessment is on the 0 to 5 scale, and its script covers the five steps of a moment of truth. */
	private boolean checkTouchpoint(Touchpoint touchpoint, DiagnosticChain diagnostics, Messages m) {
		boolean valid = true;
		String name = name(touchpoint, m);
		for (int strength : new int[] { touchpoint.getProceduralStrength(), touchpoint.getPersonalStrength() }) {
			if (strength < 0 || strength > ServiceTypes.HIGHEST) {
				valid &= report(diagnostics, Diagnostic.ERROR, "service-type.out-of-range", touchpoint, m.strengthOutOfRange(name, strength));
			}
		}
		List<String> missing = new java.util.ArrayList<>();
		for (MomentStep step : MomentStep.VALUES) {
			if (touchpoint.getScript().stream().noneMatch(s -> s.getStep() == step)) {
				missing.add(Labels.of(step, m.zh));
			}
		}
		if (!missing.isEmpty()) {
			valid &= report(diagnostics, Diagnostic.WARNING, "moment.script-incomplete", touchpoint,
					m.scriptIncomplete(name, m.list(missing)));
		}
		return valid;
	}

	/** A guarantee is checked against the five criteria of a good one, and against the cases where none should be offered. */
	private boolean checkGuarantee(RecoveryPlaybook playbook, DiagnosticChain diagnostics, Messages m) {
		ServiceGuarantee g = playbook.getServiceGuarantee();
		if (g == null) {
			return true;
		}
		boolean valid = true;
		String key = playbook.getKey();
		for (GuaranteeTests.Test test : GuaranteeTests.ALL) {
			if (!test.passes().test(g)) {
				valid &= report(diagnostics, Diagnostic.WARNING, "guarantee.criterion-unmet", playbook, m.guaranteeCriterion(key, test.name(m.zh)));
			}
		}
		for (GuaranteeCaution caution : g.getCautions()) {
			valid &= report(diagnostics, Diagnostic.WARNING, "guarantee.not-advised", playbook, m.guaranteeNotAdvised(key, Labels.of(caution, m.zh)));
		}
		return valid;
	}

	private static String name(Touchpoint touchpoint, Messages m) {
		Bilingual.Shown shown = Bilingual.of(touchpoint, TouchstonePackage.Literals.TOUCHPOINT__NAME).shown(m.zh ? Language.ZH : Language.EN);
		return shown.text().isEmpty() ? String.valueOf(touchpoint.getKey()) : shown.text();
	}

	private boolean checkStep(PlaybookStep step, DiagnosticChain diagnostics, Messages m) {
		if (step.getOwnerRole() != null && !step.getOwnerRole().isBlank()) {
			return true;
		}
		RecoveryPlaybook playbook = (RecoveryPlaybook) step.eContainer();
		int number = playbook == null ? 0 : playbook.getSteps().indexOf(step) + 1;
		return report(diagnostics, Diagnostic.ERROR, "playbook.step-without-owner", step,
				m.stepWithoutOwner(playbook == null ? "?" : playbook.getKey(), number));
	}

	private static boolean tooLong(String statement) {
		return Bilingual.isChinese(statement) ? statement.codePointCount(0, statement.length()) > MAX_CHINESE_CHARACTERS
				: statement.trim().split("\\s+").length > MAX_ENGLISH_WORDS;
	}

	private static int length(String statement) {
		return Bilingual.isChinese(statement) ? statement.codePointCount(0, statement.length()) : statement.trim().split("\\s+").length;
	}

	private static boolean report(DiagnosticChain diagnostics, int severity, String code, EObject element, String message) {
		return report(diagnostics, severity, code, element, message, null);
	}

	/** Reports a finding; a fix, when the lint knows one, travels with it to the workbench's quick fix. */
	private static boolean report(DiagnosticChain diagnostics, int severity, String code, EObject element, String message, Object fix) {
		if (diagnostics != null) {
			Object[] data = fix == null ? new Object[] { element, code } : new Object[] { element, code, fix };
			diagnostics.add(new BasicDiagnostic(severity, SOURCE, 0, message, data));
		}
		return severity < Diagnostic.ERROR;
	}

	/** The human key of the element a finding is about, or of the element that holds it. */
	public static String keyOf(EObject element) {
		for (EObject o = element; o != null; o = o.eContainer()) {
			if (o instanceof ServiceStandard s) {
				return s.getKey();
			}
			if (o instanceof RecoveryPlaybook p) {
				return p.getKey();
			}
			String key = TenantJson.naturalKey(o);
			if (key != null) {
				return key;
			}
		}
		return null;
	}

	/** Whether an at-most comparison is meant: the default for time limits. */
	static boolean atMost(Criterion criterion) {
		return criterion.getComparison() == null || criterion.getComparison() == Comparison.AT_MOST;
	}
}
