package org.touchstone.core.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.touchstone.model.Tenant;

/**
 * Which of a tenant's elements (the objects with a file of their own) changed since the tenant was
 * read or last saved, so that a save serialises those and not all ten thousand to find them. Every
 * change to an element or anything inside it notifies, and is traced up to the element; an element
 * added to the tenant is changed too. Changes to the tenant's own objects need no note: its own
 * file is written at every save, as are the removals of elements' files. A tenant without this
 * watch (made in memory, or read in an earlier schema and upgraded) is saved whole, and watched
 * from then on.
 */
final class ChangedElements extends EContentAdapter {
	private final Set<EObject> elements = new HashSet<>();

	private ChangedElements() {
	}

	/** Starts noting the tenant's changes from now on. */
	static void watch(Tenant tenant) {
		if (of(tenant) == null) {
			tenant.eAdapters().add(new ChangedElements());
		}
	}

	/** The watch on a tenant, or null when it has none. */
	static ChangedElements of(Tenant tenant) {
		for (Adapter adapter : tenant.eAdapters()) {
			if (adapter instanceof ChangedElements changes) {
				return changes;
			}
		}
		return null;
	}

	/** The elements changed since the watch began or was last cleared (some may have been removed since). */
	Set<EObject> elements() {
		return elements;
	}

	/** After a save: nothing is changed any more. */
	void clear() {
		elements.clear();
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (notification.isTouch() || !(notification.getNotifier() instanceof EObject notifier)) {
			return;
		}
		if (notifier instanceof Tenant) {
			if (ElementFiles.LISTS.contains(notification.getFeature())) {
				added(notification.getNewValue());
			}
			return;
		}
		EObject element = notifier;
		while (element.eContainer() != null && !(element.eContainer() instanceof Tenant)) {
			element = element.eContainer();
		}
		if (element.eContainer() instanceof Tenant && ElementFiles.LISTS.contains(element.eContainmentFeature())) {
			elements.add(element);
		}
	}

	private void added(Object value) {
		if (value instanceof EObject element) {
			elements.add(element);
		} else if (value instanceof Collection<?> many) {
			for (Object each : many) {
				added(each);
			}
		}
	}
}
