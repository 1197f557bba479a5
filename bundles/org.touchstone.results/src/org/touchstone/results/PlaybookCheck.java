package org.touchstone.results;

import java.util.ArrayList;
import java.util.List;

import org.touchstone.core.CoreMessage;
import org.touchstone.model.Complaint;
import org.touchstone.model.PlaybookStep;
import org.touchstone.model.RecoveryPlaybook;

/**
 * What happened in a recovery held against its playbook: the first step's time limit is the
 * deadline for the first response, the last step's for the resolution (a playbook's limits count
 * from the moment the failure is known), and the playbook's empowerment amount is the most the
 * front line gives without escalating.
 */
public final class PlaybookCheck {
	private PlaybookCheck() {
	}

	/** The first response deadline in minutes, or null when the playbook sets none. */
	public static Integer firstResponseLimit(RecoveryPlaybook playbook) {
		for (PlaybookStep step : playbook.getSteps()) {
			if (step.getTimeLimitMinutes() > 0) {
				return step.getTimeLimitMinutes();
			}
		}
		return null;
	}

	/** The resolution deadline in minutes: the last step's limit, or null. */
	public static Integer resolutionLimit(RecoveryPlaybook playbook) {
		for (int i = playbook.getSteps().size() - 1; i >= 0; i--) {
			if (playbook.getSteps().get(i).getTimeLimitMinutes() > 0) {
				return playbook.getSteps().get(i).getTimeLimitMinutes();
			}
		}
		return null;
	}

	/** Whether the complaint was resolved within its playbook's limit; null when either is unknown. */
	public static Boolean resolvedInTime(Complaint complaint) {
		Integer limit = complaint.getPlaybook() == null ? null : resolutionLimit(complaint.getPlaybook());
		return limit == null || complaint.getResolutionMinutes() == null ? null : complaint.getResolutionMinutes() <= limit;
	}

	/** Where what happened departed from the playbook; empty when it kept to it or nothing can be told. */
	public static List<CoreMessage> breaches(Complaint complaint) {
		List<CoreMessage> breaches = new ArrayList<>();
		RecoveryPlaybook playbook = complaint.getPlaybook();
		if (playbook == null) {
			return breaches;
		}
		Integer first = firstResponseLimit(playbook);
		if (first != null && complaint.getFirstResponseMinutes() != null && complaint.getFirstResponseMinutes() > first) {
			breaches.add(CoreMessage.of("recovery.lateResponse", complaint.getKey(), complaint.getFirstResponseMinutes(), playbook.getKey(), first));
		}
		if (Boolean.FALSE.equals(resolvedInTime(complaint))) {
			breaches.add(CoreMessage.of("recovery.lateResolution", complaint.getKey(), complaint.getResolutionMinutes(), playbook.getKey(),
					resolutionLimit(playbook)));
		}
		if (playbook.getEmpowermentAmount() != null && complaint.getCompensation() != null && complaint.getCompensation() > playbook.getEmpowermentAmount()) {
			breaches.add(CoreMessage.of("recovery.overEmpowerment", complaint.getKey(), org.touchstone.core.RevisionDiff.number(complaint.getCompensation()),
					playbook.getKey(), org.touchstone.core.RevisionDiff.number(playbook.getEmpowermentAmount())));
		}
		return breaches;
	}
}
