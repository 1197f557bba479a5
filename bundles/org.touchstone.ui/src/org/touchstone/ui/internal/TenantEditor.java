package org.touchstone.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.touchstone.core.Context;
import org.touchstone.core.TenantChangedOnDiskException;
import org.touchstone.core.TouchstoneException;
import org.touchstone.model.Tenant;
import org.touchstone.ui.DiskWatcher;
import org.touchstone.ui.TenantEditing;
import org.touchstone.ui.WorkspaceModel;

/**
 * What the editors of a tenant's elements share: the tenant's command stack for Undo and Redo, the
 * dirty state and Save through the workspace's write lock, a line for refusals, and fields whose
 * value becomes an undoable command when the field is left (or on Enter in a one-line field). The
 * element is looked up by key whenever it is needed: the tenant may have been read again.
 */
public abstract class TenantEditor extends EditorPart {
	/** The data key under which each field carries its name, so that tests drive the real widgets. */
	public static final String FIELD = "touchstone.field";
	/** The width a text field asks for: the form grows from there, and two of them side by side fit an editor beside the navigator. */
	protected static final int FIELD_WIDTH = 260;

	private ElementEditorInput input;
	private Label problem;
	private final List<Field> fields = new ArrayList<>();
	private final Runnable onChange = this::modelChanged;
	private Action undo;
	private Action redo;

	/** One field: its widget, how it reads the model, and the command that writes a typed value. */
	private record Field(Control widget, Supplier<String> read, Function<String, Command> write) {
	}

	@Override
	public void init(IEditorSite site, IEditorInput editorInput) throws PartInitException {
		if (!(editorInput instanceof ElementEditorInput elementInput)) {
			throw new PartInitException("not an element of a tenant: " + editorInput);
		}
		setSite(site);
		setInput(editorInput);
		this.input = elementInput;
		setPartName(elementInput.key());
		undo = new Action() {
			@Override
			public void run() {
				stack().undo();
			}
		};
		redo = new Action() {
			@Override
			public void run() {
				stack().redo();
			}
		};
		Action revert = new Action() {
			@Override
			public void run() {
				if (isDirty() && MessageDialog.openConfirm(getSite().getShell(), Messages.Editor_revertTitle, NLS.bind(Messages.Editor_revert, tenantId()))) {
					revert();
				}
			}
		};
		// File > Revert, Edit > Undo and Redo (and their keys) act on this editor while it is active.
		org.eclipse.ui.handlers.IHandlerService handlers = site.getService(org.eclipse.ui.handlers.IHandlerService.class);
		handlers.activateHandler(org.eclipse.ui.IWorkbenchCommandConstants.FILE_REVERT, new org.eclipse.jface.commands.ActionHandler(revert));
		handlers.activateHandler(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO, new org.eclipse.jface.commands.ActionHandler(undo));
		handlers.activateHandler(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_REDO, new org.eclipse.jface.commands.ActionHandler(redo));
		TenantEditing.onChange(onChange);
		TenantEditing.onFindingsChanged(onFindings);
	}

	/** The findings were brought up to date: editors that mark their fields show them again. */
	private final java.util.function.Consumer<java.util.Collection<?>> onFindings = elements -> modelChanged();

	/** Shows the model in the form's own parts (the fields are refreshed by this class). */
	protected abstract void refreshForm();

	public String tenantId() {
		return input.tenant();
	}

	public String key() {
		return input.key();
	}

	/** The workbench's model now: who acts may change while the editor is open (the user switcher). */
	protected static WorkspaceModel model() {
		return WorkspaceModel.current();
	}

	protected Context context() {
		return model().context(input.tenant());
	}

	protected Tenant tenant() {
		return model().workspace().read(context());
	}

	protected BasicCommandStack stack() {
		return TenantEditing.stack(input.tenant());
	}

	protected EditingDomain domain() {
		return TenantEditing.domain(input.tenant());
	}

	/** The heads of a three-column form's language columns: nothing over the labels, then Chinese and English. */
	protected static void languageHeads(Composite form) {
		new Label(form, SWT.NONE);
		new Label(form, SWT.NONE).setText(Messages.Editor_chinese);
		new Label(form, SWT.NONE).setText(Messages.Editor_english);
	}

	/** The line above the form where a refusal is shown. */
	protected Label problemLine(Composite form, int span) {
		problem = new Label(form, SWT.WRAP);
		problem.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		// a width to wrap at: a long refusal would otherwise widen the form to one line of it
		GridDataFactory.fillDefaults().span(span, 1).grab(true, false).hint(2 * FIELD_WIDTH, SWT.DEFAULT).applyTo(problem);
		return problem;
	}

	protected void showProblem(String message) {
		problem.setText(message == null ? "" : message);
		problem.getParent().layout();
	}

