package org.touchstone.core;

import java.util.List;

import org.touchstone.model.FailureGroup;
import org.touchstone.model.FailureType;

/**
 * The material's two-level taxonomy of service failures: four groups, each with its subtypes. A
 * playbook names a subtype; the group follows from it. The subtypes {@code unprompted-employee-action}
 * and {@code problem-customer} name their group only, for failures whose subtype is not known.
 */
public final class FailureTaxonomy {
	private FailureTaxonomy() {
	}

	public static FailureGroup group(FailureType type) {
		return switch (type) {
		case UNAVAILABLE_SERVICE, SLOW_SERVICE, OTHER_CORE_FAILURE -> FailureGroup.DELIVERY_SYSTEM;
		case SPECIAL_NEEDS, CUSTOMER_PREFERENCES, CUSTOMER_ERROR, DISRUPTIVE_OTHERS -> FailureGroup.CUSTOMER_NEEDS;
		case UNPROMPTED_EMPLOYEE_ACTION, LEVEL_OF_ATTENTION, UNUSUAL_ACTION, CULTURAL_NORMS -> FailureGroup.UNPROMPTED_EMPLOYEE_ACTION;
		case PROBLEM_CUSTOMER, VERBAL_OR_PHYSICAL_ABUSE, BREAKING_POLICY, UNCOOPERATIVE_CUSTOMER -> FailureGroup.PROBLEM_CUSTOMER;
		};
	}

	public static List<FailureType> subtypes(FailureGroup group) {
		return FailureType.VALUES.stream().filter(t -> group(t) == group).toList();
	}
}
