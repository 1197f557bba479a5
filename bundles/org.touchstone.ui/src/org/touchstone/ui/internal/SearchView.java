package org.touchstone.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckStateChangedEvent;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.touchstone.model.Tenant;
import org.touchstone.search.SearchHit;
import org.touchstone.search.SearchRequest;
import org.touchstone.search.SearchResults;
import org.touchstone.ui.WorkspaceModel;

/**
 * The case library for trainers: searches the shared library and the selected tenant's own
 * material, with the command line's search. A search runs as a job a moment after the trainer
 * stops typing (a newer one cancels an older one still running), never on the UI thread;
 * only a query submitted with Enter counts as a knowledge gap when it finds nothing. Facets with
 * counts narrow the hits; suggestions come from the index as one types; a hit opens in its reader
 * or editor.
 */
public class SearchView extends ViewPart {
	public static final String ID = "org.touchstone.ui.search";
	/** How long the view waits after a keystroke before it searches. */
	static final int PAUSE_MS = 250;

	private Text query;
	private Label summary;
	private TableViewer results;
	private CheckboxTreeViewer facets;
	private String tenant;
	private final Map<String, Set<String>> ticked = new LinkedHashMap<>();
	private SearchResults shown;
	private volatile List<String> suggestions = List.of();
	private Job running;
	/** How many searches were started and how many have been shown, for tests. */
	private int started;
	private int finished;
	/** Searches as the tenant selected in the navigator. */
	private final ISelectionListener listener = (part, selection) -> {
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof Tenant t) {
			tenant = t.getId();
			ticked.clear();
			searchSoon(false);
		}
	};

	/** One facet value with its count, as a checkbox under its facet. */
	record FacetValue(String facet, String value, int count) {
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		query = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		query.setMessage(Messages.SearchView_hint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
		query.addModifyListener(e -> searchSoon(false));
		query.addListener(SWT.DefaultSelection, e -> searchSoon(true));
		ContentProposalAdapter proposals = new ContentProposalAdapter(query, new TextContentAdapter(), (contents, position) -> {
			List<IContentProposal> out = new ArrayList<>();
			for (String s : suggestions) {
				out.add(new ContentProposal(s));
			}
			return out.toArray(IContentProposal[]::new);
		}, null, null);
		proposals.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
		proposals.setAutoActivationDelay(PAUSE_MS * 2);
		summary = new Label(parent, SWT.WRAP);
		summary.setText(Messages.SearchView_pickTenant);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		facets(sash);
		Composite holder = new Composite(sash, SWT.NONE);
		sash.setWeights(25, 75);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		results = new TableViewer(holder, SWT.FULL_SELECTION | SWT.V_SCROLL);
		results.getTable().setHeaderVisible(true);
		results.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, Messages.SearchView_title, 30, h -> h.title() + (h.company() == null ? "" : " \u2014 " + h.company()), false);
		column(layout, Messages.SearchView_type, 8, SearchHit::type, false);
		column(layout, Messages.SearchView_source, 12, SearchHit::tenant, false);
		column(layout, Messages.SearchView_snippet, 50, SearchHit::snippet, true);
		results.addDoubleClickListener(e -> open((SearchHit) results.getStructuredSelection().getFirstElement()));
		getSite().getPage().addSelectionListener(TenantsView.ID, listener);
		// Made when first shown, often after a tenant was selected: that tenant, from the start.
		listener.selectionChanged(null, getSite().getPage().getSelection(TenantsView.ID));
	}

	private void facets(Composite parent) {
		facets = new CheckboxTreeViewer(parent, SWT.BORDER | SWT.V_SCROLL);
		facets.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((Map<?, ?>) input).keySet().toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				if (!(parentElement instanceof String facet) || shown == null) {
					return new Object[0];
				}
				List<FacetValue> values = new ArrayList<>();
				shown.facets().getOrDefault(facet, Map.of()).forEach((value, count) -> values.add(new FacetValue(facet, value, count)));
				return values.toArray();
			}

			@Override
			public Object getParent(Object element) {
				return element instanceof FacetValue v ? v.facet() : null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof String;
			}
		});
		facets.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof FacetValue v) {
					return NLS.bind(Messages.SearchView_facetValue, v.value(), v.count());
				}
				return Messages.facet((String) element);
			}
		});
		facets.setCheckStateProvider(new org.eclipse.jface.viewers.ICheckStateProvider() {
			@Override
			public boolean isChecked(Object element) {
				return element instanceof FacetValue v && ticked.getOrDefault(v.facet(), Set.of()).contains(v.value());
			}

			@Override
			public boolean isGrayed(Object element) {
				return false;
			}
		});
		facets.addCheckStateListener(this::ticked);
	}

	private void ticked(CheckStateChangedEvent event) {
		if (event.getElement() instanceof FacetValue v) {
			Set<String> values = ticked.computeIfAbsent(v.facet(), f -> new LinkedHashSet<>());
			if (event.getChecked()) {
				values.add(v.value());
			} else {
				values.remove(v.value());
			}
			searchSoon(false);
		} else {
			facets.setChecked(event.getElement(), false);
		}
	}

	/** Ticks or unticks a facet value as a click on its checkbox does. */
	public void tick(String facet, String value, boolean on) {
		Set<String> values = ticked.computeIfAbsent(facet, f -> new LinkedHashSet<>());
		if (on) {
			values.add(value);
		} else {
			values.remove(value);
		}
		facets.refresh();
		searchSoon(false);
	}

	/**
	 * Searches a moment from now, as a job; a submitted search (Enter) runs at once and is the
	 * only kind that records a query finding nothing as a knowledge gap.
	 */
	private void searchSoon(boolean submitted) {
		if (tenant == null || results == null || results.getControl().isDisposed()) {
			return;
		}
		String text = query.getText();
		if (running != null) {
			running.cancel();
		}
		if (text.isBlank()) {
			running = null;
			shown = null;
			results.setInput(List.of());
			facets.setInput(Map.of());
			summary.setText(NLS.bind(Messages.SearchView_typeToSearch, tenant));
			return;
		}
		String forTenant = tenant;
		WorkspaceModel model = WorkspaceModel.current();
		org.touchstone.core.Context context = model.context(forTenant);
		SearchRequest request = new SearchRequest(text, Map.of(), 50, 0, Map.copyOf(ticked));
		started++;
		Job job = new Job(NLS.bind(Messages.SearchView_job, text)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				Object outcome;
				List<String> suggested = List.of();
				try {
					outcome = SearchService.with(s -> submitted ? s.search(context, request) : s.preview(context, request));
					suggested = SearchService.with(s -> s.suggest(context, text, 8));
				} catch (RuntimeException e) {
					outcome = UiLanguage.text(e);
				}
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				Object found = outcome;
				List<String> offered = suggested;
				Job self = this;
				results.getControl().getDisplay().asyncExec(() -> show(self, forTenant, text, found, offered));
				return Status.OK_STATUS;
			}
		};
		job.setRule(SearchService.RULE);
		job.setSystem(true);
		running = job;
		job.schedule(submitted ? 0 : PAUSE_MS);
	}

	private void show(Job job, String forTenant, String text, Object outcome, List<String> offered) {
		if (results.getControl().isDisposed() || job != running) {
			return;
		}
		finished = started;
		suggestions = offered;
		if (outcome instanceof SearchResults found) {
			shown = found;
			results.setInput(found.hits());
			facets.setInput(found.facets());
			facets.expandAll();
			String line = NLS.bind(Messages.SearchView_summary, new Object[] { text, found.total(), forTenant });
			if (found.total() == 0) {
				line += " " + Messages.SearchView_nothing;
			}
			summary.setText(line + (found.notices().isEmpty() ? "" : " \u2014 " + String.join("; ", found.notices().stream().map(UiLanguage::text).toList())));
		} else {
			shown = null;
			results.setInput(List.of());
			facets.setInput(Map.of());
			summary.setText(String.valueOf(outcome));
		}
		summary.getParent().layout(true);
	}

	/** Opens a hit: a case in the case reader, a standard or playbook in its editor. */
	public org.eclipse.ui.IEditorPart open(SearchHit hit) {
		if (hit == null || tenant == null) {
			return null;
		}
		TenantsView tenants = (TenantsView) getSite().getPage().findView(TenantsView.ID);
		try {
			return switch (hit.type()) {
			case "case" -> getSite().getPage().openEditor(new CaseReader.Input(hit.tenant(), hit.key(), tenant), CaseReader.ID);
			case "standard" -> tenants == null ? null : tenants.openStandard(hit.tenant(), hit.key());
			case "playbook" -> tenants == null ? null : tenants.openPlaybook(hit.tenant(), hit.key());
			default -> null;
			};
		} catch (PartInitException e) {
			org.eclipse.jface.dialogs.ErrorDialog.openError(getSite().getShell(), hit.key(), e.getMessage(), e.getStatus());
			return null;
		}
	}

	/** Whether the last search started has been shown, for tests. */
	public boolean isIdle() {
		return running == null || finished == started && running.getState() == Job.NONE;
	}

	/** The hits shown, for tests. */
	public TableViewer results() {
		return results;
	}

	/** The last results shown (facets and their counts), for tests. */
	public SearchResults shown() {
		return shown;
	}

	/** The query field, for tests. */
	public Text query() {
		return query;
	}

	/** The suggestions the query field offers now. */
	public List<String> suggestions() {
		return suggestions;
	}

	public String summary() {
		return summary.getText();
	}

	private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<SearchHit, String> text, boolean marked) {
		TableViewerColumn column = new TableViewerColumn(results, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new StyledCellLabelProvider() {
			@Override
			public void update(ViewerCell cell) {
				String value = text.apply((SearchHit) cell.getElement());
				if (value == null) {
					value = "";
				}
				if (!marked) {
					cell.setText(value);
					cell.setStyleRanges(null);
					return;
				}
				// The snippet marks matching words with <em>; they are shown in bold.
				StringBuilder plain = new StringBuilder();
				List<StyleRange> bold = new ArrayList<>();
				int at = 0;
				while (at < value.length()) {
					int open = value.indexOf("<em>", at);
					if (open < 0) {
						plain.append(unescape(value.substring(at)));
						break;
					}
					plain.append(unescape(value.substring(at, open)));
					int close = value.indexOf("</em>", open);
					String word = unescape(value.substring(open + 4, close < 0 ? value.length() : close));
					bold.add(new StyleRange(plain.length(), word.length(), null, null, SWT.BOLD));
					plain.append(word);
					at = close < 0 ? value.length() : close + 5;
				}
				cell.setText(plain.toString().replace('\n', ' '));
				cell.setStyleRanges(bold.toArray(StyleRange[]::new));
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
	}

	private static String unescape(String html) {
		return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
	}

	@Override
	public void setFocus() {
		query.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(TenantsView.ID, listener);
		if (running != null) {
			running.cancel();
		}
		super.dispose();
	}
}