	/** A text field bound to the model: {@code read} shows it, {@code write} makes the command for a typed value. */
	protected Text text(Composite form, String name, boolean multiLine, Supplier<String> read, Function<String, Command> write) {
		Text text = new Text(form, SWT.BORDER | (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
		text.setData(FIELD, name);
		GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, multiLine ? 48 : SWT.DEFAULT).applyTo(text);
		Field field = new Field(text, read, write);
		fields.add(field);
		text.addListener(SWT.FocusOut, e -> commit(field));
		if (!multiLine) {
			text.addListener(SWT.DefaultSelection, e -> commit(field));
		}
		return text;
	}

	/** A push button named for tests, running an action. */
	protected static org.eclipse.swt.widgets.Button button(Composite parent, String label, String id, Runnable action) {
		org.eclipse.swt.widgets.Button button = new org.eclipse.swt.widgets.Button(parent, SWT.PUSH);
		button.setText(label);
		button.setData(FIELD, id);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	/** A read-only choice bound to the model. */
	protected Combo choice(Composite form, String name, String[] items, Supplier<String> read, Function<String, Command> write) {
		Combo combo = new Combo(form, SWT.READ_ONLY);
		combo.setItems(items);
		combo.setData(FIELD, name);
		// As wide as a text field, whatever its longest item: a long name is shown whole in the list.
		GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(combo);
		Field field = new Field(combo, read, write);
		fields.add(field);
		combo.addListener(SWT.Selection, e -> commit(field));
		return combo;
	}

	/**
	 * A read-only choice of one of a model enumeration's values, each shown by its name in the
	 * workbench's language ({@code 基本}, {@code Basic}) rather than its literal ({@code basic}).
	 */
	protected <E extends org.eclipse.emf.common.util.Enumerator> Combo choice(Composite form, String name, List<E> values, Supplier<E> read,
			Function<E, Command> write) {
		boolean zh = UiLanguage.chinese();
		Function<E, String> shown = value -> value == null ? "" : org.touchstone.core.Labels.of(value, zh);
		return choice(form, name, values.stream().map(shown).toArray(String[]::new), () -> shown.apply(read.get()),
				typed -> write.apply(values.stream().filter(v -> shown.apply(v).equals(typed)).findFirst().orElse(null)));
	}

	/**
	 * Why the acting user may not change this element at all, or null: by default, a user without
	 * the write permission in the tenant. The fields are then read-only, and say why.
	 */
	protected String readOnlyReason() {
		Tenant tenant = tenant();
		if (org.touchstone.core.Access.allows(tenant, model().user(), org.touchstone.core.Permission.WRITE)) {
			return null;
		}
		return NLS.bind(Messages.Editor_readOnly, model().user());
	}

	/** Whether a change may go ahead; an editor asks the user here when a change has consequences (a new revision). */
	protected boolean mayChange() {
		return true;
	}

	/** Runs a command on the tenant's stack; a refusal is shown, and the form shows the model again. */
	protected void execute(Supplier<Command> command) {
		if (!mayChange()) {
			refresh();
			return;
		}
		try {
			Command c = command.get();
			if (!c.canExecute()) {
				throw new TouchstoneException(NLS.bind(Messages.Editor_cannotChange, key()));
			}
			stack().execute(c);
			showProblem(null);
		} catch (TouchstoneException | IllegalArgumentException e) {
			showProblem(UiLanguage.text(e));
			refresh();
		}
	}

	private void commit(Field field) {
		String typed = field.widget() instanceof Text t ? t.getText() : ((Combo) field.widget()).getText();
		String current = field.read().get();
		if (typed.equals(current == null ? "" : current)) {
			return;
		}
		execute(() -> field.write().apply(typed));
	}

	protected static String emptyToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Shows the model: after a command, an undo, a redo, a save or a new read of the tenant. */
	protected void refresh() {
		if (problem == null || problem.isDisposed()) {
			return;
		}
		for (Field f : fields) {
			String value = f.read().get();
			value = value == null ? "" : value;
			if (f.widget() instanceof Text t && !t.getText().equals(value)) {
				t.setText(value);
			} else if (f.widget() instanceof Combo c && !c.getText().equals(value)) {
				c.setText(value);
			}
		}
		String readOnly = readOnlyReason();
		for (Field f : fields) {
			if (f.widget() instanceof Text t) {
				t.setEditable(readOnly == null);
			} else {
				f.widget().setEnabled(readOnly == null);
			}
			f.widget().setToolTipText(readOnly);
		}
		refreshForm();
		undo.setEnabled(stack().canUndo());
		redo.setEnabled(stack().canRedo());
	}

	private void modelChanged() {
		if (problem == null || problem.isDisposed()) {
			return;
		}
		refresh();
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			model().workspace().saveEdited(context(), DiskWatcher.current().keptOverFile(tenantId()));
			DiskWatcher.current().saved(tenantId());
			stack().saveIsDone();
			showProblem(null);
			firePropertyChange(PROP_DIRTY);
			TenantEditing.saved(tenantId());
		} catch (TenantChangedOnDiskException e) {
			MessageDialog.openWarning(getSite().getShell(), Messages.Editor_saveTitle, UiLanguage.text(e));
			monitor.setCanceled(true);
		} catch (TouchstoneException e) {
			showProblem(UiLanguage.text(e));
			monitor.setCanceled(true);
		}
	}

	/** Drops the tenant's unsaved edits: it is read again from its file, and every editor and view of it follows. */
	public void revert() {
		model().workspace().readAgain(tenantId());
		showProblem(null);
		TenantEditing.changed();
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public boolean isDirty() {
		return TenantEditing.isDirty(tenantId());
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		if (!fields.isEmpty()) {
			fields.get(0).widget().setFocus();
		}
	}

	@Override
	public void dispose() {
		TenantEditing.removeOnChange(onChange);
		TenantEditing.removeOnFindingsChanged(onFindings);
		super.dispose();
	}
}
