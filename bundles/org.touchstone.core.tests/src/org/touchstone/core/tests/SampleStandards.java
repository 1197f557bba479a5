package org.touchstone.core.tests;

import java.util.ArrayList;
import java.util.List;

import org.touchstone.core.Context;
import org.touchstone.core.Workspace;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.Tenant;

/** The sample workspace's standards, for tests that compare any two of them. */
final class SampleStandards {
	/** Two different standards of one tenant. */
	record Pair(ServiceStandard a, ServiceStandard b) {
	}

	private SampleStandards() {
	}

	/** Every ordered pair of different standards within each sample tenant (the shared library has none), read as {@code user}. */
	static List<Pair> pairs(Workspace workspace, String user) {
		List<Pair> pairs = new ArrayList<>();
		for (Tenant tenant : workspace.allTenants()) {
			if (tenant.getId().equals(Workspace.LIBRARY)) {
				continue;
			}
			List<ServiceStandard> standards = workspace.read(new Context(tenant.getId(), user)).getStandards();
			for (ServiceStandard a : standards) {
				for (ServiceStandard b : standards) {
					if (a != b) {
						pairs.add(new Pair(a, b));
					}
				}
			}
		}
		return pairs;
	}
}
