package org.touchstone.publish.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.touchstone.core.Bilingual;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.FailureTaxonomy;
import org.touchstone.core.GuaranteeTests;
import org.touchstone.core.Labels;
import org.touchstone.core.MethodGuide;
import org.touchstone.core.Principles;
import org.touchstone.core.RevisionDiff;
import org.touchstone.core.ServiceTypes;
import org.touchstone.model.BehaviourStyle;
import org.touchstone.model.CaseStudy;
import org.touchstone.model.CaseText;
import org.touchstone.model.ContactSituation;
import org.touchstone.model.Criterion;
import org.touchstone.model.CustomerSegment;
import org.touchstone.model.Dimension;
import org.touchstone.model.EncounterStep;
import org.touchstone.model.Language;
import org.touchstone.model.MomentStep;
import org.touchstone.model.PlaybookStep;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.RecoveryPrinciple;
import org.touchstone.model.SectionKind;
import org.touchstone.model.SegmentRule;
import org.touchstone.model.ServiceGuarantee;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.ServiceType;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;
import org.touchstone.model.Touchpoint;
import org.touchstone.model.TouchstonePackage.Literals;

/**
 * Writes the handbook sections that come from the model as Markdown: standards by dimension and
 * touchpoint, recovery playbooks, the segment guide, the cases the handbook cites, the audit
 * checklist, the moments of truth at each touchpoint, the contact situation guide and the customer
 * style guide, and the change log of every standard's revisions. Only revisions in force (effective) are published. Texts are in the tenant's
 * language; a text written only in the other language is shown in it, marked as such.
 */
final class SectionWriter {
	private final Tenant tenant;
	private final boolean zh;
	private final Language language;
	/** The words around the tenant's texts, in its language. */
	private final HandbookWords wording;

	SectionWriter(Tenant tenant) {
		this.tenant = tenant;
		this.zh = tenant.getLocale() != Language.EN;
		this.language = zh ? Language.ZH : Language.EN;
		this.wording = new HandbookWords(zh);
	}

	String write(SectionKind kind, String title) {
		StringBuilder md = new StringBuilder("# ").append(inline(title)).append("\n\n");
		switch (kind) {
		case STANDARDS_BY_DIMENSION -> standards(md);
		case PLAYBOOKS -> playbooks(md);
		case SEGMENT_GUIDE -> segments(md);
		case CITED_CASES -> cases(md);
		case AUDIT_CHECKLIST -> checklist(md);
		case TOUCHPOINTS -> touchpoints(md);
		case CONTACT_SITUATIONS -> situations(md);
		case CUSTOMER_STYLES -> styles(md);
		case CHANGE_LOG -> changeLog(md);
		case RESULTS -> {
			// Written from the tenant's results, which the model does not hold (ResultsChapter, through HandbookPublisher).
		}
		}
		return md.toString();
	}

	/** A text of the model as one Markdown line, in the tenant's language or marked as the other's. */
	private String text(EObject holder, EAttribute chinese) {
		Bilingual.Shown shown = Bilingual.of(holder, chinese).shown(language);
		String line = inline(shown.text());
		if (!shown.fallback() || line.isEmpty()) {
			return line;
		}
		String mark = shown.language() == Language.EN ? (wording.get("handbook.english")) : (wording.get("handbook.chinese"));
		return "<span class=\"fallback\" lang=\"" + shown.language().getLiteral() + "\"><span class=\"fallback-mark\">[" + mark + "]</span> " + line
				+ "</span>";
	}

	private String cellText(EObject holder, EAttribute chinese) {
		return text(holder, chinese).replace("|", "\\|");
	}

	private List<StandardRevision> inForce() {
		List<StandardRevision> revisions = new ArrayList<>();
		for (ServiceStandard s : tenant.getStandards()) {
			StandardRevision r = DocumentControl.effective(s);
			if (r != null) {
				revisions.add(r);
			}
		}
		revisions.sort((a, b) -> key(a).compareToIgnoreCase(key(b)));
		return revisions;
	}

	private static String key(StandardRevision r) {
		return ((ServiceStandard) r.eContainer()).getKey();
	}

