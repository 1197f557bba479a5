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
import org.touchstone.core.DocumentControl;
import org.touchstone.core.ReviewSchedule;
import org.touchstone.core.RevisionDiff;
import org.touchstone.core.Unit;
import org.touchstone.model.Comparison;
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
 * realistic (a threshold people can meet). Messages are in the tenant's language.
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
		if (object instanceof ServiceStandard standard) {
			valid &= checkStandard(standard, diagnostics, context, messages);
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
		boolean valid = true;
		String statement = revision.getStatement();
		if (statement == null || statement.isBlank()) {
			valid &= report(diagnostics, Diagnostic.ERROR, "measurability.no-statement", standard, m.noStatement(key));
		} else {
			List<VagueWords.Match> vague = VagueWords.find(statement);
			if (!vague.isEmpty()) {
				String words = vague.stream().map(VagueWords.Match::word).collect(Collectors.joining(m.zh ? "、" : ", "));
				valid &= report(diagnostics, Diagnostic.WARNING, "measurability.vague-word", standard,
						m.vagueWords(key, words, Rewrites.suggest(statement, vague, revision.getCriterion(), m)));
			}
			if (tooLong(statement)) {
				valid &= report(diagnostics, Diagnostic.WARNING, "measurability.too-long", standard, m.tooLong(key, length(statement)));
			}
		}
		Criterion criterion = revision.getCriterion();
		if (criterion == null || criterion.getThreshold() == null) {
			valid &= report(diagnostics, Diagnostic.ERROR, "measurability.no-threshold", standard, m.noThreshold(key));
		} else {
			if (criterion.getUnit() == null || criterion.getUnit().isBlank()) {
				valid &= report(diagnostics, Diagnostic.ERROR, "measurability.no-unit", standard,
						m.noUnit(key, RevisionDiff.number(criterion.getThreshold())));
			}
			String implausible = Plausibility.problem(criterion, m);
			if (implausible != null) {
				valid &= report(diagnostics, Diagnostic.WARNING, "measurability.implausible-threshold", standard, m.implausible(key, implausible));
			}
		}
		if (criterion != null && criterion.getThreshold() != null) {
			valid &= checkAgreement(standard, revision, criterion, diagnostics, m);
		}
		if (revision.getObservation() == null || revision.getObservation().isBlank()) {
			valid &= report(diagnostics, Diagnostic.ERROR, "measurability.no-observation", standard, m.noObservation(key));
		} else {
			List<ObservationMethod.Part> missing = ObservationMethod.missing(revision.getObservation());
			if (missing.size() == ObservationMethod.Part.values().length) {
				valid &= report(diagnostics, Diagnostic.ERROR, "measurability.vague-observation", standard,
						m.vagueObservation(key, revision.getObservation()));
			} else if (!missing.isEmpty()) {
				valid &= report(diagnostics, Diagnostic.WARNING, "measurability.observation-incomplete", standard,
						m.observationIncomplete(key, missing));
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

	/**
	 * The criterion's unit is one Touchstone knows, its compliance target is a rate, and the figures
	 * the statement names agree with it: a statement that says 50 minutes over a threshold of
	 * 5400 s tells staff one thing and auditors another.
	 */
	private boolean checkAgreement(ServiceStandard standard, StandardRevision revision, Criterion criterion, DiagnosticChain diagnostics, Messages m) {
		String key = standard.getKey();
		boolean valid = true;
		Unit unit = Unit.of(criterion.getUnit());
		if (unit == null && criterion.getUnit() != null && !criterion.getUnit().isBlank()) {
			valid &= report(diagnostics, Diagnostic.WARNING, "measurability.unknown-unit", standard, m.unknownUnit(key, criterion.getUnit()));
		}
		Double target = criterion.getComplianceTarget();
		if (target != null && (target <= 0 || target > 100)) {
			valid &= report(diagnostics, Diagnostic.ERROR, "measurability.compliance-target", standard,
					m.badComplianceTarget(key, RevisionDiff.number(target)));
		}
		List<StatementNumbers.Quantity> said = StatementNumbers.find(revision.getStatement());
		if (unit == null || said.isEmpty()) {
			return valid;
		}
		List<Double> allowed = new java.util.ArrayList<>();
		allowed.add(unit.toBase(criterion.getThreshold()));
		for (org.touchstone.model.SegmentRule rule : revision.getSegments()) {
			if (rule.getThresholdOverride() != null) {
				allowed.add(unit.toBase(rule.getThresholdOverride()));
			}
		}
		List<StatementNumbers.Quantity> sameKind = said.stream().filter(q -> q.unit().kind() == unit.kind()).toList();
		if (!sameKind.isEmpty() && sameKind.stream().noneMatch(q -> allowed.stream().anyMatch(a -> Math.abs(a - q.base()) < 1e-6))) {
			valid &= report(diagnostics, Diagnostic.ERROR, "measurability.statement-disagrees", standard,
					m.statementDisagrees(key, sameKind.stream().map(StatementNumbers.Quantity::text).collect(Collectors.joining(", ")),
							RevisionDiff.threshold(criterion)));
		}
		if (target != null && unit.kind() != Unit.Kind.RATE) {
			List<StatementNumbers.Quantity> rates = said.stream().filter(q -> q.unit().kind() == Unit.Kind.RATE).toList();
			if (!rates.isEmpty() && rates.stream().noneMatch(q -> Math.abs(q.value() - target) < 1e-6)) {
				valid &= report(diagnostics, Diagnostic.ERROR, "measurability.statement-disagrees", standard,
						m.statementDisagrees(key, rates.stream().map(StatementNumbers.Quantity::text).collect(Collectors.joining(", ")),
								RevisionDiff.number(target) + " %"));
			}
		}
		return valid;
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
		return Messages.isChinese(statement) ? statement.codePointCount(0, statement.length()) > MAX_CHINESE_CHARACTERS
				: statement.trim().split("\\s+").length > MAX_ENGLISH_WORDS;
	}

	private static int length(String statement) {
		return Messages.isChinese(statement) ? statement.codePointCount(0, statement.length()) : statement.trim().split("\\s+").length;
	}

	private static boolean report(DiagnosticChain diagnostics, int severity, String code, EObject element, String message) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(severity, SOURCE, 0, message, new Object[] { element, code }));
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
