package org.touchstone.cli.internal;

import org.touchstone.core.StandardChange;

import picocli.CommandLine.Option;

/** The fields of a standard as options, for {@code standard new} and {@code standard edit}. */
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

	StandardChange change() {
		return new StandardChange().set("title", title).set("dimension", dimension).set("statement", statement).set("metric", metric)
				.set("comparison", comparison).set("threshold", threshold).set("unit", unit)
				.set("compliance-target", complianceTarget).set("observation", observation)
				.set("owner", owner).set("touchpoint", touchpoint).set("review-interval", reviewInterval).set("rationale", rationale);
	}
}
