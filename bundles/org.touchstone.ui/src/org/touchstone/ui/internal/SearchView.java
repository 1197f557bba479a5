package org.touchstone.ui.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;
import org.touchstone.model.Tenant;
import org.touchstone.search.CaseSearch;
import org.touchstone.search.SearchHit;
import org.touchstone.search.SearchRequest;
import org.touchstone.search.SearchResults;
import org.touchstone.ui.WorkspaceModel;

/**
 * Searches the case library and the selected tenant's own material as the trainer types, with the
 * same search as the command line. Each search brings the index up to date first, so a save shows
 * in the next search.
 */
public class SearchView extends ViewPart {
	public static final String ID = "org.touchstone.ui.search";

	private Text query;
	private Label summary;
	private TableViewer results;
	private Tenant tenant;
	private final ISelectionListener listener = (part, selection) -> {
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof Tenant t) {
			tenant = t;
			search(query.getText());
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		query = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		query.setMessage(Messages.SearchView_hint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
		query.addModifyListener(e -> search(query.getText()));
		summary = new Label(parent, SWT.NONE);
		summary.setText(Messages.SearchView_pickTenant);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		Composite holder = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		results = new TableViewer(holder, SWT.FULL_SELECTION | SWT.V_SCROLL);
		results.getTable().setHeaderVisible(true);
		results.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, Messages.SearchView_title, 30, h -> h.title() + (h.company() == null ? "" : " \u2014 " + h.company()));
		column(layout, Messages.SearchView_type, 8, SearchHit::type);
		column(layout, Messages.SearchView_source, 12, SearchHit::tenant);
		column(layout, Messages.SearchView_snippet, 50, h -> h.snippet().replace("<em>", "\u300c").replace("</em>", "\u300d"));
		getSite().getPage().addSelectionListener(TenantsView.ID, listener);
	}

	/** Runs a search in the selected tenant and shows its hits. */
	public void search(String text) {
		if (tenant == null || results == null || results.getControl().isDisposed()) {
			return;
		}
		if (text.isBlank()) {
			results.setInput(List.of());
			summary.setText(NLS.bind(Messages.SearchView_typeToSearch, tenant.getId()));
			return;
		}
		WorkspaceModel model = WorkspaceModel.current();
		try {
			SearchResults found = search(model).search(model.context(tenant.getId()), new SearchRequest(text, Map.of(), 50, 0));
			results.setInput(found.hits());
			summary.setText(NLS.bind(Messages.SearchView_summary, new Object[] { text, found.total(), tenant.getId() })
					+ (found.notices().isEmpty() ? "" : " \u2014 " + String.join("; ", found.notices())));
		} catch (RuntimeException e) {
			results.setInput(List.of());
			summary.setText(e.getMessage());
		}
	}

	/**
	 * The search service of the view, opened on first use and kept while the view is open: one
	 * index reader for the workbench's life, not one per search. It reads the saved tenants through
	 * a workspace of its own, so that bringing its index up to date never reads a tenant again over
	 * the edits an editor has not saved.
	 */
	private CaseSearch search(WorkspaceModel model) {
		if (search == null) {
			search = CaseSearch.open(org.touchstone.core.Workspace.open(model.workspace().root()));
		}
		return search;
	}

	private CaseSearch search;

	/** The hits shown, for tests. */
	public TableViewer results() {
		return results;
	}

	private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<SearchHit, String> text) {
		TableViewerColumn column = new TableViewerColumn(results, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((SearchHit) element);
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
	}

	@Override
	public void setFocus() {
		query.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(TenantsView.ID, listener);
		if (search != null) {
			search.close();
		}
		super.dispose();
	}
}
