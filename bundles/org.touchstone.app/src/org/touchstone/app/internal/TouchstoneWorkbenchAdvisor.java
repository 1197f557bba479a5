package org.touchstone.app.internal;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.touchstone.core.ImpersonationException;
import org.touchstone.core.Workspace;
import org.touchstone.ui.WorkspaceModel;

/**
 * Opens the Touchstone workspace and the service-quality perspective. The workbench acts as the
 * operating-system login, as the command line does; a shared demo or training workspace lets it
 * act as the user asked for instead. A request the workspace refuses is told in a dialog, and the
 * workbench opens as the login.
 */
public class TouchstoneWorkbenchAdvisor extends WorkbenchAdvisor {
	private final Path workspacePath;
	private final String requested;
	private final String login;
	private WorkspaceModel model;
	private String refused;

	/** @param user the user asked for (null: the login itself) */
	public TouchstoneWorkbenchAdvisor(Path workspace, String user) {
		this(workspace, user, Workspace.login(System.getenv()));
	}

	public TouchstoneWorkbenchAdvisor(Path workspace, String user, String login) {
		this.workspacePath = workspace;
		this.requested = user;
		this.login = login;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(false);
		Workspace workspace = Workspace.openOrCreate(workspacePath, requested == null ? login : requested);
		String user;
		try {
			user = workspace.actingUser(requested, login);
		} catch (ImpersonationException e) {
			refused = e.getMessage();
			user = login;
		}
		model = new WorkspaceModel(workspace, user, login);
		WorkspaceModel.setCurrent(model);
	}

	@Override
	public void postStartup() {
		super.postStartup();
		// Touchstone's keys (Ctrl+F for the case library) live in a context of their own, below the
		// window's, so that they win over the platform's text-editing keys, which Touchstone does not use.
		org.eclipse.ui.contexts.IContextService contexts = PlatformUI.getWorkbench().getService(org.eclipse.ui.contexts.IContextService.class);
		contexts.activateContext("org.touchstone.ui.contexts.workbench");
		org.touchstone.ui.DiskWatcher.current().start(PlatformUI.getWorkbench().getDisplay());
		if (refused != null) {
			MessageDialog.openWarning(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), Messages.Workbench_name, refused);
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return QualityPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public org.eclipse.ui.application.ActionBarAdvisor createActionBarAdvisor(org.eclipse.ui.application.IActionBarConfigurer bars) {
				return new TouchstoneActionBarAdvisor(bars);
			}

			@Override
			public void preWindowOpen() {
				String who = model.user().equals(login) ? model.user() : org.eclipse.osgi.util.NLS.bind(Messages.Workbench_actingFor, model.user(), login);
				configurer.setTitle(org.eclipse.osgi.util.NLS.bind(Messages.Workbench_title, model.workspace().root(), who));
				configurer.setInitialSize(new org.eclipse.swt.graphics.Point(1200, 800));
				configurer.setShowStatusLine(true);
				configurer.setShowMenuBar(true);
			}
		};
	}
}
