package org.touchstone.core;

/**
 * Who acts, and in which tenant. Every core operation takes one and checks it.
 *
 * @param tenant the id of the tenant acted in, e.g. {@code harbor-hotel}
 * @param user   the name of the acting user
 */
public record Context(String tenant, String user) {
	public Context {
		if (tenant == null || tenant.isBlank()) {
			throw new TouchstoneException("no tenant given: name one with --tenant");
		}
		if (user == null || user.isBlank()) {
			throw new TouchstoneException("no user given: name one with --user or TOUCHSTONE_USER");
		}
	}
}
