package org.touchstone.core;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.touchstone.model.Comparison;
import org.touchstone.model.Criterion;
import org.touchstone.model.CustomerSegment;
import org.touchstone.model.FailureType;
import org.touchstone.model.PlaybookStep;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.RecoveryPrinciple;
import org.touchstone.model.SegmentRule;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstonePackage.Literals;

/**
 * Makes a {@link Quiz} from what a tenant has in force: for each effective standard its threshold,
 * its observation method and the segment with a tighter threshold; for each playbook the order of
 * its steps, its empowerment limit, its failure type and a recovery principle. Wrong answers are
 * drawn from the tenant's other standards and playbooks (or, for failure types and principles, from
 * the taxonomy), and a candidate that would also be right, or reads the same as another answer in
 * either language, is never offered. A question without two such wrong answers is left out.
 */
public final class QuizMaker {
	/** At most this many wrong answers per question. */
	private static final int WRONG = 3;
	private static final ResourceBundle ENGLISH = bundle(Locale.ROOT);
	private static final ResourceBundle CHINESE = bundle(Locale.CHINESE);

	private QuizMaker() {
	}

	private static ResourceBundle bundle(Locale locale) {
		return MessageFiles.read("org.touchstone.core.quiz", locale, QuizMaker.class);
	}

	public static Quiz make(Tenant tenant) {
		List<Quiz.Question> questions = new ArrayList<>();
		List<ServiceStandard> standards = new ArrayList<>(tenant.getStandards());
		standards.sort(Comparator.comparing(ServiceStandard::getKey, String.CASE_INSENSITIVE_ORDER));
		List<StandardRevision> inForce = new ArrayList<>();
		for (ServiceStandard s : standards) {
			StandardRevision r = DocumentControl.effective(s);
			if (r != null) {
				inForce.add(r);
			}
		}
		for (StandardRevision r : inForce) {
			add(questions, threshold(r, inForce));
			add(questions, observation(r, inForce));
			add(questions, segment(tenant, r));
		}
		List<RecoveryPlaybook> playbooks = new ArrayList<>(tenant.getPlaybooks());
		playbooks.sort(Comparator.comparing(RecoveryPlaybook::getKey, String.CASE_INSENSITIVE_ORDER));
		for (RecoveryPlaybook p : playbooks) {
			add(questions, stepOrder(p, playbooks));
			add(questions, empowerment(p, playbooks));
			add(questions, failureType(p, playbooks));
			add(questions, principle(p));
		}
		return new Quiz(tenant.getId(), List.copyOf(questions));
	}

	private static void add(List<Quiz.Question> questions, Quiz.Question question) {
		if (question != null) {
			questions.add(question);
		}
	}

	// Standards

	private static Quiz.Question threshold(StandardRevision r, List<StandardRevision> inForce) {
		Criterion c = DocumentControl.primaryCriterion(r);
		if (c == null || c.getThreshold() == null) {
			return null;
		}
		Bilingual.Text right = requirement(c.getComparison(), c.getThreshold(), c.getUnit());
		List<Bilingual.Text> candidates = new ArrayList<>();
		for (StandardRevision other : inForce) {
			Criterion o = DocumentControl.primaryCriterion(other);
			if (other != r && o != null && o.getThreshold() != null && java.util.Objects.equals(o.getUnit(), c.getUnit())
					&& !o.getThreshold().equals(c.getThreshold())) {
				candidates.add(requirement(c.getComparison(), o.getThreshold(), c.getUnit()));
			}
		}
		return standardQuestion(Quiz.Kind.THRESHOLD, r, text("threshold", key(r), title(r), Bilingual.of(c, Literals.CRITERION__METRIC)), right,
				candidates);
	}

	private static Bilingual.Text requirement(Comparison comparison, double threshold, String unit) {
		Comparison shown = comparison == null ? Comparison.AT_MOST : comparison;
		String value = RevisionDiff.number(threshold) + (unit == null || unit.isBlank() ? "" : " " + unit);
		return new Bilingual.Text(Labels.of(shown, true) + " " + value, Labels.of(shown, false) + " " + value);
	}

	private static Quiz.Question observation(StandardRevision r, List<StandardRevision> inForce) {
		Bilingual.Text right = Bilingual.of(r, Literals.STANDARD_REVISION__OBSERVATION);
		if (right.isEmpty()) {
			return null;
		}
		List<Bilingual.Text> candidates = new ArrayList<>();
		for (StandardRevision other : inForce) {
			if (other != r) {
				candidates.add(Bilingual.of(other, Literals.STANDARD_REVISION__OBSERVATION));
			}
		}
		return standardQuestion(Quiz.Kind.OBSERVATION, r, text("observation", key(r), title(r)), right, candidates);
	}

