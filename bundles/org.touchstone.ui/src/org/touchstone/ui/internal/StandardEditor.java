package org.touchstone.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.touchstone.core.Context;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.Labels;
import org.touchstone.core.LifecycleStep;
import org.touchstone.core.StandardEdits;
import org.touchstone.core.TenantChangedOnDiskException;
import org.touchstone.core.TouchstoneException;
import org.touchstone.model.Comparison;
import org.touchstone.model.Criterion;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstonePackage.Literals;
import org.touchstone.ui.TenantEditing;
import org.touchstone.ui.WorkspaceModel;

/**
 * A form for a standard's working revision: its texts in Chinese and English, and its first
 * criterion. A field's value becomes an undoable command when the field loses focus (or on Enter
 * in a one-line field), made by core's {@link StandardEdits}, so the same document-control rules
 * hold as on the command line; a refusal shows above the form and the field goes back to the
 * model's value. Save writes through the workspace's write lock; Undo and Redo go through the
 * tenant's command stack, shared with the other editors and views of the tenant.
 */
public class StandardEditor extends EditorPart {
	public static final String ID = "org.touchstone.ui.standardEditor";
	/** The data key under which each field carries its name, so that tests drive the real widgets. */
	public static final String FIELD = "touchstone.field";

	private StandardEditorInput input;
	private Label revision;
	private Label problem;
	private final List<Field> fields = new ArrayList<>();
	private final Runnable onChange = this::modelChanged;
	private Text stepComment;
	private final java.util.Map<LifecycleStep, Button> steps = new java.util.EnumMap<>(LifecycleStep.class);
	private Action undo;
	private Action redo;

	/** One field: its widget, how it reads the model, and the command that writes it. */
	private record Field(Control widget, Function<StandardRevision, String> read, Function<String, Command> write) {
	}

	@Override
	public void init(IEditorSite site, IEditorInput editorInput) throws PartInitException {
		if (!(editorInput instanceof StandardEditorInput standardInput)) {
			throw new PartInitException("not a standard: " + editorInput);
		}
		setSite(site);
		setInput(editorInput);
		this.input = standardInput;
		setPartName(standardInput.key());
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
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		TenantEditing.onChange(onChange);
	}

	/** The workbench's model now: who acts may change while the editor is open (the user switcher). */
	private static WorkspaceModel model() {
		return WorkspaceModel.current();
	}

	private Context context() {
		return model().context(input.tenant());
	}

	private BasicCommandStack stack() {
		return TenantEditing.stack(input.tenant());
	}

	/** The standard being edited, looked up each time: the tenant in memory is the one the commands change. */
	public ServiceStandard standard() {
		Tenant tenant = model().workspace().read(context());
		return tenant.getStandards().stream().filter(s -> s.getKey().equals(input.key())).findFirst()
				.orElseThrow(() -> new TouchstoneException("no standard " + input.key() + " in " + input.tenant()));
	}

	@Override
	public void createPartControl(Composite parent) {
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite form = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
		revision = new Label(form, SWT.NONE);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(revision);
		problem = new Label(form, SWT.WRAP);
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(problem);
		lifecycle(form);

		header(form, "", Messages.Editor_chinese, Messages.Editor_english);
		texts(form, Messages.Editor_title, "title", Literals.STANDARD_REVISION__TITLE, false);
		texts(form, Messages.Editor_statement, "statement", Literals.STANDARD_REVISION__STATEMENT, true);
		texts(form, Messages.Editor_observation, "observation", Literals.STANDARD_REVISION__OBSERVATION, true);
		criterionTexts(form, Messages.Editor_metric, "metric", Literals.CRITERION__METRIC);
		comparison(form);
		criterionValue(form, Messages.Editor_threshold, "threshold", Literals.CRITERION__THRESHOLD);
		criterionValue(form, Messages.Editor_unit, "unit", Literals.CRITERION__UNIT);
		criterionValue(form, Messages.Editor_complianceTarget, "complianceTarget", Literals.CRITERION__COMPLIANCE_TARGET);

		scroll.setContent(form);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		refresh();
	}

