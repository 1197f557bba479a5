package org.touchstone.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** Starts the New Playbook, Segment, Touchpoint, Chapter or Case wizard (the command's {@code kind}) for the selected tenant, and opens what it made. */
public class NewElementHandler extends AbstractHandler {
	public static final String COMMAND = "org.touchstone.ui.newElement";
	public static final String KIND = "kind";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		NewElementWizard.Kind kind = NewElementWizard.Kind.valueOf(event.getParameter(KIND));
		String tenant = PublishHandler.selectedTenantOrTell(event, Messages.newElement(kind), Messages.NewStandard_pickTenant);
		if (tenant == null) {
			return null;
		}
		NewElementWizard wizard = new NewElementWizard(tenant, kind);
		if (new WizardDialog(shell, wizard).open() == WizardDialog.OK && wizard.created() != null) {
			IViewPart view = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().findView(TenantsView.ID);
			if (view instanceof TenantsView tenants) {
				if (kind == NewElementWizard.Kind.PLAYBOOK) {
					tenants.openPlaybook(tenant, wizard.created());
				} else if (kind == NewElementWizard.Kind.CHAPTER) {
					tenants.openElement(tenant, "handbook");
				} else {
					tenants.openElement(tenant, wizard.created());
				}
			}
		}
		return wizard;
	}
}
