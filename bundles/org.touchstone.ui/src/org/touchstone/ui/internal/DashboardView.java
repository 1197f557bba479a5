package org.touchstone.ui.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;
import org.touchstone.core.Workspace;
import org.touchstone.model.Language;
import org.touchstone.model.Tenant;
import org.touchstone.results.Charts;
import org.touchstone.results.Figure;
import org.touchstone.results.Figures;
import org.touchstone.results.ObservationTable;
import org.touchstone.results.Period;
import org.touchstone.results.Recoveries;
import org.touchstone.results.Recovery;
import org.touchstone.results.Report;
import org.touchstone.results.Results;
import org.touchstone.ui.WorkspaceModel;

/**
 * The selected tenant's results at a glance: compliance by site, a standard's trend, the ten
 * standards met least often, and failures by type, drawn as SVG charts (the same ones a handbook
 * publishes). A click on a site's or a standard's bar lists the observations behind it, newest
 * first.
 * <p>
 * The result files are read in a job; the figures are counted on the UI thread, which owns the
 * model they are judged against (for the sample tenants, a few milliseconds).
 */
public class DashboardView extends ViewPart {
	public static final String ID = "org.touchstone.ui.dashboard";
	private static final int DRILL_LIMIT = 500;
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private String tenant;
	private Tenant model;
	private ObservationTable table;
	private Report report;
	private Recovery recovery;
	private Label summary;
	private Combo standards;
	private TableViewer drill;
	private final List<ChartCanvas> charts = new ArrayList<>();
	private final ISelectionListener listener = (part, selection) -> {
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof Tenant t && !t.getId().equals(Workspace.LIBRARY)) {
			if (!t.getId().equals(tenant)) {
				tenant = t.getId();
				model = t;
				reload();
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		Composite top = new Composite(parent, SWT.NONE);
		top.setLayout(new GridLayout(2, false));
		summary = new Label(top, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		standards = new Combo(top, SWT.READ_ONLY);
		standards.setToolTipText(Messages.Dashboard_trendOf);
		GridData wide = new GridData(SWT.END, SWT.CENTER, false, false);
		wide.widthHint = 280;
		standards.setLayoutData(wide);
		standards.addListener(SWT.Selection, e -> charts.get(1).redraw(true));
		SashForm sash = new SashForm(top, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		Composite grid = new Composite(sash, SWT.NONE);
		GridLayout two = new GridLayout(2, true);
		two.marginWidth = two.marginHeight = 0;
		grid.setLayout(two);
		charts.add(new ChartCanvas(grid, "sites", size -> Charts.bySite(report.sites(), Messages.Dashboard_bySite, null, size.x, size.y), key -> show(key, null)));
		charts.add(new ChartCanvas(grid, "trend", size -> {
			String key = standards.getSelectionIndex() < 0 ? null : standards.getItem(standards.getSelectionIndex()).split(" ", 2)[0];
			Figure standard = key == null ? null : report.standard(key);
			return Charts.trend(key == null ? List.of() : report.trends().get(key), NLS.bind(Messages.Dashboard_trend, key == null ? "" : key),
					standard == null ? null : standard.target(), size.x, size.y);
		}, period -> { }));
		charts.add(new ChartCanvas(grid, "worst", size -> Charts.worst(report.standards(), Messages.Dashboard_worst, size.x, size.y), key -> {
			select(key);
			show(null, key);
		}));
		charts.add(new ChartCanvas(grid, "failures", size -> Charts.failures(failureNames(recovery.byFailureType()), Messages.Dashboard_failures, size.x, size.y),
				key -> { }));
		Composite holder = new Composite(sash, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		drill = new TableViewer(holder, SWT.FULL_SELECTION | SWT.V_SCROLL);
		drill.getTable().setHeaderVisible(true);
		drill.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, Messages.Dashboard_when, 18, j -> WHEN.format(j.observation().at()));
		column(layout, Messages.Dashboard_site, 14, j -> j.observation().site());
		column(layout, Messages.Dashboard_standard, 16, j -> j.observation().standard() + " r" + j.observation().revision() + "." + j.observation().criterion());
		column(layout, Messages.Dashboard_value, 10, j -> org.touchstone.core.RevisionDiff.number(j.observation().value()));
		column(layout, Messages.Dashboard_threshold, 10, j -> j.threshold() == null ? "-" : org.touchstone.core.RevisionDiff.number(j.threshold()));
		column(layout, Messages.Dashboard_met, 8, j -> j.met() ? "✓" : "✗");
		column(layout, Messages.Dashboard_observer, 16, j -> j.observation().observer());
		sash.setWeights(70, 30);
		getViewSite().getActionBars().getToolBarManager().add(new org.eclipse.jface.action.Action(Messages.Audit_title) {
			@Override
			public void run() {
				if (tenant != null && new AuditDialog(getSite().getShell(), tenant).open() == org.eclipse.jface.window.Window.OK) {
					reload();
				}
			}
		});
		getSite().getPage().addSelectionListener(TenantsView.ID, listener);
		listener.selectionChanged(null, getSite().getPage().getSelection(TenantsView.ID));
		if (tenant == null) {
			summary.setText(Messages.Dashboard_pickTenant);
		}
	}

	/** Reads the tenant's results again: the files in a job, the figures on the UI thread. */
	public void reload() {
		String id = tenant;
		Supplier<ObservationTable> reader;
		try {
			reader = new Results(WorkspaceModel.current().workspace()).reader(WorkspaceModel.current().context(id));
		} catch (RuntimeException e) {
			summary.setText(UiLanguage.text(e));
			return;
		}
		summary.setText(NLS.bind(Messages.Dashboard_reading, id));
		Job job = Job.create(NLS.bind(Messages.Dashboard_reading, id), (IProgressMonitor monitor) -> {
			Object read;
			try {
				read = reader.get();
			} catch (RuntimeException e) {
				read = UiLanguage.text(e);
			}
			Object shown = read;
			summary.getDisplay().asyncExec(() -> {
				if (!summary.isDisposed() && id.equals(tenant)) {
					if (shown instanceof ObservationTable t) {
						show(t);
					} else {
						summary.setText(String.valueOf(shown));
					}
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void show(ObservationTable read) {
		table = read;
		Language language = UiLanguage.current();
		report = Figures.of(model, read, null, null, null, Period.MONTH, language);
		recovery = Recoveries.of(model, null, null, null, language);
		summary.setText(NLS.bind(Messages.Dashboard_summary, new Object[] { tenant, report.observations(), report.sites().size(), recovery.complaints() }));
		standards.removeAll();
		for (Figure f : report.standards()) {
			standards.add(f.key() + " " + f.name());
		}
		List<Figure> worst = report.standards().stream().filter(f -> f.rate() != null).sorted(java.util.Comparator.comparing(Figure::rate)).toList();
		if (!worst.isEmpty()) {
			select(worst.get(0).key());
		}
		drill.setInput(List.of());
		charts.forEach(c -> c.redraw(true));
	}

	private void select(String key) {
		for (int i = 0; i < standards.getItemCount(); i++) {
			if (standards.getItem(i).startsWith(key + " ")) {
				standards.select(i);
				charts.get(1).redraw(true);
			}
		}
	}

	/** Lists the observations behind a site's or a standard's bar. */
	public void show(String site, String standard) {
		if (table == null) {
			return;
		}
		drill.setInput(Figures.behind(model, table, site, standard, DRILL_LIMIT));
	}

	public TableViewer drillDown() {
		return drill;
	}

	/** Failures per type with each type by its name in the workbench's language (the report keys them by literal), most first. */
	private static java.util.Map<String, Integer> failureNames(java.util.Map<String, Integer> byLiteral) {
		boolean zh = UiLanguage.chinese();
		java.util.Map<String, Integer> named = new java.util.LinkedHashMap<>();
		byLiteral.forEach((literal, count) -> {
			org.touchstone.model.FailureType type = org.touchstone.model.FailureType.get(literal);
			named.merge(type == null ? literal : org.touchstone.core.Labels.of(type, zh), count, Integer::sum);
		});
		return named;
	}

	/** The chart drawn in one of the four places, by name: sites, trend, worst, failures. */
	public Charts.Chart chart(String name) {
		return charts.stream().filter(c -> c.name.equals(name)).findFirst().map(c -> c.chart).orElse(null);
	}

	/** Clicks a chart at a point, as the mouse does. */
	public void click(String name, int x, int y) {
		charts.stream().filter(c -> c.name.equals(name)).findFirst().ifPresent(c -> c.clicked(x, y));
	}

	public Composite chartControl(String name) {
		return charts.stream().filter(c -> c.name.equals(name)).findFirst().map(c -> (Composite) c.canvas).orElse(null);
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<Figures.Judged, String> text) {
		TableViewerColumn column = new TableViewerColumn(drill, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Figures.Judged) element);
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
	}

	/** A canvas that shows a chart, drawn again at its size when that changes, and hands a click's key on. */
	private final class ChartCanvas {
		final String name;
		final Canvas canvas;
		final Function<Point, Charts.Chart> draw;
		final java.util.function.Consumer<String> onClick;
		Charts.Chart chart;
		Image image;
		Point drawnAt;

		ChartCanvas(Composite parent, String name, Function<Point, Charts.Chart> draw, java.util.function.Consumer<String> onClick) {
			this.name = name;
			this.draw = draw;
			this.onClick = onClick;
			canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
			canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			canvas.addListener(SWT.Paint, e -> {
				Point size = canvas.getSize();
				if (report == null || size.x < 40 || size.y < 40) {
					return;
				}
				if (image == null || !size.equals(drawnAt)) {
					render(size);
				}
				e.gc.drawImage(image, 0, 0);
			});
			canvas.addListener(SWT.Resize, e -> canvas.redraw());
			canvas.addListener(SWT.MouseDown, e -> clicked(e.x, e.y));
			canvas.addListener(SWT.Dispose, e -> {
				if (image != null) {
					image.dispose();
				}
			});
		}

		void redraw(boolean again) {
			if (again) {
				drawnAt = null;
			}
			Point size = canvas.getSize();
			if (report != null && size.x >= 40 && size.y >= 40) {
				render(size);
			}
			canvas.redraw();
		}

		private void render(Point size) {
			chart = draw.apply(size);
			if (image != null) {
				image.dispose();
			}
			// SWT reads SVG through its svg fragment (JSVG), the same rasteriser as the workbench's icons.
			image = new Image(canvas.getDisplay(), new ByteArrayInputStream(chart.svg().getBytes(StandardCharsets.UTF_8)));
			drawnAt = size;
		}

		void clicked(int x, int y) {
			String key = chart == null ? null : chart.keyAt(x, y);
			if (key != null) {
				onClick.accept(key);
			}
		}
	}

	@Override
	public void setFocus() {
		charts.get(0).canvas.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(TenantsView.ID, listener);
		super.dispose();
	}
}
