package org.touchstone.app.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The service-quality perspective: tenants and their material on the left, editors on the right. */
public class QualityPerspective implements IPerspectiveFactory {
	public static final String ID = "org.touchstone.app.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(TenantsView.ID, IPageLayout.LEFT, 0.35f, layout.getEditorArea());
	}
}
