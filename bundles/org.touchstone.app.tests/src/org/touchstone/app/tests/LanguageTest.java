package org.touchstone.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.app.internal.TouchstoneWorkbenchAdvisor;
import org.touchstone.ui.internal.TenantsView;

/**
 * The workbench in the language it is started in ({@code -nl zh} or {@code -nl en}; the build runs
 * this test once in each): its menus and views speak that language, and a screenshot of the window
 * is saved as {@code target/screenshots/workbench-zh.png} or {@code workbench-en.png}.
 */
class LanguageTest extends InRealWindow {

	@TempDir
	Path workspace;

	@Test
	void theWorkbenchSpeaksTheLanguageItWasStartedIn() throws Exception {
		String nl = Platform.getNL().startsWith("zh") ? "zh" : "en";
		List<String> menus = new ArrayList<>();
		String[] view = new String[3];
		List<String> noThreshold = new ArrayList<>();
		List<String> dimensions = new ArrayList<>();
		String[] editorDimension = new String[1];
		String[] editorHeader = new String[1];
		Throwable[] failure = new Throwable[1];
		Path picture = Path.of("target/screenshots/workbench-" + nl + ".png");
		Display swt = PlatformUI.createDisplay();
		try {
			PlatformUI.createAndRunWorkbench(swt, new TouchstoneWorkbenchAdvisor(workspace, "tester") {
				@Override
				public void postStartup() {
					super.postStartup();
					// The window is looked at once it has painted.
					swt.timerExec(1000, () -> {
						try {
							IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
							for (MenuItem item : window.getShell().getMenuBar().getItems()) {
								menus.add(item.getText());
							}
							view[0] = window.getActivePage().findView(TenantsView.ID).getTitle();
							view[1] = window.getActivePage().showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET).getTitle();
							org.touchstone.ui.WorkspaceModel model = org.touchstone.ui.WorkspaceModel.current();
							Object counter = model.workspace().read(model.context("riverside-bank")).getStandards().stream()
									.filter(s -> s.getKey().equals("B-001")).findFirst().orElseThrow();
							view[2] = ((org.eclipse.jface.viewers.ILabelProvider) ((TenantsView) window.getActivePage().findView(TenantsView.ID)).viewer().getLabelProvider())
									.getText(counter);
							// harbor-hotel's standards grouped by dimension, named in the workbench's language
							TenantsView navigator = (TenantsView) window.getActivePage().findView(TenantsView.ID);
							org.eclipse.jface.viewers.ITreeContentProvider content = (org.eclipse.jface.viewers.ITreeContentProvider) navigator.viewer().getContentProvider();
							Object harbor = java.util.Arrays.stream(content.getElements(navigator.viewer().getInput()))
									.filter(e -> e instanceof org.touchstone.model.Tenant t && t.getId().equals("harbor-hotel")).findFirst().orElseThrow();
							Object standards = content.getChildren(harbor)[0];
							for (Object group : content.getChildren(standards)) {
								dimensions.add(((org.eclipse.jface.viewers.ILabelProvider) navigator.viewer().getLabelProvider()).getText(group));
							}
							// riverside-bank writes in English: its findings, too, are in the workbench's language.
							org.touchstone.ui.internal.FindingsView findings = (org.touchstone.ui.internal.FindingsView) window.getActivePage()
									.showView(org.touchstone.ui.internal.FindingsView.ID);
							TenantsView tenants = (TenantsView) window.getActivePage().findView(TenantsView.ID);
							for (org.eclipse.swt.widgets.TreeItem item : tenants.viewer().getTree().getItems()) {
								if (item.getData() instanceof org.touchstone.model.Tenant t && t.getId().equals("riverside-bank")) {
									tenants.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(t), true);
								}
							}
							long until = System.currentTimeMillis() + 60_000;
							while (!findings.isUpToDate() && System.currentTimeMillis() < until) {
								WorkbenchWindowTest.spin(swt, 20);
							}
							for (org.eclipse.swt.widgets.TableItem item : findings.viewer().getTable().getItems()) {
								item.getText(1); // a virtual table's row gets its finding when it is first read
								if (item.getData() instanceof org.touchstone.core.Finding f && "B-004".equals(f.key()) && f.code().equals("measurability.no-threshold")) {
									noThreshold.addAll(List.of(item.getText(2), item.getText(3))); // field, message
								}
							}
							// and a standard's editor, in the same language as the rest of the window
							org.eclipse.ui.IEditorPart lobby = tenants.openStandard("harbor-hotel", "G-001");
							WorkbenchWindowTest.spin(swt, 500);
							for (org.eclipse.swt.widgets.Control c : WorkbenchWindowTest.all(lobby.getSite().getShell())) {
								if (c instanceof org.eclipse.swt.widgets.Combo combo && "dimension".equals(combo.getData(org.touchstone.ui.internal.StandardEditor.FIELD))) {
									editorDimension[0] = combo.getText();
								}
								if (c instanceof org.eclipse.swt.widgets.Label label && label.getText().startsWith("G-001")) {
									editorHeader[0] = label.getText();
								}
							}
							WorkbenchWindowTest.screenshotOf(window.getShell(), picture);
						} catch (Throwable t) {
							failure[0] = t;
						} finally {
							PlatformUI.getWorkbench().close();
						}
					});
				}
			});
		} finally {
			swt.dispose();
		}
		assertNull(failure[0], () -> "looking at the workbench failed: " + failure[0]);
		if (nl.equals("zh")) {
			assertEquals(List.of("文件(&F)", "编辑(&E)", "导航(&N)", "搜索(&S)", "发布(&P)", "团队(&T)", "窗口(&W)", "帮助(&H)"), menus);
			assertEquals("租户", view[0]);
			assertEquals("属性", view[1], "the platform's Properties view too (org.touchstone.platform.nl)");
			assertTrue(view[2].startsWith("B-001 ") && view[2].contains("[r2 生效]"), "a standard's state by its Chinese name: " + view[2]);
			assertEquals(List.of("及时性 (timeliness)", "预见性 (anticipation)", "态度 (attitude)", "反馈 (feedback)"), dimensions,
					"the dimensions by their Chinese names, with the codes the command line uses");
			assertEquals("及时性 (timeliness)", editorDimension[0], "and so in the editor");
			assertTrue(String.valueOf(editorHeader[0]).contains("生效"), "the editor names the revision's state in Chinese: " + editorHeader[0]);
			assertEquals(List.of("阈值", "B-004：没有可测量的阈值（指标、比较方式和数值），无法判断是否达标。"), noThreshold,
					"an English-writing tenant's finding, in the Chinese workbench's words");
		} else {
			assertEquals(List.of("&File", "&Edit", "&Navigate", "&Search", "&Publish", "&Team", "&Window", "&Help"), menus);
			assertEquals("Tenants", view[0]);
			assertEquals("Properties", view[1]);
			assertTrue(view[2].startsWith("B-001 ") && view[2].contains("[r2 effective]"), view[2]);
			assertEquals(List.of("Timeliness", "Anticipation", "Attitude", "Feedback"), dimensions);
			assertEquals("Timeliness", editorDimension[0]);
			assertTrue(String.valueOf(editorHeader[0]).contains("(effective)"), editorHeader[0]);
			assertEquals(List.of("Threshold", "B-004: no measurable threshold (metric, comparison and value), so nobody can tell whether it is met."), noThreshold);
		}
		assertTrue(Files.size(picture) > 10_000, "a screenshot of the window in " + nl);
	}
}
