package org.touchstone.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** What an editor opens: an element of a tenant, named by its key; not kept across sessions. */
interface TenantInput extends IEditorInput {
	String tenant();

	String key();

	@Override
	default <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	default boolean exists() {
		return true;
	}

	@Override
	default ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	default String getName() {
		return key();
	}

	@Override
	default IPersistableElement getPersistable() {
		return null;
	}

	@Override
	default String getToolTipText() {
		return tenant() + ": " + key();
	}
}
