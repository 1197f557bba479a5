package org.touchstone.cli.internal;

import org.touchstone.core.StandardChange;

import picocli.CommandLine.Option;

/**
 * The fields of a standard as options, for {@code standard new} and {@code standard edit}. A text
 * option without a language (--title) writes the tenant's language; --title-zh and --title-en
 * write Chinese and English.
 */
public class StandardFields {
	@Option(names = "--title", description = "A short name for the standard.")
	String title;
	@Option(names = "--dimension", description = "timeliness, anticipation, attitude, feedback, or a dimension the tenant defines.")
	String dimension;
	@Option(names = "--statement", description = "What staff do, observably: 'a guest is greeted within 30 seconds of entering the lobby'.")
	String statement;
	@Option(names = "--metric", description = "What is measured, e.g. 'time from entering to greeting'.")
	String metric;
	@Option(names = "--comparison", description = "at-most, at-least or exactly.")
	String comparison;
	@Option(names = "--threshold", description = "The number the metric is held to.")
	String threshold;
	@Option(names = "--unit", description = "The threshold's unit: s, min, h, %%, count (or 秒, 分钟, 小时, ...).")
	String unit;
	@Option(names = "--compliance-target", paramLabel = "PERCENT", description = "The share of observations that must meet the threshold, "
			+ "e.g. 95 for 'in at least 95%% of observed visits'.")
	String complianceTarget;
	@Option(names = "--observation", description = "How an auditor or mystery shopper checks it.")
	String observation;
	@Option(names = "--owner", description = "Who answers for the standard.")
	String owner;
	@Option(names = "--touchpoint", description = "The key of the touchpoint (moment of truth) it applies to.")
	String touchpoint;
	@Option(names = "--review-interval", paramLabel = "MONTHS", description = "Months between reviews.")
	String reviewInterval;
	@Option(names = "--rationale", description = "Why the standard exists.")
	String rationale;

	@Option(names = "--title-zh", description = "The title in Chinese.")
	String titleZh;
	@Option(names = "--title-en", description = "The title in English.")
	String titleEn;
	@Option(names = "--statement-zh", description = "The statement in Chinese.")
	String statementZh;
	@Option(names = "--statement-en", description = "The statement in English.")
	String statementEn;
	@Option(names = "--metric-zh", description = "The metric in Chinese.")
	String metricZh;
	@Option(names = "--metric-en", description = "The metric in English.")
	String metricEn;
	@Option(names = "--observation-zh", description = "The observation method in Chinese.")
	String observationZh;
	@Option(names = "--observation-en", description = "The observation method in English.")
	String observationEn;
	@Option(names = "--rationale-zh", description = "The rationale in Chinese.")
	String rationaleZh;
	@Option(names = "--rationale-en", description = "The rationale in English.")
	String rationaleEn;
	@Option(names = "--expectation-level", paramLabel = "LEVEL", description = "The level of customer expectation the standard serves: basic, expected, desired or unexpected.")
	String expectationLevel;
	@Option(names = "--contact-situations", paramLabel = "LIST", description = "The contact situations it is for, separated by commas: "
			+ "first-contact, special-request, indecision, after-purchase, refusal, anger.")
	String contactSituations;
	@Option(names = "--gaps", paramLabel = "LIST", description = "The service gaps it closes, separated by commas: listening, design-and-standards, performance, communication.")
	String gaps;

	StandardChange change() {
		return new StandardChange().set("title", title).set("dimension", dimension).set("statement", statement).set("metric", metric)
				.set("comparison", comparison).set("threshold", threshold).set("unit", unit)
				.set("compliance-target", complianceTarget).set("observation", observation)
				.set("owner", owner).set("touchpoint", touchpoint).set("review-interval", reviewInterval).set("rationale", rationale)
				.set("title-zh", titleZh).set("title-en", titleEn).set("statement-zh", statementZh).set("statement-en", statementEn)
				.set("metric-zh", metricZh).set("metric-en", metricEn).set("observation-zh", observationZh).set("observation-en", observationEn)
				.set("rationale-zh", rationaleZh).set("rationale-en", rationaleEn).set("expectation-level", expectationLevel)
				.set("contact-situations", contactSituations).set("gaps", gaps);
	}
}
