package org.touchstone.results;

import java.util.List;
import java.util.Map;

/**
 * What the complaint log says over a span of days: how many failures, how well they were
 * recovered, and per playbook how its recoveries went.
 *
 * @param perThousandCustomers complaints per 1,000 customers served, when every site counted says how many it serves; else null
 * @param silentEstimate the customers estimated to have been let down without complaining: 25 for each one who did
 *                       (the complaint iceberg of the customer-service literature); a reminder, not a measurement
 * @param omissionRate the share of failures (percent) never followed up; null without failures
 * @param dissatisfiedAfterRecovery the share (percent) of customers asked after the recovery who were still unhappy; null when none was asked
 * @param keptRate the share (percent) of customers whose outcome is known who were kept; null when none is known
 * @param byFailureType failures per failure type literal, most first
 * @param byTouchpoint failures per touchpoint key ("" for none), most first
 * @param breaches where recoveries departed from their playbooks, in the log's order
 */
public record Recovery(int complaints, Double perThousandCustomers, int silentEstimate, Double omissionRate, Double dissatisfiedAfterRecovery,
		Double keptRate, List<PlaybookFigure> playbooks, Map<String, Integer> byFailureType, Map<String, Integer> byTouchpoint,
		List<org.touchstone.core.CoreMessage> breaches) {

	/** The customers estimated to be let down for each one who complains. */
	public static final int SILENT_PER_COMPLAINT = 25;

	/**
	 * One playbook's recoveries.
	 *
	 * @param medianMinutesToResolve null when no resolution time is known
	 * @param withinLimitRate the share (percent) resolved within the playbook's limit; null when none can be told
	 */
	public record PlaybookFigure(String key, String name, int failures, Double medianMinutesToResolve, Double withinLimitRate, int kept, int lost) {
	}
}
