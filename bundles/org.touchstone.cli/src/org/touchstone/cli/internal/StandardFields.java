package org.touchstone.cli.internal;

import org.touchstone.core.StandardChange;

import picocli.CommandLine.Option;

/**
 * The fields of a standard as options, for {@code standard new} and {@code standard edit}. A text
 * option without a language (--title) writes the tenant's language; --title-zh and --title-en
 * write Chinese and English.
 */
public class StandardFields {
	@Option(names = "--title")
	String title;
	@Option(names = "--dimension")
	String dimension;
	@Option(names = "--statement")
	String statement;
	@Option(names = "--metric")
	String metric;
	@Option(names = "--comparison")
	String comparison;
	@Option(names = "--threshold")
	String threshold;
	@Option(names = "--unit")
	String unit;
	@Option(names = "--compliance-target", paramLabel = "PERCENT")
	String complianceTarget;
	@Option(names = "--observation")
	String observation;
	@Option(names = "--owner")
	String owner;
	@Option(names = "--touchpoint")
	String touchpoint;
	@Option(names = "--review-interval", paramLabel = "MONTHS")
	String reviewInterval;
	@Option(names = "--rationale")
	String rationale;

	@Option(names = "--title-zh")
	String titleZh;
	@Option(names = "--title-en")
	String titleEn;
	@Option(names = "--statement-zh")
	String statementZh;
	@Option(names = "--statement-en")
	String statementEn;
	@Option(names = "--metric-zh")
	String metricZh;
	@Option(names = "--metric-en")
	String metricEn;
	@Option(names = "--observation-zh")
	String observationZh;
	@Option(names = "--observation-en")
	String observationEn;
	@Option(names = "--rationale-zh")
	String rationaleZh;
	@Option(names = "--rationale-en")
	String rationaleEn;
	@Option(names = "--expectation-level", paramLabel = "LEVEL")
	String expectationLevel;
	@Option(names = "--contact-situations", paramLabel = "LIST")
	String contactSituations;
	@Option(names = "--gaps", paramLabel = "LIST")
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
