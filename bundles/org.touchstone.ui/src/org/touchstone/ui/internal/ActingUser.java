package org.touchstone.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.ContributionItem;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.touchstone.core.ImpersonationException;
import org.touchstone.model.Tenant;
import org.touchstone.model.User;
import org.touchstone.ui.TenantEditing;
import org.touchstone.ui.WorkspaceModel;

/**
 * Who acts, in the status line: the user and, when it differs, the login. A click lists the users
 * of the tenant selected in the Tenants view; choosing one makes them act, which only a shared
 * demo or training workspace allows (the same rule as {@code --user} on the command line).
 */
public class ActingUser extends ContributionItem {
	public static final String ID = "org.touchstone.ui.actingUser";
	private Label label;
	private final Runnable update = this::show;

	public ActingUser() {
		super(ID);
	}

	/** Makes another user act, as the status line's menu does; refused outside a shared demo workspace. */
	public static void switchTo(String user) {
		WorkspaceModel model = WorkspaceModel.current();
		String acting = model.workspace().actingUser(user, model.login());
		WorkspaceModel.setCurrent(new WorkspaceModel(model.workspace(), acting, model.login()));
		TenantEditing.changed();
	}

	@Override
	public void fill(Composite parent) {
		label = new Label(parent, SWT.NONE);
		label.setData(StandardEditor.FIELD, "actingUser");
		label.addListener(SWT.MouseDown, e -> menu().setVisible(true));
		TenantEditing.onChange(update);
		show();
	}

	private void show() {
		if (label == null || label.isDisposed()) {
			return;
		}
		WorkspaceModel model = WorkspaceModel.current();
		label.setText(model.user().equals(model.login()) ? NLS.bind(Messages.Acting_user, model.user())
				: NLS.bind(Messages.Acting_userWithLogin, model.user(), model.login()));
		label.getParent().layout();
	}

	private Menu menu() {
		Menu menu = new Menu(label);
		WorkspaceModel model = WorkspaceModel.current();
		String tenant = PublishHandler.tenantOf(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getSelectionService()
				.getSelection(TenantsView.ID));
		for (String name : users(model, tenant)) {
			MenuItem item = new MenuItem(menu, SWT.RADIO);
			item.setText(name);
			item.setSelection(name.equals(model.user()));
			item.addListener(SWT.Selection, e -> {
				try {
					switchTo(name);
				} catch (ImpersonationException ex) {
					MessageDialog.openInformation(label.getShell(), Messages.Acting_title, UiLanguage.text(ex));
				}
			});
		}
		if (menu.getItemCount() == 0) {
			MenuItem item = new MenuItem(menu, SWT.NONE);
			item.setText(Messages.Acting_pickTenant);
			item.setEnabled(false);
		}
		return menu;
	}

	private static List<String> users(WorkspaceModel model, String tenant) {
		List<String> names = new ArrayList<>();
		if (tenant != null) {
			Tenant t = model.workspace().allTenants().stream().filter(x -> x.getId().equals(tenant)).findFirst().orElse(null);
			if (t != null) {
				t.getUsers().stream().map(User::getName).forEach(names::add);
			}
		}
		return names;
	}

	@Override
	public void dispose() {
		TenantEditing.removeOnChange(update);
		super.dispose();
	}
}
