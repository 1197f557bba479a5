package org.touchstone.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Import...: the import wizard for the tenant selected in the Tenants view. */
public class ImportHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		String tenant = PublishHandler.tenantOf(HandlerUtil.getCurrentSelection(event));
		if (tenant == null) {
			tenant = PublishHandler.tenantOf(org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getSelectionService()
					.getSelection(TenantsView.ID));
		}
		if (tenant == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Import_title, Messages.Publish_pickTenant);
			return null;
		}
		new WizardDialog(HandlerUtil.getActiveShell(event), new ImportWizard(tenant)).open();
		return null;
	}
}
