package org.touchstone.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.touchstone.core.Context;
import org.touchstone.core.Workspace;

/**
 * The workspace the workbench shows, the user it acts as, and the operating-system login behind
 * that user (recorded with every act). One per workbench.
 */
public record WorkspaceModel(Workspace workspace, String user, String login) {
	private static CompletableFuture<WorkspaceModel> current;

	public WorkspaceModel(Workspace workspace, String user) {
		this(workspace, user, user);
	}

	/** Makes a model the workbench's; the undo history of a tenant read again from its file is dropped, since it points at the objects of the earlier read. */
	public static void setCurrent(WorkspaceModel model) {
		setCurrent(CompletableFuture.completedFuture(model));
	}

	/**
	 * Makes the model being read the workbench's: the workbench starts while another thread reads
	 * the workspace, and {@link #current()} waits for it where the UI first needs it. The reading
	 * thread hands the model over complete and touches it no more, so the UI thread owns it from
	 * then on, as everywhere else.
	 */
	public static void setCurrent(CompletableFuture<WorkspaceModel> reading) {
		current = reading.thenApply(model -> {
			model.workspace().onReload(TenantEditing::forget);
			return model;
		});
	}

	/** The workbench's model (once it is read), or null when none was set; a failure to read it is thrown here. */
	public static WorkspaceModel current() {
		if (current == null) {
			return null;
		}
		try {
			return current.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw e;
		}
	}

	/** Who acts in a tenant: this model's user and login. */
	public Context context(String tenant) {
		return new Context(tenant, user, login);
	}
}
