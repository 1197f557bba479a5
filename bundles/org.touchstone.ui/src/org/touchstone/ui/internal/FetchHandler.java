package org.touchstone.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Team > Look for Incoming Changes: receives what the server has for the selected tenant without
 * merging it, so the navigator marks the elements changed there. Returns the job, or null.
 */
public class FetchHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		String tenant = PublishHandler.tenantOf(HandlerUtil.getCurrentSelection(event));
		if (tenant == null) {
			MessageDialog.openInformation(shell, Messages.Team_syncTitle, Messages.Team_pickTenant);
			return null;
		}
		return TeamActions.lookForIncoming(shell, tenant);
	}
}