	/** Which segment has a tighter threshold; only segments with no rule on the standard are wrong answers, so none is also right. */
	private static Quiz.Question segment(Tenant tenant, StandardRevision r) {
		Criterion c = DocumentControl.primaryCriterion(r);
		if (c == null || c.getThreshold() == null) {
			return null;
		}
		boolean atLeast = c.getComparison() == Comparison.AT_LEAST;
		CustomerSegment tighter = null;
		Set<CustomerSegment> ruled = new LinkedHashSet<>();
		for (SegmentRule rule : r.getSegments()) {
			ruled.add(rule.getSegment());
			Double override = rule.getThresholdOverride();
			if (tighter == null && rule.getSegment() != null && override != null
					&& (atLeast ? override > c.getThreshold() : override < c.getThreshold())) {
				tighter = rule.getSegment();
			}
		}
		if (tighter == null) {
			return null;
		}
		List<Bilingual.Text> candidates = new ArrayList<>();
		for (CustomerSegment s : tenant.getSegments()) {
			if (!ruled.contains(s)) {
				candidates.add(Bilingual.of(s, Literals.CUSTOMER_SEGMENT__NAME));
			}
		}
		return standardQuestion(Quiz.Kind.SEGMENT, r, text("segment", key(r), title(r)), Bilingual.of(tighter, Literals.CUSTOMER_SEGMENT__NAME),
				candidates);
	}

	private static Quiz.Question standardQuestion(Quiz.Kind kind, StandardRevision r, Bilingual.Text text, Bilingual.Text right,
			List<Bilingual.Text> candidates) {
		List<Bilingual.Text> wrong = wrong(right, candidates);
		if (wrong.size() < 2) {
			return null;
		}
		ServiceStandard standard = (ServiceStandard) r.eContainer();
		boolean review = DocumentControl.latest(standard).getNumber() > r.getNumber();
		String id = kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + standard.getKey() + ".r" + r.getNumber();
		return new Quiz.Question(id, kind, standard.getKey(), r.getNumber(), review, text, right, wrong);
	}

	// Playbooks

	/** What comes right after the first step; the other steps (then other playbooks' steps) are the wrong answers. */
	private static Quiz.Question stepOrder(RecoveryPlaybook p, List<RecoveryPlaybook> playbooks) {
		if (p.getSteps().size() < 2) {
			return null;
		}
		Bilingual.Text first = Bilingual.of(p.getSteps().get(0), Literals.PLAYBOOK_STEP__ACTION);
		Bilingual.Text right = Bilingual.of(p.getSteps().get(1), Literals.PLAYBOOK_STEP__ACTION);
		List<Bilingual.Text> candidates = new ArrayList<>();
		candidates.add(first);
		for (int i = 2; i < p.getSteps().size(); i++) {
			candidates.add(Bilingual.of(p.getSteps().get(i), Literals.PLAYBOOK_STEP__ACTION));
		}
		for (RecoveryPlaybook other : playbooks) {
			if (other != p) {
				for (PlaybookStep step : other.getSteps()) {
					candidates.add(Bilingual.of(step, Literals.PLAYBOOK_STEP__ACTION));
				}
			}
		}
		// The first step is not what comes after it: it stays a wrong answer, but not the only kind.
		return playbookQuestion(Quiz.Kind.STEP_ORDER, p, text("stepOrder", p.getKey(), title(p), first), right, candidates);
	}

	private static Quiz.Question empowerment(RecoveryPlaybook p, List<RecoveryPlaybook> playbooks) {
		Bilingual.Text right = Bilingual.of(p, Literals.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT);
		if (right.isEmpty()) {
			return null;
		}
		List<Bilingual.Text> candidates = new ArrayList<>();
		for (RecoveryPlaybook other : playbooks) {
			if (other != p) {
				candidates.add(Bilingual.of(other, Literals.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT));
			}
		}
		return playbookQuestion(Quiz.Kind.EMPOWERMENT, p, text("empowerment", p.getKey(), title(p)), right, candidates);
	}

