package org.touchstone.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.touchstone.ui.WorkspaceModel;

/** Opens the users of the tenant selected in the Tenants view (or named by the command's {@code tenant} parameter). */
public class ManageUsersHandler extends AbstractHandler {
	public static final String COMMAND = "org.touchstone.ui.manageUsers";
	public static final String TENANT = "tenant";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		String tenant = event.getParameter(TENANT);
		if (tenant == null) {
			tenant = PublishHandler.tenantOf(HandlerUtil.getCurrentSelection(event));
		}
		if (tenant == null) {
			MessageDialog.openInformation(shell, Messages.Users_command, Messages.Users_pickTenant);
			return null;
		}
		UsersDialog dialog = new UsersDialog(shell, WorkspaceModel.current(), tenant);
		dialog.open();
		return dialog;
	}
}
