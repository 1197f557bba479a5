package org.touchstone.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.LifecycleStep;
import org.touchstone.core.TouchstoneException;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.Tenant;
import org.touchstone.ui.TenantEditing;
import org.touchstone.ui.WorkspaceModel;

/**
 * A document-control step (the command's {@code step}: SUBMIT, RETURN, APPROVE, MAKE_EFFECTIVE,
 * RETIRE) on the standard selected in the Tenants view; refused with the reason
 * {@link LifecycleStep#refusal} gives, and while the tenant has unsaved edits. Returns whether the
 * step was taken.
 */
public class LifecycleHandler extends AbstractHandler {
	public static final String COMMAND = "org.touchstone.ui.lifecycle";
	public static final String STEP = "step";

	@Override
	public Object execute(ExecutionEvent event) {
		LifecycleStep step = LifecycleStep.valueOf(event.getParameter(STEP));
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)) {
			return false;
		}
		ServiceStandard standard = null;
		for (Object o = selection.getFirstElement(); o instanceof EObject e; o = e.eContainer()) {
			if (e instanceof ServiceStandard s) {
				standard = s;
			}
		}
		if (standard == null || !(EcoreUtil.getRootContainer(standard) instanceof Tenant tenant)) {
			return false;
		}
		WorkspaceModel model = WorkspaceModel.current();
		String refusal = TenantEditing.isDirty(tenant.getId()) ? Messages.Editor_saveFirst : UiLanguage.text(step.refusal(tenant, model.user(), standard));
		if (refusal != null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.step(step), refusal);
			return false;
		}
		try {
			step.take(new DocumentControl(model.workspace(), java.time.Clock.systemUTC()), model.context(tenant.getId()), standard.getKey(), null);
			TenantEditing.stack(tenant.getId()).flush();
			TenantEditing.changed();
			return true;
		} catch (TouchstoneException e) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.step(step), UiLanguage.text(e));
			return false;
		}
	}
}
