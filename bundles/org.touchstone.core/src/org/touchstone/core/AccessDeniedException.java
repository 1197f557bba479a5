package org.touchstone.core;

/** The acting user lacks a permission in a tenant, or the rule of separation of duties forbids the act. */
public class AccessDeniedException extends TouchstoneException {
	private static final long serialVersionUID = 1L;
	private final Permission permission;

	public AccessDeniedException(Permission permission, String user, String tenant, String why) {
		super("permission denied: user '" + user + "' lacks '" + permission.label() + "' in tenant '" + tenant + "'"
				+ (why == null ? "" : " (" + why + ")"));
		this.permission = permission;
	}

	public Permission permission() {
		return permission;
	}
}