	private void standards(StringBuilder md) {
		Map<Dimension, Map<Touchpoint, List<StandardRevision>>> groups = new LinkedHashMap<>();
		for (Dimension d : tenant.getDimensions()) {
			groups.put(d, new LinkedHashMap<>());
		}
		for (StandardRevision r : inForce()) {
			groups.computeIfAbsent(r.getDimension(), d -> new LinkedHashMap<>()).computeIfAbsent(r.getTouchpoint(), t -> new ArrayList<>()).add(r);
		}
		for (Map.Entry<Dimension, Map<Touchpoint, List<StandardRevision>>> dimension : groups.entrySet()) {
			if (dimension.getValue().isEmpty() || dimension.getKey() == null) {
				continue;
			}
			md.append("## ").append(text(dimension.getKey(), Literals.DIMENSION__NAME)).append("\n\n");
			String description = text(dimension.getKey(), Literals.DIMENSION__DESCRIPTION);
			if (!description.isEmpty()) {
				md.append(description).append("\n\n");
			}
			for (Map.Entry<Touchpoint, List<StandardRevision>> touchpoint : dimension.getValue().entrySet()) {
				md.append("### ").append(touchpoint.getKey() == null ? (wording.get("handbook.other")) : text(touchpoint.getKey(), Literals.TOUCHPOINT__NAME))
						.append("\n\n");
				for (StandardRevision r : touchpoint.getValue()) {
					standard(md, r);
				}
			}
		}
	}

	private void standard(StringBuilder md, StandardRevision r) {
		md.append("#### ").append(inline(key(r))).append(" ").append(text(r, Literals.STANDARD_REVISION__TITLE)).append("\n\n");
		// The revision is named so that a printed page can be traced to the standard's history.
		md.append("*").append(r.getEffectiveDate() == null ? wording.format("handbook.revision", r.getNumber())
				: wording.format("handbook.revision-in-force", r.getNumber(), r.getEffectiveDate().toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate()))
				.append("*\n\n");
		if (r.isSetExpectationLevel()) {
			md.append("*").append(wording.get("handbook.expectation-level")).append(Labels.of(r.getExpectationLevel(), zh)).append("*\n\n");
		}
		md.append(text(r, Literals.STANDARD_REVISION__STATEMENT)).append("\n\n");
		md.append(wording.get("handbook.table.standards"));
		List<Criterion> criteria = r.getCriteria().isEmpty() ? java.util.Collections.singletonList(null) : r.getCriteria();
		boolean first = true;
		for (Criterion c : criteria) {
			md.append("| ").append(c == null ? "" : cellText(c, Literals.CRITERION__METRIC)).append(" | ").append(cell(requirement(c))).append(" | ")
					.append(first ? cellText(r, Literals.STANDARD_REVISION__OBSERVATION) : "").append(" |\n");
			first = false;
		}
		md.append("\n");
		if (!r.getSegments().isEmpty()) {
			List<String> segments = new ArrayList<>();
			Criterion primary = DocumentControl.primaryCriterion(r);
			for (SegmentRule rule : r.getSegments()) {
				String name = rule.getSegment() == null ? "?" : text(rule.getSegment(), Literals.CUSTOMER_SEGMENT__NAME);
				segments.add(rule.getThresholdOverride() == null ? name
						: name + (wording.get("handbook.open")) + RevisionDiff.number(rule.getThresholdOverride())
								+ (primary != null && primary.getUnit() != null ? " " + primary.getUnit() : "") + (wording.get("handbook.close")));
			}
			md.append(wording.get("handbook.applies-to")).append(String.join(wording.get("handbook.list.separator"), segments)).append("\n\n");
		}
		if (!r.getContactSituations().isEmpty()) {
			md.append(wording.get("handbook.contact-situations")).append(labels(r.getContactSituations())).append("\n\n");
		}
		if (!r.getGaps().isEmpty()) {
			md.append(wording.get("handbook.closes")).append(labels(r.getGaps())).append("\n\n");
		}
		if (!r.getCases().isEmpty()) {
			md.append(wording.get("handbook.see")).append(caseLinks(r.getCases())).append("\n\n");
		}
	}

	private String labels(List<? extends org.eclipse.emf.common.util.Enumerator> values) {
		return String.join(wording.get("handbook.list.separator"), values.stream().map(v -> Labels.of(v, zh)).toList());
	}

	private String requirement(Criterion c) {
		if (c == null || c.getThreshold() == null) {
			return "";
		}
		org.touchstone.model.Comparison comparison = c.getComparison() == null ? org.touchstone.model.Comparison.AT_MOST : c.getComparison();
		String requirement = Labels.of(comparison, zh) + " " + RevisionDiff.threshold(c);
		if (c.getComplianceTarget() != null) {
			requirement += wording.format("handbook.complianceTarget", RevisionDiff.number(c.getComplianceTarget()));
		}
		return requirement;
	}

