package org.touchstone.core;

/**
 * One result of validation, the same for the command line and the workbench.
 *
 * @param severity error or warning
 * @param code     a stable code such as {@code measurability.vague-word}
 * @param element  the UUID of the element the finding is about
 * @param key      the element's human key (a standard's {@code G-001}), or null
 * @param message  the message, in the tenant's language
 */
public record Finding(Severity severity, String code, String element, String key, String message) {
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
