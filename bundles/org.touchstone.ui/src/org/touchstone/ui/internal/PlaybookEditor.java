package org.touchstone.ui.internal;

import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.touchstone.core.Bilingual;
import org.touchstone.core.ElementEdits;
import org.touchstone.core.TouchstoneException;
import org.touchstone.model.FailureType;
import org.touchstone.model.PlaybookStep;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.TouchstonePackage.Literals;

/**
 * A form for a recovery playbook: its texts in both languages, its failure type, and the table of
 * its steps (who, what in Chinese and English, within how many minutes), where steps are added,
 * removed and moved; every change an undoable command made by core's {@link ElementEdits}.
 */
public class PlaybookEditor extends TenantEditor {
	public static final String ID = "org.touchstone.ui.playbookEditor";

	private TableViewer steps;

	/** The playbook being edited, looked up each time: the tenant may have been read again. */
	public RecoveryPlaybook playbook() {
		return tenant().getPlaybooks().stream().filter(p -> p.getKey().equals(key())).findFirst()
				.orElseThrow(() -> new org.touchstone.core.NotFoundException(org.touchstone.core.CoreMessage.of("element.notFound", key(), tenantId())));
	}

	@Override
	public void createPartControl(Composite parent) {
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite form = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
		problemLine(form, 3);
		languageHeads(form);
		texts(form, Messages.Editor_title, "title", Literals.RECOVERY_PLAYBOOK__TITLE, false);
		texts(form, Messages.Playbook_trigger, "trigger", Literals.RECOVERY_PLAYBOOK__TRIGGER, true);
		texts(form, Messages.Playbook_empowerment, "empowermentLimit", Literals.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT, true);
		texts(form, Messages.Playbook_escalation, "escalation", Literals.RECOVERY_PLAYBOOK__ESCALATION, true);
		new Label(form, SWT.NONE).setText(Messages.Playbook_failureType);
		choice(form, "failureType", FailureType.VALUES, () -> playbook().getFailureType(),
				v -> ElementEdits.set(domain(), context(), playbook(), Literals.RECOVERY_PLAYBOOK__FAILURE_TYPE, v));
		new Label(form, SWT.NONE);

		Label stepsLabel = new Label(form, SWT.NONE);
		stepsLabel.setText(Messages.Playbook_steps);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(stepsLabel);
		steps = new TableViewer(form, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		steps.getTable().setHeaderVisible(true);
		steps.getTable().setLinesVisible(true);
		steps.getTable().setData(FIELD, "steps");
		steps.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Playbook_owner, 140, Literals.PLAYBOOK_STEP__OWNER_ROLE);
		column(Messages.Playbook_actionZh, 260, Literals.PLAYBOOK_STEP__ACTION);
		column(Messages.Playbook_actionEn, 260, Bilingual.english(Literals.PLAYBOOK_STEP__ACTION));
		column(Messages.Playbook_minutes, 80, Literals.PLAYBOOK_STEP__TIME_LIMIT_MINUTES);
		// as wide as the two language columns ask, filling what the editor has: the table scrolls its
		// columns itself, where the whole form would otherwise scroll sideways beside the navigator
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(2 * FIELD_WIDTH, 160).applyTo(steps.getControl());

		DragToReorder.install(steps, e -> e instanceof PlaybookStep, (moved, target) -> {
			execute(() -> ElementEdits.moveStep(domain(), context(), (PlaybookStep) moved, playbook().getSteps().indexOf(target)));
			return true;
		});
		Composite buttons = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(buttons);
		button(buttons, Messages.Playbook_addStep, "step.add", () -> {
			int at = selectedIndex() < 0 ? playbook().getSteps().size() : selectedIndex() + 1;
			execute(() -> ElementEdits.addStep(domain(), context(), playbook(), at, Messages.Playbook_newStep));
			select(at);
		});
		button(buttons, Messages.Playbook_removeStep, "step.remove", () -> {
			PlaybookStep step = selected();
			if (step != null) {
				execute(() -> ElementEdits.removeStep(domain(), context(), step));
			}
		});
		button(buttons, Messages.Playbook_up, "step.up", () -> move(-1));
		button(buttons, Messages.Playbook_down, "step.down", () -> move(1));

		scroll.setContent(form);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		refresh();
	}

	private void texts(Composite form, String label, String name, EAttribute chinese, boolean multiLine) {
		new Label(form, SWT.NONE).setText(label);
		EAttribute english = Bilingual.english(chinese);
		text(form, name + ".zh", multiLine, () -> (String) playbook().eGet(chinese),
				v -> ElementEdits.set(domain(), context(), playbook(), chinese, emptyToNull(v)));
		text(form, name + ".en", multiLine, () -> (String) playbook().eGet(english),
				v -> ElementEdits.set(domain(), context(), playbook(), english, emptyToNull(v)));
	}

	private void column(String title, int width, EAttribute attribute) {
		TableViewerColumn column = new TableViewerColumn(steps, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		Function<Object, String> text = element -> {
			Object value = ((PlaybookStep) element).eGet(attribute);
			return value == null || Integer.valueOf(0).equals(value) ? "" : value.toString();
		};
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
		column.setEditingSupport(new EditingSupport(steps) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new TextCellEditor(steps.getTable());
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return text.apply(element);
			}

			@Override
			protected void setValue(Object element, Object value) {
				String typed = String.valueOf(value).strip();
				if (typed.equals(text.apply(element))) {
					return;
				}
				execute(() -> ElementEdits.set(domain(), context(), element instanceof PlaybookStep s ? s : null, attribute,
						attribute.getEAttributeType().getInstanceClass() == int.class ? Integer.valueOf(typed.isEmpty() ? "0" : typed) : emptyToNull(typed)));
			}
		});
	}


	private PlaybookStep selected() {
		return (PlaybookStep) ((IStructuredSelection) steps.getSelection()).getFirstElement();
	}

	private int selectedIndex() {
		PlaybookStep step = selected();
		return step == null ? -1 : playbook().getSteps().indexOf(step);
	}

	private void select(int index) {
		if (index >= 0 && index < playbook().getSteps().size()) {
			steps.setSelection(new StructuredSelection(playbook().getSteps().get(index)), true);
		}
	}

	private void move(int by) {
		PlaybookStep step = selected();
		int to = selectedIndex() + by;
		if (step != null && to >= 0 && to < playbook().getSteps().size()) {
			execute(() -> ElementEdits.moveStep(domain(), context(), step, to));
			select(to);
		}
	}

	/** The steps as the table shows them, in order: "owner: action", for tests and for a plain summary. */
	public java.util.List<String> rows() {
		java.util.List<String> rows = new java.util.ArrayList<>();
		for (org.eclipse.swt.widgets.TableItem item : steps.getTable().getItems()) {
			rows.add(item.getText(0) + ": " + item.getText(1));
		}
		return rows;
	}

	@Override
	protected void refreshForm() {
		if (steps != null && !steps.getControl().isDisposed()) {
			steps.setInput(playbook().getSteps().toArray());
		}
	}
}