	private void playbooks(StringBuilder md) {
		for (RecoveryPlaybook p : tenant.getPlaybooks()) {
			md.append("## ").append(inline(p.getKey())).append(" ").append(text(p, Literals.RECOVERY_PLAYBOOK__TITLE)).append("\n\n");
			md.append(wording.get("handbook.failure-type")).append(Labels.of(FailureTaxonomy.group(p.getFailureType()), zh)).append(" › ")
					.append(Labels.of(p.getFailureType(), zh)).append("\n\n");
			if (p.isSetDifficultCustomer()) {
				md.append(wording.get("handbook.difficult-customer")).append(Labels.of(p.getDifficultCustomer(), zh)).append(wording.get("handbook.tactic"))
						.append(inline(MethodGuide.tactic(p.getDifficultCustomer(), zh))).append("\n\n");
			}
			field(md, wording.get("handbook.when"), text(p, Literals.RECOVERY_PLAYBOOK__TRIGGER));
			int n = 1;
			for (PlaybookStep step : p.getSteps()) {
				md.append(n++).append(". ");
				String owner = text(step, Literals.PLAYBOOK_STEP__OWNER_ROLE);
				if (!owner.isEmpty()) {
					md.append("**").append(owner).append("**");
				}
				if (step.getTimeLimitMinutes() > 0) {
					md.append(wording.format("handbook.timeLimit", step.getTimeLimitMinutes()));
				}
				md.append(wording.get("handbook.colon")).append(text(step, Literals.PLAYBOOK_STEP__ACTION));
				String words = text(step, Literals.PLAYBOOK_STEP__WORDS);
				if (!words.isEmpty()) {
					md.append(wording.get("handbook.suggested-words")).append(words).append(wording.get("handbook.quote.close"));
				}
				md.append("\n");
			}
			md.append("\n");
			field(md, wording.get("handbook.empowerment-limit"), text(p, Literals.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT));
			field(md, wording.get("handbook.escalation"), text(p, Literals.RECOVERY_PLAYBOOK__ESCALATION));
			field(md, wording.get("handbook.follow-up"), text(p, Literals.RECOVERY_PLAYBOOK__FOLLOW_UP));
			guarantee(md, p.getServiceGuarantee());
			if (!p.getPrinciples().isEmpty()) {
				List<String> names = p.getPrinciples().stream().map(RecoveryPrinciple::getLiteral).map(l -> Principles.label(l, zh)).toList();
				field(md, wording.get("handbook.recovery-principles"), String.join(wording.get("handbook.list.separator"), names));
			}
			if (!p.getContactSituations().isEmpty()) {
				field(md, wording.get("handbook.contact-situations-2"), labels(p.getContactSituations()));
			}
			if (!p.getGaps().isEmpty()) {
				field(md, wording.get("handbook.closes-2"), labels(p.getGaps()));
			}
			if (!p.getCases().isEmpty()) {
				md.append(wording.get("handbook.see")).append(caseLinks(p.getCases())).append("\n\n");
			}
		}
	}

	/** A guarantee with the five criteria of a good one ticked or not. */
	private void guarantee(StringBuilder md, ServiceGuarantee g) {
		if (g == null) {
			return;
		}
		field(md, wording.get("handbook.service-guarantee"), text(g, Literals.SERVICE_GUARANTEE__PROMISE));
		List<String> marks = new ArrayList<>();
		for (GuaranteeTests.Test test : GuaranteeTests.ALL) {
			marks.add((test.passes().test(g) ? "✓ " : "✗ ") + test.name(zh));
		}
		field(md, wording.get("handbook.the-five-tests-of-a-guarantee"), String.join(wording.get("handbook.marks.separator"), marks));
	}

	private void field(StringBuilder md, String label, String value) {
		if (value != null && !value.isBlank()) {
			md.append("**").append(label).append(wording.get("handbook.label.end")).append(value).append("\n\n");
		}
	}

	private void segments(StringBuilder md) {
		for (CustomerSegment s : tenant.getSegments()) {
			md.append("## ").append(text(s, Literals.CUSTOMER_SEGMENT__NAME)).append("\n\n");
			String description = text(s, Literals.CUSTOMER_SEGMENT__DESCRIPTION);
			if (!description.isEmpty()) {
				md.append(description).append("\n\n");
			}
			md.append(wording.get("handbook.table.segments"));
			md.append("| ").append(s.getValueTier().getLiteral()).append(" | ").append(Labels.of(s.getLoyaltyStage(), zh)).append(" | ")
					.append(s.isInternal() ? (wording.get("handbook.internal")) : (wording.get("handbook.external"))).append(" | ")
					.append(Labels.of(s.getStyle(), zh)).append(" |\n\n");
			field(md, wording.get("handbook.how-to-serve-them"), text(s, Literals.CUSTOMER_SEGMENT__GUIDANCE));
		}
	}

