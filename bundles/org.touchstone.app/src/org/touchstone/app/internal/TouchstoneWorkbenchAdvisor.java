package org.touchstone.app.internal;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.touchstone.core.Workspace;
import org.touchstone.ui.WorkspaceModel;

/**
 * Opens the Touchstone workspace and the service-quality perspective. The workbench acts as the
 * operating-system login, as the command line does; a shared demo or training workspace lets it
 * act as the user asked for instead. A request the workspace refuses is told in a dialog, and the
 * workbench opens as the login.
 */
public class TouchstoneWorkbenchAdvisor extends WorkbenchAdvisor {
	private final String login;
	/** Why the workspace refused the user asked for, or null; set by the reading thread before it hands over the model. */
	private volatile String refused;

	/** @param user the user asked for (null: the login itself) */
	public TouchstoneWorkbenchAdvisor(Path workspace, String user) {
		this(workspace, user, Workspace.login(System.getenv()));
	}

	/**
	 * Takes over the reading of the workspace started with the platform, or starts one (see
	 * {@link WorkspaceReading}). The navigator's first showing waits for the model, if it is not
	 * there yet.
	 */
	public TouchstoneWorkbenchAdvisor(Path workspace, String user, String login) {
		this.login = login;
		WorkspaceModel.setCurrent(WorkspaceReading.of(workspace, user, login).thenApply(opened -> {
			if (opened.refused() != null) {
				refused = org.touchstone.ui.internal.UiLanguage.text(opened.refused());
			}
			return new WorkspaceModel(opened.workspace(), opened.user(), opened.login());
		}));
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(false);
	}

	@Override
	public void postStartup() {
		super.postStartup();
		// Touchstone's keys (Ctrl+F for the case library) live in a context of their own, below the
		// window's, so that they win over the platform's text-editing keys, which Touchstone does not use.
		org.eclipse.ui.contexts.IContextService contexts = PlatformUI.getWorkbench().getService(org.eclipse.ui.contexts.IContextService.class);
		contexts.activateContext("org.touchstone.ui.contexts.workbench");
		org.touchstone.ui.DiskWatcher.current().start(PlatformUI.getWorkbench().getDisplay());
		org.touchstone.ui.internal.TeamMarks.start(PlatformUI.getWorkbench().getDisplay());
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
				configurer.setInitialSize(new org.eclipse.swt.graphics.Point(1200, 800));
				configurer.setShowStatusLine(true);
				configurer.setShowMenuBar(true);
			}

			@Override
			public void postWindowCreate() {
				// The title names who acts, known once the workspace is read: set here, as late
				// as the window allows, so that the workbench's own start is not kept waiting.
				WorkspaceModel model;
				try {
					model = WorkspaceModel.current();
				} catch (RuntimeException e) {
					// The workspace could not be read (a folder that cannot be written, a full disk):
					// said once, and the workbench closes, as it has nothing to show.
					MessageDialog.openError(null, Messages.Workbench_name, org.touchstone.ui.internal.UiLanguage.text(e));
					PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
					return;
				}
				String who = model.user().equals(login) ? model.user() : org.eclipse.osgi.util.NLS.bind(Messages.Workbench_actingFor, model.user(), login);
				configurer.setTitle(org.eclipse.osgi.util.NLS.bind(Messages.Workbench_title, model.workspace().root(), who));
			}
		};
	}
}
