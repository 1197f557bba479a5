package org.touchstone.ui.internal;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.touchstone.core.Bilingual;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.Labels;
import org.touchstone.core.LifecycleStep;
import org.touchstone.core.RevisionDiff;
import org.touchstone.core.StandardEdits;
import org.touchstone.core.TouchstoneException;
import org.touchstone.model.Comparison;
import org.touchstone.model.Criterion;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstonePackage.Literals;
import org.touchstone.ui.WorkspaceModel;

/**
 * A form for a standard's working revision: its texts in Chinese and English and its first
 * criterion, as commands made by core's {@link StandardEdits}, so the same document-control rules
 * hold as on the command line; and the document-control steps as buttons, enabled by
 * {@link LifecycleStep} for the acting user.
 */
public class StandardEditor extends TenantEditor {
	public static final String ID = "org.touchstone.ui.standardEditor";

	private Label revision;
	private Text stepComment;
	private final Map<LifecycleStep, Button> steps = new EnumMap<>(LifecycleStep.class);

	/** The standard being edited, looked up each time: the tenant in memory is the one the commands change. */
	public ServiceStandard standard() {
		// Found once: a tenant read again from its file keeps its objects, so this one stays the
		// standard until it leaves the tenant (deleted, or its key changed).
		Tenant tenant = tenant();
		if (standard == null || standard.eContainer() != tenant || !standard.getKey().equals(key())) {
			standard = tenant.getStandards().stream().filter(s -> s.getKey().equals(key())).findFirst()
					.orElseThrow(() -> new org.touchstone.core.NotFoundException(org.touchstone.core.CoreMessage.of("standard.notFound", key(), tenantId())));
		}
		return standard;
	}

	private ServiceStandard standard;

	/**
	 * Asks whether a change to a revision that is no longer a draft may start the next revision; a
	 * test answers in place of the dialog.
	 */
	public static java.util.function.Predicate<String> consent = message -> org.eclipse.jface.dialogs.MessageDialog.openQuestion(
			org.eclipse.swt.widgets.Display.getCurrent().getActiveShell(), Messages.Editor_newRevisionTitle, message);

	@Override
	protected boolean mayChange() {
		StandardRevision latest = working();
		if (latest.getStatus() == org.touchstone.model.Status.DRAFT || latest.getStatus() == org.touchstone.model.Status.IN_REVIEW) {
			return true;
		}
		return consent.test(NLS.bind(Messages.Editor_newRevision, new Object[] { key(), latest.getNumber(),
				Labels.status(latest.getStatus(), UiLanguage.chinese()),
				latest.getNumber() + 1 }));
	}

	@Override
	protected String readOnlyReason() {
		String reason = super.readOnlyReason();
		if (reason != null) {
			return reason;
		}
		StandardRevision latest = working();
		return latest.getStatus() == org.touchstone.model.Status.IN_REVIEW ? NLS.bind(Messages.Editor_inReview, key(), latest.getNumber()) : null;
	}

	private StandardRevision working() {
		return DocumentControl.latest(standard());
	}

	@Override
	public void createPartControl(Composite parent) {
		org.eclipse.swt.custom.CTabFolder tabs = new org.eclipse.swt.custom.CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
		org.eclipse.swt.custom.CTabItem standardTab = new org.eclipse.swt.custom.CTabItem(tabs, SWT.NONE);
		standardTab.setText(Messages.Editor_standardTab);
		org.eclipse.swt.custom.CTabItem revisionsTab = new org.eclipse.swt.custom.CTabItem(tabs, SWT.NONE);
		revisionsTab.setText(Messages.Editor_revisionsTab);
		standardTab.setControl(standardPage(tabs));
		// The Revisions page is made when it is first shown: opening an editor builds one page.
		this.tabs = tabs;
		this.revisionsTab = revisionsTab;
		tabs.addListener(SWT.Selection, e -> {
			if (tabs.getSelection() == revisionsTab) {
				revisions();
			}
		});
		tabs.setSelection(0);
		refresh();
	}

	/**
	 * The history of every revision, newest step first, the differences between any two revisions,
	 * as {@code standard diff} shows them, and, for a tenant kept in Git, every save that changed
	 * the standard (when, whose, what), as {@code standard history} shows them.
	 */
	private Composite revisionsPage(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(page);
		history = rows(page, "history", new String[] { Messages.History_date, Messages.History_revision, Messages.History_step, Messages.History_by,
				Messages.History_note }, new int[] { 100, 70, 170, 170, 360 }, 160);
		new Label(page, SWT.NONE).setText(Messages.Diff_from);
		diffFrom = new org.eclipse.swt.widgets.Combo(page, SWT.READ_ONLY);
		diffFrom.setData(FIELD, "diff.from");
		new Label(page, SWT.NONE).setText(Messages.Diff_to);
		diffTo = new org.eclipse.swt.widgets.Combo(page, SWT.READ_ONLY);
		diffTo.setData(FIELD, "diff.to");
		diff = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		diff.setData(FIELD, "diff");
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(700, 120).applyTo(diff);
		diffFrom.addListener(SWT.Selection, e -> showDiff());
		diffTo.addListener(SWT.Selection, e -> showDiff());
		saves = rows(page, "saves", new String[] { Messages.History_savedAt, Messages.History_savedBy, Messages.History_saveMessage },
				new int[] { 150, 220, 500 }, 120);
		TeamMarks.onChange(readSaves);
		page.addListener(SWT.Dispose, e -> TeamMarks.removeOnChange(readSaves));
		readSaves.run();
		return page;
	}