	/**
	 * The document-control steps as buttons, with a comment to record: each enabled when the
	 * acting user may take it now, and otherwise saying why on its tooltip. A step is taken on the
	 * saved tenant, so it waits for unsaved edits to be saved; it is history, not an edit, so it is
	 * not undone and the edits before it leave the undo stack.
	 */
	private void lifecycle(Composite form) {
		new Label(form, SWT.NONE).setText(Messages.Editor_stepComment);
		stepComment = new Text(form, SWT.BORDER);
		stepComment.setData(FIELD, "stepComment");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(stepComment);
		Composite buttons = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(LifecycleStep.values().length).applyTo(buttons);
		for (LifecycleStep step : LifecycleStep.values()) {
			Button button = new Button(buttons, SWT.PUSH);
			button.setText(Messages.step(step));
			button.setData(FIELD, "step." + step.name().toLowerCase(java.util.Locale.ROOT));
			button.addListener(SWT.Selection, e -> take(step));
			steps.put(step, button);
		}
	}

	private void take(LifecycleStep step) {
		try {
			String comment = stepComment.getText().isBlank() ? null : stepComment.getText().strip();
			step.take(new DocumentControl(model().workspace(), java.time.Clock.systemUTC()), context(), input.key(), comment);
			stack().flush();
			stepComment.setText("");
			problem.setText("");
		} catch (TouchstoneException e) {
			problem.setText(e.getMessage());
		}
		modelChanged();
	}

	private static void header(Composite form, String... texts) {
		for (String text : texts) {
			Label label = new Label(form, SWT.NONE);
			label.setText(text);
		}
	}

	private void texts(Composite form, String label, String name, EAttribute chinese, boolean multiLine) {
		new Label(form, SWT.NONE).setText(label);
		EAttribute english = org.touchstone.core.Bilingual.english(chinese);
		text(form, name + ".zh", multiLine, r -> (String) r.eGet(chinese), v -> StandardEdits.setOnRevision(domain(), context(), standard(), chinese, emptyToNull(v)));
		text(form, name + ".en", multiLine, r -> (String) r.eGet(english), v -> StandardEdits.setOnRevision(domain(), context(), standard(), english, emptyToNull(v)));
	}

	private void criterionTexts(Composite form, String label, String name, EAttribute chinese) {
		new Label(form, SWT.NONE).setText(label);
		EAttribute english = org.touchstone.core.Bilingual.english(chinese);
		text(form, name + ".zh", false, r -> criterionValue(r, chinese), v -> StandardEdits.setOnCriterion(domain(), context(), standard(), 0, chinese, emptyToNull(v)));
		text(form, name + ".en", false, r -> criterionValue(r, english), v -> StandardEdits.setOnCriterion(domain(), context(), standard(), 0, english, emptyToNull(v)));
	}

	private void criterionValue(Composite form, String label, String name, EAttribute attribute) {
		new Label(form, SWT.NONE).setText(label);
		text(form, name, false, r -> criterionValue(r, attribute), v -> StandardEdits.setOnCriterion(domain(), context(), standard(), 0, attribute,
				v.isBlank() ? null : EcoreUtil.createFromString(attribute.getEAttributeType(), number(attribute, v.strip()))));
		new Label(form, SWT.NONE);
	}

	/** A number as typed; a percentage sign after a compliance target is allowed. */
	private static String number(EAttribute attribute, String typed) {
		return attribute.getEAttributeType() == EcorePackage.Literals.EDOUBLE_OBJECT ? typed.replace("%", "").strip() : typed;
	}

	private void comparison(Composite form) {
		new Label(form, SWT.NONE).setText(Messages.Editor_comparison);
		Combo combo = new Combo(form, SWT.READ_ONLY);
		combo.setItems(Comparison.VALUES.stream().map(Comparison::getLiteral).toArray(String[]::new));
		combo.setData(FIELD, "comparison");
		Field field = new Field(combo, r -> {
			Criterion c = DocumentControl.primaryCriterion(r);
			return c == null || c.getComparison() == null ? "" : c.getComparison().getLiteral();
		}, v -> StandardEdits.setOnCriterion(domain(), context(), standard(), 0, Literals.CRITERION__COMPARISON, Comparison.get(v)));
		fields.add(field);
		combo.addListener(SWT.Selection, e -> commit(field));
		new Label(form, SWT.NONE);
	}

