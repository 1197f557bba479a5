package org.touchstone.ui.internal;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.Tenant;
import org.touchstone.ui.TenantEditing;
import org.touchstone.ui.WorkspaceModel;

/**
 * The navigator: the tenants the user can see, each with its standards grouped by dimension (with
 * their state and their count of errors and warnings), segments, touchpoints in journey order,
 * playbooks, cases and handbooks; a filter above it; double-click opens an editor, and the context
 * menu holds the commands for the selection (New Standard, Users and Roles, Publish Handbook).
 */
public class TenantsView extends ViewPart {
	public static final String ID = "org.touchstone.ui.tenants";

	private TreeViewer viewer;
	private NavigatorLabels labels;
	private Text filter;
	/**
	 * Follows a change: the standards or elements a command touched are shown again (a tree of ten
	 * thousand standards is not redrawn for one keystroke); any other change redraws the tree.
	 */
	private final java.util.function.Consumer<org.eclipse.emf.common.command.Command> refresh = cause -> {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (cause == null) {
			viewer.refresh(true);
			return;
		}
		java.util.Set<Object> touched = new java.util.LinkedHashSet<>();
		for (Object o : cause.getAffectedObjects()) {
			for (EObject e = o instanceof EObject eo ? eo : null; e != null; e = e.eContainer()) {
				if (e.eContainer() instanceof Tenant) {
					touched.add(e);
					break;
				}
			}
		}
		for (Object element : touched) {
			if (element instanceof ServiceStandard || element instanceof RecoveryPlaybook) {
				viewer.update(element, null);
			} else {
				viewer.refresh(true);
				return;
			}
		}
	};
	/** Labels follow what is to be sent to the Git server and what is coming from it. */
	private final Runnable teamMarks = () -> {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.refresh(true);
		}
	};
	/** Labels follow the findings when the Findings view has brought them up to date. */
	private final java.util.function.Consumer<java.util.Collection<?>> findingsChanged = elements -> {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (elements == null) {
			viewer.refresh(true);
		} else {
			for (Object element : elements) {
				viewer.update(element, null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(area);
		filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.Navigator_filter);
		filter.setData(TenantEditor.FIELD, "filter");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		viewer = new TreeViewer(area, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.VIRTUAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(new NavigatorContent());
		labels = new NavigatorLabels();
		viewer.setLabelProvider(labels);
		viewer.setUseHashlookup(true);
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return matches(element, filter.getText().strip().toLowerCase(Locale.ROOT));
			}
		});
		filter.addListener(SWT.Modify, e -> {
			viewer.refresh();
			if (!filter.getText().isBlank()) {
				viewer.expandAll();
			}
		});
		viewer.setInput(WorkspaceModel.current());
		getSite().setSelectionProvider(viewer);
		viewer.addDoubleClickListener(event -> open(((IStructuredSelection) event.getSelection()).getFirstElement()));
		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
		TenantEditing.onChange(refresh);
		TenantEditing.onFindingsChanged(findingsChanged);
		TeamMarks.onChange(teamMarks);
		dragToReorder();
	}

	/** Handbook chapters and playbook steps are put in another order by dragging one onto another of the same list. */
	private void dragToReorder() {
		DragToReorder.install(viewer, e -> e instanceof org.touchstone.model.Chapter || e instanceof org.touchstone.model.PlaybookStep, this::moveTo);
	}

	/** Moves a chapter or a step to the place of another in the same list, as a drop does; an undoable command. */
	public boolean moveTo(EObject moved, EObject target) {
		if (!(EcoreUtil.getRootContainer(moved) instanceof Tenant tenant)) {
			return false;
		}
		java.util.List<?> list = (java.util.List<?>) moved.eContainer().eGet(moved.eContainmentFeature());
		try {
			TenantEditing.stack(tenant.getId()).execute(org.touchstone.core.ElementEdits.move(TenantEditing.domain(tenant.getId()),
					WorkspaceModel.current().context(tenant.getId()), moved, list.indexOf(target)));
			return true;
		} catch (org.touchstone.core.TouchstoneException e) {
			org.eclipse.jface.dialogs.MessageDialog.openInformation(getSite().getShell(), Messages.Properties_title, UiLanguage.text(e));
			return false;
		}
	}

	/** Whether an element or something below it matches the filter: its label holds the words typed. */
	private boolean matches(Object element, String text) {
		if (text.isEmpty() || labels.getText(element).toLowerCase(Locale.ROOT).contains(text)) {
			return true;
		}
		if (element instanceof ServiceStandard || element instanceof RecoveryPlaybook || element instanceof NavigatorContent.Range) {
			return false;
		}
		NavigatorContent content = (NavigatorContent) viewer.getContentProvider();
		for (Object child : content.getChildren(element)) {
			if (matches(child, text)) {
				return true;
			}
		}
		return false;
	}

	/** Opens a standard's editor by tenant and key. */
	public IEditorPart openStandard(String tenant, String key) {
		return open(tenant, key, StandardEditor.ID);
	}

	/** Opens a playbook's editor by tenant and key. */
	public IEditorPart openPlaybook(String tenant, String key) {
		return open(tenant, key, PlaybookEditor.ID);
	}

	private IEditorPart open(String tenant, String key, String editor) {
		try {
			return getSite().getPage().openEditor(new ElementEditorInput(tenant, key), editor);
		} catch (PartInitException ex) {
			ErrorDialog.openError(getSite().getShell(), key, ex.getMessage(), ex.getStatus());
			return null;
		}
	}

	/** Opens the editor of a segment, touchpoint, case or handbook by tenant and key. */
	public IEditorPart openElement(String tenant, String key) {
		return open(tenant, key, ElementEditor.ID);
	}

	/** Opens the editor of an element: a standard (or one of its revisions), a playbook (or one of its steps), a segment, touchpoint, case or handbook. */
	public IEditorPart open(Object element) {
		for (Object o = element; o instanceof EObject e; o = e.eContainer()) {
			String tenant = EcoreUtil.getRootContainer(e) instanceof Tenant t ? t.getId() : null;
			if (e instanceof ServiceStandard standard && tenant != null) {
				return openStandard(tenant, standard.getKey());
			}
			if (e instanceof RecoveryPlaybook playbook && tenant != null) {
				return openPlaybook(tenant, playbook.getKey());
			}
			if ((e instanceof org.touchstone.model.CustomerSegment || e instanceof org.touchstone.model.Touchpoint || e instanceof org.touchstone.model.CaseStudy
					|| e instanceof org.touchstone.model.Handbook || e instanceof org.touchstone.model.Site || e instanceof org.touchstone.model.Complaint)
					&& tenant != null && e.eGet(e.eClass().getEStructuralFeature("key")) instanceof String key) {
				return openElement(tenant, key);
			}
		}
		return null;
	}

	/** The tree of tenants; for tests and for the views that follow its selection. */
	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		TenantEditing.removeOnChange(refresh);
		TeamMarks.removeOnChange(teamMarks);
		TenantEditing.removeOnFindingsChanged(findingsChanged);
		super.dispose();
	}
}
