package org.touchstone.ui;

import org.touchstone.core.Workspace;

/** The workspace the workbench shows, and the user it acts as. One per workbench. */
public record WorkspaceModel(Workspace workspace, String user) {
	private static WorkspaceModel current;

	public static void setCurrent(WorkspaceModel model) {
		current = model;
	}

	public static WorkspaceModel current() {
		return current;
	}
}
