package org.touchstone.publish.internal;

import java.util.Map;

/** Names of model values as a handbook shows them, in Chinese or English. */
final class ModelLabels {
	private static final Map<String, String[]> LABELS = Map.ofEntries(
			entry("unavailable-service", "服务不可用", "Service unavailable"), entry("slow-service", "服务过慢", "Unreasonably slow service"),
			entry("other-core-failure", "其他核心服务失误", "Other core service failure"), entry("special-needs", "特殊需要", "Special needs"),
			entry("customer-preferences", "顾客偏好", "Customer preferences"), entry("customer-error", "顾客失误", "Customer error"),
			entry("disruptive-others", "其他顾客干扰", "Disruptive others"),
			entry("unprompted-employee-action", "员工自发行为", "Unprompted employee action"), entry("problem-customer", "问题顾客", "Problem customer"),
			entry("right-first-time", "第一次就做对", "Do it right the first time"), entry("welcome-complaints", "欢迎并鼓励抱怨", "Welcome complaints"),
			entry("act-fast", "快速行动", "Act fast"), entry("treat-fairly", "公平对待顾客", "Treat customers fairly"),
			entry("learn-from-recovery", "从补救中学习", "Learn from recovery"), entry("learn-from-lost-customers", "从流失的顾客身上学习", "Learn from lost customers"),
			entry("make-it-right-again", "重新把事情做好", "Make it right again"),
			entry("potential", "潜在顾客", "Potential"), entry("new", "新顾客", "New"), entry("regular", "常客", "Regular"), entry("repeat", "回头客", "Repeat"),
			entry("loyal", "忠诚顾客", "Loyal"), entry("dominant", "支配型", "Dominant"), entry("expressive", "表达型", "Expressive"),
			entry("steady", "稳健型", "Steady"), entry("analytical", "分析型", "Analytical"),
			entry("before", "购买前", "Before purchase"), entry("during", "购买中", "During purchase"), entry("after", "购买后", "After purchase"),
			entry("set-the-tone", "营造氛围", "Set the tone"), entry("diagnose", "诊断问题", "Diagnose"), entry("solve", "解决问题", "Solve"),
			entry("summarise", "总结", "Summarise"), entry("follow-up", "跟进", "Follow up"),
			entry("at-most", "≤", "≤"), entry("at-least", "≥", "≥"), entry("exactly", "=", "="));

	private ModelLabels() {
	}

	private static Map.Entry<String, String[]> entry(String literal, String zh, String en) {
		return Map.entry(literal, new String[] { zh, en });
	}

	static String of(String literal, boolean chinese) {
		String[] names = LABELS.get(literal);
		return names == null ? literal : names[chinese ? 0 : 1];
	}
}
