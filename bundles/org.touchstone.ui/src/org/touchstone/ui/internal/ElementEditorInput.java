package org.touchstone.ui.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** An element of a tenant to edit (a standard, a playbook), by tenant and key. */
public record ElementEditorInput(String tenant, String key) implements IEditorInput {
	public ElementEditorInput {
		Objects.requireNonNull(tenant);
		Objects.requireNonNull(key);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return key;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return tenant + ": " + key;
	}
}
