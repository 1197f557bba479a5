package org.touchstone.results;

/**
 * How often something was met: observations and how many met the threshold they were measured
 * against, and the compliance target the rate is held to (null when there is none).
 *
 * @param key what is counted: a standard's key, a site's key, a region, a touchpoint, a period
 * @param name its name in the report's language, or the key
 */
public record Figure(String key, String name, int observations, int met, Double target) {
	/** The share of observations that met their threshold, in percent; null without observations. */
	public Double rate() {
		return observations == 0 ? null : met * 100.0 / observations;
	}

	/** Whether the rate reaches the target; null without a target or observations. */
	public Boolean meetsTarget() {
		return target == null || observations == 0 ? null : rate() >= target - 1e-9;
	}
}
