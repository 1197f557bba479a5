package org.touchstone.core.internal;

import java.time.LocalDate;
import java.util.List;

/** The validation messages, in Chinese or English. */
final class Messages {
	final boolean zh;

	Messages(boolean zh) {
		this.zh = zh;
	}

	/** Where a finding about a text is: the key, with the text's language when it is not the tenant's. */
	String where(String key, org.touchstone.model.Language language, org.touchstone.model.Language tenantLanguage) {
		if (language == tenantLanguage) {
			return key;
		}
		return zh ? key + (language == org.touchstone.model.Language.EN ? "（英文）" : "（中文）")
				: key + (language == org.touchstone.model.Language.EN ? " (English)" : " (Chinese)");
	}

	String criterion(String key, int number) {
		return zh ? key + " 第 " + number + " 项衡量标准" : key + " criterion " + number;
	}

	String basicOnly(String touchpoint) {
		return zh ? "接触点“" + touchpoint + "”的标准全部只满足基本期望；至少加一条满足顾客希望或给顾客意外惊喜的标准。"
				: "touchpoint \"" + touchpoint + "\" has only basic-level standards; add at least one that meets what customers hope for or surprises them.";
	}

	String gapUncovered(String gap) {
		return zh ? gap + "：没有任何标准或补救预案针对这一差距。" : gap + ": no standard or playbook works against this gap.";
	}

	String strengthOutOfRange(String touchpoint, int strength) {
		return zh ? "接触点“" + touchpoint + "”的评分 " + strength + " 不在 0（未评估）到 5 之间。"
				: "touchpoint \"" + touchpoint + "\": the score " + strength + " is outside 0 (not assessed) to 5.";
	}

	String scriptIncomplete(String touchpoint, String missing) {
		return zh ? "接触点“" + touchpoint + "”的服务脚本缺少关键时刻的步骤：" + missing + "。"
				: "touchpoint \"" + touchpoint + "\": the encounter script lacks the moment-of-truth steps " + missing + ".";
	}

	String guaranteeCriterion(String playbook, String criterion) {
		return zh ? playbook + "：服务保证未做到“" + criterion + "”。" : playbook + ": the service guarantee is not " + criterion + ".";
	}

	String guaranteeNotAdvised(String playbook, String caution) {
		return zh ? playbook + "：慎用服务保证——" + caution + "。" : playbook + ": think twice before offering this guarantee: " + caution.toLowerCase() + ".";
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

	String vagueObservation(String key, String method) {
		return zh ? key + "：观察方法“" + method + "”没有写明由谁观察、多久一次、观察多少，别人无法照做。"
				: key + ": the observation method \"" + method + "\" says neither who observes, how often nor how many; nobody else could repeat it.";
	}

	String observationIncomplete(String key, List<ObservationMethod.Part> missing) {
		List<String> parts = missing.stream().map(p -> switch (p) {
		case WHO -> zh ? "由谁观察" : "who observes";
		case HOW_OFTEN -> zh ? "多久一次" : "how often";
		case HOW_MANY -> zh ? "观察多少" : "how many";
		}).toList();
		return zh ? key + "：观察方法没有写明" + String.join("、", parts) + "（如“神秘顾客每月到访 4 次”）。"
				: key + ": the observation method does not say " + String.join(" or ", parts) + " (e.g. \"a mystery shopper visits 4 times a month\").";
	}

	String statementDisagrees(String key, String said, String criterion) {
		return zh ? key + "：表述写的是 " + said + "，而衡量标准是 " + criterion + "；两者必须一致。"
				: key + ": the statement says " + said + " but the criterion says " + criterion + "; they must agree.";
	}

	String unknownUnit(String key, String unit) {
		return zh ? key + "：无法识别单位“" + unit + "”；请用 " + org.touchstone.core.Unit.symbols() + "。"
				: key + ": the unit \"" + unit + "\" is not one Touchstone knows; use " + org.touchstone.core.Unit.symbols() + ".";
	}

	String badComplianceTarget(String key, String target) {
		return zh ? key + "：达标率目标 " + target + "% 必须大于 0 且不超过 100。"
				: key + ": the compliance target " + target + " % must be above 0 and at most 100.";
	}

	String foreignReference(String from, String reference, String target, String owner) {
		return zh ? from + "：" + reference + " 指向租户“" + owner + "”的 " + target + "；只能引用本租户或共享案例库的内容。"
				: from + ": " + reference + " points to " + target + " of tenant '" + owner + "'; only this tenant's own elements and the shared library may be referred to.";
	}
}
