package org.touchstone.core;

import java.util.EnumSet;
import java.util.Set;

import org.touchstone.model.Role;

/** What a user may do in a tenant; each role grants a set of permissions. */
public enum Permission {
	READ("read"), WRITE("write"), REVIEW("review"), APPROVE("approve"), PUBLISH("publish"), ADMINISTER("administer"),
	/** Bringing results of audits and complaints into a tenant; reading them needs only {@link #READ}. */
	RECORD_RESULTS("record-results");

	private final String label;

	Permission(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The permissions a role grants. */
	public static Set<Permission> grantedBy(Role role) {
		return switch (role) {
		case ADMIN -> EnumSet.allOf(Permission.class);
		case QUALITY_MANAGER -> EnumSet.of(READ, WRITE, REVIEW, APPROVE, RECORD_RESULTS);
		case REVIEWER -> EnumSet.of(READ, REVIEW, APPROVE);
		case TRAINER -> EnumSet.of(READ);
		case PUBLISHER -> EnumSet.of(READ, PUBLISH);
		};
	}
}
