package org.touchstone.core;

/** The acting user lacks a permission in a tenant, or the rule of separation of duties forbids the act. */
public class AccessDeniedException extends TouchstoneException {
	private static final long serialVersionUID = 1L;
	private final Permission permission;

	public AccessDeniedException(Permission permission, String user, String tenant, String why) {
		this(permission, user, tenant, why == null ? null : CoreMessage.of("text", why));
	}

	/** @param why what else the user should know, or null */
	public AccessDeniedException(Permission permission, String user, String tenant, CoreMessage why) {
		super(why == null ? CoreMessage.of("access.denied", user, permission.label(), tenant) : CoreMessage.of("access.deniedBecause", user, permission.label(), tenant, why));
		this.permission = permission;
	}

	/** A denial that is not about one of the tenant's permissions; {@link #permission()} is null. */
	protected AccessDeniedException(String message) {
		super(message);
		this.permission = null;
	}

	protected AccessDeniedException(CoreMessage message) {
		super(message);
		this.permission = null;
	}

	public Permission permission() {
		return permission;
	}
}