	/** A read-only table of text rows (each a String[] of its cells) across the page, named {@code field} for tests. */
	private static org.eclipse.jface.viewers.TableViewer rows(Composite page, String field, String[] titles, int[] widths, int height) {
		org.eclipse.jface.viewers.TableViewer table = new org.eclipse.jface.viewers.TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION);
		table.getTable().setHeaderVisible(true);
		table.getTable().setData(FIELD, field);
		table.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
		for (int i = 0; i < titles.length; i++) {
			int column = i;
			org.eclipse.jface.viewers.TableViewerColumn c = new org.eclipse.jface.viewers.TableViewerColumn(table, SWT.NONE);
			c.getColumn().setText(titles[i]);
			c.getColumn().setWidth(widths[i]);
			c.setLabelProvider(new org.eclipse.jface.viewers.ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return ((String[]) element)[column];
				}
			});
		}
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(700, height).applyTo(table.getControl());
		return table;
	}

	private org.eclipse.jface.viewers.TableViewer saves;
	/**
	 * Reads the saves that changed this standard from the tenant's Git history, in a job (the
	 * repository only, never the model), when the page is made and after each save and sync.
	 */
	private final Runnable readSaves = () -> {
		if (saves == null || saves.getControl().isDisposed()) {
			return;
		}
		java.nio.file.Path folder = model().workspace().folder(tenantId());
		String key = standard().getKey();
		org.eclipse.swt.widgets.Display display = saves.getControl().getDisplay();
		org.eclipse.core.runtime.jobs.Job.create(Messages.History_savesJob, monitor -> {
			java.util.List<String[]> rows = new java.util.ArrayList<>();
			try {
				for (org.touchstone.team.TenantGit.Save save : org.touchstone.team.TenantGit.savesOf(folder, key)) {
					rows.add(new String[] { save.at().toString().replace('T', ' ').replaceAll("\\.\\d+Z$|Z$", " UTC"), save.author(), save.message().replace('\n', ' ') });
				}
			} catch (org.touchstone.core.TouchstoneException e) {
				rows.add(new String[] { "", "", UiLanguage.text(e) });
			}
			display.asyncExec(() -> {
				if (!saves.getControl().isDisposed()) {
					saves.setInput(rows.toArray());
				}
			});
			return org.eclipse.core.runtime.Status.OK_STATUS;
		}).schedule();
	};

	private org.eclipse.jface.viewers.TableViewer history;
	private org.eclipse.swt.widgets.Combo diffFrom;
	private org.eclipse.swt.widgets.Combo diffTo;
	private Text diff;

	private void showDiff() {
		ServiceStandard s = standard();
		if (diffFrom.getSelectionIndex() < 0 || diffTo.getSelectionIndex() < 0) {
			diff.setText("");
			return;
		}
		StandardRevision a = s.getRevisions().get(diffFrom.getSelectionIndex());
		StandardRevision b = s.getRevisions().get(diffTo.getSelectionIndex());
		StringBuilder text = new StringBuilder();
		for (RevisionDiff.Change change : RevisionDiff.between(a, b)) {
			text.append(change.in(UiLanguage.current())).append('\n');
		}
		diff.setText(text.length() == 0 ? Messages.Diff_none : text.toString());
	}

	private void refreshRevisions() {
		ServiceStandard s = standard();
		java.util.List<String[]> rows = new java.util.ArrayList<>();
		for (StandardRevision r : s.getRevisions()) {
			for (org.touchstone.model.Transition t : r.getTransitions()) {
				String by = t.getLogin() != null && !t.getLogin().equals(t.getUser()) ? NLS.bind(Messages.Revisions_byLogin, t.getUser(), t.getLogin()) : t.getUser();
				String note = (t.getComment() == null ? "" : t.getComment())
						+ (t.getOverrideReason() == null ? "" : "  " + NLS.bind(Messages.Revisions_override, t.getOverrideReason()));
				boolean zh = UiLanguage.chinese();
				rows.add(new String[] { t.getAt() == null ? "" : t.getAt().toInstant().toString().substring(0, 10), "r" + r.getNumber(),
						org.touchstone.core.Labels.status(t.getFrom(), zh) + " \u2192 " + org.touchstone.core.Labels.status(t.getTo(), zh), by, note.strip() });
			}
		}
		rows.sort((x, y) -> y[0].compareTo(x[0]));
		history.setInput(rows.toArray());
		boolean zh = UiLanguage.chinese();
		String[] names = s.getRevisions().stream().map(r -> "r" + r.getNumber() + " (" + Labels.status(r.getStatus(), zh) + ")").toArray(String[]::new);
		int from = diffFrom.getSelectionIndex();
		int to = diffTo.getSelectionIndex();
		diffFrom.setItems(names);
		diffTo.setItems(names);
		diffFrom.select(from >= 0 && from < names.length ? from : Math.max(0, names.length - 2));
		diffTo.select(to >= 0 && to < names.length ? to : names.length - 1);
		showDiff();
	}

	private org.eclipse.swt.custom.CTabFolder tabs;
	private org.eclipse.swt.custom.CTabItem revisionsTab;

	/** Makes the Revisions page, once, and fills it. */
	private void revisions() {
		if (revisionsTab.getControl() == null) {
			revisionsTab.setControl(revisionsPage(tabs));
			refreshRevisions();
		}
	}

	/** Shows the Revisions page, as a click on its tab does. */
	public void showRevisions() {
		revisions();
		tabs.setSelection(revisionsTab);
	}

	/** Shows the differences between two revisions, as the Revisions page's choices do. */
	public String diff(int fromNumber, int toNumber) {
		revisions();
		ServiceStandard s = standard();
		for (int i = 0; i < s.getRevisions().size(); i++) {
			if (s.getRevisions().get(i).getNumber() == fromNumber) {
				diffFrom.select(i);
			}
			if (s.getRevisions().get(i).getNumber() == toNumber) {
				diffTo.select(i);
			}
		}
		showDiff();
		return diff.getText();
	}

	private Composite standardPage(Composite parent) {
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite form = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
		revision = new Label(form, SWT.NONE);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(revision);
		problemLine(form, 3);
		lifecycle(form);

		languageHeads(form);
		texts(form, Messages.Editor_title, "title", Literals.STANDARD_REVISION__TITLE, false);
		texts(form, Messages.Editor_statement, "statement", Literals.STANDARD_REVISION__STATEMENT, true);
		texts(form, Messages.Editor_observation, "observation", Literals.STANDARD_REVISION__OBSERVATION, true);
		criterionTexts(form, Messages.Editor_metric, "metric", Literals.CRITERION__METRIC);
		new Label(form, SWT.NONE).setText(Messages.Editor_comparison);
		choice(form, "comparison", Comparison.VALUES, () -> {
			Criterion c = DocumentControl.primaryCriterion(working());
			return c == null ? null : c.getComparison();
		}, v -> StandardEdits.setOnCriterion(domain(), context(), standard(), 0, Literals.CRITERION__COMPARISON, v));
		new Label(form, SWT.NONE);
		criterionValue(form, Messages.Editor_threshold, "threshold", Literals.CRITERION__THRESHOLD);
		criterionValue(form, Messages.Editor_unit, "unit", Literals.CRITERION__UNIT);
		criterionValue(form, Messages.Editor_complianceTarget, "complianceTarget", Literals.CRITERION__COMPLIANCE_TARGET);

		scroll.setContent(form);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		this.form = form;
		// The rest of the form comes section by section, each in an event of its own after the
		// upper part is painted: building the whole form at once held the UI thread for over 200 ms
		// on first opening an editor, and a user reads the statement and its criterion first.
		later.add(this::criteriaTable);
		later.add(this::placement);
		later.add(this::segmentsAndCases);
		form.getDisplay().asyncExec(this::buildNextSection);
		return scroll;
	}

	private Composite form;
	/** The sections of the form still to be built, in order. */
	private final java.util.Deque<java.util.function.Consumer<Composite>> later = new java.util.ArrayDeque<>();

	private void buildNextSection() {
		if (form == null || form.isDisposed() || later.isEmpty()) {
			return;
		}
		later.poll().accept(form);
		sectionsBuilt();
		if (!later.isEmpty()) {
			form.getDisplay().asyncExec(this::buildNextSection);
		}
	}

	/**
	 * Builds the sections of the form that are still to come, now: before a field in them is
	 * focused (from the Findings view), and for tests that look for a field at once.
	 */
	public void completeForm() {
		if (form == null || form.isDisposed() || later.isEmpty()) {
			return;
		}
		while (!later.isEmpty()) {
			later.poll().accept(form);
		}
		sectionsBuilt();
	}

	/** Whether every section of the form is built. */
	public boolean isFormComplete() {
		return form != null && later.isEmpty();
	}

	private void sectionsBuilt() {
		((ScrolledComposite) form.getParent()).setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		form.layout(true, true);
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
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(stepComment);
		new Label(form, SWT.NONE);
		// Below the comment, across both language columns, wrapping to their width: in one row the
		// five buttons made the form wider than the editor at the window's usual size, and the
		// English column and the last steps sat beyond its right edge.
		Composite buttons = new Composite(form, SWT.NONE);
		org.eclipse.jface.layout.RowLayoutFactory.fillDefaults().wrap(true).applyTo(buttons);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(2 * FIELD_WIDTH, SWT.DEFAULT).applyTo(buttons);
		for (LifecycleStep step : LifecycleStep.values()) {
			Button button = new Button(buttons, SWT.PUSH);
			button.setText(Messages.step(step));
			button.setData(FIELD, "step." + step.name().toLowerCase(Locale.ROOT));
			button.addListener(SWT.Selection, e -> take(step));
			steps.put(step, button);
		}
	}

	private void take(LifecycleStep step) {
		try {
			String comment = stepComment.getText().isBlank() ? null : stepComment.getText().strip();
			step.take(new DocumentControl(model().workspace(), java.time.Clock.systemUTC()), context(), key(), comment);
			stack().flush();
			stepComment.setText("");
			showProblem(null);
		} catch (TouchstoneException e) {
			showProblem(UiLanguage.text(e));
		}
		org.touchstone.ui.TenantEditing.changed();
	}

	private void texts(Composite form, String label, String name, EAttribute chinese, boolean multiLine) {
		new Label(form, SWT.NONE).setText(label);
		EAttribute english = Bilingual.english(chinese);
		text(form, name + ".zh", multiLine, () -> (String) working().eGet(chinese),
				v -> StandardEdits.setOnRevision(domain(), context(), standard(), chinese, emptyToNull(v)));
		text(form, name + ".en", multiLine, () -> (String) working().eGet(english),
				v -> StandardEdits.setOnRevision(domain(), context(), standard(), english, emptyToNull(v)));
	}

	private void criterionTexts(Composite form, String label, String name, EAttribute chinese) {
		new Label(form, SWT.NONE).setText(label);
		EAttribute english = Bilingual.english(chinese);
		text(form, name + ".zh", false, () -> criterionValue(chinese), v -> StandardEdits.setOnCriterion(domain(), context(), standard(), 0, chinese, emptyToNull(v)));
		text(form, name + ".en", false, () -> criterionValue(english), v -> StandardEdits.setOnCriterion(domain(), context(), standard(), 0, english, emptyToNull(v)));
	}

	private void criterionValue(Composite form, String label, String name, EAttribute attribute) {
		new Label(form, SWT.NONE).setText(label);
		text(form, name, false, () -> criterionValue(attribute), v -> StandardEdits.setOnCriterion(domain(), context(), standard(), 0, attribute,
				v.isBlank() ? null : EcoreUtil.createFromString(attribute.getEAttributeType(), number(attribute, v.strip()))));
		new Label(form, SWT.NONE);
	}

	private org.eclipse.jface.viewers.TableViewer criteria;

	/**
	 * Every criterion of the working revision (the fields above are the first's): a measure, its
	 * comparison, threshold and unit, and a compliance target; cells change by command, and criteria
	 * are added and removed.
	 */
	private void criteriaTable(Composite form) {
		Label title = new Label(form, SWT.NONE);
		title.setText(Messages.Editor_criteria);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(title);
		criteria = new org.eclipse.jface.viewers.TableViewer(form, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		criteria.getTable().setHeaderVisible(true);
		criteria.getTable().setLinesVisible(true);
		criteria.getTable().setData(FIELD, "criteria");
		criteria.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
		criterionColumn(Messages.Editor_metric + " (" + Messages.Editor_chinese + ")", 180, Literals.CRITERION__METRIC);
		criterionColumn(Messages.Editor_metric + " (" + Messages.Editor_english + ")", 180, Literals.CRITERION__METRIC_EN);
		criterionColumn(Messages.Editor_comparison, 90, Literals.CRITERION__COMPARISON);
		criterionColumn(Messages.Editor_threshold, 80, Literals.CRITERION__THRESHOLD);
		criterionColumn(Messages.Editor_unit, 60, Literals.CRITERION__UNIT);
		criterionColumn(Messages.Editor_complianceTarget, 120, Literals.CRITERION__COMPLIANCE_TARGET);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(700, 90).applyTo(criteria.getControl());
		Composite buttons = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(buttons);
		Button add = new Button(buttons, SWT.PUSH);
		add.setText(Messages.Editor_addCriterion);
		add.setData(FIELD, "criterion.add");
		add.addListener(SWT.Selection, e -> execute(() -> StandardEdits.addCriterion(domain(), context(), standard())));
		Button remove = new Button(buttons, SWT.PUSH);
		remove.setText(Messages.Editor_removeCriterion);
		remove.setData(FIELD, "criterion.remove");
		remove.addListener(SWT.Selection, e -> {
			int index = criteria.getTable().getSelectionIndex();
			if (index >= 0) {
				execute(() -> StandardEdits.removeCriterion(domain(), context(), standard(), index));
			}
		});
	}

	private void criterionColumn(String title, int width, EAttribute attribute) {
		org.eclipse.jface.viewers.TableViewerColumn column = new org.eclipse.jface.viewers.TableViewerColumn(criteria, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		java.util.function.Function<Object, String> text = element -> {
			Object value = ((Criterion) element).eGet(attribute);
			return value == null ? "" : value instanceof Double d ? RevisionDiff.number(d) : value.toString();
		};
		column.setLabelProvider(new org.eclipse.jface.viewers.ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
		column.setEditingSupport(new org.eclipse.jface.viewers.EditingSupport(criteria) {
			@Override
			protected org.eclipse.jface.viewers.CellEditor getCellEditor(Object element) {
				return new org.eclipse.jface.viewers.TextCellEditor(criteria.getTable());
			}

			@Override
			protected boolean canEdit(Object element) {
				return readOnlyReason() == null;
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
				setCriterion(working().getCriteria().indexOf(element), attribute, typed);
			}
		});
	}

	/** Sets one field of a criterion from what was typed, as the criteria table's cells do. */
	public void setCriterion(int index, EAttribute attribute, String typed) {
		completeForm();
		execute(() -> StandardEdits.setOnCriterion(domain(), context(), standard(), index, attribute,
				typed.isEmpty() ? null : EcoreUtil.createFromString(attribute.getEAttributeType(), number(attribute, typed))));
	}

	/** The criteria as the table shows them, "threshold unit" each, for tests. */
	public java.util.List<String> criteriaRows() {
		completeForm();
		return java.util.Arrays.stream(criteria.getTable().getItems()).map(i -> i.getText(3) + " " + i.getText(4)).toList();
	}

	private org.eclipse.jface.viewers.TableViewer overrides;
	private org.eclipse.jface.viewers.TableViewer cited;
	private org.eclipse.swt.widgets.Combo overrideSegment;
	private org.eclipse.swt.widgets.Combo citable;

	/** The segments with their own threshold, and the cases the standard cites (the tenant's own and the shared library's). */
	private void segmentsAndCases(Composite form) {
		Label title = new Label(form, SWT.NONE);
		title.setText(Messages.Editor_overrides);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(title);
		overrides = new org.eclipse.jface.viewers.TableViewer(form, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		overrides.getTable().setData(FIELD, "overrides");
		overrides.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
		overrides.setLabelProvider(new org.eclipse.jface.viewers.LabelProvider() {
			@Override
			public String getText(Object element) {
				org.touchstone.model.SegmentRule rule = (org.touchstone.model.SegmentRule) element;
				return (rule.getSegment() == null ? "?" : rule.getSegment().getKey()) + ": "
						+ (rule.getThresholdOverride() == null ? "" : RevisionDiff.number(rule.getThresholdOverride()));
			}
		});
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(400, 60).applyTo(overrides.getControl());
		Composite row = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(row);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(row);
		overrideSegment = new org.eclipse.swt.widgets.Combo(row, SWT.READ_ONLY);
		overrideSegment.setData(FIELD, "override.segment");
		Text overrideValue = new Text(row, SWT.BORDER);
		overrideValue.setData(FIELD, "override.value");
		GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(overrideValue);
		button(row, Messages.Editor_setOverride, "override.set", () -> {
			org.touchstone.model.CustomerSegment segment = tenant().getSegments().stream()
					.filter(x -> x.getKey().equals(overrideSegment.getText())).findFirst().orElse(null);
			if (segment != null) {
				execute(() -> StandardEdits.overrideFor(domain(), context(), standard(), segment,
						overrideValue.getText().isBlank() ? null : Double.valueOf(overrideValue.getText().strip())));
			}
		});
		button(row, Messages.Editor_removeOverride, "override.remove", () -> {
			int index = overrides.getTable().getSelectionIndex();
			if (index >= 0) {
				execute(() -> StandardEdits.removeOverride(domain(), context(), standard(), index));
			}
		});

		sites(form);

		Label cases = new Label(form, SWT.NONE);
		cases.setText(Messages.Editor_cases);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(cases);
		cited = new org.eclipse.jface.viewers.TableViewer(form, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		cited.getTable().setData(FIELD, "cases");
		cited.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
		cited.setLabelProvider(new org.eclipse.jface.viewers.LabelProvider() {
			@Override
			public String getText(Object element) {
				return caseLabel((org.touchstone.model.CaseStudy) element);
			}
		});
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(400, 60).applyTo(cited.getControl());
		Composite caseRow = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(caseRow);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(caseRow);
		citable = new org.eclipse.swt.widgets.Combo(caseRow, SWT.READ_ONLY);
		citable.setData(FIELD, "cite.case");
		button(caseRow, Messages.Editor_cite, "cite", () -> {
			org.touchstone.model.CaseStudy study = citableCases().stream().filter(c -> caseLabel(c).equals(citable.getText())).findFirst().orElse(null);
			if (study != null) {
				execute(() -> StandardEdits.cite(domain(), context(), standard(), study));
			}
		});
		button(caseRow, Messages.Editor_uncite, "uncite", () -> {
			int index = cited.getTable().getSelectionIndex();
			if (index >= 0) {
				execute(() -> StandardEdits.uncite(domain(), context(), standard(), index));
			}
		});
		Label relatedLabel = new Label(form, SWT.NONE);
		relatedLabel.setText(Messages.Editor_related);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(relatedLabel);
		related = new org.eclipse.swt.widgets.Link(form, SWT.WRAP);
		related.setData(FIELD, "related");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(related);
		related.addListener(SWT.Selection, e -> {
			if (FIND_RELATED.equals(e.text)) {
				findRelated();
			} else {
				citeRelated(e.text);
			}
		});
		// With the index open (the library was searched), related cases come at once; else on a
		// click, since the first search of a session indexes every tenant first.
		if (SearchService.isOpen()) {
			findRelated();
		} else {
			related.setText("<a href=\"" + FIND_RELATED + "\">" + Messages.Editor_relatedFind + "</a>");
		}
	}


	private String caseLabel(org.touchstone.model.CaseStudy c) {
		String title = c.getTexts().stream().filter(t -> t.getLang() == tenant().getLocale()).map(org.touchstone.model.CaseText::getTitle).findFirst()
				.orElse(c.getCompany());
		return c.getKey() + " \u2014 " + title;
	}

	private org.eclipse.swt.widgets.Link related;
	private java.util.List<org.touchstone.search.SearchHit> relatedHits;

	/** The link that asks for related cases. */
	private static final String FIND_RELATED = "find-related";

	/**
	 * Finds cases like this standard (more-like-this over the saved index) in a job, and lists
	 * them under the cited cases; a click on one cites it. A click on "Find cases like this
	 * standard" does this.
	 */
	public void findRelated() {
		completeForm();
		related.setText(Messages.Editor_relatedSearching);
		org.touchstone.core.Context context = context();
		String key = key();
		org.eclipse.swt.widgets.Display display = related.getDisplay();
		org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create(NLS.bind(Messages.Editor_relatedJob, key), monitor -> {
			java.util.List<org.touchstone.search.SearchHit> hits;
			try {
				hits = SearchService.with(s -> s.related(context, key, 5));
			} catch (RuntimeException e) {
				// A standard not saved yet is not in the index: nothing is like it yet.
				hits = java.util.List.of();
			}
			java.util.List<org.touchstone.search.SearchHit> found = hits;
			display.asyncExec(() -> showRelated(found));
			return org.eclipse.core.runtime.Status.OK_STATUS;
		});
		job.setRule(SearchService.RULE);
		job.setSystem(true);
		job.schedule();
	}

	private void showRelated(java.util.List<org.touchstone.search.SearchHit> hits) {
		if (related == null || related.isDisposed()) {
			return;
		}
		relatedHits = hits;
		StringBuilder text = new StringBuilder();
		for (org.touchstone.search.SearchHit hit : hits) {
			text.append(text.length() == 0 ? "" : "   ").append("<a href=\"").append(hit.tenant()).append('/').append(hit.key()).append("\">")
					.append(hit.title().replace("&", "&&").replace("<", "")).append("</a>");
		}
		related.setText(hits.isEmpty() ? Messages.Editor_relatedNone : text.toString());
		related.setToolTipText(hits.isEmpty() ? null : Messages.Editor_relatedTooltip);
		related.getParent().layout(true);
	}

	/** The related cases found, by key; null until the search is through. For tests. */
	public java.util.List<String> relatedCases() {
		completeForm();
		return relatedHits == null ? null : relatedHits.stream().map(org.touchstone.search.SearchHit::key).toList();
	}

	/** Cites a related case ({@code tenant/key}), as a click on it does: an undoable command. */
	public void citeRelated(String tenantAndKey) {
		completeForm();
		if (tenantAndKey == null || !tenantAndKey.contains("/")) {
			return;
		}
		String where = tenantAndKey.substring(0, tenantAndKey.indexOf('/'));
		String caseKey = tenantAndKey.substring(tenantAndKey.indexOf('/') + 1);
		org.touchstone.model.CaseStudy study = citableCases().stream()
				.filter(c -> c.getKey().equals(caseKey) && EcoreUtil.getRootContainer(c) instanceof Tenant t && t.getId().equals(where)).findFirst().orElse(null);
		if (study != null && !working().getCases().contains(study)) {
			execute(() -> StandardEdits.cite(domain(), context(), standard(), study));
		}
	}

	/** The cases a standard may cite: the tenant's own and the shared library's, if there is one. */
	private java.util.List<org.touchstone.model.CaseStudy> citableCases() {
		java.util.List<org.touchstone.model.CaseStudy> cases = new java.util.ArrayList<>(tenant().getCases());
		WorkspaceModel m = model();
		// A workspace may have no shared library (one made for a single organisation).
		m.workspace().tenants(m.user()).stream().filter(t -> t.getId().equals(org.touchstone.core.Workspace.LIBRARY)).findFirst()
				.ifPresent(library -> cases.addAll(library.getCases()));
		return cases;
	}

	/** Where the standard belongs and who answers for it: dimension, touchpoint, level of expectation, owner, review interval. */
	private void placement(Composite form) {
		new Label(form, SWT.NONE).setText(Messages.Editor_dimension);
		java.util.function.Function<org.touchstone.model.Dimension, String> named = d -> DimensionNames.of(this::tenant, d.getCode());
		choice(form, "dimension", tenant().getDimensions().stream().map(named).toArray(String[]::new),
				() -> working().getDimension() == null ? "" : named.apply(working().getDimension()),
				v -> StandardEdits.setOnRevision(domain(), context(), standard(), Literals.STANDARD_REVISION__DIMENSION,
						tenant().getDimensions().stream().filter(d -> named.apply(d).equals(v)).findFirst().orElse(null)));
		new Label(form, SWT.NONE);
		new Label(form, SWT.NONE).setText(Messages.Editor_touchpoint);
		choice(form, "touchpoint", tenant().getTouchpoints().stream().map(org.touchstone.model.Touchpoint::getKey).toArray(String[]::new),
				() -> working().getTouchpoint() == null ? "" : working().getTouchpoint().getKey(),
				v -> StandardEdits.setOnRevision(domain(), context(), standard(), Literals.STANDARD_REVISION__TOUCHPOINT,
						tenant().getTouchpoints().stream().filter(t -> t.getKey().equals(v)).findFirst().orElse(null)));
		new Label(form, SWT.NONE);
		new Label(form, SWT.NONE).setText(Messages.Editor_expectationLevel);
		choice(form, "expectationLevel", org.touchstone.model.ExpectationLevel.VALUES,
				() -> working().isSetExpectationLevel() ? working().getExpectationLevel() : null,
				v -> StandardEdits.setOnRevision(domain(), context(), standard(), Literals.STANDARD_REVISION__EXPECTATION_LEVEL, v));
		new Label(form, SWT.NONE);
		new Label(form, SWT.NONE).setText(Messages.Editor_owner);
		text(form, "owner", false, () -> working().getOwner(),
				v -> StandardEdits.setOnRevision(domain(), context(), standard(), Literals.STANDARD_REVISION__OWNER, emptyToNull(v)));
		new Label(form, SWT.NONE);
		new Label(form, SWT.NONE).setText(Messages.Editor_reviewInterval);
		text(form, "reviewInterval", false, () -> Integer.toString(working().getReviewIntervalMonths()),
				v -> StandardEdits.setOnRevision(domain(), context(), standard(), Literals.STANDARD_REVISION__REVIEW_INTERVAL_MONTHS,
						Integer.valueOf(v.strip())));
		new Label(form, SWT.NONE);
	}

	/** A number as typed; a percentage sign after a compliance target is allowed. */
	private static String number(EAttribute attribute, String typed) {
		return attribute.getEAttributeType() == EcorePackage.Literals.EDOUBLE_OBJECT ? typed.replace("%", "").strip() : typed;
	}

	private String criterionValue(EAttribute attribute) {
		Criterion c = DocumentControl.primaryCriterion(working());
		Object value = c == null ? null : c.eGet(attribute);
		return value == null ? "" : value instanceof Double d ? RevisionDiff.number(d) : value.toString();
	}

	/** Applies a fix of the lint to this standard, as an undoable command. */
	public void applyFix(org.touchstone.core.Finding.Fix fix) {
		execute(() -> StandardEdits.fix(domain(), context(), standard(), fix));
	}

	/** Puts the cursor in a field: the text of a language ({@code statement} in Chinese is {@code statement.zh}), or a field without one. */
	public void focus(String field, org.touchstone.model.Language language) {
		completeForm();
		String suffix = language == null ? ".zh" : "." + language.getLiteral();
		for (String name : new String[] { field + suffix, field }) {
			org.eclipse.swt.widgets.Control c = find(getSite().getShell(), name);
			if (c != null) {
				c.setFocus();
				focused = name;
				return;
			}
		}
	}

	private String focused;

	/** The field the editor was last asked to put the cursor in (a window without keyboard focus, as under Xvfb, shows no focus of its own). */
	public String focusedField() {
		return focused;
	}

	private static org.eclipse.swt.widgets.Control find(org.eclipse.swt.widgets.Control root, String name) {
		if (name.equals(root.getData(FIELD)) && root.isVisible()) {
			return root;
		}
		if (root instanceof Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				org.eclipse.swt.widgets.Control found = find(child, name);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private final java.util.Map<String, org.eclipse.jface.fieldassist.ControlDecoration> decorations = new java.util.HashMap<>();
	private boolean decorating;
	/** How long after a change of the form its field marks follow. */
	private static final int DECORATE_AFTER_MS = 30;

	/**
	 * Decorates the fields in an event of its own, after the form is shown: opening an editor on a
	 * large tenant then holds the UI thread for the form alone.
	 */
	private void decorateSoon() {
		if (decorating) {
			return;
		}
		decorating = true;
		// A timer, not asyncExec: what the user did meanwhile (a key, a click) goes first.
		getSite().getShell().getDisplay().timerExec(DECORATE_AFTER_MS, () -> {
			decorating = false;
			if (revision != null && !revision.isDisposed()) {
				decorate();
			}
		});
	}

	/**
	 * Marks the fields that have findings, with the findings' messages: the Findings view's kept
	 * findings of this standard, so nothing is checked twice.
	 */
	private void decorate() {
		TenantFindings kept = TenantFindings.kept(tenantId());
		java.util.Map<String, java.util.List<org.touchstone.core.Finding>> byField = new java.util.HashMap<>();
		if (kept != null) {
			for (org.touchstone.core.Finding f : kept.of(key())) {
				if (key().equals(f.key()) && f.field() != null) {
					String name = f.fix() != null ? f.field() + "." + f.fix().language().getLiteral() : f.field();
					byField.computeIfAbsent(fieldWidgetName(name), k -> new java.util.ArrayList<>()).add(f);
				}
			}
		}
		decorations.values().forEach(org.eclipse.jface.fieldassist.ControlDecoration::hide);
		for (java.util.Map.Entry<String, java.util.List<org.touchstone.core.Finding>> e : byField.entrySet()) {
			org.eclipse.swt.widgets.Control control = find(getSite().getShell(), e.getKey());
			if (control == null) {
				continue;
			}
			org.eclipse.jface.fieldassist.ControlDecoration decoration = decorations.computeIfAbsent(e.getKey(),
					k -> new org.eclipse.jface.fieldassist.ControlDecoration(control, SWT.LEFT | SWT.TOP));
			boolean error = e.getValue().stream().anyMatch(f -> f.severity() == org.touchstone.core.Finding.Severity.ERROR);
			decoration.setImage(org.eclipse.jface.fieldassist.FieldDecorationRegistry.getDefault()
					.getFieldDecoration(error ? org.eclipse.jface.fieldassist.FieldDecorationRegistry.DEC_ERROR
							: org.eclipse.jface.fieldassist.FieldDecorationRegistry.DEC_WARNING).getImage());
			decoration.setDescriptionText(String.join("\n", e.getValue().stream().map(org.touchstone.core.Finding::message).toList()));
			decoration.show();
		}
	}

	/** The widget a finding's field is shown in: a text without a language is shown in its Chinese field. */
	private static String fieldWidgetName(String field) {
		return java.util.List.of("statement", "observation").contains(field) ? field + ".zh" : field;
	}

	/** The fields marked with findings now, by name, for tests. */
	public java.util.List<String> decoratedFields() {
		completeForm();
		return decorations.entrySet().stream().filter(e -> e.getValue().isVisible()).map(java.util.Map.Entry::getKey).sorted().toList();
	}

	private org.eclipse.jface.viewers.TableViewer siteRules;
	private org.eclipse.swt.widgets.Combo ruleSite;
	private Label pilot;

	/**
	 * The sites with their own threshold (and why), and the sites the revision is piloted at: a
	 * revision's business, so an effective one starts a new draft here as everywhere.
	 */
	private void sites(Composite form) {
		Label title = new Label(form, SWT.NONE);
		title.setText(Messages.Editor_siteRules);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(title);
		siteRules = new org.eclipse.jface.viewers.TableViewer(form, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		siteRules.getTable().setData(FIELD, "siteRules");
		siteRules.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
		siteRules.setLabelProvider(new org.eclipse.jface.viewers.LabelProvider() {
			@Override
			public String getText(Object element) {
				org.touchstone.model.SiteRule rule = (org.touchstone.model.SiteRule) element;
				return rule.getSite().getKey() + ": " + (rule.getThresholdOverride() == null ? "" : RevisionDiff.number(rule.getThresholdOverride())) + " — "
						+ org.touchstone.core.Bilingual.of(rule, org.touchstone.model.TouchstonePackage.Literals.SITE_RULE__REASON).shown(tenant().getLocale()).text();
			}
		});
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(400, 50).applyTo(siteRules.getControl());
		Composite row = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(row);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(row);
		ruleSite = new org.eclipse.swt.widgets.Combo(row, SWT.READ_ONLY);
		ruleSite.setData(FIELD, "siteRule.site");
		Text value = new Text(row, SWT.BORDER);
		value.setData(FIELD, "siteRule.value");
		GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(value);
		Text reason = new Text(row, SWT.BORDER);
		reason.setData(FIELD, "siteRule.reason");
		reason.setMessage(Messages.Editor_siteReason);
		GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(reason);
		button(row, Messages.Editor_setOverride, "siteRule.set", () -> {
			org.touchstone.model.Site site = site(ruleSite.getText());
			if (site != null) {
				boolean english = tenant().getLocale() == org.touchstone.model.Language.EN;
				String why = reason.getText().isBlank() ? null : reason.getText().strip();
				execute(() -> StandardEdits.thresholdAt(domain(), context(), standard(), site,
						value.getText().isBlank() ? null : Double.valueOf(value.getText().strip()), english ? null : why, english ? why : null));
			}
		});
		button(row, Messages.Editor_removeOverride, "siteRule.remove", () -> {
			Object rule = siteRules.getStructuredSelection().getFirstElement();
			if (rule instanceof org.touchstone.model.SiteRule r) {
				execute(() -> StandardEdits.removeThresholdAt(domain(), context(), standard(), r.getSite()));
			}
		});
		button(row, Messages.Editor_pilotHere, "pilot.add", () -> {
			org.touchstone.model.Site site = site(ruleSite.getText());
			if (site != null && !working().getPilotSites().contains(site)) {
				java.util.List<org.touchstone.model.Site> sites = new java.util.ArrayList<>(working().getPilotSites());
				sites.add(site);
				execute(() -> StandardEdits.pilotAt(domain(), context(), standard(), sites));
			}
		});
		pilot = new Label(form, SWT.WRAP);
		pilot.setData(FIELD, "pilot");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(pilot);
		button(form, Messages.Editor_pilotEverywhere, "pilot.clear", () -> {
			if (!working().getPilotSites().isEmpty()) {
				execute(() -> StandardEdits.pilotAt(domain(), context(), standard(), java.util.List.of()));
			}
		});
	}

	private org.touchstone.model.Site site(String key) {
		return tenant().getSites().stream().filter(x -> x.getKey().equals(key)).findFirst().orElse(null);
	}

	/** The site rules and the pilot as the form shows them, for tests. */
	public java.util.List<String> siteRows() {
		completeForm();
		java.util.List<String> rows = new java.util.ArrayList<>(java.util.Arrays.stream(siteRules.getTable().getItems()).map(i -> i.getText()).toList());
		rows.add(pilot.getText());
		return rows;
	}

	/** The segment rules and cited cases as their lists show them, for tests. */
	public java.util.List<String> overrideRows() {
		completeForm();
		return java.util.Arrays.stream(overrides.getTable().getItems()).map(i -> i.getText()).toList();
	}

	public java.util.List<String> citedRows() {
		completeForm();
		return java.util.Arrays.stream(cited.getTable().getItems()).map(i -> i.getText()).toList();
	}

	@Override
	protected void refreshForm() {
		if (overrides != null && !overrides.getControl().isDisposed()) {
			overrides.setInput(working().getSegments().toArray());
			cited.setInput(working().getCases().toArray());
			String[] segments = tenant().getSegments().stream().map(org.touchstone.model.CustomerSegment::getKey).toArray(String[]::new);
			if (!java.util.Arrays.equals(segments, overrideSegment.getItems())) {
				overrideSegment.setItems(segments);
			}
			siteRules.setInput(working().getSiteRules().toArray());
			String[] sites = tenant().getSites().stream().map(org.touchstone.model.Site::getKey).toArray(String[]::new);
			if (!java.util.Arrays.equals(sites, ruleSite.getItems())) {
				ruleSite.setItems(sites);
			}
			pilot.setText(working().getPilotSites().isEmpty() ? Messages.Editor_noPilot
					: NLS.bind(Messages.Editor_pilot, String.join(", ", working().getPilotSites().stream().map(org.touchstone.model.Site::getKey).toList())));
			String[] cases = citableCases().stream().filter(c -> !working().getCases().contains(c)).map(this::caseLabel).toArray(String[]::new);
			if (!java.util.Arrays.equals(cases, citable.getItems())) {
				citable.setItems(cases);
			}
		}
		if (criteria != null && !criteria.getControl().isDisposed()) {
			criteria.setInput(working().getCriteria().toArray());
		}
		decorateSoon();
		if (history != null) {
			refreshRevisions();
		}
		StandardRevision r = working();
		revision.setText(NLS.bind(Messages.Editor_revision, new Object[] { key(), r.getNumber(), Labels.status(r.getStatus(), UiLanguage.chinese()), r.getAuthor() }));
		Tenant tenant = tenant();
		for (Map.Entry<LifecycleStep, Button> e : steps.entrySet()) {
			String refusal = isDirty() ? Messages.Editor_saveFirst : UiLanguage.text(e.getKey().refusal(tenant, model().user(), standard()));
			e.getValue().setEnabled(refusal == null);
			e.getValue().setToolTipText(refusal);
		}
	}
}
