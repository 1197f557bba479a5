package org.touchstone.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** Record an Audit...: the audit dialog for the selected tenant; the dashboard shows the new results. */
public class RecordAuditHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		String tenant = PublishHandler.selectedTenantOrTell(event, Messages.Audit_title, Messages.NewStandard_pickTenant);
		if (tenant == null) {
			return null;
		}
		AuditDialog dialog = new AuditDialog(shell, tenant);
		if (dialog.open() == Window.OK) {
			IViewPart view = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().findView(DashboardView.ID);
			if (view instanceof DashboardView dashboard) {
				dashboard.reload();
			}
		}
		return dialog;
	}
}
