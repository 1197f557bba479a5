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

	/** A denial that is not about one of the tenant's permissions; {@link #permission()} is null. */
	protected AccessDeniedException(String message) {
		super(message);
		this.permission = null;
	}

	public Permission permission() {
		return permission;
	}
}
