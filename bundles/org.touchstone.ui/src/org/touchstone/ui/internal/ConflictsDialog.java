package org.touchstone.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.touchstone.team.Conflict;
import org.touchstone.team.TenantGit;

/**
 * What both sides changed, one row each (element, field, your value, theirs, who changed it there
 * and when, in the words of {@code standard diff}), with a choice per row of whose to keep, or one
 * side for all; in a text field's row a new text may be typed in place of either. Nothing was
 * merged while the dialog is open: the tenant is as it was. Each row's choice is a drop-down whose
 * data is {@code keep:} and the conflict's {@link Conflict#id()}.
 */
public final class ConflictsDialog extends MessageDialog {
	/** The buttons, in order. */
	private static final int ALL_MINE = 0;
	private static final int ALL_THEIRS = 1;
	private static final int APPLY = 2;

	private final List<Conflict> conflicts;
	private final Map<String, CCombo> choices = new LinkedHashMap<>();
	private TenantGit.Choices chosen;

	public ConflictsDialog(Shell parent, String tenant, List<Conflict> conflicts) {
		super(parent, Messages.Team_conflictsTitle, null, NLS.bind(Messages.Team_conflictsMessage, tenant), MessageDialog.WARNING, APPLY,
				Messages.Team_keepMine, Messages.Team_keepTheirs, Messages.Team_applyChoices, IDialogConstants.CANCEL_LABEL);
		this.conflicts = conflicts;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected Control createCustomArea(Composite parent) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		// The choice comes right after what it is about, so it is seen without scrolling.
		for (String title : new String[] { Messages.Team_element, Messages.Team_field, Messages.Team_keep, Messages.Team_mine, Messages.Team_theirs,
				Messages.Team_who, Messages.Team_when }) {
			new TableColumn(table, SWT.LEFT).setText(title);
		}
		for (Conflict c : conflicts) {
			TableItem row = new TableItem(table, SWT.NONE);
			row.setText(new String[] { c.element(), c.field() == null ? Messages.Team_whole : c.field(), "", c.mine() == null ? "" : c.mine(),
					c.theirs() == null ? "" : c.theirs(), c.theirAuthor(), c.theirTime() == null ? "" : c.theirTime().toString() });
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		table.getColumn(2).setWidth(110);
		for (int i = 0; i < conflicts.size(); i++) {
			// Yours, theirs, or for a text field a new text typed in its place.
			CCombo keep = new CCombo(table, SWT.FLAT);
			keep.setItems(new String[] { Messages.Team_mine, Messages.Team_theirs });
			keep.select(0);
			keep.setToolTipText(Messages.Team_keepTooltip);
			keep.setData("keep:" + conflicts.get(i).id());
			TableEditor editor = new TableEditor(table);
			editor.grabHorizontal = true;
			editor.setEditor(keep, table.getItem(i), 2);
			choices.put(conflicts.get(i).id(), keep);
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(720, 160).applyTo(table);
		return table;
	}

	@Override
	protected void buttonPressed(int buttonId) {
		chosen = switch (buttonId) {
		case ALL_MINE -> TenantGit.Choices.all(TenantGit.Keep.MINE);
		case ALL_THEIRS -> TenantGit.Choices.all(TenantGit.Keep.THEIRS);
		case APPLY -> {
			Map<String, TenantGit.Keep> each = new LinkedHashMap<>();
			Map<String, String> written = new LinkedHashMap<>();
			choices.forEach((id, keep) -> {
				String text = keep.getText();
				if (text.equals(Messages.Team_theirs)) {
					each.put(id, TenantGit.Keep.THEIRS);
				} else if (text.equals(Messages.Team_mine)) {
					each.put(id, TenantGit.Keep.MINE);
				} else {
					written.put(id, text);
				}
			});
			yield new TenantGit.Choices(TenantGit.Keep.NONE, each, written);
		}
		default -> null;
		};
		super.buttonPressed(buttonId);
	}

	/** Opens the dialog and returns what the user chose, or null when they cancelled. */
	public TenantGit.Choices choose() {
		open();
		return chosen;
	}

	/** What the user chose once a button closed the dialog (null: cancelled, or not yet closed). */
	public TenantGit.Choices chosen() {
		return chosen;
	}
}
