package org.touchstone.ui.internal;

import java.util.function.Predicate;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.handlers.HandlerUtil;
import org.touchstone.core.ElementEdits;
import org.touchstone.core.TouchstoneException;
import org.touchstone.model.Tenant;
import org.touchstone.ui.TenantEditing;
import org.touchstone.ui.WorkspaceModel;

/**
 * Deletes the element selected in the Tenants view, after asking, as an undoable command (saved
 * with the tenant); core's {@link ElementEdits#remove} refuses what document control keeps. Returns
 * whether it deleted.
 */
public class DeleteHandler extends AbstractHandler {
	public static final String COMMAND = "org.touchstone.ui.delete";
	/** Asks before deleting; a test answers in place of the dialog. */
	public static Predicate<String> confirm = message -> MessageDialog.openConfirm(Display.getCurrent().getActiveShell(), Messages.Delete_title, message);

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)
				|| !(selection.getFirstElement() instanceof EObject element) || !(EcoreUtil.getRootContainer(element) instanceof Tenant tenant)) {
			return false;
		}
		String name = new org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator(TenantEditing.adapters()).getText(element);
		if (!confirm.test(NLS.bind(Messages.Delete_question, name))) {
			return false;
		}
		WorkspaceModel model = WorkspaceModel.current();
		try {
			TenantEditing.stack(tenant.getId()).execute(ElementEdits.remove(TenantEditing.domain(tenant.getId()), model.context(tenant.getId()), element));
			return true;
		} catch (TouchstoneException e) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Delete_title, UiLanguage.text(e));
			return false;
		}
	}
}
