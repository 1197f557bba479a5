package org.touchstone.ui.internal;

import java.util.Objects;

/** An element of a tenant to edit (a standard, a playbook), by tenant and key. */
public record ElementEditorInput(String tenant, String key) implements TenantInput {
	public ElementEditorInput {
		Objects.requireNonNull(tenant);
		Objects.requireNonNull(key);
	}
}
