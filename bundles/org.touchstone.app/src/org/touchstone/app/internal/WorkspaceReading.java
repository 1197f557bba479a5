package org.touchstone.app.internal;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.touchstone.core.ImpersonationException;
import org.touchstone.core.Workspace;

/**
 * Reads the workspace the workbench shows, on a thread of its own, so that the window does not
 * wait for it: a tenant of ten thousand standards takes about a second to read in a JVM that has
 * just started. The workbench product starts this bundle while the platform starts its bundles
 * ({@link EarlyReading}), when one of the processors is otherwise idle; the workbench then takes
 * that reading over, or starts one of its own when it opens another workspace or user.
 */
public final class WorkspaceReading {
	/** What the reading thread hands over: the workspace, who acts in it, and why the user asked for was refused (or null). */
	public record Opened(Workspace workspace, String user, String login, ImpersonationException refused) {
	}

	private static WorkspaceReading early;
	private final Path path;
	private final String requested;
	private final String login;
	private final CompletableFuture<Opened> opened;

	private WorkspaceReading(Path path, String requested, String login, boolean packageRead) {
		this.path = path;
		this.requested = requested;
		this.login = login;
		this.opened = CompletableFuture.supplyAsync(() -> read(packageRead), task -> new Thread(task, "touchstone-workspace-read").start());
	}

	/** Starts reading while the platform starts, before any workbench exists; see {@link #of}. */
	static synchronized CompletableFuture<Opened> startEarly(Path path, String requested, String login) {
		early = new WorkspaceReading(path, requested, login, false);
		return early.opened;
	}

	/**
	 * The reading of a workspace for a user: the one started while the platform started when it is
	 * for exactly these, otherwise a new one. Call on the thread that starts the workbench.
	 *
	 * @param requested the user asked for (null: the login itself)
	 */
	public static synchronized CompletableFuture<Opened> of(Path path, String requested, String login) {
		WorkspaceReading started = early;
		early = null;
		if (started != null && started.path.equals(path) && Objects.equals(started.requested, requested) && started.login.equals(login)) {
			return started.opened;
		}
		// Our package is initialised here, on the starting thread, so that the reading thread only
		// reads EMF's registries while the workbench fills them with its own.
		org.touchstone.model.TouchstonePackage.eINSTANCE.eClass();
		return new WorkspaceReading(path, requested, login, true).opened;
	}

	private Opened read(boolean packageRead) {
		if (!packageRead) {
			// Started before the workbench: nothing else uses EMF's registries yet.
			org.touchstone.model.TouchstonePackage.eINSTANCE.eClass();
		}
		String user = requested == null ? login : requested;
		Workspace workspace = Workspace.openOrCreate(path, user);
		// A tenant kept in Git records each save as a commit by the user who saved it, as on the command
		// line. Through a lambda: Git's classes (and its bundle) are loaded at the first save, not here.
		workspace.onSaved((context, tenant) -> org.touchstone.team.TenantGit.recordSave(workspace, context, tenant));
		if (workspace.created()) {
			org.touchstone.results.SampleResults.addTo(workspace, user);
		}
		try {
			return new Opened(workspace, workspace.actingUser(requested, login), login, null);
		} catch (ImpersonationException e) {
			return new Opened(workspace, login, login, e);
		}
	}
}