	/** Each touchpoint: where it stands on the procedural and personal sides, and its script through the five steps. */
	private void touchpoints(StringBuilder md) {
		for (Touchpoint t : tenant.getTouchpoints()) {
			md.append("## ").append(text(t, Literals.TOUCHPOINT__NAME)).append("\n\n");
			String description = text(t, Literals.TOUCHPOINT__DESCRIPTION);
			if (!description.isEmpty()) {
				md.append(description).append("\n\n");
			}
			ServiceType type = ServiceTypes.of(t);
			if (type != null) {
				md.append(wording.get("handbook.service-type")).append(Labels.of(type, zh)).append(wording.get("handbook.procedural-side"))
						.append(t.getProceduralStrength()).append("/5").append(wording.get("handbook.personal-side")).append(t.getPersonalStrength())
						.append("/5").append(wording.get("handbook.close")).append("\n\n");
			}
			if (!t.getScript().isEmpty()) {
				md.append(wording.get("handbook.table.script"));
				for (MomentStep step : MomentStep.VALUES) {
					for (EncounterStep s : t.getScript()) {
						if (s.getStep() == step) {
							md.append("| ").append(Labels.of(step, zh)).append(" | ").append(cellText(s, Literals.ENCOUNTER_STEP__ACTION)).append(" | ")
									.append(cellText(s, Literals.ENCOUNTER_STEP__WORDS)).append(" |\n");
						}
					}
				}
				md.append("\n");
			}
		}
	}

	/** For each contact situation: the method's advice, and the tenant's standards and playbooks for it. */
	private void situations(StringBuilder md) {
		for (ContactSituation situation : ContactSituation.VALUES) {
			md.append("## ").append(Labels.of(situation, zh)).append("\n\n").append(MethodGuide.situation(situation, zh)).append("\n\n");
			for (StandardRevision r : inForce()) {
				if (r.getContactSituations().contains(situation)) {
					md.append("- ").append(inline(key(r))).append(" ").append(text(r, Literals.STANDARD_REVISION__TITLE)).append("\n");
				}
			}
			for (RecoveryPlaybook p : tenant.getPlaybooks()) {
				if (p.getContactSituations().contains(situation)) {
					md.append("- ").append(inline(p.getKey())).append(" ").append(text(p, Literals.RECOVERY_PLAYBOOK__TITLE)).append("\n");
				}
			}
			md.append("\n");
		}
	}

	/** For each of the four customer styles: how to serve it, and the tenant's segments of that style. */
	private void styles(StringBuilder md) {
		for (BehaviourStyle style : BehaviourStyle.VALUES) {
			md.append("## ").append(Labels.of(style, zh)).append("\n\n").append(MethodGuide.style(style, zh)).append("\n\n");
			List<String> segments = tenant.getSegments().stream().filter(s -> s.getStyle() == style).map(s -> text(s, Literals.CUSTOMER_SEGMENT__NAME))
					.toList();
			if (!segments.isEmpty()) {
				md.append(wording.get("handbook.our-segments-of-this-style")).append(String.join(wording.get("handbook.list.separator"), segments)).append("\n\n");
			}
		}
	}

	/**
	 * Every step of every standard's revisions, newest first: who moved which revision where, and
	 * why. A step an admin took over lint errors shows the reason recorded for it.
	 */
	private void changeLog(StringBuilder md) {
		record Step(String key, StandardRevision revision, org.touchstone.model.Transition transition) {
		}
		List<Step> steps = new ArrayList<>();
		for (ServiceStandard s : tenant.getStandards()) {
			for (StandardRevision r : s.getRevisions()) {
				for (org.touchstone.model.Transition t : r.getTransitions()) {
					if (t.getAt() != null) {
						steps.add(new Step(s.getKey(), r, t));
					}
				}
			}
		}
		steps.sort(java.util.Comparator.comparing((Step st) -> st.transition().getAt()).reversed().thenComparing(Step::key));
		md.append(wording.get("handbook.table.changeLog"));
		for (Step st : steps) {
			org.touchstone.model.Transition t = st.transition();
			String note = inline(t.getComment());
			if (t.getOverrideReason() != null && !t.getOverrideReason().isBlank()) {
				note = (note.isEmpty() ? "" : note + " ") + (wording.get("handbook.admin-override-of-lint-errors")) + inline(t.getOverrideReason());
			}
			md.append("| ").append(t.getAt().toInstant().toString(), 0, 10).append(" | ").append(cell(st.key())).append(" | ")
					.append(st.revision().getNumber()).append(" | ").append(org.touchstone.core.Labels.status(t.getFrom(), zh)).append(" → ")
					.append(org.touchstone.core.Labels.status(t.getTo(), zh)).append(" | ").append(cell(t.getUser())).append(" | ")
					.append(note.replace("|", "\\|")).append(" |\n");
		}
		md.append("\n");
	}

