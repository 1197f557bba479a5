package org.touchstone.core;

/**
 * One result of validation, the same for the command line and the workbench.
 *
 * @param severity error or warning
 * @param code     a stable code such as {@code measurability.vague-word}
 * @param element  the UUID of the element the finding is about
 * @param key      the element's human key (a standard's {@code G-001}), or null
 * @param message  the message, in the language validation was asked for (the reader's)
 * @param fix      a change that resolves the finding, or null when the lint knows none
 */
public record Finding(Severity severity, String code, String element, String key, String message, Fix fix) {
	/** A change the lint proposes: a text field of the standard's working revision and its new value. */
	public record Fix(String field, org.touchstone.model.Language language, String value) {
	}

	public Finding(Severity severity, String code, String element, String key, String message) {
		this(severity, code, element, key, message, null);
	}

	/**
	 * The field of a standard the finding is about ({@code statement}, {@code observation},
	 * {@code threshold}, {@code unit}, {@code complianceTarget}, {@code owner}), or null when it is
	 * about the element as a whole.
	 */
	public String field() {
		if (fix != null) {
			return fix.field();
		}
		return switch (code) {
		case "measurability.no-statement", "measurability.vague-word", "measurability.too-long", "measurability.statement-disagrees" -> "statement";
		case "measurability.no-observation", "measurability.vague-observation", "measurability.observation-incomplete" -> "observation";
		case "measurability.no-threshold", "measurability.implausible-threshold" -> "threshold";
		case "measurability.no-unit", "measurability.unknown-unit" -> "unit";
		case "measurability.compliance-target" -> "complianceTarget";
		case "standard.no-owner" -> "owner";
		default -> null;
		};
	}

	/** How serious a finding is; an error fails {@code validate}. */
	public enum Severity {
		ERROR, WARNING;

		public String label() {
			return name().toLowerCase();
		}
	}

	@Override
	public String toString() {
		return severity.label() + " " + code + (key == null ? "" : " " + key) + ": " + message;
	}
}
