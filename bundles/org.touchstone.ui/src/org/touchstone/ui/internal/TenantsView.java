package org.touchstone.ui.internal;

import org.touchstone.ui.WorkspaceModel;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.touchstone.model.provider.TouchstoneItemProviderAdapterFactory;

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
		adapters = new ComposedAdapterFactory(List.<AdapterFactory>of(new TouchstoneItemProviderAdapterFactory(),
				new ReflectiveItemProviderAdapterFactory()));
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
		if (adapters != null) {
			adapters.dispose();
		}
		super.dispose();
	}
}
