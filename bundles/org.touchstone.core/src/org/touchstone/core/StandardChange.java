package org.touchstone.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a service standard a user sets in one edit, by name; fields not named keep their
 * value. Names: title, dimension (a dimension code), statement, metric, comparison (at-most,
 * at-least, exactly), threshold (a number), unit,
 * compliance-target (the percentage of observations that must meet the threshold), observation, owner, touchpoint (a touchpoint
 * key), review-interval (months), rationale.
 */
public final class StandardChange {
	/** The field names an edit may set, in the order they are shown. */
	public static final String[] FIELDS = { "title", "dimension", "statement", "metric", "comparison", "threshold", "unit",
			"compliance-target", "observation", "owner", "touchpoint", "review-interval", "rationale" };

	private final Map<String, String> values = new LinkedHashMap<>();

	public StandardChange set(String field, String value) {
		if (!java.util.Arrays.asList(FIELDS).contains(field)) {
			throw new InvalidValueException("unknown field '" + field + "' (fields: " + String.join(", ", FIELDS) + ")");
		}
		if (value != null) {
			values.put(field, value);
		}
		return this;
	}

	public Map<String, String> values() {
		return java.util.Collections.unmodifiableMap(values);
	}

	public boolean isEmpty() {
		return values.isEmpty();
	}
}
