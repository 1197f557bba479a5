package org.touchstone.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether an observation method says who observes, how often and how many: "a mystery shopper
 * visits 4 times a month", "the duty manager reviews 20 CCTV clips a week". A method that says none
 * of the three ("rated by feel") cannot be repeated by anyone else.
 */
final class ObservationMethod {
	/** The parts a method should name. */
	enum Part {
		WHO, HOW_OFTEN, HOW_MANY
	}

	private static final Pattern WHO = Pattern.compile("神秘顾客|神秘客|督导|经理|店长|主管|质检|检查员|稽核|审核员|领班|组长|监控|录像|录音|系统|问卷|顾客评价|顾客|培训师|部门|质量部|总部|中心|记录|登记|工单|统计|"
			+ "mystery|shopper|auditor|manager|supervisor|inspector|observer|cctv|camera|recording|system|log|survey|team leader|trainer|"
			+ "quality team|reviewer|customer|operations|department|team|office|compliance|report|record|log|register|form", Pattern.CASE_INSENSITIVE);
	private static final Pattern HOW_OFTEN = Pattern.compile("每|天天|逐日|daily|weekly|monthly|quarterly|yearly|annually|every|each|"
			+ "per (day|week|month|quarter|year|shift|visit)|a (day|week|month|quarter|year)|an hour|/(天|周|月|季|年|班)", Pattern.CASE_INSENSITIVE);
	private static final Pattern HOW_MANY = Pattern.compile("\\d|[一二两三四五六七八九十百千]+(次|个|位|段|份|通|张|名|桌|笔|单)|全部|所有|逐一|每一|每个|每位|每通|每笔|"
			+ "\\ball\\b|\\bevery\\b|\\beach\\b|\\bone\\b|\\btwo\\b|\\bthree\\b|\\bfour\\b|\\bfive\\b|\\bten\\b|\\btwenty\\b", Pattern.CASE_INSENSITIVE);

	/** A system or register that records every occurrence as it happens: it observes all of them, all the time. */
	private static final Pattern AUTOMATIC = Pattern.compile("系统|记录本|登记本|登记表|工单|system|\\blog\\b|register", Pattern.CASE_INSENSITIVE);

	private ObservationMethod() {
	}

	/** The parts the method leaves out; all three when it is empty. */
	static List<Part> missing(String method) {
		List<Part> missing = new ArrayList<>();
		String text = method == null ? "" : method.toLowerCase(Locale.ROOT);
		if (!WHO.matcher(text).find()) {
			missing.add(Part.WHO);
		}
		boolean automatic = AUTOMATIC.matcher(text).find();
		if (!automatic && !HOW_OFTEN.matcher(text).find()) {
			missing.add(Part.HOW_OFTEN);
		}
		if (!automatic && !HOW_MANY.matcher(text).find()) {
			missing.add(Part.HOW_MANY);
		}
		return missing;
	}
}
