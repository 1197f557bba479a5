package org.touchstone.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** Starts the New Standard wizard for the tenant selected in the Tenants view, and opens the editor on what it created. */
public class NewStandardHandler extends AbstractHandler {
	public static final String COMMAND = "org.touchstone.ui.newStandard";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		String tenant = PublishHandler.selectedTenantOrTell(event, Messages.NewStandard_title, Messages.NewStandard_pickTenant);
		if (tenant == null) {
			return null;
		}
		NewStandardWizard wizard = new NewStandardWizard(tenant);
		if (new WizardDialog(shell, wizard).open() == WizardDialog.OK && wizard.created() != null) {
			IViewPart view = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().findView(TenantsView.ID);
			if (view instanceof TenantsView tenants) {
				tenants.openStandard(tenant, wizard.created());
			}
		}
		return wizard;
	}
}
