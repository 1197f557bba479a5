package org.touchstone.core;

/**
 * Who acts, and in which tenant. Every core operation takes one and checks it.
 *
 * @param tenant the id of the tenant acted in, e.g. {@code harbor-hotel}
 * @param user   the name of the acting user, whose roles decide what may be done
 * @param login  the operating-system login behind the act; the same as {@code user} except on a
 *               shared demo or training workspace, where one login may act as several users
 *               (see {@link Workspace#actingUser})
 */
public record Context(String tenant, String user, String login) {
	public Context {
		if (tenant == null || tenant.isBlank()) {
			throw new TouchstoneException(CoreMessage.of("context.noTenant"));
		}
		if (user == null || user.isBlank()) {
			throw new TouchstoneException(CoreMessage.of("context.noUser"));
		}
		if (login == null || login.isBlank()) {
			login = user;
		}
	}

	/** A user acting under their own login. */
	public Context(String tenant, String user) {
		this(tenant, user, user);
	}
}
