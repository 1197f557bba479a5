package org.touchstone.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.touchstone.core.Finding;
import org.touchstone.model.Tenant;

/**
 * The findings of validation (measurability lint and the other checks) for the tenant selected in
 * the tenants view: the same findings, from the same validator, as {@code touchstone validate}.
 */
public class FindingsView extends ViewPart {
	public static final String ID = "org.touchstone.ui.findings";

	private TableViewer viewer;
	private final ISelectionListener listener = (part, selection) -> {
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			Tenant tenant = tenantOf(structured.getFirstElement());
			if (tenant != null) {
				show(tenant);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.VIRTUAL);
		viewer.setUseHashlookup(true);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		org.eclipse.jface.layout.PixelConverter chars = new org.eclipse.jface.layout.PixelConverter(viewer.getControl());
		column(layout, "", 4, 20, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return "";
			}

			@Override
			public org.eclipse.swt.graphics.Image getImage(Object element) {
				String image = ((Finding) element).severity() == Finding.Severity.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK
						: ISharedImages.IMG_OBJS_WARN_TSK;
				return PlatformUI.getWorkbench().getSharedImages().getImage(image);
			}
		});
		// Shares of the width, but never narrower than a key, a field's name, the start of the message
		// and of the code need (a cut key, "G-00", tells nothing); the message comes before the code,
		// so that what a finding says is what a narrow view shows.
		column(layout, Messages.FindingsView_key, 10, chars.convertWidthInCharsToPixels(11), text(f -> f.key() == null ? "" : f.key()));
		int fieldWidth = TextWidths.widest(viewer.getControl(), FIELDS.stream().map(FindingsView::fieldLabel).toArray(String[]::new)) + chars.convertWidthInCharsToPixels(3);
		column(layout, Messages.FindingsView_field, 10, fieldWidth, text(f -> fieldLabel(f.field())));
		// A narrow view cuts the message short (after 30 characters' width, the code scrolls off to the
		// right first): the pointer over it shows the whole of it.
		column(layout, Messages.FindingsView_message, 70, chars.convertWidthInCharsToPixels(30), new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Finding) element).message();
			}

			@Override
			public String getToolTipText(Object element) {
				return ((Finding) element).message();
			}
		});
		// The code, last: a reference for looking the rule up, not what the finding says.
		column(layout, Messages.FindingsView_code, 20, chars.convertWidthInCharsToPixels(16), text(Finding::code));
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
		setContentDescription(Messages.FindingsView_nothingShown);
		getSite().getPage().addSelectionListener(TenantsView.ID, listener);
		getSite().setSelectionProvider(viewer);
		org.touchstone.ui.TenantEditing.onChange(recheck);
		viewer.addDoubleClickListener(e -> open(selected()));
		applyFix = new org.eclipse.jface.action.Action(Messages.Findings_applyFix) {
			@Override
			public void run() {
				applyFix(selected());
			}
		};
		applyFix.setEnabled(false);
		viewer.addSelectionChangedListener(e -> applyFix.setEnabled(selected() != null && selected().fix() != null));
		getViewSite().getActionBars().getToolBarManager().add(applyFix);
		org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
		menu.add(applyFix);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	/** The tenant shown, by id: its findings follow each change to it, element by element. */
	private String shown;
	private TenantFindings findings;
	/** What changed since the findings were last brought up to date: the commands' affected objects, or everything. */
	private final java.util.List<Object> affected = new java.util.ArrayList<>();
	private boolean everything;
	private final Runnable again = this::bringUpToDate;
	private final java.util.function.Consumer<org.eclipse.emf.common.command.Command> recheck = cause -> {
		if (viewer == null || viewer.getControl().isDisposed() || shown == null) {
			return;
		}
		if (cause == null) {
			everything = true;
		} else {
			affected.addAll(cause.getAffectedObjects());
		}
		viewer.getControl().getDisplay().timerExec(DELAY_MS, again);
	};
	/** How long a change waits for the next one before the findings follow (several commands of one edit are checked once). */
	static final int DELAY_MS = 30;

	private void bringUpToDate() {
		if (viewer == null || viewer.getControl().isDisposed() || shown == null) {
			return;
		}
		org.touchstone.ui.WorkspaceModel model = org.touchstone.ui.WorkspaceModel.current();
		Tenant tenant = model.workspace().read(model.context(shown));
		if (everything || findings == null || findings.tenant() != tenant) {
			everything = false;
			affected.clear();
			show(tenant);
			return;
		}
		findings.checkChanged(affected);
		affected.clear();
	}

	/** Shows the findings of one tenant, checked by a job as soon as the tenant is copied for it. */
	public void show(Tenant tenant) {
		shown = tenant.getId();
		TenantFindings checking = TenantFindings.keep(tenant, viewer.getControl().getDisplay(), this::arrived);
		findings = checking;
		display();
		continueCopying(checking);
	}

	/** Copies one slice of the tenant for the job, and goes on later until the copy is complete. */
	private void continueCopying(TenantFindings copying) {
		if (copying != findings || viewer.getControl().isDisposed()) {
			return;
		}
		if (!copying.copySlice()) {
			setContentDescription(org.eclipse.osgi.util.NLS.bind(Messages.FindingsView_checking, copying.waiting()));
			viewer.getControl().getDisplay().asyncExec(() -> continueCopying(copying));
		}
	}

	/** Findings arrived from the job: those of the given elements, or (null) of many. */
	private void arrived(java.util.Set<org.eclipse.emf.ecore.EObject> checked) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		// While a whole tenant is being checked the table is filled once, at the end: filling it
		// with every batch would hold the UI thread longer than the batches take.
		if (findings.isUpToDate() || checked != null) {
			display();
		} else {
			setContentDescription(org.eclipse.osgi.util.NLS.bind(Messages.FindingsView_checking, findings.waiting()));
		}
		org.touchstone.ui.TenantEditing.findingsChanged(checked);
	}

	private void display() {
		List<Finding> all = findings.all();
		viewer.setInput(all);
		long errors = all.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
		String summary = org.eclipse.osgi.util.NLS.bind(Messages.FindingsView_summary, shown, Messages.findings((int) errors, (int) (all.size() - errors), true));
		setContentDescription(findings.waiting() == 0 ? summary : summary + " " + org.eclipse.osgi.util.NLS.bind(Messages.FindingsView_checking, findings.waiting()));
	}

	/** Whether every element of the tenant shown has been checked, and every change since. */
	public boolean isUpToDate() {
		return findings != null && findings.isUpToDate();
	}

	private org.eclipse.jface.action.Action applyFix;

	private Finding selected() {
		return (Finding) viewer.getStructuredSelection().getFirstElement();
	}

	/** Opens the editor of the finding's standard or playbook, on the field the finding is about. */
	public org.eclipse.ui.IEditorPart open(Finding finding) {
		if (finding == null || finding.key() == null || shown == null) {
			return null;
		}
		TenantsView tenants = (TenantsView) getSite().getPage().findView(TenantsView.ID);
		org.touchstone.ui.WorkspaceModel model = org.touchstone.ui.WorkspaceModel.current();
		Tenant tenant = model.workspace().read(model.context(shown));
		if (tenants == null) {
			return null;
		}
		if (tenant.getStandards().stream().anyMatch(s -> s.getKey().equals(finding.key()))) {
			org.eclipse.ui.IEditorPart editor = tenants.openStandard(shown, finding.key());
			if (editor instanceof StandardEditor standard && finding.field() != null) {
				standard.focus(finding.field(), finding.fix() == null ? null : finding.fix().language());
			}
			return editor;
		}
		if (tenant.getPlaybooks().stream().anyMatch(p -> p.getKey().equals(finding.key()))) {
			return tenants.openPlaybook(shown, finding.key());
		}
		return null;
	}

	/** Applies the lint's fix for a finding as an undoable command on the tenant's stack. */
	public void applyFix(Finding finding) {
		if (finding == null || finding.fix() == null || shown == null) {
			return;
		}
		org.touchstone.ui.WorkspaceModel model = org.touchstone.ui.WorkspaceModel.current();
		Tenant tenant = model.workspace().read(model.context(shown));
		try {
			org.touchstone.model.ServiceStandard standard = tenant.getStandards().stream().filter(s -> s.getKey().equals(finding.key())).findFirst()
					.orElseThrow(() -> new org.touchstone.core.NotFoundException(org.touchstone.core.CoreMessage.of("standard.notFound", finding.key(), shown)));
			org.touchstone.ui.TenantEditing.stack(shown).execute(
					org.touchstone.core.StandardEdits.fix(org.touchstone.ui.TenantEditing.domain(shown), model.context(shown), standard, finding.fix()));
		} catch (org.touchstone.core.TouchstoneException e) {
			org.eclipse.jface.dialogs.MessageDialog.openInformation(getSite().getShell(), Messages.Findings_applyFix, UiLanguage.text(e));
		}
	}

	/** The findings shown, for tests. */
	public TableViewer viewer() {
		return viewer;
	}

	private static Tenant tenantOf(Object element) {
		for (Object o = element; o instanceof org.eclipse.emf.ecore.EObject e; o = e.eContainer()) {
			if (e instanceof Tenant t) {
				return t;
			}
		}
		return null;
	}

	private void column(TableColumnLayout layout, String title, int weight, int minimumWidth, ColumnLabelProvider labels) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(labels);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimumWidth));
	}

	/** The fields a finding may name ({@link Finding#field()}). */
	private static final List<String> FIELDS = List.of("statement", "observation", "threshold", "unit", "complianceTarget", "owner");

	/** A field as the editor labels it ("Observation method"), not as the model names it. */
	static String fieldLabel(String field) {
		if (field == null) {
			return "";
		}
		return switch (field) {
		case "statement" -> Messages.Editor_statement;
		case "observation" -> Messages.Editor_observation;
		case "threshold" -> Messages.Editor_threshold;
		case "unit" -> Messages.Editor_unit;
		case "complianceTarget" -> Messages.Editor_complianceTarget;
		case "owner" -> Messages.Editor_owner;
		default -> field;
		};
	}

	private static ColumnLabelProvider text(java.util.function.Function<Finding, String> text) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Finding) element);
			}
		};
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(TenantsView.ID, listener);
		org.touchstone.ui.TenantEditing.removeOnChange(recheck);
		if (findings != null) {
			findings.dispose();
		}
		super.dispose();
	}
}
