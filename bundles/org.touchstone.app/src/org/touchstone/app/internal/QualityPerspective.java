package org.touchstone.app.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.touchstone.ui.internal.FindingsView;
import org.touchstone.ui.internal.SearchView;
import org.touchstone.ui.internal.TenantsView;

/** The service-quality perspective: tenants and their material on the left, the findings of validation for the selected tenant and the case library's search below the editors. */
public class QualityPerspective implements IPerspectiveFactory {
	public static final String ID = "org.touchstone.app.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(TenantsView.ID, IPageLayout.LEFT, 0.35f, layout.getEditorArea());
		// Below the editors: the findings in front and the case library's search as a tab behind
		// them (Search > Search Library, Ctrl+F, brings it forward), made when first shown, so the
		// editors keep the whole height. The Properties view opens there too (Window > Show View);
		// it is not there from the start, since its tab's icon is the platform's SVG and drawing the
		// first SVG loads a renderer and Java2D: a quarter of a second before the first window.
		org.eclipse.ui.IFolderLayout below = layout.createFolder("org.touchstone.app.below", IPageLayout.BOTTOM, 0.55f, layout.getEditorArea());
		below.addView(FindingsView.ID);
		below.addView(SearchView.ID);
		below.addPlaceholder(IPageLayout.ID_PROP_SHEET);
		// Opened from Window > Show View (or the tests): beside the findings and beside the editors.
		layout.addPlaceholder(org.touchstone.ui.internal.GapsView.ID, IPageLayout.RIGHT, 0.6f, FindingsView.ID);
		layout.addPlaceholder(org.touchstone.ui.internal.PreviewView.ID, IPageLayout.RIGHT, 0.5f, layout.getEditorArea());
		layout.addPlaceholder(org.touchstone.ui.internal.DashboardView.ID, IPageLayout.TOP, 0.6f, layout.getEditorArea());
		for (String view : new String[] { TenantsView.ID, FindingsView.ID, SearchView.ID, org.touchstone.ui.internal.GapsView.ID,
				org.touchstone.ui.internal.PreviewView.ID, org.touchstone.ui.internal.DashboardView.ID, IPageLayout.ID_PROP_SHEET }) {
			layout.addShowViewShortcut(view);
		}
	}
}
