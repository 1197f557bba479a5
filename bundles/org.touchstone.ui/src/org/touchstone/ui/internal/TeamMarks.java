package org.touchstone.ui.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.touchstone.core.TouchstoneException;
import org.touchstone.core.Workspace;
import org.touchstone.model.Tenant;
import org.touchstone.team.TenantGit;
import org.touchstone.ui.TenantEditing;
import org.touchstone.ui.WorkspaceModel;

/**
 * What the navigator marks on the elements of a tenant kept in Git: saved here and not yet sent,
 * or changed on the server and not yet merged here (as of the last sync or look for incoming
 * changes). A job reads it from the tenant's repository, never from the model, after each save,
 * sync and look; the element files it names are matched to elements on the UI thread, which alone
 * holds what this class keeps.
 */
public final class TeamMarks {
	private static final Map<String, TenantGit.Pending> PENDING = new HashMap<>();
	private static final Map<String, Map<EObject, String>> FILES = new HashMap<>();
	private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

	private TeamMarks() {
	}

	/** Reads what is pending for every tenant kept in Git, and again after each save; call on the UI thread. */
	public static void start(Display display) {
		TenantEditing.onSaved(TeamMarks::refresh);
		// Elements added, removed or renamed change which file an element has.
		TenantEditing.onChange(FILES::clear);
		WorkspaceModel model = WorkspaceModel.current();
		Map<String, Path> folders = new LinkedHashMap<>();
		for (Tenant t : model.workspace().allTenants()) {
			folders.put(t.getId(), model.workspace().folder(t.getId()));
		}
		read(display, folders, pending -> {
		});
	}

	/** Reads again what is pending for one tenant (after a save, a sync or a look); call on the UI thread. */
	public static void refresh(String tenant) {
		refresh(tenant, pending -> {
		});
	}

	/** {@link #refresh(String)}, then {@code then} is told on the UI thread what was read. */
	static void refresh(String tenant, java.util.function.Consumer<TenantGit.Pending> then) {
		read(Display.getCurrent(), Map.of(tenant, WorkspaceModel.current().workspace().folder(tenant)), then);
	}

	private static void read(Display display, Map<String, Path> folders, java.util.function.Consumer<TenantGit.Pending> then) {
		Job job = Job.create(Messages.Team_syncTitle, monitor -> {
			Map<String, TenantGit.Pending> read = new HashMap<>();
			for (Map.Entry<String, Path> folder : folders.entrySet()) {
				try {
					read.put(folder.getKey(), TenantGit.pending(folder.getValue()));
				} catch (TouchstoneException e) {
					// an unreadable repository marks nothing; the next sync names the trouble
					read.put(folder.getKey(), TenantGit.Pending.NONE);
				}
			}
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					PENDING.putAll(read);
					read.keySet().forEach(FILES::remove);
					LISTENERS.forEach(Runnable::run);
					if (read.size() == 1) {
						then.accept(read.values().iterator().next());
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** What is pending for a tenant, as last read. */
	public static TenantGit.Pending of(String tenant) {
		return PENDING.getOrDefault(tenant, TenantGit.Pending.NONE);
	}

	/** Told on the UI thread when marks were read again. */
	public static void onChange(Runnable listener) {
		LISTENERS.add(listener);
	}

	public static void removeOnChange(Runnable listener) {
		LISTENERS.remove(listener);
	}

	/** The mark of an element of a tenant ("not yet sent", "changed on the server"), or null. */
	static String mark(Tenant tenant, EObject element) {
		TenantGit.Pending pending = of(tenant.getId());
		if (pending.outgoing().isEmpty() && pending.incoming().isEmpty()) {
			return null;
		}
		String file = FILES.computeIfAbsent(tenant.getId(), id -> Workspace.elementFiles(tenant)).get(element);
		if (file == null) {
			return null;
		}
		boolean incoming = pending.incoming().contains(file);
		boolean outgoing = pending.outgoing().contains(file);
		return incoming && outgoing ? Messages.Team_incoming + "; " + Messages.Team_outgoing : incoming ? Messages.Team_incoming : outgoing ? Messages.Team_outgoing : null;
	}

	/** The mark of a tenant: how many of its elements are to be sent and how many are coming, or null. */
	static String mark(Tenant tenant) {
		TenantGit.Pending pending = of(tenant.getId());
		if (pending.outgoing().isEmpty() && pending.incoming().isEmpty()) {
			return null;
		}
		return NLS.bind(Messages.Team_tenantPending, pending.outgoing().size(), pending.incoming().size());
	}
}
