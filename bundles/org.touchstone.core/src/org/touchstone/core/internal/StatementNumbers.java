package org.touchstone.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.touchstone.core.Unit;

/**
 * The quantities a statement names in figures, with their units: "30秒内" is 30 s, "within 2
 * minutes" is 2 min, "95%" is 95 %. Only figures written with digits are read.
 */
final class StatementNumbers {
	/** A quantity found in a statement, as written. */
	record Quantity(double value, Unit unit, String text) {
		double base() {
			return unit.toBase(value);
		}
	}

	private static final Pattern QUANTITY = Pattern.compile(
			"(\\d+(?:\\.\\d+)?)\\s*个?(秒钟|秒|分钟|小时|钟头|工作日|天|%|％|days?|percent|per cent|seconds?|secs?|minutes?|mins?|hours?|hrs?|h|s)(?![A-Za-z])",
			Pattern.CASE_INSENSITIVE);

	private StatementNumbers() {
	}

	static List<Quantity> find(String statement) {
		List<Quantity> found = new ArrayList<>();
		if (statement == null) {
			return found;
		}
		Matcher m = QUANTITY.matcher(statement);
		while (m.find()) {
			Unit unit = Unit.of(m.group(2));
			if (unit != null) {
				found.add(new Quantity(Double.parseDouble(m.group(1)), unit, m.group().strip()));
			}
		}
		return found;
	}
}
