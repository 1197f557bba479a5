package org.touchstone.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;
import org.touchstone.model.Tenant;
import org.touchstone.search.CaseSearch;
import org.touchstone.ui.WorkspaceModel;

/**
 * The knowledge gaps of the selected tenant: searches trainers submitted that found nothing, most
 * asked first, with when each was last asked, and an action that starts a case for one.
 */
public class GapsView extends ViewPart {
	public static final String ID = "org.touchstone.ui.gaps";

	private TableViewer viewer;
	private String tenant;
	private Action write;
	private final ISelectionListener listener = (part, selection) -> {
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof Tenant t) {
			tenant = t.getId();
			reload();
		}
	};
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

	@Override
	public void createPartControl(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		// The query takes what width there is; the count and the date are never cut (their heading
		// neither): a narrow view scrolls sideways instead.
		column(layout, Messages.GapsView_query, 60, 40, g -> g.query());
		column(layout, Messages.GapsView_count, 10, whole(Messages.GapsView_count, "9999"), g -> String.valueOf(g.count()));
		column(layout, Messages.GapsView_lastSeen, 30, whole(Messages.GapsView_lastSeen, WHEN.format(java.time.Instant.parse("2026-12-28T23:58:00Z"))),
				g -> WHEN.format(g.lastSeen()));
		write = new Action(Messages.GapsView_write) {
			@Override
			public void run() {
				writeCaseFor(selected());
			}
		};
		write.setEnabled(false);
		viewer.addSelectionChangedListener(e -> write.setEnabled(selected() != null));
		viewer.addDoubleClickListener(e -> writeCaseFor(selected()));
		Action refresh = new Action(Messages.GapsView_refresh) {
			@Override
			public void run() {
				reload();
			}
		};
		getViewSite().getActionBars().getToolBarManager().add(write);
		getViewSite().getActionBars().getToolBarManager().add(refresh);
		getSite().getPage().addSelectionListener(TenantsView.ID, listener);
		getSite().setSelectionProvider(viewer);
		// Opened after a tenant was picked: show that tenant's gaps at once.
		listener.selectionChanged(null, getSite().getPage().getSelection(TenantsView.ID));
	}

	private CaseSearch.Gap selected() {
		return (CaseSearch.Gap) viewer.getStructuredSelection().getFirstElement();
	}

	/** Reads the tenant's gaps again, in a job (they come from the search service). */
	public void reload() {
		if (tenant == null) {
			return;
		}
		String id = tenant;
		org.touchstone.core.Context context = WorkspaceModel.current().context(id);
		Job job = Job.create(NLS.bind(Messages.GapsView_job, id), (IProgressMonitor monitor) -> {
			Object gaps;
			try {
				gaps = SearchService.with(s -> s.gaps(context));
			} catch (RuntimeException e) {
				gaps = UiLanguage.text(e);
			}
			Object shown = gaps;
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (!viewer.getControl().isDisposed() && id.equals(tenant)) {
					viewer.setInput(shown instanceof List<?> list ? list : List.of());
					setContentDescription(shown instanceof List<?> list ? NLS.bind(Messages.GapsView_summary, id, list.size()) : String.valueOf(shown));
				}
			});
			return Status.OK_STATUS;
		});
		job.setRule(SearchService.RULE);
		job.setSystem(true);
		job.schedule();
	}

	/** The New Case wizard for a gap, with the query as the case's title. */
	public NewElementWizard wizardFor(CaseSearch.Gap gap) {
		NewElementWizard wizard = new NewElementWizard(tenant, NewElementWizard.Kind.CASE);
		wizard.suggestTitle(gap.query());
		return wizard;
	}

	/** Starts the New Case wizard for a gap and opens the case it creates. */
	private void writeCaseFor(CaseSearch.Gap gap) {
		if (gap == null || tenant == null) {
			return;
		}
		NewElementWizard wizard = wizardFor(gap);
		if (new WizardDialog(getSite().getShell(), wizard).open() == org.eclipse.jface.window.Window.OK && wizard.created() != null) {
			TenantsView tenants = (TenantsView) getSite().getPage().findView(TenantsView.ID);
			if (tenants != null) {
				tenants.openElement(tenant, wizard.created());
			}
		}
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** The width a column needs to show its heading and a value as wide as the given one whole. */
	private int whole(String heading, String widestValue) {
		return TextWidths.widest(viewer.getControl(), heading, widestValue) + new org.eclipse.jface.layout.PixelConverter(viewer.getControl()).convertWidthInCharsToPixels(3);
	}

	private void column(TableColumnLayout layout, String title, int weight, int minimumWidth, java.util.function.Function<CaseSearch.Gap, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((CaseSearch.Gap) element);
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimumWidth));
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(TenantsView.ID, listener);
		super.dispose();
	}
}
