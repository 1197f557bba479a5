package org.touchstone.ui.internal;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.views.properties.IPropertySource;

/** Gives the Properties view a {@link ModelPropertySource} for any element of the model. */
public class ModelAdapters implements IAdapterFactory {
	@Override
	public <T> T getAdapter(Object adaptable, Class<T> type) {
		if (type == IPropertySource.class && adaptable instanceof EObject object) {
			return type.cast(new ModelPropertySource(object));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
