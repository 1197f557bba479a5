package org.touchstone.publish.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.touchstone.core.DocumentControl;
import org.touchstone.core.RevisionDiff;
import org.touchstone.model.CaseStudy;
import org.touchstone.model.CaseText;
import org.touchstone.model.CustomerSegment;
import org.touchstone.model.Dimension;
import org.touchstone.model.Language;
import org.touchstone.model.PlaybookStep;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.RecoveryPrinciple;
import org.touchstone.model.SectionKind;
import org.touchstone.model.SegmentRule;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;

/**
 * Writes the handbook sections that come from the model as Markdown: standards by dimension and
 * touchpoint, recovery playbooks, the segment guide, the cases the handbook cites and the audit
 * checklist. Only revisions in force (effective) are published.
 */
final class SectionWriter {
	private final Tenant tenant;
	private final boolean zh;

	SectionWriter(Tenant tenant) {
		this.tenant = tenant;
		this.zh = tenant.getLocale() != Language.EN;
	}

	String write(SectionKind kind, String title) {
		StringBuilder md = new StringBuilder("# ").append(inline(title)).append("\n\n");
		switch (kind) {
		case STANDARDS_BY_DIMENSION -> standards(md);
		case PLAYBOOKS -> playbooks(md);
		case SEGMENT_GUIDE -> segments(md);
		case CITED_CASES -> cases(md);
		case AUDIT_CHECKLIST -> checklist(md);
		}
		return md.toString();
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
		Map<Dimension, Map<String, List<StandardRevision>>> groups = new LinkedHashMap<>();
		for (Dimension d : tenant.getDimensions()) {
			groups.put(d, new LinkedHashMap<>());
		}
		for (StandardRevision r : inForce()) {
			String touchpoint = r.getTouchpoint() == null ? (zh ? "其他" : "Other") : r.getTouchpoint().getName();
			groups.computeIfAbsent(r.getDimension(), d -> new LinkedHashMap<>()).computeIfAbsent(touchpoint, t -> new ArrayList<>()).add(r);
		}
		for (Map.Entry<Dimension, Map<String, List<StandardRevision>>> dimension : groups.entrySet()) {
			if (dimension.getValue().isEmpty() || dimension.getKey() == null) {
				continue;
			}
			md.append("## ").append(inline(dimension.getKey().getName())).append("\n\n");
			if (dimension.getKey().getDescription() != null) {
				md.append(inline(dimension.getKey().getDescription())).append("\n\n");
			}
			for (Map.Entry<String, List<StandardRevision>> touchpoint : dimension.getValue().entrySet()) {
				md.append("### ").append(inline(touchpoint.getKey())).append("\n\n");
				for (StandardRevision r : touchpoint.getValue()) {
					standard(md, r);
				}
			}
		}
	}

	private void standard(StringBuilder md, StandardRevision r) {
		md.append("#### ").append(inline(key(r))).append(" ").append(inline(r.getTitle())).append("\n\n");
		md.append(inline(r.getStatement())).append("\n\n");
		md.append(zh ? "| 指标 | 要求 | 观察方法 |\n|---|---|---|\n" : "| Metric | Requirement | How it is checked |\n|---|---|---|\n");
		md.append("| ").append(cell(r.getCriterion() == null ? null : r.getCriterion().getMetric())).append(" | ").append(cell(requirement(r)))
				.append(" | ").append(cell(r.getObservation())).append(" |\n\n");
		if (!r.getSegments().isEmpty()) {
			List<String> segments = new ArrayList<>();
			for (SegmentRule rule : r.getSegments()) {
				String name = rule.getSegment() == null ? "?" : rule.getSegment().getName();
				segments.add(rule.getThresholdOverride() == null ? name
						: name + (zh ? "（" : " (") + RevisionDiff.number(rule.getThresholdOverride())
								+ (r.getCriterion() != null && r.getCriterion().getUnit() != null ? " " + r.getCriterion().getUnit() : "") + (zh ? "）" : ")"));
			}
			md.append(zh ? "适用顾客：" : "Applies to: ").append(inline(String.join(zh ? "、" : ", ", segments))).append("\n\n");
		}
		if (!r.getCases().isEmpty()) {
			md.append(zh ? "参见案例：" : "See: ").append(caseLinks(r.getCases())).append("\n\n");
		}
	}

	private String requirement(StandardRevision r) {
		if (r.getCriterion() == null || r.getCriterion().getThreshold() == null) {
			return "";
		}
		String comparison = r.getCriterion().getComparison() == null ? "at-most" : r.getCriterion().getComparison().getLiteral();
		return ModelLabels.of(comparison, zh) + " " + RevisionDiff.threshold(r.getCriterion());
	}

