package org.touchstone.core;

import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.touchstone.model.SectionKind;
import org.touchstone.model.Status;

/** Names shown to users for model values, in Chinese or English. */
public final class Labels {
	private static final Map<String, String[]> LITERALS = Map.ofEntries(
			// failure taxonomy: groups, then subtypes
			entry("delivery-system", "服务交付系统失误", "Service delivery system failure"),
			entry("customer-needs", "对顾客需要的反应失误", "Failure to respond to customer needs"),
			entry("unprompted-employee-action", "员工自发而多余的行为", "Unprompted and unsolicited employee action"),
			entry("problem-customer", "问题顾客", "Problem customer"),
			entry("unavailable-service", "服务不可获得", "Service unavailable"), entry("slow-service", "不合理的服务延误", "Unreasonably slow service"),
			entry("other-core-failure", "其他核心服务失误", "Other core service failure"), entry("special-needs", "特殊的需要", "Special needs"),
			entry("customer-preferences", "顾客的偏好", "Customer preferences"), entry("customer-error", "顾客的错误", "Customer error"),
			entry("disruptive-others", "其他顾客的干扰", "Disruptive others"), entry("level-of-attention", "关注程度不当", "Level of attention"),
			entry("unusual-action", "非常行为", "Unusual action"), entry("cultural-norms", "违背文化规范", "Cultural norms"),
			entry("verbal-or-physical-abuse", "口头或身体伤害", "Verbal or physical abuse"), entry("breaking-policy", "破坏企业政策", "Breaking company policy"),
			entry("uncooperative-customer", "不合作的顾客", "Uncooperative customer"),
			// customer segments
			entry("potential", "潜在顾客", "Potential"), entry("new", "新顾客", "New"), entry("regular", "常客", "Regular"), entry("repeat", "回头客", "Repeat"),
			entry("loyal", "忠诚顾客", "Loyal"),
			// customer styles: the material's own four names
			entry("dominant", "主导型（力量型）", "Dominant"), entry("expressive", "社交型（活泼型）", "Sociable"),
			entry("steady", "稳重型（和平型）", "Steady"), entry("analytical", "分析型（完美型）", "Analytical"),
			entry("before", "购买前", "Before purchase"), entry("during", "购买中", "During purchase"), entry("after", "购买后", "After purchase"),
			// the five steps of a moment of truth
			entry("set-the-tone", "奠定基调", "Set the tone"), entry("diagnose", "诊断问题", "Diagnose the problem"), entry("solve", "解决问题", "Solve it"),
			entry("summarise", "总结回顾", "Sum up"), entry("follow-up", "完善跟进", "Follow up"),
			entry("at-most", "≤", "≤"), entry("at-least", "≥", "≥"), entry("exactly", "=", "="),
			// levels of expectation
			entry("basic", "基本", "Basic"), entry("expected", "需要", "Expected"), entry("desired", "希望", "Desired"),
			entry("unexpected", "意想不到", "Unexpected"),
			// the four service types
			entry("cold", "冷漠型", "Cold"), entry("factory", "生产型", "Factory"), entry("friendly", "友好型", "Friendly"), entry("quality", "优质型", "Quality"),
			// contact situations
			entry("first-contact", "初次接触", "First contact"), entry("special-request", "特殊要求", "Special request"),
			entry("indecision", "拿不定主意", "Undecided customer"), entry("after-purchase", "购买之后", "After the purchase"),
			entry("refusal", "拒绝购买", "Customer says no"), entry("anger", "生气或指责", "Angry or accusing customer"),
			// the gaps model
			entry("listening", "倾听差距", "Listening gap"), entry("design-and-standards", "设计和标准差距", "Design and standards gap"),
			entry("performance", "服务表现差距", "Performance gap"), entry("communication", "沟通差距", "Communication gap"),
			// difficult customers
			entry("emotional", "感情用事", "Emotional"), entry("stubborn", "固执己见", "Stubborn"), entry("unreasonable", "无理取闹", "Unreasonable"),
			entry("well-prepared", "有备而来", "Well prepared"), entry("aggressive", "暴力倾向", "Aggressive"),
			// when not to offer a guarantee
			entry("poor-quality", "现有服务质量低劣", "Current service quality is poor"),
			entry("off-image", "承诺与公司形象不符", "The promise does not fit the company's image"),
			entry("uncontrollable-quality", "服务质量无法控制", "Service quality cannot be controlled"),
			entry("cost-exceeds-benefit", "承诺的成本超过收益", "The promise costs more than it earns"),
			entry("no-perceived-risk", "顾客感觉不到风险", "Customers perceive no risk"),
			entry("no-quality-difference", "竞争者之间质量无差异", "Customers see no quality difference between competitors"));

	private Labels() {
	}

	private static Map.Entry<String, String[]> entry(String literal, String zh, String en) {
		return Map.entry(literal, new String[] { zh, en });
	}

	/** The name of a model value (an enumeration literal such as {@code slow-service}); an unknown literal is shown as it is. */
	public static String of(String literal, boolean zh) {
		String[] names = LITERALS.get(literal);
		return names == null ? literal : names[zh ? 0 : 1];
	}

	public static String of(Enumerator value, boolean zh) {
		return value == null ? "" : of(value.getLiteral(), zh);
	}

	public static String dimension(String code, boolean zh) {
		return switch (code) {
		case "timeliness" -> zh ? "及时性" : "Timeliness";
		case "anticipation" -> zh ? "预见性" : "Anticipation";
		case "attitude" -> zh ? "态度" : "Attitude";
		case "feedback" -> zh ? "反馈" : "Feedback";
		default -> code;
		};
	}

	public static String section(SectionKind kind, boolean zh) {
		return switch (kind) {
		case STANDARDS_BY_DIMENSION -> zh ? "服务标准" : "Service standards";
		case PLAYBOOKS -> zh ? "服务补救预案" : "Service recovery playbooks";
		case SEGMENT_GUIDE -> zh ? "顾客细分指南" : "Customer segment guide";
		case CITED_CASES -> zh ? "引用案例" : "Cited cases";
		case AUDIT_CHECKLIST -> zh ? "附录：检查清单" : "Appendix: audit checklist";
		case TOUCHPOINTS -> zh ? "关键时刻：各接触点的服务脚本" : "Moments of truth: the script at each touchpoint";
		case CONTACT_SITUATIONS -> zh ? "接触情境指南" : "Contact situation guide";
		case CUSTOMER_STYLES -> zh ? "顾客风格指南" : "Customer style guide";
		case CHANGE_LOG -> zh ? "变更记录" : "Change log";
		};
	}

	public static String status(Status status, boolean zh) {
		return switch (status) {
		case DRAFT -> zh ? "草稿" : "draft";
		case IN_REVIEW -> zh ? "审核中" : "in review";
		case APPROVED -> zh ? "已批准" : "approved";
		case EFFECTIVE -> zh ? "生效" : "effective";
		case RETIRED -> zh ? "已废止" : "retired";
		};
	}
}
