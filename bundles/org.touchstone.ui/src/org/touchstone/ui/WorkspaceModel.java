package org.touchstone.ui;

import org.touchstone.core.Context;
import org.touchstone.core.Workspace;

/**
 * The workspace the workbench shows, the user it acts as, and the operating-system login behind
 * that user (recorded with every act). One per workbench.
 */
public record WorkspaceModel(Workspace workspace, String user, String login) {
	private static WorkspaceModel current;

	public WorkspaceModel(Workspace workspace, String user) {
		this(workspace, user, user);
	}

	/** Makes a model the workbench's; the undo history of a tenant read again from its file is dropped, since it points at the objects of the earlier read. */
	public static void setCurrent(WorkspaceModel model) {
		current = model;
		model.workspace().onReload(TenantEditing::forget);
	}

	public static WorkspaceModel current() {
		return current;
	}

	/** Who acts in a tenant: this model's user and login. */
	public Context context(String tenant) {
		return new Context(tenant, user, login);
	}
}