	private void playbooks(StringBuilder md) {
		for (RecoveryPlaybook p : tenant.getPlaybooks()) {
			md.append("## ").append(inline(p.getKey())).append(" ").append(inline(p.getTitle())).append("\n\n");
			md.append(zh ? "**失误类型**：" : "**Failure type:** ").append(ModelLabels.of(p.getFailureType().getLiteral(), zh)).append("\n\n");
			if (p.getTrigger() != null) {
				md.append(zh ? "**触发情形**：" : "**When:** ").append(inline(p.getTrigger())).append("\n\n");
			}
			int n = 1;
			for (PlaybookStep step : p.getSteps()) {
				md.append(n++).append(". ");
				if (step.getOwnerRole() != null && !step.getOwnerRole().isBlank()) {
					md.append("**").append(inline(step.getOwnerRole())).append("**");
				}
				if (step.getTimeLimitMinutes() > 0) {
					md.append(zh ? "（" + step.getTimeLimitMinutes() + " 分钟内）" : " (within " + step.getTimeLimitMinutes() + " min)");
				}
				md.append(zh ? "：" : ": ").append(inline(step.getAction()));
				if (step.getWords() != null && !step.getWords().isBlank()) {
					md.append(zh ? " 参考话术：“" : " Suggested words: \"").append(inline(step.getWords())).append(zh ? "”" : "\"");
				}
				md.append("\n");
			}
			md.append("\n");
			field(md, zh ? "授权范围" : "Empowerment limit", p.getEmpowermentLimit());
			field(md, zh ? "升级处理" : "Escalation", p.getEscalation());
			field(md, zh ? "事后跟进" : "Follow-up", p.getFollowUp());
			field(md, zh ? "服务保证" : "Service guarantee", p.getGuarantee());
			if (!p.getPrinciples().isEmpty()) {
				List<String> names = p.getPrinciples().stream().map(RecoveryPrinciple::getLiteral).map(l -> ModelLabels.of(l, zh)).toList();
				field(md, zh ? "补救原则" : "Recovery principles", String.join(zh ? "、" : ", ", names));
			}
			if (!p.getCases().isEmpty()) {
				md.append(zh ? "参见案例：" : "See: ").append(caseLinks(p.getCases())).append("\n\n");
			}
		}
	}

	private void field(StringBuilder md, String label, String value) {
		if (value != null && !value.isBlank()) {
			md.append("**").append(label).append(zh ? "**：" : ":** ").append(inline(value)).append("\n\n");
		}
	}

	private void segments(StringBuilder md) {
		for (CustomerSegment s : tenant.getSegments()) {
			md.append("## ").append(inline(s.getName())).append("\n\n");
			if (s.getDescription() != null) {
				md.append(inline(s.getDescription())).append("\n\n");
			}
			md.append(zh ? "| 价值等级 | 忠诚阶段 | 内部/外部 | 行为风格 |\n|---|---|---|---|\n"
					: "| Value tier | Loyalty stage | Internal/external | Behaviour style |\n|---|---|---|---|\n");
			md.append("| ").append(s.getValueTier().getLiteral()).append(" | ").append(ModelLabels.of(s.getLoyaltyStage().getLiteral(), zh)).append(" | ")
					.append(s.isInternal() ? (zh ? "内部顾客" : "internal") : (zh ? "外部顾客" : "external")).append(" | ")
					.append(ModelLabels.of(s.getStyle().getLiteral(), zh)).append(" |\n\n");
			if (s.getGuidance() != null) {
				md.append(zh ? "**服务要点**：" : "**How to serve them:** ").append(inline(s.getGuidance())).append("\n\n");
			}
		}
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
			if (c.getIndustry() != null) {
				md.append(" · ").append(inline(c.getIndustry()));
			}
			if (c.getRegion() != null) {
				md.append(" · ").append(inline(c.getRegion()));
			}
			if (c.getYear() > 0) {
				md.append(" · ").append(c.getYear());
			}
			md.append("*\n\n");
			if (text != null) {
				if (text.getSummary() != null) {
					md.append("> ").append(inline(text.getSummary())).append("\n\n");
				}
				if (text.getStory() != null) {
					md.append(text.getStory().strip()).append("\n\n");
				}
				if (!text.getLessons().isEmpty()) {
					md.append(zh ? "**启示**\n\n" : "**Lessons**\n\n");
					for (String lesson : text.getLessons()) {
						md.append("- ").append(inline(lesson)).append("\n");
					}
					md.append("\n");
				}
			}
		}
	}

	private CaseText text(CaseStudy c) {
		Language wanted = zh ? Language.ZH : Language.EN;
		CaseText fallback = null;
		for (CaseText t : c.getTexts()) {
			if (t.getLang() == wanted) {
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
		return String.join(zh ? "；" : "; ", links);
	}

	private static String anchor(CaseStudy c) {
		String key = c.getKey() != null ? c.getKey() : c.getUuid();
		return "case-" + key.replaceAll("[^A-Za-z0-9_-]", "-");
	}

	private void checklist(StringBuilder md) {
		md.append(zh ? "检查时逐项观察，达标的在方框内打勾。\n\n| ☐ | 编号 | 标准 | 要求 | 观察方法 |\n|---|---|---|---|---|\n"
				: "Observe each item and tick the box when it is met.\n\n| ☐ | Key | Standard | Requirement | How it is checked |\n|---|---|---|---|---|\n");
		for (StandardRevision r : inForce()) {
			md.append("| ☐ | ").append(cell(key(r))).append(" | ").append(cell(r.getTitle())).append(" | ").append(cell(requirement(r))).append(" | ")
					.append(cell(r.getObservation())).append(" |\n");
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