	private Set<CaseStudy> cited() {
		Set<CaseStudy> cases = new LinkedHashSet<>();
		for (StandardRevision r : inForce()) {
			cases.addAll(r.getCases());
		}
		for (RecoveryPlaybook p : tenant.getPlaybooks()) {
			cases.addAll(p.getCases());
		}
		cases.addAll(tenant.getCases());
		return cases;
	}

	private void cases(StringBuilder md) {
		for (CaseStudy c : cited()) {
			CaseText text = text(c);
			md.append("<a id=\"").append(anchor(c)).append("\"></a>\n\n## ").append(inline(text == null ? c.getCompany() : text.getTitle())).append("\n\n");
			md.append("*").append(inline(c.getCompany()));
			String industry = text(c, Literals.CASE_STUDY__INDUSTRY);
			if (!industry.isEmpty()) {
				md.append(" · ").append(industry);
			}
			String region = text(c, Literals.CASE_STUDY__REGION);
			if (!region.isEmpty()) {
				md.append(" · ").append(region);
			}
			if (c.getYear() > 0) {
				md.append(" · ").append(c.getYear());
			}
			md.append("*\n\n");
			if (!c.getPrinciples().isEmpty()) {
				md.append(wording.get("handbook.principles"))
						.append(String.join(wording.get("handbook.list.separator"), c.getPrinciples().stream().map(p -> Principles.label(Principles.normalise(p), zh)).toList()))
						.append("\n\n");
			}
			if (text != null) {
				if (text.getLang() != language) {
					md.append(wording.get("handbook.case.otherLanguage"));
				}
				if (text.getSummary() != null) {
					md.append("> ").append(inline(text.getSummary())).append("\n\n");
				}
				if (text.getStory() != null) {
					md.append(text.getStory().strip()).append("\n\n");
				}
				if (!text.getLessons().isEmpty()) {
					md.append(wording.get("handbook.case.lessons"));
					for (String lesson : text.getLessons()) {
						md.append("- ").append(inline(lesson)).append("\n");
					}
					md.append("\n");
				}
			}
		}
	}

	private CaseText text(CaseStudy c) {
		CaseText fallback = null;
		for (CaseText t : c.getTexts()) {
			if (t.getLang() == language) {
				return t;
			}
			fallback = t;
		}
		return fallback;
	}

	private String caseLinks(List<CaseStudy> cases) {
		List<String> links = new ArrayList<>();
		for (CaseStudy c : cases) {
			CaseText t = text(c);
			links.add("[" + inline(t == null ? c.getCompany() : t.getTitle()) + "](" + SectionKind.CITED_CASES.getLiteral() + ".md#" + anchor(c) + ")");
		}
		return String.join(wording.get("handbook.semicolon"), links);
	}

	private static String anchor(CaseStudy c) {
		String key = c.getKey() != null ? c.getKey() : c.getUuid();
		return "case-" + key.replaceAll("[^A-Za-z0-9_-]", "-");
	}

	private void checklist(StringBuilder md) {
		md.append(wording.get("handbook.table.checklist"));
		for (StandardRevision r : inForce()) {
			List<Criterion> criteria = r.getCriteria().isEmpty() ? java.util.Collections.singletonList(null) : r.getCriteria();
			for (Criterion c : criteria) {
				md.append("| ☐ | ").append(cell(key(r))).append(" | ").append(cellText(r, Literals.STANDARD_REVISION__TITLE)).append(" | ")
						.append(cell(requirement(c))).append(" | ").append(cellText(r, Literals.STANDARD_REVISION__OBSERVATION)).append(" |\n");
			}
		}
		md.append("\n");
	}

	/** Text from the model as one Markdown line: line breaks folded. */
	private static String inline(String text) {
		return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
	}

	/** Text for a table cell: one line, pipes escaped. */
	private static String cell(String text) {
		return inline(text).replace("|", "\\|");
	}
}
