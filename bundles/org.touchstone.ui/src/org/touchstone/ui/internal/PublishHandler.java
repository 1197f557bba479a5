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
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.touchstone.model.Tenant;
import org.touchstone.ui.WorkspaceModel;

/**
 * Publishes the handbook of the tenant selected in the Tenants view through the Publish Handbook
 * wizard, as a background job ({@link PublishJob}) with progress and Cancel; the outcome goes to the status line, or, with
 * warnings or a failure, to a dialog that lists them. The command's parameters {@code tenant} and
 * {@code folder}, when given, take the place of the selection and the wizard. Returns the
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
		PublishJob job;
		boolean open = false;
		if (folder == null) {
			PublishWizard wizard = new PublishWizard(tenant);
			if (new WizardDialog(shell, wizard).open() != Window.OK || wizard.job() == null) {
				return null;
			}
			job = wizard.job();
			open = wizard.openWhenDone();
		} else {
			job = new PublishJob(WorkspaceModel.current(), tenant, Path.of(folder));
		}
		start(job, shell, HandlerUtil.getActivePart(event), open);
		return job;
	}

	/**
	 * Schedules a publish; its outcome goes to the status line or a dialog, and, when asked, the
	 * site opens in the system browser.
	 */
	public static void start(PublishJob job, Shell shell, org.eclipse.ui.IWorkbenchPart part, boolean openWhenDone) {
		IStatusLineManager statusLine = part instanceof IViewPart view ? view.getViewSite().getActionBars().getStatusLineManager() : null;
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent done) {
				report(shell, statusLine, done.getResult());
				if (openWhenDone && job.published() != null && !shell.isDisposed()) {
					shell.getDisplay().asyncExec(() -> org.eclipse.swt.program.Program.launch(job.published().toString()));
				}
			}
		});
		job.schedule();
	}

	/** A publish that worked goes to the status line; one with warnings, or one that failed, to a dialog with the details. */
	private static void report(Shell shell, IStatusLineManager statusLine, IStatus result) {
		Display display = shell.getDisplay();
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (result.getSeverity() == IStatus.CANCEL) {
				if (statusLine != null) {
					statusLine.setMessage(result.getMessage());
				}
			} else if (result.isOK()) {
				if (statusLine != null) {
					statusLine.setMessage(result.getMessage());
				}
			} else if (!shell.isDisposed()) {
				ErrorDialog.openError(shell, Messages.Publish_title, null, result);
			}
		});
	}

	/** The tenant of the first selected element: a tenant, or anything inside one. */
	/** The tenant of the selection a command was run on; with none, the user is told to pick one (in a dialog of this title) and null returned. */
	static String selectedTenantOrTell(ExecutionEvent event, String title, String pickOne) {
		String tenant = tenantOf(HandlerUtil.getCurrentSelection(event));
		if (tenant == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), title, pickOne);
		}
		return tenant;
	}

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

}
