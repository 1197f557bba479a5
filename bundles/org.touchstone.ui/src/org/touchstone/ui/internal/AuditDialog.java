package org.touchstone.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.touchstone.core.Bilingual;
import org.touchstone.model.Site;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstonePackage.Literals;
import org.touchstone.results.AuditForm;
import org.touchstone.results.AuditFormFiles;
import org.touchstone.results.AuditItem;
import org.touchstone.results.Observation;
import org.touchstone.results.Results;
import org.touchstone.ui.WorkspaceModel;

/**
 * Records an audit in the workbench: the site and day pick the form (the standards in force there
 * then, with the site's thresholds), the observer types a value per item observed, and OK brings
 * them in through the same checks as an imported file, all or nothing. A refused value is named in
 * the dialog, which stays open with everything typed.
 */
public class AuditDialog extends TitleAreaDialog {
	/** The widget's name, for tests and for screen readers' sake of a stable handle. */
	public static final String FIELD = "org.touchstone.ui.auditField";

	private final String tenant;
	private Combo site;
	private DateTime day;
	private Text time;
	private Text observer;
	private TableViewer items;
	private AuditForm form;
	private final Map<AuditItem, String> values = new HashMap<>();
	private final Map<AuditItem, String> notes = new HashMap<>();
	private List<Observation> recorded = List.of();

	public AuditDialog(Shell shell, String tenant) {
		super(shell);
		this.tenant = tenant;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	private Tenant tenantObject() {
		WorkspaceModel model = WorkspaceModel.current();
		return model.workspace().read(model.context(tenant));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		getShell().setText(Messages.Audit_title);
		setTitle(Messages.Audit_title);
		setMessage(NLS.bind(Messages.Audit_message, tenant));
		Composite area = (Composite) super.createDialogArea(parent);
		Composite top = new Composite(area, SWT.NONE);
		top.setLayout(new GridLayout(8, false));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		new Label(top, SWT.NONE).setText(Messages.Dashboard_site);
		site = new Combo(top, SWT.READ_ONLY);
		site.setData(FIELD, "site");
		for (Site s : tenantObject().getSites()) {
			site.add(s.getKey() + " " + Bilingual.of(s, Literals.SITE__NAME).shown(UiLanguage.current()).text());
		}
		new Label(top, SWT.NONE).setText(Messages.Audit_day);
		day = new DateTime(top, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		day.setData(FIELD, "day");
		new Label(top, SWT.NONE).setText(Messages.Audit_time);
		time = new Text(top, SWT.BORDER);
		time.setData(FIELD, "time");
		time.setText("10:00");
		GridDataFactory.swtDefaults().hint(60, SWT.DEFAULT).applyTo(time);
		new Label(top, SWT.NONE).setText(Messages.Dashboard_observer);
		observer = new Text(top, SWT.BORDER);
		observer.setData(FIELD, "observer");
		observer.setText(WorkspaceModel.current().user());
		GridDataFactory.swtDefaults().hint(140, SWT.DEFAULT).applyTo(observer);
		site.addListener(SWT.Selection, e -> loadForm());
		day.addListener(SWT.Selection, e -> loadForm());

		items = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		items.getTable().setData(FIELD, "items");
		items.getTable().setHeaderVisible(true);
		items.getTable().setLinesVisible(true);
		items.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Dashboard_standard, 110, i -> i.standard() + " r" + i.revision() + "." + i.criterion(), null);
		column(Messages.Audit_requirement, 380, i -> AuditFormFiles.requirement(i, UiLanguage.current()), null);
		column(Messages.Dashboard_value, 90, i -> values.getOrDefault(i, ""), values);
		column(Messages.Audit_note, 200, i -> notes.getOrDefault(i, ""), notes);
		GridDataFactory.fillDefaults().grab(true, true).hint(820, 360).applyTo(items.getControl());
		if (site.getItemCount() > 0) {
			site.select(0);
			loadForm();
		} else {
			setErrorMessage(NLS.bind(Messages.Audit_noSites, tenant));
		}
		return area;
	}

	private void column(String title, int width, Function<AuditItem, String> text, Map<AuditItem, String> edited) {
		TableViewerColumn column = new TableViewerColumn(items, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((AuditItem) element);
			}
		});
		if (edited != null) {
			column.setEditingSupport(new EditingSupport(items) {
				@Override
				protected CellEditor getCellEditor(Object element) {
					return new TextCellEditor(items.getTable());
				}

				@Override
				protected boolean canEdit(Object element) {
					return true;
				}

				@Override
				protected Object getValue(Object element) {
					return edited.getOrDefault((AuditItem) element, "");
				}

				@Override
				protected void setValue(Object element, Object value) {
					edited.put((AuditItem) element, String.valueOf(value).strip());
					items.update(element, null);
				}
			});
		}
	}

	/** The form for the chosen site and day; values typed for items still on it are kept. */
	private void loadForm() {
		if (site.getSelectionIndex() < 0) {
			return;
		}
		String key = site.getItem(site.getSelectionIndex()).split(" ", 2)[0];
		WorkspaceModel model = WorkspaceModel.current();
		form = new Results(model.workspace()).form(model.context(tenant), key, chosenDay());
		items.setInput(form.items());
		setMessage(NLS.bind(Messages.Audit_form, form.id(), form.items().size()));
	}

	private LocalDate chosenDay() {
		return LocalDate.of(day.getYear(), day.getMonth() + 1, day.getDay());
	}

	/** Types a value against the form's n-th item, as the table's cell editor does; for tests. */
	public void enter(int item, String value) {
		values.put(form.items().get(item), value);
		items.refresh();
	}

	/** Chooses the site and the day, as the combo and the date field do; for tests. */
	public void choose(String siteKey, LocalDate date) {
		for (int i = 0; i < site.getItemCount(); i++) {
			if (site.getItem(i).startsWith(siteKey + " ")) {
				site.select(i);
			}
		}
		day.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
		loadForm();
	}

	public AuditForm form() {
		return form;
	}

	/** What OK brought in; empty until then. */
	public List<Observation> recorded() {
		return recorded;
	}

	@Override
	protected void okPressed() {
		if (form == null) {
			return;
		}
		List<Results.Entry> entries = new ArrayList<>();
		String at = chosenDay() + " " + time.getText().strip();
		for (AuditItem item : form.items()) {
			String value = values.getOrDefault(item, "");
			if (!value.isEmpty()) {
				entries.add(new Results.Entry(item, value, at, notes.get(item)));
			}
		}
		if (entries.isEmpty()) {
			setErrorMessage(Messages.Audit_nothing);
			return;
		}
		try {
			WorkspaceModel model = WorkspaceModel.current();
			recorded = new Results(model.workspace()).recordForm(model.context(tenant), form, entries, observer.getText().strip());
		} catch (RuntimeException e) {
			// Nothing was kept; everything typed stays in the dialog to be put right.
			setErrorMessage(UiLanguage.text(e));
			return;
		}
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Audit_record, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}
