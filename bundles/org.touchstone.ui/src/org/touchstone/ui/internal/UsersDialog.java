package org.touchstone.ui.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.touchstone.core.Labels;
import org.touchstone.core.TenantUsers;
import org.touchstone.core.TouchstoneException;
import org.touchstone.model.Role;
import org.touchstone.model.User;
import org.touchstone.ui.TenantEditing;
import org.touchstone.ui.WorkspaceModel;

/**
 * The users of a tenant and their roles: add a user, remove one, change a user's roles. The rules
 * are core's ({@link TenantUsers}): only an admin changes anything and the last admin stays; a
 * refusal is shown as the dialog's error message and nothing changes. Each change is saved at once,
 * through the same write lock and atomic save as the command line.
 */
public class UsersDialog extends TitleAreaDialog {
	/** The data key under which each input carries its name, so that tests drive the real widgets. */
	public static final String WIDGET = "touchstone.widget";

	private final WorkspaceModel model;
	private final String tenant;
	private final TenantUsers users;
	private TableViewer table;
	private Text name;
	private Text displayName;
	private final Map<Role, Button> roles = new EnumMap<>(Role.class);

	public UsersDialog(Shell parent, WorkspaceModel model, String tenant) {
		super(parent);
		this.model = model;
		this.tenant = tenant;
		this.users = new TenantUsers(model.workspace());
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.Users_title, tenant));
		setMessage(Messages.Users_message);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

		table = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.getTable().setHeaderVisible(true);
		column(Messages.Users_name, 140, u -> u.getName());
		column(Messages.Users_displayName, 160, u -> u.getDisplayName() == null ? "" : u.getDisplayName());
		column(Messages.Users_roles, 260, UsersDialog::roleNames);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(560, 220).applyTo(table.getControl());
		table.addSelectionChangedListener(e -> show((User) ((IStructuredSelection) e.getSelection()).getFirstElement()));

		new Label(body, SWT.NONE).setText(Messages.Users_name + ":");
		name = input(body, "name");
		new Label(body, SWT.NONE).setText(Messages.Users_displayName + ":");
		displayName = input(body, "displayName");
		new Label(body, SWT.NONE).setText(Messages.Users_roles + ":");
		Composite checks = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(Role.VALUES.size()).applyTo(checks);
		for (Role role : Role.VALUES) {
			Button check = new Button(checks, SWT.CHECK);
			check.setText(Labels.of(role, UiLanguage.chinese()));
			check.setData(WIDGET, "role." + role.getLiteral());
			roles.put(role, check);
		}

		Composite buttons = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
		button(buttons, Messages.Users_add, "add", this::add);
		button(buttons, Messages.Users_applyRoles, "applyRoles", this::applyRoles);
		button(buttons, Messages.Users_remove, "remove", this::remove);
		refresh();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int id) {
		if (id == IDialogConstants.CLOSE_ID) {
			close();
		}
		super.buttonPressed(id);
	}

	private void column(String title, int width, java.util.function.Function<User, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((User) element);
			}
		});
	}

	private static Text input(Composite parent, String id) {
		Text text = new Text(parent, SWT.BORDER);
		text.setData(WIDGET, id);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	private static void button(Composite parent, String label, String id, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.setData(WIDGET, id);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private void show(User user) {
		if (user == null) {
			return;
		}
		name.setText(user.getName());
		displayName.setText(user.getDisplayName() == null ? "" : user.getDisplayName());
		roles.forEach((role, check) -> check.setSelection(user.getRoles().contains(role)));
	}

	private List<Role> checkedRoles() {
		List<Role> checked = new ArrayList<>();
		roles.forEach((role, check) -> {
			if (check.getSelection()) {
				checked.add(role);
			}
		});
		return checked;
	}

	private void add() {
		act(() -> users.add(model.context(tenant), name.getText().strip(), displayName.getText(), checkedRoles()));
	}

	/** Gives the user named in the form exactly the roles ticked: the missing ones granted, the others revoked. */
	private void applyRoles() {
		act(() -> {
			String who = name.getText().strip();
			List<Role> wanted = checkedRoles();
			List<Role> held = users.list(model.context(tenant)).stream().filter(u -> u.getName().equals(who)).findFirst()
					.map(u -> List.copyOf(u.getRoles())).orElse(List.of());
			List<Role> grant = wanted.stream().filter(r -> !held.contains(r)).toList();
			List<Role> revoke = held.stream().filter(r -> !wanted.contains(r)).toList();
			if (!grant.isEmpty() || held.isEmpty()) {
				users.grant(model.context(tenant), who, grant);
			}
			if (!revoke.isEmpty()) {
				users.revoke(model.context(tenant), who, revoke);
			}
		});
	}

	private void remove() {
		act(() -> users.remove(model.context(tenant), name.getText().strip()));
	}

	/** Runs a change; a refusal becomes the error message, and the table shows the tenant as saved. */
	private void act(Runnable change) {
		if (TenantEditing.isDirty(tenant)) {
			setErrorMessage(NLS.bind(Messages.Users_saveFirst, tenant));
			return;
		}
		try {
			change.run();
			setErrorMessage(null);
		} catch (TouchstoneException e) {
			setErrorMessage(UiLanguage.text(e));
		}
		refresh();
	}

	private void refresh() {
		try {
			table.setInput(users.list(model.context(tenant)));
		} catch (TouchstoneException e) {
			setErrorMessage(UiLanguage.text(e));
		}
	}

	/** A user's roles by their names in the workbench's language, as the table shows them. */
	private static String roleNames(User user) {
		boolean zh = UiLanguage.chinese();
		return user.getRoles().stream().map(r -> Labels.of(r, zh)).collect(Collectors.joining(", "));
	}

	/** The table's rows as "name: roles", for tests and for screen readers' sake of a plain summary. */
	public List<String> rows() {
		List<String> rows = new ArrayList<>();
		for (Object o : (List<?>) table.getInput()) {
			User u = (User) o;
			rows.add(u.getName() + ": " + roleNames(u));
		}
		return rows;
	}
}
