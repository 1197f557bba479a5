package org.touchstone.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.touchstone.model.Tenant;
import org.touchstone.ui.WorkspaceModel;

/**
 * Publishes the handbook of the tenant selected in the Tenants view into a folder the user picks,
 * as a background job ({@link PublishJob}); the outcome goes to the status line, or, with
 * warnings or a failure, to a dialog that lists them. The command's parameters {@code tenant} and
 * {@code folder}, when given, take the place of the selection and the folder dialog. Returns the
 * job it scheduled, or null when there was nothing to publish.
 */
public class PublishHandler extends AbstractHandler {
	public static final String COMMAND = "org.touchstone.ui.publish";
	public static final String TENANT = "tenant";
	public static final String FOLDER = "folder";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		String tenant = event.getParameter(TENANT);
		if (tenant == null) {
			tenant = tenantOf(HandlerUtil.getCurrentSelection(event));
		}
		if (tenant == null) {
			MessageDialog.openInformation(shell, Messages.Publish_title, Messages.Publish_pickTenant);
			return null;
		}
		String folder = event.getParameter(FOLDER);
		if (folder == null) {
			folder = askForFolder(shell, tenant);
			if (folder == null) {
				return null;
			}
		}
		PublishJob job = new PublishJob(WorkspaceModel.current(), tenant, Path.of(folder));
		IStatusLineManager statusLine = HandlerUtil.getActivePart(event) instanceof IViewPart view
				? view.getViewSite().getActionBars().getStatusLineManager()
				: null;
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent done) {
				report(shell, statusLine, done.getResult());
			}
		});
		job.schedule();
		return job;
	}

	/** A publish that worked goes to the status line; one with warnings, or one that failed, to a dialog with the details. */
	private static void report(Shell shell, IStatusLineManager statusLine, IStatus result) {
		Display display = shell.getDisplay();
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (result.isOK()) {
				if (statusLine != null) {
					statusLine.setMessage(result.getMessage());
				}
			} else if (!shell.isDisposed()) {
				ErrorDialog.openError(shell, Messages.Publish_title, null, result);
			}
		});
	}

	/** The tenant of the first selected element: a tenant, or anything inside one. */
	static String tenantOf(ISelection selection) {
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof EObject object) {
			for (EObject o = object; o != null; o = o.eContainer()) {
				if (o instanceof Tenant t) {
					return t.getId();
				}
			}
		}
		return null;
	}

	/** Asks for the folder, starting from the one last used for this tenant. */
	private static String askForFolder(Shell shell, String tenant) {
		IDialogSettings settings = PlatformUI.getDialogSettingsProvider(org.osgi.framework.FrameworkUtil.getBundle(PublishHandler.class))
				.getDialogSettings();
		String key = "publish.folder." + tenant;
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText(Messages.Publish_title);
		dialog.setMessage(org.eclipse.osgi.util.NLS.bind(Messages.Publish_pickFolder, tenant));
		if (settings.get(key) != null) {
			dialog.setFilterPath(settings.get(key));
		}
		String folder = dialog.open();
		if (folder != null) {
			settings.put(key, folder);
		}
		return folder;
	}
}