	/** A playbook answers one failure type: every other type is wrong, those of the tenant's other playbooks first. */
	private static Quiz.Question failureType(RecoveryPlaybook p, List<RecoveryPlaybook> playbooks) {
		if (p.getFailureType() == null) {
			return null;
		}
		List<Bilingual.Text> candidates = new ArrayList<>();
		for (RecoveryPlaybook other : playbooks) {
			if (other.getFailureType() != null && other.getFailureType() != p.getFailureType()) {
				candidates.add(label(other.getFailureType()));
			}
		}
		for (FailureType type : FailureType.VALUES) {
			if (type != p.getFailureType()) {
				candidates.add(label(type));
			}
		}
		return playbookQuestion(Quiz.Kind.FAILURE_TYPE, p, text("failureType", p.getKey(), title(p)), label(p.getFailureType()), candidates);
	}

	/** One principle the playbook applies; only principles it does not apply are wrong answers. */
	private static Quiz.Question principle(RecoveryPlaybook p) {
		if (p.getPrinciples().isEmpty()) {
			return null;
		}
		List<Bilingual.Text> candidates = new ArrayList<>();
		for (RecoveryPrinciple principle : RecoveryPrinciple.VALUES) {
			if (!p.getPrinciples().contains(principle)) {
				candidates.add(label(principle));
			}
		}
		return playbookQuestion(Quiz.Kind.PRINCIPLE, p, text("principle", p.getKey(), title(p)), label(p.getPrinciples().get(0)), candidates);
	}

	private static Quiz.Question playbookQuestion(Quiz.Kind kind, RecoveryPlaybook p, Bilingual.Text text, Bilingual.Text right,
			List<Bilingual.Text> candidates) {
		List<Bilingual.Text> wrong = wrong(right, candidates);
		if (wrong.size() < 2) {
			return null;
		}
		String id = kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + p.getKey();
		return new Quiz.Question(id, kind, p.getKey(), 0, false, text, right, wrong);
	}

	// Answers and words

	/**
	 * Up to {@link #WRONG} wrong answers from the candidates, in their order: each has text in both
	 * languages where the right answer has, and reads differently from the right answer and from
	 * every other answer in both languages, so no two answers can be taken for one another.
	 */
	static List<Bilingual.Text> wrong(Bilingual.Text right, List<Bilingual.Text> candidates) {
		List<Bilingual.Text> chosen = new ArrayList<>();
		List<Bilingual.Text> taken = new ArrayList<>(List.of(right));
		for (Bilingual.Text candidate : candidates) {
			if (chosen.size() == WRONG) {
				break;
			}
			if (candidate.isEmpty() || blank(candidate.zh()) != blank(right.zh()) || blank(candidate.en()) != blank(right.en())) {
				continue;
			}
			if (taken.stream().noneMatch(t -> same(t.zh(), candidate.zh()) || same(t.en(), candidate.en()))) {
				chosen.add(candidate);
				taken.add(candidate);
			}
		}
		return chosen;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static boolean same(String a, String b) {
		return !blank(a) && !blank(b) && a.strip().equalsIgnoreCase(b.strip());
	}

	private static Bilingual.Text label(org.eclipse.emf.common.util.Enumerator value) {
		return new Bilingual.Text(Labels.of(value, true), Labels.of(value, false));
	}

	private static String key(StandardRevision r) {
		return ((ServiceStandard) r.eContainer()).getKey();
	}

	private static Bilingual.Text title(StandardRevision r) {
		return Bilingual.of(r, Literals.STANDARD_REVISION__TITLE);
	}

	private static Bilingual.Text title(RecoveryPlaybook p) {
		return Bilingual.of(p, Literals.RECOVERY_PLAYBOOK__TITLE);
	}

	/** A question's words in both languages; each value is a plain text or a {@link Bilingual.Text} taken in the language being written. */
	private static Bilingual.Text text(String key, Object... values) {
		return new Bilingual.Text(format(CHINESE, Locale.CHINESE, key, values, true), format(ENGLISH, Locale.ROOT, key, values, false));
	}

	private static String format(ResourceBundle words, Locale locale, String key, Object[] values, boolean zh) {
		Object[] written = new Object[values.length];
		for (int i = 0; i < values.length; i++) {
			written[i] = values[i] instanceof Bilingual.Text t ? t.shown(zh ? org.touchstone.model.Language.ZH : org.touchstone.model.Language.EN).text()
					: String.valueOf(values[i]);
		}
		return new MessageFormat(words.getString("quiz." + key), locale).format(written);
	}
}
