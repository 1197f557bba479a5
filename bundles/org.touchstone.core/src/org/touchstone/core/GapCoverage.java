package org.touchstone.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.ServiceGap;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Status;
import org.touchstone.model.Tenant;

/**
 * Which of the four gaps between what customers expect and what they get (listening, design and
 * standards, performance, communication) a tenant's standards and playbooks work against, and
 * which have nothing against them. A standard counts by its newest revision that is not retired.
 */
public final class GapCoverage {
	/** The keys of the standards and playbooks that name one gap. */
	public record Coverage(ServiceGap gap, List<String> standards, List<String> playbooks) {
		public boolean isUncovered() {
			return standards.isEmpty() && playbooks.isEmpty();
		}
	}

	private GapCoverage() {
	}

	public static List<Coverage> of(Tenant tenant) {
		Map<ServiceGap, Coverage> byGap = new LinkedHashMap<>();
		for (ServiceGap gap : ServiceGap.VALUES) {
			byGap.put(gap, new Coverage(gap, new ArrayList<>(), new ArrayList<>()));
		}
		for (ServiceStandard standard : tenant.getStandards()) {
			StandardRevision r = DocumentControl.latest(standard);
			if (r.getStatus() != Status.RETIRED) {
				r.getGaps().forEach(g -> byGap.get(g).standards().add(standard.getKey()));
			}
		}
		for (RecoveryPlaybook p : tenant.getPlaybooks()) {
			p.getGaps().forEach(g -> byGap.get(g).playbooks().add(p.getKey()));
		}
		return List.copyOf(byGap.values());
	}
}
