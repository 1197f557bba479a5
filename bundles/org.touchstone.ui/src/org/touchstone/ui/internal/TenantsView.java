package org.touchstone.ui.internal;

import java.util.Collection;

import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.touchstone.ui.TenantEditing;
import org.touchstone.ui.WorkspaceModel;

/**
 * The tenants the user can see, each with its standards, segments, touchpoints, playbooks, cases
 * and handbooks, labelled by the model's item providers.
 */
public class TenantsView extends ViewPart {
	public static final String ID = "org.touchstone.ui.tenants";

	private TreeViewer viewer;
	private ComposedAdapterFactory adapters;

	@Override
	public void createPartControl(Composite parent) {
		adapters = TenantEditing.adapters();
		AdapterFactoryItemDelegator items = new AdapterFactoryItemDelegator(adapters);
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((WorkspaceModel) input).workspace().tenants(((WorkspaceModel) input).user()).toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				Collection<?> children = items.getChildren(parentElement);
				return children.toArray();
			}

			@Override
			public Object getParent(Object element) {
				return items.getParent(element);
			}

			@Override
			public boolean hasChildren(Object element) {
				return !items.getChildren(element).isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return items.getText(element);
			}
		});
		viewer.setInput(WorkspaceModel.current());
		getSite().setSelectionProvider(viewer);
		viewer.addDoubleClickListener(event -> {
			Object element = ((org.eclipse.jface.viewers.IStructuredSelection) event.getSelection()).getFirstElement();
			open(element);
		});
		TenantEditing.onChange(refresh);
	}

	private final Runnable refresh = () -> {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.refresh(true);
		}
	};

	/** Opens a standard's editor by tenant and key. */
	public org.eclipse.ui.IEditorPart openStandard(String tenant, String key) {
		try {
			return getSite().getPage().openEditor(new ElementEditorInput(tenant, key), StandardEditor.ID);
		} catch (org.eclipse.ui.PartInitException ex) {
			org.eclipse.jface.dialogs.ErrorDialog.openError(getSite().getShell(), key, ex.getMessage(), ex.getStatus());
			return null;
		}
	}

	/** Opens a playbook's editor by tenant and key. */
	public org.eclipse.ui.IEditorPart openPlaybook(String tenant, String key) {
		try {
			return getSite().getPage().openEditor(new ElementEditorInput(tenant, key), PlaybookEditor.ID);
		} catch (org.eclipse.ui.PartInitException ex) {
			org.eclipse.jface.dialogs.ErrorDialog.openError(getSite().getShell(), key, ex.getMessage(), ex.getStatus());
			return null;
		}
	}

	/** Opens the editor of an element: a standard (or one of its revisions), a playbook (or one of its steps). */
	public org.eclipse.ui.IEditorPart open(Object element) {
		for (Object o = element; o instanceof org.eclipse.emf.ecore.EObject e; o = e.eContainer()) {
			if (e instanceof org.touchstone.model.ServiceStandard standard) {
				String tenant = ((org.touchstone.model.Tenant) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(standard)).getId();
				return openStandard(tenant, standard.getKey());
			}
			if (e instanceof org.touchstone.model.RecoveryPlaybook playbook) {
				String tenant = ((org.touchstone.model.Tenant) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(playbook)).getId();
				return openPlaybook(tenant, playbook.getKey());
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
		super.dispose();
	}
}
