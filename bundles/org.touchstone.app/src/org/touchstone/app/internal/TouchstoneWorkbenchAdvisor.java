package org.touchstone.app.internal;

import org.touchstone.ui.WorkspaceModel;

import java.nio.file.Path;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.touchstone.core.Workspace;

/** Opens the Touchstone workspace and the service-quality perspective. */
public class TouchstoneWorkbenchAdvisor extends WorkbenchAdvisor {
	private final Path workspacePath;
	private final String user;
	private WorkspaceModel model;

	public TouchstoneWorkbenchAdvisor(Path workspace, String user) {
		this.workspacePath = workspace;
		this.user = user;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(false);
		model = new WorkspaceModel(Workspace.openOrCreate(workspacePath, user), user);
		WorkspaceModel.setCurrent(model);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return QualityPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public void preWindowOpen() {
				configurer.setTitle("Touchstone \u2014 " + model.workspace().root() + " (" + user + ")");
				configurer.setInitialSize(new org.eclipse.swt.graphics.Point(1200, 800));
				configurer.setShowStatusLine(true);
			}
		};
	}
}
