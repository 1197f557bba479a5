package org.touchstone.app.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.touchstone.ui.internal.FindingsView;
import org.touchstone.ui.internal.SearchView;
import org.touchstone.ui.internal.TenantsView;

/** The service-quality perspective: tenants and their material on the left, the findings of validation for the selected tenant below the editors. */
public class QualityPerspective implements IPerspectiveFactory {
	public static final String ID = "org.touchstone.app.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(TenantsView.ID, IPageLayout.LEFT, 0.35f, layout.getEditorArea());
		// The Properties view is a tab behind the findings, as in Eclipse's own perspectives: made
		// when first shown, it does not build a page for every editor opened before that.
		org.eclipse.ui.IFolderLayout below = layout.createFolder("org.touchstone.app.below", IPageLayout.BOTTOM, 0.55f, layout.getEditorArea());
		below.addView(FindingsView.ID);
		below.addView(IPageLayout.ID_PROP_SHEET);
		// Opened from Window > Show View (or the tests): beside the findings and beside the editors.
		layout.addPlaceholder(org.touchstone.ui.internal.GapsView.ID, IPageLayout.RIGHT, 0.6f, FindingsView.ID);
		layout.addPlaceholder(org.touchstone.ui.internal.PreviewView.ID, IPageLayout.RIGHT, 0.5f, layout.getEditorArea());
		layout.addPlaceholder(org.touchstone.ui.internal.DashboardView.ID, IPageLayout.TOP, 0.6f, layout.getEditorArea());
		for (String view : new String[] { TenantsView.ID, FindingsView.ID, SearchView.ID, org.touchstone.ui.internal.GapsView.ID,
				org.touchstone.ui.internal.PreviewView.ID, org.touchstone.ui.internal.DashboardView.ID, IPageLayout.ID_PROP_SHEET }) {
			layout.addShowViewShortcut(view);
		}
		layout.addView(SearchView.ID, IPageLayout.TOP, 0.6f, layout.getEditorArea());
	}
}
