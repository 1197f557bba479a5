package org.touchstone.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.app.internal.FindingsView;
import org.touchstone.app.internal.SearchView;
import org.touchstone.app.internal.TenantsView;
import org.touchstone.app.internal.TouchstoneWorkbenchAdvisor;
import org.touchstone.core.Finding;
import org.touchstone.model.Tenant;

/** Starts the real workbench in a real window (Xvfb when there is no screen) and looks at it. */
class WorkbenchWindowTest {
	private static XvfbDisplay display;

	@TempDir
	Path workspace;

	@BeforeAll
	static void startDisplay() throws Exception {
		display = XvfbDisplay.ensure();
	}

	@AfterAll
	static void stopDisplay() {
		display.close();
	}

	@Test
	void theWorkbenchOpensInAWindowTitledTouchstoneShowingTheTenants() {
		List<String> seen = new ArrayList<>();
		List<String> findings = new ArrayList<>();
		List<String> hits = new ArrayList<>();
		String[] title = new String[1];
		Display swt = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(swt, new TouchstoneWorkbenchAdvisor(workspace, "tester") {
				@Override
				public void postStartup() {
					super.postStartup();
					swt.asyncExec(() -> {
						IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
						title[0] = window.getShell().getText();
						IViewPart view = window.getActivePage().findView(TenantsView.ID);
						if (view instanceof TenantsView tenants) {
							for (TreeItem item : tenants.viewer().getTree().getItems()) {
								seen.add(item.getText());
							}
							Object harbor = java.util.Arrays.stream(tenants.viewer().getTree().getItems()).map(TreeItem::getData)
									.filter(d -> d instanceof Tenant t && t.getId().equals("harbor-hotel")).findFirst().orElseThrow();
							tenants.viewer().setSelection(new StructuredSelection(harbor), true);
							FindingsView findingsView = (FindingsView) window.getActivePage().findView(FindingsView.ID);
							for (Object f : (java.util.List<?>) findingsView.viewer().getInput()) {
								findings.add(((Finding) f).code());
							}
							SearchView searchView = (SearchView) window.getActivePage().findView(SearchView.ID);
							searchView.search("海底捞");
							for (Object h : (java.util.List<?>) searchView.results().getInput()) {
								hits.add(((org.touchstone.search.SearchHit) h).key());
							}
						}
						PlatformUI.getWorkbench().close();
					});
				}
			});
			assertEquals(PlatformUI.RETURN_OK, code);
		} finally {
			swt.dispose();
		}
		assertNotNull(title[0], "the workbench window opened");
		assertTrue(title[0].contains("Touchstone"), title[0]);
		assertTrue(seen.stream().anyMatch(s -> s.contains("library")), "tenants view lists the library: " + seen);
		assertTrue(seen.stream().anyMatch(s -> s.contains("harbor-hotel")), "tenants view lists harbor-hotel: " + seen);
		assertTrue(findings.contains("measurability.vague-word"), "selecting a tenant shows its findings: " + findings);
		assertTrue(hits.contains("haidilao-waiting-area"), "the search view finds the Haidilao case: " + hits);
	}
}
