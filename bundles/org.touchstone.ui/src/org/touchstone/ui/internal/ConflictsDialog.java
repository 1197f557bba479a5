package org.touchstone.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.touchstone.team.Conflict;
import org.touchstone.team.TenantGit;

/**
 * The fields both sides changed, one row each (element, field, your value, theirs, who changed it
 * there and when, in the words of {@code standard diff}), and the choice of whose to keep. Nothing
 * was merged while the dialog is open: the tenant is as it was.
 */
final class ConflictsDialog extends MessageDialog {
	private final List<Conflict> conflicts;
	private Table table;

	ConflictsDialog(Shell parent, String tenant, List<Conflict> conflicts) {
		super(parent, Messages.Team_conflictsTitle, null, NLS.bind(Messages.Team_conflictsMessage, tenant), MessageDialog.WARNING, 2, Messages.Team_keepMine,
				Messages.Team_keepTheirs, IDialogConstants.CANCEL_LABEL);
		this.conflicts = conflicts;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected Control createCustomArea(Composite parent) {
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : new String[] { Messages.Team_element, Messages.Team_field, Messages.Team_mine, Messages.Team_theirs, Messages.Team_who,
				Messages.Team_when }) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(title);
		}
		for (Conflict c : conflicts) {
			TableItem row = new TableItem(table, SWT.NONE);
			row.setText(new String[] { c.element(), c.field() == null ? Messages.Team_whole : c.field(), String.valueOf(c.mine() == null ? "" : c.mine()),
					String.valueOf(c.theirs() == null ? "" : c.theirs()), c.theirAuthor(), c.theirTime() == null ? "" : c.theirTime().toString() });
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 160).applyTo(table);
		return table;
	}

	/** Opens the dialog: whose version to keep, or NONE when cancelled. */
	TenantGit.Keep choose() {
		return switch (open()) {
		case 0 -> TenantGit.Keep.MINE;
		case 1 -> TenantGit.Keep.THEIRS;
		default -> TenantGit.Keep.NONE;
		};
	}

	/** The rows shown, as text, for a test to read. */
	List<String> rows() {
		return java.util.Arrays.stream(table.getItems()).map(i -> String.join(" | ", i.getText(0), i.getText(1), i.getText(2), i.getText(3))).toList();
	}
}