	private static String criterionValue(StandardRevision r, EAttribute attribute) {
		Criterion c = DocumentControl.primaryCriterion(r);
		Object value = c == null ? null : c.eGet(attribute);
		return value == null ? "" : value instanceof Double d ? org.touchstone.core.RevisionDiff.number(d) : value.toString();
	}

	private void text(Composite form, String name, boolean multiLine, Function<StandardRevision, String> read, Function<String, Command> write) {
		Text text = new Text(form, SWT.BORDER | (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
		text.setData(FIELD, name);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, multiLine ? 48 : SWT.DEFAULT).applyTo(text);
		Field field = new Field(text, read, write);
		fields.add(field);
		text.addListener(SWT.FocusOut, e -> commit(field));
		if (!multiLine) {
			text.addListener(SWT.DefaultSelection, e -> commit(field));
		}
	}

	private org.eclipse.emf.edit.domain.EditingDomain domain() {
		return TenantEditing.domain(input.tenant());
	}

	/** The field's value as a command, when it differs from the model's; a refusal is shown and the field shows the model again. */
	private void commit(Field field) {
		String typed = field.widget() instanceof Text t ? t.getText() : ((Combo) field.widget()).getText();
		String current = field.read().apply(DocumentControl.latest(standard()));
		if (typed.equals(current == null ? "" : current)) {
			return;
		}
		try {
			Command command = field.write().apply(typed);
			if (!command.canExecute()) {
				throw new TouchstoneException(NLS.bind(Messages.Editor_cannotChange, input.key()));
			}
			stack().execute(command);
			problem.setText("");
		} catch (TouchstoneException | IllegalArgumentException e) {
			problem.setText(e.getMessage() == null ? e.toString() : e.getMessage());
			refresh();
		}
	}

	private static String emptyToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Shows the model: after a command, an undo, a redo or a save. */
	private void refresh() {
		if (revision == null || revision.isDisposed()) {
			return;
		}
		StandardRevision r = DocumentControl.latest(standard());
		revision.setText(NLS.bind(Messages.Editor_revision, new Object[] { input.key(), r.getNumber(), Labels.status(r.getStatus(), false), r.getAuthor() }));
		for (Field f : fields) {
			String value = f.read().apply(r);
			value = value == null ? "" : value;
			if (f.widget() instanceof Text t && !t.getText().equals(value)) {
				t.setText(value);
			} else if (f.widget() instanceof Combo c && !c.getText().equals(value)) {
				c.setText(value);
			}
		}
		Tenant tenant = model().workspace().read(context());
		for (java.util.Map.Entry<LifecycleStep, Button> e : steps.entrySet()) {
			String refusal = isDirty() ? Messages.Editor_saveFirst : e.getKey().refusal(tenant, model().user(), standard());
			e.getValue().setEnabled(refusal == null);
			e.getValue().setToolTipText(refusal);
		}
		undo.setEnabled(stack().canUndo());
		redo.setEnabled(stack().canRedo());
	}

	private void modelChanged() {
		if (revision == null || revision.isDisposed()) {
			return;
		}
		refresh();
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			model().workspace().saveEdited(context(), org.touchstone.ui.DiskWatcher.current().keptOverFile(input.tenant()));
			org.touchstone.ui.DiskWatcher.current().saved(input.tenant());
			stack().saveIsDone();
			problem.setText("");
			firePropertyChange(PROP_DIRTY);
		} catch (TenantChangedOnDiskException e) {
			MessageDialog.openWarning(getSite().getShell(), Messages.Editor_saveTitle, e.getMessage());
			monitor.setCanceled(true);
		} catch (TouchstoneException e) {
			problem.setText(e.getMessage());
			monitor.setCanceled(true);
		}
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public boolean isDirty() {
		return TenantEditing.isDirty(input.tenant());
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		fields.get(0).widget().setFocus();
	}

	@Override
	public void dispose() {
		TenantEditing.removeOnChange(onChange);
		super.dispose();
	}
}
