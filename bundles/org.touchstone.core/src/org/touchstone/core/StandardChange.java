package org.touchstone.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.touchstone.model.Language;

/**
 * The fields of a service standard a user sets in one edit, by name; fields not named keep their
 * value. Texts (title, statement, observation, rationale, metric) are written in the tenant's
 * language under their plain name, or in a chosen language with the suffix -zh or -en
 * ({@code title-en}). Other fields: dimension (a dimension code), comparison (at-most, at-least,
 * exactly), threshold (a number), unit, compliance-target (the percentage of observations that must
 * meet the threshold), owner, touchpoint (a touchpoint key), review-interval (months),
 * expectation-level (basic, expected, desired, unexpected), contact-situations and gaps (lists
 * separated by commas). Threshold, unit, comparison, metric and compliance target are the first
 * criterion's.
 */
public final class StandardChange {
	/** The texts of a standard, each writable as name, name-zh and name-en. */
	public static final List<String> TEXTS = List.of("title", "statement", "metric", "observation", "rationale");
	/** The field names an edit may set, in the order they are shown. */
	public static final String[] FIELDS = fields();

	/** A text field resolved: which text, in which language. */
	public record Text(String name, Language language) {
	}

	private final Map<String, String> values = new LinkedHashMap<>();

	private static String[] fields() {
		List<String> out = new ArrayList<>();
		for (String f : List.of("title", "dimension", "statement", "metric", "comparison", "threshold", "unit", "compliance-target", "observation",
				"owner", "touchpoint", "review-interval", "rationale", "expectation-level", "contact-situations", "gaps")) {
			out.add(f);
			if (TEXTS.contains(f)) {
				out.add(f + "-zh");
				out.add(f + "-en");
			}
		}
		return out.toArray(String[]::new);
	}

	/** The text a field names, in the language it is written in (the tenant's for a plain name); null for a field that is not a text. */
	public static Text text(String field, Language tenantLanguage) {
		for (String name : TEXTS) {
			if (field.equals(name)) {
				return new Text(name, tenantLanguage == null ? Language.ZH : tenantLanguage);
			}
			if (field.equals(name + "-zh")) {
				return new Text(name, Language.ZH);
			}
			if (field.equals(name + "-en")) {
				return new Text(name, Language.EN);
			}
		}
		return null;
	}

	public StandardChange set(String field, String value) {
		if (!Arrays.asList(FIELDS).contains(field)) {
			throw new InvalidValueException(CoreMessage.of("field.unknownOf", field, String.join(", ", FIELDS)));
		}
		if (value != null) {
			values.put(field, value);
		}
		return this;
	}

	public Map<String, String> values() {
		return Collections.unmodifiableMap(values);
	}

	public boolean isEmpty() {
		return values.isEmpty();
	}
}
