package org.touchstone.core.internal;

import java.time.LocalDate;

/** The validation messages, in Chinese or English. */
final class Messages {
	final boolean zh;

	Messages(boolean zh) {
		this.zh = zh;
	}

	static boolean isChinese(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	String noStatement(String key) {
		return zh ? key + "：缺少标准表述，员工不知道要做什么。" : key + ": the standard has no statement, so staff cannot tell what to do.";
	}

	String vagueWords(String key, String words, String suggestion) {
		return zh ? key + "：表述中的“" + words + "”无法观察或测量。" + suggestion
				: key + ": \"" + words + "\" cannot be observed or measured. " + suggestion;
	}

	String tooLong(String key, int length) {
		return zh ? key + "：表述有 " + length + " 个字，超过 " + ServiceQualityValidator.MAX_CHINESE_CHARACTERS + " 字就难以记住；拆分或精简。"
				: key + ": the statement has " + length + " words; over " + ServiceQualityValidator.MAX_ENGLISH_WORDS
						+ " it is hard to remember. Split or shorten it.";
	}

	String noThreshold(String key) {
		return zh ? key + "：没有可测量的阈值（指标、比较方式和数值），无法判断是否达标。"
				: key + ": no measurable threshold (metric, comparison and value), so nobody can tell whether it is met.";
	}

	String noUnit(String key, String threshold) {
		return zh ? key + "：阈值 " + threshold + " 没有单位（秒、分钟、%……）。" : key + ": the threshold " + threshold + " has no unit (s, min, %, ...).";
	}

	String implausible(String key, String why) {
		return zh ? key + "：阈值不现实：" + why : key + ": the threshold is not realistic: " + why;
	}

	String noObservation(String key) {
		return zh ? key + "：没有观察方法；写明检查员或神秘顾客如何核查。"
				: key + ": no observation method; say how an auditor or mystery shopper checks it.";
	}

	String noOwner(String key) {
		return zh ? key + "：没有负责人。" : key + ": the standard has no owner.";
	}

	String reviewOverdue(String key, int revision, LocalDate due) {
		return zh ? key + "：第 " + revision + " 版应于 " + due + " 复审，已逾期。" : key + ": revision " + revision + " was due for review on " + due + ".";
	}

	String stepWithoutOwner(String playbook, int step) {
		return zh ? playbook + "：第 " + step + " 步没有指定负责角色。" : playbook + ": step " + step + " has no owner role.";
	}

	String rewriteAs(String statement) {
		return zh ? "建议改为：“" + statement + "”" : "Rewrite as: \"" + statement + "\"";
	}

	String within(String threshold, String unit) {
		return zh ? "在" + threshold + unit + "内" : "within " + threshold + " " + unit;
	}

	String giveTimeLimit() {
		return zh ? "给出时限，如“在30秒内”。" : "Give a time limit, e.g. \"within 30 seconds\".";
	}

	String nameBehaviour() {
		return zh ? "写明看得见、听得到的行为，如“微笑、目光接触、称呼顾客姓氏”。"
				: "Name behaviour an observer can see or hear, e.g. \"smiles, makes eye contact and greets the guest by name\".";
	}

	String exactAmount() {
		return zh ? "写明具体数量或条件，如“每桌最多赠送一道菜”。" : "State the exact amount or condition, e.g. \"up to one free dish per table\".";
	}

	String negative() {
		return zh ? "阈值为负数。" : "it is negative.";
	}

	String overHundredPercent() {
		return zh ? "百分比超过 100%。" : "a percentage above 100%.";
	}

	String zeroTime() {
		return zh ? "时限为零，员工无法做到。" : "a time limit of zero cannot be met.";
	}

	String tooLongToWait(String threshold) {
		return zh ? threshold + " 的时限远超顾客愿意等待的时间；请检查单位。" : threshold + " is far longer than any customer waits; check the unit.";
	}
}
