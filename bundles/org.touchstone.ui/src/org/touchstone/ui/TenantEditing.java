package org.touchstone.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.touchstone.model.provider.TouchstoneItemProviderAdapterFactory;

/**
 * One EMF editing domain per tenant, with its command stack, shared by every editor and view of
 * that tenant, so that Undo in one editor and the findings in a view see the same changes. The
 * rule for threads: the model is read and changed on the UI thread only; work that takes long
 * (validation of a large tenant, search, publishing) gets what it needs there first.
 */
public final class TenantEditing {
	private static final Map<String, AdapterFactoryEditingDomain> DOMAINS = new HashMap<>();
	private static final List<Runnable> LISTENERS = new ArrayList<>();
	private static final List<java.util.function.Consumer<org.eclipse.emf.common.command.Command>> CAUSE_LISTENERS = new ArrayList<>();
	private static ComposedAdapterFactory adapters;

	private TenantEditing() {
	}

	/** The item providers of the model, for labels, icons and property descriptors. */
	public static synchronized ComposedAdapterFactory adapters() {
		if (adapters == null) {
			adapters = new ComposedAdapterFactory(List.<AdapterFactory>of(new TouchstoneItemProviderAdapterFactory(),
					new ReflectiveItemProviderAdapterFactory()));
		}
		return adapters;
	}

	/** The editing domain of a tenant, made on first use. */
	public static synchronized AdapterFactoryEditingDomain domain(String tenant) {
		return DOMAINS.computeIfAbsent(tenant, id -> {
			BasicCommandStack stack = new BasicCommandStack();
			stack.addCommandStackListener(event -> notifyListeners(((BasicCommandStack) event.getSource()).getMostRecentCommand()));
			return new AdapterFactoryEditingDomain(adapters(), stack, new HashMap<>());
		});
	}

	public static BasicCommandStack stack(String tenant) {
		return (BasicCommandStack) domain(tenant).getCommandStack();
	}

	private static final List<java.util.function.Consumer<java.util.Collection<?>>> FINDINGS_LISTENERS = new ArrayList<>();

	/**
	 * Tells those who show findings (the navigator's counts) that findings were brought up to date:
	 * those of the given elements, or (null) of a whole tenant.
	 */
	public static void findingsChanged(java.util.Collection<?> elements) {
		List<java.util.function.Consumer<java.util.Collection<?>>> listeners;
		synchronized (TenantEditing.class) {
			listeners = List.copyOf(FINDINGS_LISTENERS);
		}
		listeners.forEach(l -> l.accept(elements));
	}

	public static synchronized void onFindingsChanged(java.util.function.Consumer<java.util.Collection<?>> listener) {
		FINDINGS_LISTENERS.add(listener);
	}

	public static synchronized void removeOnFindingsChanged(java.util.function.Consumer<java.util.Collection<?>> listener) {
		FINDINGS_LISTENERS.remove(listener);
	}

	/** Drops a tenant's undo history: its objects were replaced by a new read of its file. */
	public static void forget(String tenant) {
		AdapterFactoryEditingDomain domain;
		synchronized (TenantEditing.class) {
			domain = DOMAINS.get(tenant);
		}
		if (domain != null) {
			domain.getCommandStack().flush();
		}
	}

	private static final List<java.util.function.Consumer<String>> SAVED_LISTENERS = new java.util.concurrent.CopyOnWriteArrayList<>();

	/** Tells those who show the saved state of a tenant (the handbook preview) that it was just saved. */
	public static void saved(String tenant) {
		SAVED_LISTENERS.forEach(l -> l.accept(tenant));
	}

	public static void onSaved(java.util.function.Consumer<String> listener) {
		SAVED_LISTENERS.add(listener);
	}

	public static void removeOnSaved(java.util.function.Consumer<String> listener) {
		SAVED_LISTENERS.remove(listener);
	}

	/** Whether a tenant has changes not yet saved. */
	public static boolean isDirty(String tenant) {
		return stack(tenant).isSaveNeeded();
	}

	/** Tells every listener that what they show may have changed without a command (another user now acts, a step was taken). */
	public static void changed() {
		notifyListeners(null);
	}

	/** Tells every listener; one that fails is logged and does not keep the others from being told. */
	private static void notifyListeners(org.eclipse.emf.common.command.Command cause) {
		List<Runnable> listeners;
		List<java.util.function.Consumer<org.eclipse.emf.common.command.Command>> causeListeners;
		synchronized (TenantEditing.class) {
			listeners = List.copyOf(LISTENERS);
			causeListeners = List.copyOf(CAUSE_LISTENERS);
		}
		for (Runnable listener : listeners) {
			try {
				listener.run();
			} catch (RuntimeException e) {
				org.eclipse.core.runtime.ILog.of(TenantEditing.class).error("a view or editor failed to follow a change", e);
			}
		}
		for (java.util.function.Consumer<org.eclipse.emf.common.command.Command> listener : causeListeners) {
			try {
				listener.accept(cause);
			} catch (RuntimeException e) {
				org.eclipse.core.runtime.ILog.of(TenantEditing.class).error("a view or editor failed to follow a change", e);
			}
		}
	}

	/**
	 * Like {@link #onChange}, told the command done, undone or redone (its affected objects say what
	 * changed), or null when the change came otherwise (a new read, a document-control step).
	 */
	public static synchronized void onChange(java.util.function.Consumer<org.eclipse.emf.common.command.Command> listener) {
		CAUSE_LISTENERS.add(listener);
	}

	public static synchronized void removeOnChange(java.util.function.Consumer<org.eclipse.emf.common.command.Command> listener) {
		CAUSE_LISTENERS.remove(listener);
	}

	/** Runs after any command of any tenant is done, undone or redone (on the thread that did it). */
	public static synchronized void onChange(Runnable listener) {
		LISTENERS.add(listener);
	}

	public static synchronized void removeOnChange(Runnable listener) {
		LISTENERS.remove(listener);
	}
}
