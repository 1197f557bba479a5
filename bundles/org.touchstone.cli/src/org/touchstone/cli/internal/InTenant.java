package org.touchstone.cli.internal;

import org.touchstone.core.Context;
import org.touchstone.core.Workspace;

import picocli.CommandLine.Mixin;

/** A command that acts in one tenant: the common options, {@code --tenant}, and the session. */
abstract class InTenant {
	@Mixin
	GlobalOptions options;
	@Mixin
	TenantOption tenant;
	final Session session;

	InTenant(Session session) {
		this.session = session;
	}

	Workspace workspace() {
		return session.workspace();
	}

	Context context() {
		return session.context(tenant.tenant);
	}
}
