package org.touchstone.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the editor of the element selected in the Tenants view, as a double-click does. */
public class OpenHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().findView(TenantsView.ID) instanceof TenantsView tenants) {
			return tenants.open(selection.getFirstElement());
		}
		return null;
	}
}
