package org.touchstone.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.ui.internal.FindingsView;
import org.touchstone.ui.internal.PublishHandler;
import org.touchstone.ui.internal.SearchView;
import org.touchstone.ui.internal.TenantsView;
import org.touchstone.ui.internal.UsersDialog;
import org.touchstone.app.internal.TouchstoneWorkbenchAdvisor;
import org.touchstone.core.Finding;
import org.touchstone.model.Tenant;

/** Starts the real workbench in a real window (Xvfb when there is no screen) and looks at it. */
class WorkbenchWindowTest extends InRealWindow {

	@TempDir
	Path workspace;

	@TempDir
	Path folders;

	@Test
	void theWorkbenchOpensInAWindowTitledTouchstoneShowingTheTenantsAndPublishesAHandbook() throws Exception {
		List<String> seen = new ArrayList<>();
		List<String> findings = new ArrayList<>();
		List<String> hits = new ArrayList<>();
		String[] title = new String[1];
		Throwable[] failure = new Throwable[1];
		List<IStatus> published = new ArrayList<>();
		List<IStatus> together = new ArrayList<>();
		List<List<String>> userRows = new ArrayList<>();
		List<String> userErrors = new ArrayList<>();
		Map<String, Object> edits = new java.util.LinkedHashMap<>();
		Path site = folders.resolve("published-site");
		Path foreign = folders.resolve("documents");
		Path site2 = folders.resolve("clicked-twice");
		Files.createDirectories(foreign);
		Files.writeString(foreign.resolve("thesis.docx"), "precious");
		Display swt = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(swt, new TouchstoneWorkbenchAdvisor(workspace, "tester") {
				@Override
				public void postStartup() {
					super.postStartup();
					swt.asyncExec(() -> {
						try {
							look();
						} catch (Throwable t) {
							failure[0] = t;
						} finally {
							PlatformUI.getWorkbench().close();
						}
					});
				}

				private void look() throws Exception {
					IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
					title[0] = window.getShell().getText();
					IViewPart view = window.getActivePage().findView(TenantsView.ID);
					if (view instanceof TenantsView tenants) {
						for (TreeItem item : tenants.viewer().getTree().getItems()) {
							seen.add(item.getText());
						}
						Object harbor = java.util.Arrays.stream(tenants.viewer().getTree().getItems()).map(TreeItem::getData)
								.filter(d -> d instanceof Tenant t && t.getId().equals("harbor-hotel")).findFirst().orElseThrow();
						FindingsView findingsView = (FindingsView) window.getActivePage().findView(FindingsView.ID);
						edits.put("findingsAtStart", findingsView.getContentDescription());
						tenants.viewer().setSelection(new StructuredSelection(harbor), true);
						spinUntilChecked(swt, findingsView);
						navigator(tenants, harbor, edits);
						for (Object f : (java.util.List<?>) findingsView.viewer().getInput()) {
							findings.add(((Finding) f).code());
						}
						caseLibrary(window, hits, edits);
						published.add(publish(window, swt, "harbor-hotel", site));
						published.add(publish(window, swt, "harbor-hotel", site));
						published.add(publish(window, swt, "harbor-hotel", foreign));
						together.addAll(publishTwiceAtOnce(site2));
						publishThroughTheWizard(window, folders.resolve("through-the-wizard"), edits);
						manageUsers(window.getShell(), userRows, userErrors);
						editAStandard(window, tenants, findingsView, edits);
						newStandard(window, edits);
						changedByAnotherProgram(window, edits);
						editPlaybookSteps(window, edits);
						quickFix(window, findingsView, edits);
						properties(window, edits);
						otherEditors(window, edits);
						segmentsAndCases(window, edits);
						relatedCases(window, tenants, edits);
						menusAndImport(window, folders, edits);
						preview(window, edits);
						dashboard(window, edits);
						complaint(window, edits);
						audit(window, edits);
					}
				}
			});
			assertEquals(PlatformUI.RETURN_OK, code);
		} finally {
			swt.dispose();
		}
		if (failure[0] != null) {
			throw new AssertionError("looking at the workbench failed", failure[0]);
		}
		assertNotNull(title[0], "the workbench window opened");
		assertTrue(title[0].contains("Touchstone"), title[0]);
		assertTrue(seen.stream().anyMatch(s -> s.contains("library")), "tenants view lists the library: " + seen);
		assertTrue(seen.stream().anyMatch(s -> s.contains("harbor-hotel")), "tenants view lists harbor-hotel: " + seen);
		assertTrue(findings.contains("measurability.vague-word"), "selecting a tenant shows its findings: " + findings);
		assertTrue(findings.containsAll(List.of("results.always-met", "results.rarely-met", "results.not-observed")),
				"and the findings from its results beside the lint: " + findings);
		assertTrue(hits.contains("haidilao-waiting-area"), "the search view finds the Haidilao case: " + hits);
		assertEquals(List.of(true, true), edits.get("searchInFront"), "Ctrl+F shows the search tab with its query field focused");
		assertTrue(((List<?>) edits.get("suggested")).stream().anyMatch(x -> String.valueOf(x).contains("海底捞")), "typing hai suggests Haidilao: " + edits.get("suggested"));
		assertTrue(((Map<?, ?>) edits.get("companies")).keySet().stream().anyMatch(c -> String.valueOf(c).contains("海底捞")),
				"the company facet counts Haidilao: " + edits.get("companies"));
		List<?> ticked = (List<?>) edits.get("ticked");
		assertTrue((Long) ticked.get(1) <= (Long) ticked.get(0) && (Boolean) ticked.get(2), "ticking type=case leaves only cases: " + ticked + " " + edits.get("typesBefore"));
		List<?> reader = (List<?>) edits.get("reader");
		assertTrue(String.valueOf(reader.get(0)).contains("海底捞") && String.valueOf(reader.get(1)).contains("Haidilao"),
				"the case reader shows Chinese and English side by side: " + reader);
		assertEquals(List.of(), edits.get("gapsWhileTyping"), "a query being typed is no knowledge gap");
		assertTrue(((List<?>) edits.get("gapsAfterEnter")).contains("航空延误赔偿"), "a submitted query that finds nothing is: " + edits);
		assertTrue(String.valueOf(edits.get("nothingFound")).contains("0"), String.valueOf(edits.get("nothingFound")));
		assertEquals("航空延误赔偿", edits.get("caseTitle"), "writing a case for a gap starts with the query as its title");
		assertEquals(false, edits.get("wizardRefusesRelative"), "the wizard asks for a full path");
		assertEquals("browser", edits.get("previewBrowser"), "the preview has a web engine (WebKitGTK)");
		assertEquals(true, ((List<?>) edits.get("previewFirst")).get(1), "the preview shows the chapter's page: " + edits.get("previewFirst"));
		List<?> beforeSave = (List<?>) edits.get("previewBeforeSave");
		assertEquals(true, beforeSave.get(0), "after a pause in editing, the preview shows the edit not yet saved");
		assertEquals(true, beforeSave.get(1), "and says it shows edits not yet saved");
		assertEquals(true, edits.get("previewReadsAChapterOnDisk"), "the check below reads the files the chapters are saved in");
		assertEquals(true, edits.get("previewWroteNothing"), "previewing unsaved edits writes nothing into the tenant's files");
		assertEquals(false, edits.get("previewAfterUndo"), "an undo takes the edit out of the preview again");
		List<?> afterSave = (List<?>) edits.get("previewAfterSave");
		assertEquals(true, afterSave.get(0), "after a save it shows the new text");
		assertEquals(true, afterSave.get(1), "and no longer speaks of unsaved edits");
		assertEquals(List.of("file", "edit", "navigate", "org.touchstone.menu.search", "org.touchstone.menu.publish", "org.touchstone.menu.team", "window", "help"),
				((List<?>) edits.get("menus")).stream().filter(m -> m != null).toList(), "the menu bar");
		assertEquals("Ctrl+F", edits.get("ctrlF"), "Ctrl+F brings up the case library");
		assertTrue(String.valueOf(edits.get("about")).startsWith("Touchstone 0.1.0"), String.valueOf(edits.get("about")));
		List<?> refused = (List<?>) edits.get("importRefused");
		assertTrue(String.valueOf(refused.get(0)).contains("broken.csv") && String.valueOf(refused.get(0)).contains("row 2"),
				"the preview names the file and row it refuses: " + refused);
		assertEquals(false, refused.get(1));
		assertEquals(false, edits.get("importRefusedStill"), "one bad file stops the whole import");
		assertEquals(List.of("import.csv, row 2: standard G-700 is added as a draft"), edits.get("importPreview"));
		List<?> imported = (List<?>) edits.get("imported");
		assertTrue(String.valueOf(imported.get(0)).contains("1"), "the job reports what it imported: " + imported);
		assertEquals(true, imported.get(1), "the open workbench has the imported standard");
		assertEquals(false, edits.get("wizardRefusesBadEdition"), "the wizard refuses an edition label that cannot name a folder");
		assertEquals(List.of(IStatus.OK, true, true, true), edits.get("wizardPublish"),
				"the Publish Handbook wizard publishes edition 2027.1, with its quiz page, to the end");
		assertEquals(List.of(IStatus.CANCEL, true, true), edits.get("cancelledPublish"),
				"a publish cancelled after its first page ends as cancelled and leaves the earlier site whole");
		assertFalse(((List<?>) edits.get("related")).isEmpty(), "G-001's editor lists related cases: " + edits.get("related"));
		String relatedKey = String.valueOf(edits.get("relatedKey"));
		assertTrue(((List<?>) edits.get("citedAfterClick")).stream().anyMatch(r -> String.valueOf(r).startsWith(relatedKey + " ")),
				"a click cites the related case: " + edits.get("citedAfterClick"));
		assertFalse(((List<?>) edits.get("citedAfterUndo")).stream().anyMatch(r -> String.valueOf(r).startsWith(relatedKey + " ")),
				"and Undo takes it back: " + edits.get("citedAfterUndo"));

		assertEquals(3, published.size(), "three publishes ran: " + published);
		assertTrue(published.get(0).isOK(), published.get(0).toString());
		assertTrue(published.get(0).getMessage().contains(site.resolve("index.html").toString()), published.get(0).getMessage());
		assertTrue(Files.isRegularFile(site.resolve("standards-by-dimension.html")), "the handbook was published from the workbench");
		assertTrue(published.get(1).isOK(), published.get(1).toString());
		assertEquals(modified.get(0), modified.get(1), "publishing again changed no page");
		assertEquals(IStatus.ERROR, published.get(2).getSeverity());
		assertTrue(published.get(2).getMessage().contains(foreign.toString()), "the error names the folder: " + published.get(2).getMessage());
		assertEquals("precious", Files.readString(foreign.resolve("thesis.docx")), "nothing of the user's was touched");
		assertEquals(2, together.size());
		assertTrue(together.get(0).isOK() && together.get(1).isOK(), "two publishes into one folder at once both work, one after the other: " + together);
		assertTrue(Files.isRegularFile(site2.resolve("index.html")));
		assertEquals(List.of("other still to finish", "other finished"), runs, "the second publish into the folder waited for the first");
		assertEquals(published.stream().filter(r -> !r.isOK()).count(), dialogs.size(), "a dialog for each publish with warnings or errors: " + dialogs);
		assertTrue(dialogs.get(dialogs.size() - 1).contains(foreign.toString()), "the dialog names the folder: " + dialogs);

		assertEquals(List.of("Standards", "Customer segments", "Touchpoints", "Recovery playbooks", "Cases", "Handbooks", "Sites", "Complaints"), edits.get("folders"));
		assertEquals(List.of("Timeliness", "Anticipation", "Attitude", "Feedback"), edits.get("groups"));
		for (Object shown : (List<?>) edits.get("inFolders")) {
			String[] kindAndLabel = shown.toString().split("\\|", 2);
			String kind = kindAndLabel[0].replaceAll("([a-z])([A-Z])", "$1 $2");
			assertFalse(kindAndLabel[1].startsWith(kind), "the folder says what kind an element is; its label need not: " + edits.get("inFolders"));
		}
		assertTrue(((List<?>) edits.get("inFolders")).size() >= 5, "segments, touchpoints, playbooks, cases, handbooks at least: " + edits.get("inFolders"));
		assertTrue(((String) edits.get("g008")).contains("[r1 in review]"), "a state named as users say it, not by its literal: " + edits.get("g008"));
		// the counts that are not 0, each in the right number: "2 errors, 1 warning", "1 warning"
		java.util.regex.Matcher counts = java.util.regex.Pattern.compile(" \u2014 (?:([1-9]\\d*) errors?)?(?:, )?(?:([1-9]\\d*) warnings?)?$")
				.matcher(String.valueOf(edits.get("g009")));
		assertTrue(String.valueOf(edits.get("g009")).startsWith("G-009") && String.valueOf(edits.get("g009")).contains("[r1 draft]") && counts.find()
				&& (counts.group(1) != null || counts.group(2) != null) && !String.valueOf(edits.get("g009")).matches(".*\\b(1 errors|1 warnings|[02-9]\\d* error|[02-9]\\d* warning)\\b.*"),
				"a standard shows its state and its findings, only the counts that are not 0: " + edits.get("g009"));
		assertEquals(List.of("harbor-hotel"), edits.get("filtered"), "the filter keeps the tenants that hold a match: " + edits.get("filtered"));
		assertTrue(userRows.get(0).contains("zoe: Trainer, Publisher"), "an admin added zoe with two roles: " + userRows.get(0));
		assertTrue(userRows.get(1).contains("zoe: Trainer"), "and took one of them away: " + userRows.get(1));
		assertFalse(userRows.get(2).stream().anyMatch(r -> r.startsWith("zoe:")), "and removed her: " + userRows.get(2));
		assertTrue(userErrors.get(0) != null && userErrors.get(0).contains("chen.train"), "a trainer is refused, by name: " + userErrors);
		assertFalse(userRows.get(3).stream().anyMatch(r -> r.startsWith("eve:")), "and nothing changed: " + userRows.get(3));
		assertTrue(userErrors.get(1) != null && userErrors.get(1).contains("last admin"), "the last admin stays: " + userErrors);

		assertEquals("Select a tenant in the Tenants view to see its findings.", edits.get("findingsAtStart"), "an empty Findings view says how to fill it");
		assertTrue(((List<?>) edits.get("before")).contains("measurability.no-threshold"), "G-009 starts without a threshold: " + edits);
		String noThreshold = "G-009: no measurable threshold (metric, comparison and value), so nobody can tell whether it is met.";
		assertEquals(List.of("", "Key", "Field", "Message", "Code"), edits.get("findingsColumnTitles"), "what a finding says comes before its code");
		assertTrue((Integer) edits.get("messageWidth") >= 150, "the message keeps room for its start however narrow the view: " + edits.get("messageWidth"));
		assertEquals(List.of("G-009", "Threshold", noThreshold, "measurability.no-threshold", noThreshold), edits.get("noThresholdRow"),
				"a Chinese tenant's finding in the English workbench: in English, its field as the editor labels it, the whole message under the pointer");
		assertFalse(((List<?>) edits.get("typed")).contains("measurability.no-threshold"), "typing a threshold clears the finding: " + edits);
		assertEquals(true, edits.get("dirtyAfterTyping"));
		assertTrue(((List<?>) edits.get("decoratedBefore")).containsAll(List.of("threshold", "observation.zh")), "fields with findings are marked: " + edits);
		assertFalse(((List<?>) edits.get("decoratedAfter")).contains("threshold"), "and unmarked when fixed: " + edits);
		assertEquals(List.of("Basic", "Expected", "Desired", "Unexpected"), edits.get("levels"), "the levels of expectation by their names, not their literals");
		assertEquals("desired", edits.get("level"), "the level of expectation is chosen in the editor");
		assertEquals(List.of("Anticipation", List.of("Timeliness", "Anticipation", "Attitude", "Feedback")), edits.get("editorDimension"),
				"the editor shows and offers dimensions by name");
		assertEquals(List.of("10 min", "95 %"), edits.get("criteria"), "a second criterion is added in the criteria table");
		assertEquals(false, edits.get("dirtyAfterSave"));
		assertFalse(((List<?>) edits.get("onDisk")).contains("measurability.no-threshold"), "the saved file has the threshold: " + edits);
		assertTrue(((List<?>) edits.get("undone")).contains("measurability.no-threshold"), "undo brings the finding back: " + edits);
		assertFalse(((List<?>) edits.get("redone")).contains("measurability.no-threshold"), "redo takes it away again: " + edits);
		assertTrue(String.valueOf(edits.get("refused")).contains("in review"), "a revision in review is not edited: " + edits);
		assertEquals(false, edits.get("authorMayApprove"), "its author may not approve it");
		assertTrue(String.valueOf(edits.get("authorTooltip")).contains("lin.qm wrote revision"), "and the button says why: " + edits);
		assertTrue(String.valueOf(edits.get("editorTooltip")).contains("tester edited revision"), "nor may whoever edited it: " + edits);
		assertEquals(true, edits.get("reviewerMayApprove"), "another approver may");
		assertEquals(List.of("in-review by lin.qm", "approved by zhou.review", "effective by zhou.review"), edits.get("steps"));
		assertEquals(false, edits.get("inReviewEditable"), "a revision in review is read-only in the editor");
		assertTrue(String.valueOf(edits.get("inReviewTooltip")).contains("return it to draft"), "and says why: " + edits.get("inReviewTooltip"));
		assertTrue(String.valueOf(edits.get("trainerTooltip")).contains("chen.train may read but not change"), "a trainer is told why: " + edits.get("trainerTooltip"));
		assertEquals(List.of(2, 2, 3), edits.get("consent"), "changing an effective revision asks first; declined, nothing changes; agreed, revision 3 starts");
		assertTrue(String.valueOf(edits.get("consentQuestion")).contains("Start revision 3 as a draft"), String.valueOf(edits.get("consentQuestion")));
		assertTrue(String.valueOf(edits.get("diff")).contains("threshold: 60 秒 -> 30 秒"), "the Revisions page shows the diff: " + edits.get("diff"));
		assertTrue((Integer) edits.get("historyRows") >= 7, "and every step of every revision: " + edits.get("historyRows"));
		assertTrue(((List<?>) edits.get("historySteps")).containsAll(List.of("draft \u2192 in review", "approved \u2192 effective")),
				"each step by the states' names: " + edits.get("historySteps"));
		assertTrue(String.valueOf(edits.get("clash")).contains("G-009 exists already"), "the wizard checks the key as it is typed: " + edits);
		assertEquals(false, edits.get("finishOnClash"));
		assertEquals("draft by tester: 行李寄存", edits.get("created"));
		assertEquals(List.of("Timeliness", "Anticipation", "Attitude", "Feedback"), edits.get("dimensionsOffered"), "the wizard offers dimensions by name");
		assertEquals("anticipation", edits.get("createdDimension"), "the dimension chosen by its name is the one the standard gets");
		assertTrue(String.valueOf(edits.get("playbookClash")).contains("PB-ROOM exists already"), "the playbook wizard checks the key: " + edits);
		assertEquals(List.of(true, true), edits.get("newChapter"), "a new chapter is checked against the handbook's files and goes before the generated sections");
		assertEquals(List.of("zh:雨伞的故事", "en:The umbrella story"), edits.get("newCase"), "a new case has a title in each language");
		assertEquals(List.of(true, true, false), edits.get("newPlaybook"), "a new playbook is added by a command, and undo takes it away");
		for (List<?> column : (List<List<?>>) edits.get("findingColumns")) {
			assertTrue((Integer) column.get(0) > 0 && (Integer) column.get(0) + 8 <= (Integer) column.get(1),
					"the Findings view's key and field columns show their whole text, beside the Knowledge Gaps view too (widest text, width): " + edits.get("findingColumns"));
		}
		assertEquals(2, ((List<?>) edits.get("gapColumns")).size(), "the Knowledge Gaps view is beside the editor");
		for (List<?> column : (List<List<?>>) edits.get("gapColumns")) {
			assertTrue((Integer) column.get(0) + 8 <= (Integer) column.get(1),
					"the Knowledge Gaps view's count and date columns show their heading and values whole (widest text, width): " + edits.get("gapColumns"));
		}
		for (String kind : List.of("standard", "playbook", "segment", "case", "handbook")) {
			assertTrue((Integer) edits.get("overflow." + kind) <= 0,
					"the " + kind + " editor fits beside the navigator at the window's first size, no sideways scrolling: " + edits.get("overflow." + kind) + " px beyond");
		}
		assertTrue(Files.size(Path.of("target/screenshots/standard-editor.png")) > 10_000, "a screenshot of the editor was saved");
		assertTrue(Files.size(Path.of("target/screenshots/navigator.png")) > 5_000, "and of the navigator");
		assertTrue(Files.size(Path.of("target/screenshots/findings.png")) > 5_000, "and of the findings");
		assertEquals("Repairs within 15 minutes", edits.get("followed"), "an open editor follows a change made by another program");
		assertEquals(List.of("harbor-hotel"), edits.get("asked"), "with unsaved edits the user is asked: " + edits);
		assertEquals("维修人员到场", edits.get("keptInEditor"), "kept edits stay");
		assertEquals("维修人员到场", edits.get("keptOnDisk"), "and the next save writes them");
		assertEquals("Repairs on the spot", edits.get("taken"), "taking the file's version shows it");
		assertEquals(false, edits.get("dirtyAfterTaking"));
		List<?> toldUnreadable = (List<?>) edits.get("toldUnreadable");
		assertTrue(toldUnreadable.size() == 1 && String.valueOf(toldUnreadable.get(0)).startsWith("harbor-hotel: ")
				&& String.valueOf(toldUnreadable.get(0)).contains("G-005.xmi"), "an unreadable file is told once, by name: " + toldUnreadable);
		assertEquals("Repairs on the spot", edits.get("keptWhileUnreadable"), "the tenant stays as it was read");
		assertEquals("Repairs after the mending", edits.get("followedAfterMending"), "and the watch goes on once the file is mended");
		assertEquals(1, edits.get("toldAfterMending"));
		List<?> stepRows = (List<?>) edits.get("stepRows");
		assertEquals(3, ((List<?>) stepRows.get(0)).size(), "PB-ROOM has three steps: " + stepRows);
		assertEquals("(new step)", last(((List<?>) stepRows.get(1)).get(1)), "a step added after the first: " + stepRows);
		assertEquals("(new step)", last(((List<?>) stepRows.get(2)).get(2)), "moved down one: " + stepRows);
		assertEquals(stepRows.get(0), stepRows.get(3), "and removed again: " + stepRows);
		assertEquals(stepRows.get(2), stepRows.get(4), "undo puts it back where it was: " + stepRows);
		assertEquals(stepRows.get(1), stepRows.get(5), "undo moves it back up: " + stepRows);
		assertEquals(stepRows.get(0), stepRows.get(6), "undo takes the added step away: " + stepRows);
		assertEquals(List.of(true, true, true), edits.get("editorCommands"), "File > Revert, Edit > Undo and Redo act on the active editor");
		assertEquals(List.of("Resident VIPs", false), edits.get("reverted"), "revert drops unsaved edits");
		assertEquals(List.of("Resident guests", "Resident VIPs"), edits.get("segmentEditor"), "the segment editor changes the English name, and undo restores it");
		assertTrue(String.valueOf(edits.get("caseSideBySide")).contains("迪士尼") && String.valueOf(edits.get("caseSideBySide")).contains("Disney"),
				"a case shows both languages side by side: " + edits.get("caseSideBySide"));
		List<?> chapterOrders = (List<?>) edits.get("chapterOrders");
		assertEquals(((List<?>) chapterOrders.get(0)).get(0), ((List<?>) chapterOrders.get(1)).get(1), "the first chapter moved down one: " + chapterOrders);
		assertEquals(chapterOrders.get(0), chapterOrders.get(2), "undo moves it back: " + chapterOrders);
		assertEquals(List.of("SEG-VIP: 5"), edits.get("overrides"), "a segment gets its own threshold in the editor");
		assertTrue(((List<?>) edits.get("cited")).contains("haier-nothing-missed"), "and a library case is cited: " + edits.get("cited"));
		assertEquals(List.of(), edits.get("overridesUndone"), "undo takes both back");
		List<?> siteRows = (List<?>) edits.get("siteRows");
		assertEquals("SY-BAY: 20 \u2014 别墅区客房分散", siteRows.get(0), "a site gets its own threshold, with the reason: " + siteRows);
		assertTrue(String.valueOf(siteRows.get(1)).startsWith("Pilot at SY-BAY"), "and the revision is piloted there: " + siteRows);
		assertEquals(1, ((List<?>) edits.get("siteRowsUndone")).size(), "undo takes both back: " + edits.get("siteRowsUndone"));
		assertEquals(List.of(true, "in-review"), edits.get("navigatorStep"), "a standard is submitted from the navigator's context menu");
		assertEquals(List.of(true, 2, 0), edits.get("dragStep"), "a step dropped on the third moves there, and undo puts it back");
		assertEquals(List.of(true, true, true), edits.get("deleteSegment"), "a segment is deleted from the context menu and undo brings it back");
		assertTrue(String.valueOf(edits.get("deleteStandard")).contains("retire it instead"), "a standard with a history is not deleted: " + edits.get("deleteStandard"));
		assertEquals(true, edits.get("propertiesView"), "Window > Show View opens the Properties view as a tab beside the findings");
		assertEquals(List.of("Resident VIP guests", "Resident VIPs"), edits.get("segmentName"), "a property changes by command, and undo restores it");
		assertTrue(((List<?>) edits.get("segmentPropertyNames")).containsAll(List.of("Name", "Name (English)")),
				"properties named as a reader says them, not by the model's identifiers: " + edits.get("segmentPropertyNames"));
		assertEquals(List.of(3, 2), edits.get("revisionsAfterTitle"), "a property of an effective revision goes to a new draft, which undo removes");
		assertEquals("statement.zh", edits.get("focused"), "double-clicking a finding opens its standard on the field");
		assertTrue(String.valueOf(edits.get("fixed")).contains("15分钟内"), "the quick fix rewrote the statement: " + edits.get("fixed"));
		assertFalse((Boolean) edits.get("findingAfterFix"), "and its finding went away");
		assertTrue((Boolean) edits.get("findingAfterUndo"), "undo brings statement and finding back");
		assertEquals(List.of(true, true), edits.get("ctrl1"), "Quick Fix (Ctrl+1) in the editor applies the fix too");
		assertEquals(List.of("HZ-LAKE", "QD-BAY", "SH-BUND", "SY-BAY", "XM-ISLE"), edits.get("dashboardSites"), "the dashboard charts every site of the sample year");
		assertTrue(((List<?>) edits.get("failureTypes")).contains("Level of attention") && ((List<?>) edits.get("failureTypes")).stream().noneMatch(t -> t.toString().contains("-")),
				"failure types by their names, not their literals: " + edits.get("failureTypes"));
		assertEquals(List.of("SY-BAY"), edits.get("drillSites"), "a click on a site's bar lists that site's observations");
		assertTrue((Integer) edits.get("drillRows") > 100, "and there are many: " + edits.get("drillRows"));
		assertEquals(List.of(edits.get("lowest")), edits.get("drillStandards"), "a click on the lowest standard lists its observations");
		assertTrue((Integer) edits.get("barPixels") > 200, "the chart is drawn: " + edits.get("barPixels") + " pixels of bar colour");
		assertTrue(Files.size(Path.of("target/screenshots/dashboard.png")) > 10_000, "a screenshot of the dashboard was saved");
		assertEquals(List.of("SY-BAY", "PB-ROOM", "45", "tester"), edits.get("complaint"), "a complaint logged in the workbench is saved with its site and playbook");
		assertTrue(((List<?>) edits.get("complaintBreaches")).stream().anyMatch(b -> String.valueOf(b).contains("resolved after 45 min; PB-ROOM allows 20 min")),
				"and held against its playbook: " + edits.get("complaintBreaches"));
		assertTrue(((List<?>) edits.get("navigatorFolders")).containsAll(List.of("Sites", "Complaints")), "the navigator shows sites and complaints: " + edits.get("navigatorFolders"));
		List<?> auditRefused = (List<?>) edits.get("auditRefused");
		assertTrue(String.valueOf(auditRefused.get(0)).contains("'fast'") && String.valueOf(auditRefused.get(0)).contains("column value"),
				"the dialog names the bad value: " + auditRefused);
		assertEquals(List.of(0, true), auditRefused.subList(1, 3), "nothing was kept and the dialog stayed open: " + auditRefused);
		assertEquals(List.of(2, 2, true), edits.get("auditRecorded"), "put right, both values are recorded and the dialog closes");
	}

	/**
	 * The trainer's case library through the real widgets: typing searches in a job, facets with
	 * counts narrow the hits, a case opens in its reader in both languages, only a submitted query
	 * that finds nothing becomes a knowledge gap, and the gap starts a case.
	 */
	private static void caseLibrary(IWorkbenchWindow window, List<String> hits, Map<String, Object> edits) throws Exception {
		Display display = window.getShell().getDisplay();
		// Search > Search Library (Ctrl+F) brings the search tab forward, the query field focused.
		SearchView search = (SearchView) window.getService(IHandlerService.class).executeCommand("org.touchstone.ui.searchLibrary", null);
		edits.put("searchInFront", List.of(window.getActivePage().isPartVisible(search), search.query().isFocusControl()));
		search.query().setText("hai");
		spinUntil(display, search::isIdle);
		edits.put("suggested", search.suggestions());
		search.query().setText("海底捞");
		spinUntil(display, search::isIdle);
		for (Object h : (List<?>) search.results().getInput()) {
			hits.add(((org.touchstone.search.SearchHit) h).key());
		}
		edits.put("companies", search.shown().facets().get("company"));
		long before = search.shown().total();
		edits.put("typesBefore", search.shown().facets().get("type"));
		search.tick("type", "case", true);
		spinUntil(display, search::isIdle);
		edits.put("ticked", List.of(before, search.shown().total(),
				((List<?>) search.results().getInput()).stream().allMatch(h -> ((org.touchstone.search.SearchHit) h).type().equals("case"))));
		org.touchstone.search.SearchHit haidilao = ((List<?>) search.results().getInput()).stream().map(org.touchstone.search.SearchHit.class::cast)
				.filter(h -> h.key().startsWith("haidilao")).findFirst().orElseThrow();
		org.eclipse.ui.IEditorPart reader = search.open(haidilao);
		edits.put("reader", reader instanceof org.touchstone.ui.internal.CaseReader r ? r.shown() : String.valueOf(reader));
		window.getActivePage().closeEditor(reader, false);
		search.tick("type", "case", false);

		org.touchstone.ui.internal.GapsView gaps = (org.touchstone.ui.internal.GapsView) window.getActivePage().showView(org.touchstone.ui.internal.GapsView.ID, null,
				org.eclipse.ui.IWorkbenchPage.VIEW_CREATE);
		search.query().setText("航空延误赔偿");
		spinUntil(display, search::isIdle);
		edits.put("gapsWhileTyping", gapQueries(display, gaps));
		search.query().notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
		spinUntil(display, search::isIdle);
		edits.put("nothingFound", search.summary());
		List<String> after = gapQueries(display, gaps);
		edits.put("gapsAfterEnter", after);
		org.touchstone.search.CaseSearch.Gap gap = ((List<?>) gaps.viewer().getInput()).stream().map(org.touchstone.search.CaseSearch.Gap.class::cast)
				.filter(g -> g.query().equals("航空延误赔偿")).findFirst().orElseThrow();
		org.touchstone.ui.internal.NewElementWizard wizard = gaps.wizardFor(gap);
		org.eclipse.jface.wizard.WizardDialog dialog = new org.eclipse.jface.wizard.WizardDialog(window.getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		edits.put("caseTitle", all(dialog.getShell()).stream().filter(c -> "name.zh".equals(c.getData(org.touchstone.ui.internal.StandardEditor.FIELD)))
				.map(c -> ((Text) c).getText()).findFirst().orElse(null));
		dialog.close();
		search.query().setText("");
	}

	/** A standard's editor lists cases like it; a click cites one, and Undo takes the citation back. */
	private static void relatedCases(IWorkbenchWindow window, TenantsView tenants, Map<String, Object> edits) throws Exception {
		Display display = window.getShell().getDisplay();
		org.touchstone.ui.internal.StandardEditor editor = (org.touchstone.ui.internal.StandardEditor) tenants.openStandard("harbor-hotel", "G-001");
		spinUntil(display, () -> editor.relatedCases() != null);
		List<String> related = editor.relatedCases();
		edits.put("related", related);
		List<String> before = editor.citedRows();
		String uncited = related.stream().filter(k -> before.stream().noneMatch(r -> r.startsWith(k + " "))).findFirst().orElseThrow();
		String where = ((Tenant) editor.standard().eContainer()).getCases().stream().anyMatch(c -> c.getKey().equals(uncited)) ? "harbor-hotel" : "library";
		// G-001 is effective: citing starts the next draft, which the editor asks about first.
		java.util.function.Predicate<String> dialog = org.touchstone.ui.internal.StandardEditor.consent;
		org.touchstone.ui.internal.StandardEditor.consent = m -> true;
		try {
			editor.citeRelated(where + "/" + uncited);
		} finally {
			org.touchstone.ui.internal.StandardEditor.consent = dialog;
		}
		spin(display, 100);
		List<String> cited = editor.citedRows();
		edits.put("citedAfterClick", cited);
		org.touchstone.ui.TenantEditing.stack("harbor-hotel").undo();
		spin(display, 100);
		edits.put("citedAfterUndo", editor.citedRows());
		edits.put("relatedKey", uncited);
		window.getActivePage().closeEditor(editor, false);
	}

	/**
	 * The menu bar's menus and their commands, the library's key, the About text; and File &gt;
	 * Import... with its preview, imported in a job and read into the open workbench.
	 */
	private static void menusAndImport(IWorkbenchWindow window, Path folders, Map<String, Object> edits) throws Exception {
		Display display = window.getShell().getDisplay();
		List<String> menus = new ArrayList<>();
		for (org.eclipse.swt.widgets.MenuItem item : window.getShell().getMenuBar().getItems()) {
			menus.add(item.getData() instanceof org.eclipse.jface.action.MenuManager m ? m.getId() : item.getText());
		}
		edits.put("menus", menus);
		org.eclipse.ui.keys.IBindingService bindings = window.getService(org.eclipse.ui.keys.IBindingService.class);
		edits.put("ctrlF", bindings.getBestActiveBindingFormattedFor("org.touchstone.ui.searchLibrary"));
		edits.put("about", org.touchstone.ui.internal.AboutHandler.text());

		Path csv = folders.resolve("import.csv");
		Files.writeString(csv, "id,title,dimension,statement,threshold,unit,observation,owner\n"
				+ "G-700,电梯问候,timeliness,客人走出电梯十秒内有人问候,10,秒,神秘顾客每月计时 4 次,lin.qm\n");
		org.touchstone.ui.internal.ImportWizard wizard = new org.touchstone.ui.internal.ImportWizard("harbor-hotel");
		org.eclipse.jface.wizard.WizardDialog dialog = new org.eclipse.jface.wizard.WizardDialog(window.getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Path broken = folders.resolve("broken.csv");
		Files.writeString(broken, "id,title,dimension,statement,threshold,unit,observation,owner\nG-701,坏,timeliness,s,三十,秒,o,x\n");
		wizard.add(List.of(broken));
		edits.put("importRefused", List.of(wizard.preview(), dialog.getCurrentPage().isPageComplete()));
		wizard.add(List.of(csv));
		edits.put("importRefusedStill", dialog.getCurrentPage().isPageComplete());
		dialog.close();
		wizard = new org.touchstone.ui.internal.ImportWizard("harbor-hotel");
		dialog = new org.eclipse.jface.wizard.WizardDialog(window.getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.add(List.of(csv));
		edits.put("importPreview", wizard.preview());
		wizard.performFinish();
		dialog.close();
		org.eclipse.core.runtime.jobs.Job job = wizard.job();
		spinUntil(display, () -> job.getResult() != null);
		spin(display, 200);
		org.touchstone.ui.WorkspaceModel model = org.touchstone.ui.WorkspaceModel.current();
		edits.put("imported", List.of(job.getResult().getMessage(),
				model.workspace().read(model.context("harbor-hotel")).getStandards().stream().anyMatch(s -> s.getKey().equals("G-700"))));
	}

	/**
	 * The handbook preview shows an authored chapter's page as published; after a pause in editing
	 * it shows an edit not yet saved (and says so), drops it again on undo, and shows it after a save.
	 */
	private static void preview(IWorkbenchWindow window, Map<String, Object> edits) throws Exception {
		Display display = window.getShell().getDisplay();
		org.touchstone.ui.internal.PreviewView preview = (org.touchstone.ui.internal.PreviewView) window.getActivePage()
				.showView(org.touchstone.ui.internal.PreviewView.ID);
		edits.put("previewBrowser", preview.hasBrowser() ? "browser" : preview.text());
		if (!preview.hasBrowser()) {
			return;
		}
		org.touchstone.ui.WorkspaceModel model = org.touchstone.ui.WorkspaceModel.current();
		Tenant hotel = model.workspace().read(model.context("harbor-hotel"));
		org.touchstone.model.AuthoredChapter chapter = hotel.getHandbooks().get(0).getChapters().stream()
				.filter(c -> c instanceof org.touchstone.model.AuthoredChapter).map(org.touchstone.model.AuthoredChapter.class::cast).findFirst().orElseThrow();
		int loads = preview.loads();
		preview.show("harbor-hotel", chapter.getSource());
		spinUntil(display, () -> preview.loads() > loads);
		edits.put("previewFirst", List.of(preview.url(), preview.text().contains(chapter.getTitle())));

		org.touchstone.ui.internal.ElementEditor editor = (org.touchstone.ui.internal.ElementEditor) ((TenantsView) window.getActivePage()
				.findView(TenantsView.ID)).openElement("harbor-hotel", hotel.getHandbooks().get(0).getKey());
		org.eclipse.emf.common.command.Command change = org.eclipse.emf.edit.command.SetCommand.create(org.touchstone.ui.TenantEditing.domain("harbor-hotel"),
				chapter, org.touchstone.model.TouchstonePackage.Literals.AUTHORED_CHAPTER__MARKDOWN, chapter.getMarkdown() + "\n\n预览里出现的新段落。\n");
		org.touchstone.ui.TenantEditing.stack("harbor-hotel").execute(change);
		int edited = preview.loads();
		spinUntil(display, () -> preview.loads() > edited);
		edits.put("previewBeforeSave", List.of(preview.text().contains("预览里出现的新段落"),
				preview.description().equals(org.eclipse.osgi.util.NLS.bind(org.touchstone.ui.internal.Messages.Preview_showingUnsaved, "harbor-hotel", chapter.getSource()))));
		StringBuilder onDisk = new StringBuilder();
		try (java.util.stream.Stream<java.nio.file.Path> files = Files.walk(model.workspace().root().resolve("harbor-hotel"))) {
			for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".xmi")).toList()) {
				onDisk.append(Files.readString(f));
			}
		}
		edits.put("previewReadsAChapterOnDisk", onDisk.toString().contains("markdown=\""));
		edits.put("previewWroteNothing", !onDisk.toString().contains("预览里出现的新段落"));
		org.touchstone.ui.TenantEditing.stack("harbor-hotel").undo();
		int undone = preview.loads();
		spinUntil(display, () -> preview.loads() > undone);
		edits.put("previewAfterUndo", preview.text().contains("预览里出现的新段落"));
		org.touchstone.ui.TenantEditing.stack("harbor-hotel").redo();
		int saved = preview.loads();
		editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
		spinUntil(display, () -> preview.loads() > saved);
		edits.put("previewAfterSave", List.of(preview.text().contains("预览里出现的新段落"),
				preview.description().equals(org.eclipse.osgi.util.NLS.bind(org.touchstone.ui.internal.Messages.Preview_showing, "harbor-hotel", chapter.getSource()))));
		window.getActivePage().closeEditor(editor, false);
	}

	/**
	 * An audit recorded in the workbench: the dialog shows the site's form for the day, a value that
	 * is no answer is refused in the dialog with nothing kept, and once put right the values are in.
	 */
	private static void audit(IWorkbenchWindow window, Map<String, Object> edits) throws Exception {
		org.touchstone.ui.internal.AuditDialog dialog = new org.touchstone.ui.internal.AuditDialog(window.getShell(), "harbor-hotel");
		dialog.setBlockOnOpen(false);
		dialog.open();
		java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 1);
		dialog.choose("SY-BAY", day);
		org.touchstone.ui.WorkspaceModel model = org.touchstone.ui.WorkspaceModel.current();
		org.touchstone.results.Results results = new org.touchstone.results.Results(model.workspace());
		java.util.function.IntSupplier that = () -> results.report(model.context("harbor-hotel"), day, day, "SY-BAY",
				org.touchstone.results.Period.MONTH, org.touchstone.model.Language.EN).observations();
		int before = that.getAsInt();
		dialog.enter(0, "fast");
		java.lang.reflect.Method ok = org.eclipse.jface.dialogs.Dialog.class.getDeclaredMethod("okPressed");
		ok.setAccessible(true);
		ok.invoke(dialog);
		edits.put("auditRefused", List.of(String.valueOf(dialog.getErrorMessage()), that.getAsInt() - before, dialog.getShell() != null));
		for (int i = 0; i < 2; i++) {
			dialog.enter(i, dialog.form().items().get(i).answer() == org.touchstone.results.Answer.NUMBER ? "1" : "yes");
		}
		ok.invoke(dialog);
		edits.put("auditRecorded", List.of(dialog.recorded().size(), that.getAsInt() - before, dialog.getShell() == null));
	}

	/**
	 * A complaint logged in the workbench: the New wizard starts it, its editor chooses the site and
	 * playbook and takes the times, and once saved the log holds it, held against its playbook.
	 */
	private static void complaint(IWorkbenchWindow window, Map<String, Object> edits) throws Exception {
		org.touchstone.ui.internal.NewElementWizard wizard = new org.touchstone.ui.internal.NewElementWizard("harbor-hotel",
				org.touchstone.ui.internal.NewElementWizard.Kind.COMPLAINT);
		org.eclipse.jface.wizard.WizardDialog dialog = new org.eclipse.jface.wizard.WizardDialog(window.getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		type(dialog.getShell(), "key", "C-9001");
		type(dialog.getShell(), "name.zh", "房间里有烟味，等了很久才换房。");
		wizard.performFinish();
		dialog.close();
		TenantsView tenants = (TenantsView) window.getActivePage().findView(TenantsView.ID);
		org.eclipse.ui.IEditorPart editor = tenants.openElement("harbor-hotel", "C-9001");
		for (String[] choice : new String[][] { { "site", "SY-BAY" }, { "playbook", "PB-ROOM" } }) {
			org.eclipse.swt.widgets.Combo combo = (org.eclipse.swt.widgets.Combo) widget(editor, choice[0]);
			combo.select(java.util.Arrays.asList(combo.getItems()).indexOf(choice[1]));
			combo.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		}
		enter(editor, "firstResponseMinutes", "2");
		enter(editor, "resolutionMinutes", "45");
		editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
		org.touchstone.ui.WorkspaceModel model = org.touchstone.ui.WorkspaceModel.current();
		Tenant onDisk = model.workspace().readFromDisk("harbor-hotel");
		org.touchstone.model.Complaint logged = onDisk.getComplaints().stream().filter(c -> "C-9001".equals(c.getKey())).findFirst().orElseThrow();
		edits.put("complaint", List.of(logged.getSite().getKey(), logged.getPlaybook().getKey(), String.valueOf(logged.getResolutionMinutes()), logged.getRecordedBy()));
		edits.put("complaintBreaches", org.touchstone.results.PlaybookCheck.breaches(logged).stream().map(Object::toString).toList());
		edits.put("navigatorFolders", java.util.Arrays.stream(tenants.viewer().getTree().getItems()).filter(i -> i.getData() instanceof Tenant t
				&& t.getId().equals("harbor-hotel")).findFirst().map(i -> {
					tenants.viewer().expandToLevel(i.getData(), 1);
					return java.util.Arrays.stream(i.getItems()).map(TreeItem::getText).toList();
				}).orElse(List.of()));
		window.getActivePage().closeEditor(editor, false);
	}

	/**
	 * The results dashboard on the sample year: a chart per site, a click on a site's bar lists that
	 * site's observations, a click on one of the worst ten lists that standard's, and the charts are
	 * really drawn (their pixels hold the bars' colour). A screenshot goes to target/screenshots.
	 */
	private static void dashboard(IWorkbenchWindow window, Map<String, Object> edits) throws Exception {
		Display display = window.getShell().getDisplay();
		org.touchstone.ui.internal.DashboardView dashboard = (org.touchstone.ui.internal.DashboardView) window.getActivePage()
				.showView(org.touchstone.ui.internal.DashboardView.ID);
		window.getActivePage().setPartState(window.getActivePage().getReference(dashboard), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		TenantsView tenants = (TenantsView) window.getActivePage().findView(TenantsView.ID);
		Object harbor = java.util.Arrays.stream(tenants.viewer().getTree().getItems()).map(TreeItem::getData)
				.filter(d -> d instanceof Tenant t && t.getId().equals("harbor-hotel")).findFirst().orElseThrow();
		tenants.viewer().setSelection(StructuredSelection.EMPTY);
		tenants.viewer().setSelection(new StructuredSelection(harbor), true);
		spinUntil(display, () -> dashboard.chart("sites") != null && dashboard.chart("worst") != null);
		spin(display, 300);
		org.touchstone.results.Charts.Chart sites = dashboard.chart("sites");
		edits.put("dashboardSites", sites.regions().stream().map(org.touchstone.results.Charts.Region::key).toList());
		spinUntil(display, () -> dashboard.chart("failures") != null);
		edits.put("failureTypes", dashboard.chart("failures").regions().stream().map(org.touchstone.results.Charts.Region::key).toList());
		org.touchstone.results.Charts.Region bay = sites.regions().stream().filter(r -> r.key().equals("SY-BAY")).findFirst().orElseThrow();
		dashboard.click("sites", (int) (bay.x() + bay.width() / 2), (int) (bay.y() + bay.height() - 2));
		List<?> rows = (List<?>) dashboard.drillDown().getInput();
		edits.put("drillSites", rows.stream().map(j -> ((org.touchstone.results.Figures.Judged) j).observation().site()).distinct().toList());
		edits.put("drillRows", rows.size());
		org.touchstone.results.Charts.Region lowest = dashboard.chart("worst").regions().get(0);
		dashboard.click("worst", 5, (int) (lowest.y() + lowest.height() / 2));
		edits.put("drillStandards", ((List<?>) dashboard.drillDown().getInput()).stream()
				.map(j -> ((org.touchstone.results.Figures.Judged) j).observation().standard()).distinct().toList());
		edits.put("lowest", lowest.key());
		spin(display, 300);
		Path chart = Path.of("target/screenshots/dashboard-sites.png");
		screenshotOf(dashboard.chartControl("sites"), chart);
		org.eclipse.swt.graphics.ImageData pixels = new org.eclipse.swt.graphics.ImageLoader().load(chart.toString())[0];
		int bars = 0;
		for (int y = 0; y < pixels.height; y += 2) {
			for (int x = 0; x < pixels.width; x += 2) {
				org.eclipse.swt.graphics.RGB rgb = pixels.palette.getRGB(pixels.getPixel(x, y));
				bars += Math.abs(rgb.red - 0x1f) < 24 && Math.abs(rgb.green - 0x5f) < 24 && Math.abs(rgb.blue - 0x8b) < 24 ? 1 : 0;
			}
		}
		edits.put("barPixels", bars);
		screenshot(window.getShell(), Path.of("target/screenshots/dashboard.png"));
		window.getActivePage().setPartState(window.getActivePage().getReference(dashboard), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
	}

	/** The queries the knowledge gaps view shows once it has read them again. */
	private static List<String> gapQueries(Display display, org.touchstone.ui.internal.GapsView gaps) {
		gaps.viewer().setInput(null);
		gaps.reload();
		spinUntil(display, () -> gaps.viewer().getInput() != null);
		return ((List<?>) gaps.viewer().getInput()).stream().map(g -> ((org.touchstone.search.CaseSearch.Gap) g).query()).toList();
	}

	static void spinUntil(Display display, java.util.function.BooleanSupplier done) {
		long until = System.nanoTime() + 30_000_000_000L;
		while (!done.getAsBoolean()) {
			if (System.nanoTime() > until) {
				throw new AssertionError("waited 30 s in vain");
			}
			spin(display, 20);
		}
	}

	/** Opens G-009 (no threshold) in its editor, types a criterion and an observation method, saves, undoes and redoes through the menu's commands. */
	private static void editAStandard(IWorkbenchWindow window, TenantsView tenants, FindingsView findings, Map<String, Object> edits) throws Exception {
		org.touchstone.ui.WorkspaceModel model = org.touchstone.ui.WorkspaceModel.current();
		Tenant hotel = model.workspace().read(model.context("harbor-hotel"));
		edits.put("before", codes(findings, "G-009"));
		edits.put("noThresholdRow", row(findings, "G-009", "measurability.no-threshold"));
		org.eclipse.swt.widgets.TableColumn[] findingColumns = findings.viewer().getTable().getColumns();
		edits.put("findingsColumnTitles", java.util.Arrays.stream(findingColumns).map(org.eclipse.swt.widgets.TableColumn::getText).toList());
		edits.put("messageWidth", findingColumns[3].getWidth());
		org.touchstone.ui.internal.StandardEditor editor = (org.touchstone.ui.internal.StandardEditor) tenants.open(
				hotel.getStandards().stream().filter(s -> s.getKey().equals("G-009")).findFirst().orElseThrow());
		// The fields are marked in an event after the form is shown, once the findings are in.
		spin(window.getShell().getDisplay(), 100);
		spinUntilChecked(window.getShell().getDisplay(), findings);
		spin(window.getShell().getDisplay(), 100);
		edits.put("decoratedBefore", editor.decoratedFields());
		enter(editor, "threshold", "10");
		enter(editor, "unit", "min");
		enter(editor, "observation.zh", "前台主管每天抽查 10 位退房客人并记录提醒时间。");
		org.eclipse.swt.widgets.Combo level = (org.eclipse.swt.widgets.Combo) widget(editor, "expectationLevel");
		edits.put("levels", List.of(level.getItems()));
		org.eclipse.swt.widgets.Combo dimension = (org.eclipse.swt.widgets.Combo) widget(editor, "dimension");
		edits.put("editorDimension", List.of(dimension.getText(), List.of(dimension.getItems())));
		level.select(java.util.Arrays.asList(level.getItems()).indexOf("Desired"));
		level.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		edits.put("level", org.touchstone.core.DocumentControl.latest(editor.standard()).getExpectationLevel().getLiteral());
		press(editor, "criterion.add");
		editor.setCriterion(1, org.touchstone.model.TouchstonePackage.Literals.CRITERION__THRESHOLD, "95");
		editor.setCriterion(1, org.touchstone.model.TouchstonePackage.Literals.CRITERION__UNIT, "%");
		edits.put("criteria", editor.criteriaRows());
		spin(window.getShell().getDisplay(), 600);
		edits.put("typed", codes(findings, "G-009"));
		edits.put("decoratedAfter", editor.decoratedFields());
		edits.put("dirtyAfterTyping", editor.isDirty());
		org.eclipse.ui.handlers.IHandlerService handlers = window.getService(org.eclipse.ui.handlers.IHandlerService.class);
		window.getActivePage().activate(editor);
		handlers.executeCommand(org.eclipse.ui.IWorkbenchCommandConstants.FILE_SAVE, null);
		edits.put("dirtyAfterSave", editor.isDirty());
		Tenant saved = org.touchstone.core.Workspace.open(model.workspace().root()).read(model.context("harbor-hotel"));
		edits.put("onDisk", org.touchstone.core.Validation.check(saved, java.time.LocalDate.now()).stream().filter(f -> "G-009".equals(f.key()))
				.map(Finding::code).toList());
		for (int i = 0; i < 7; i++) {
			handlers.executeCommand(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO, null);
		}
		spin(window.getShell().getDisplay(), 600);
		edits.put("undone", codes(findings, "G-009"));
		for (int i = 0; i < 7; i++) {
			handlers.executeCommand(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_REDO, null);
		}
		spin(window.getShell().getDisplay(), 600);
		edits.put("redone", codes(findings, "G-009"));
		window.getActivePage().closeEditor(editor, false);

		org.touchstone.ui.internal.StandardEditor inReview = (org.touchstone.ui.internal.StandardEditor) tenants.open(
				hotel.getStandards().stream().filter(s -> s.getKey().equals("G-008")).findFirst().orElseThrow());
		edits.put("inReviewEditable", ((org.eclipse.swt.widgets.Text) widget(inReview, "title.en")).getEditable());
		edits.put("inReviewTooltip", widget(inReview, "title.en").getToolTipText());
		enter(inReview, "title.en", "Changed while in review");
		edits.put("refused", problemOf(inReview));
		window.getActivePage().closeEditor(inReview, false);

		// Through review as different users, switched as the status line does.
		org.touchstone.ui.internal.StandardEditor wakeUp = (org.touchstone.ui.internal.StandardEditor) tenants.open(
				hotel.getStandards().stream().filter(s -> s.getKey().equals("G-009")).findFirst().orElseThrow());
		org.touchstone.ui.internal.ActingUser.switchTo("lin.qm");
		press(wakeUp, "step.submit");
		edits.put("authorMayApprove", ((org.eclipse.swt.widgets.Button) widget(wakeUp, "step.approve")).isEnabled());
		edits.put("authorTooltip", ((org.eclipse.swt.widgets.Button) widget(wakeUp, "step.approve")).getToolTipText());
		org.touchstone.ui.internal.ActingUser.switchTo("tester");
		edits.put("editorTooltip", ((org.eclipse.swt.widgets.Button) widget(wakeUp, "step.approve")).getToolTipText());
		org.touchstone.ui.internal.ActingUser.switchTo("zhou.review");
		edits.put("reviewerMayApprove", ((org.eclipse.swt.widgets.Button) widget(wakeUp, "step.approve")).isEnabled());
		press(wakeUp, "step.approve");
		press(wakeUp, "step.make_effective");
		edits.put("steps", org.touchstone.core.DocumentControl.latest(wakeUp.standard()).getTransitions().stream()
				.map(t -> t.getTo().getLiteral() + " by " + t.getUser()).toList());
		org.touchstone.ui.internal.ActingUser.switchTo("tester");
		window.getActivePage().closeEditor(wakeUp, false);
		org.touchstone.ui.internal.StandardEditor lobby = (org.touchstone.ui.internal.StandardEditor) tenants.open(
				hotel.getStandards().stream().filter(s -> s.getKey().equals("G-001")).findFirst().orElseThrow());
		edits.put("diff", lobby.diff(1, 2));
		org.touchstone.ui.internal.ActingUser.switchTo("chen.train");
		edits.put("trainerTooltip", widget(lobby, "title.en").getToolTipText());
		org.touchstone.ui.internal.ActingUser.switchTo("tester");
		java.util.function.Predicate<String> dialog = org.touchstone.ui.internal.StandardEditor.consent;
		List<String> asked = new ArrayList<>();
		org.touchstone.ui.internal.StandardEditor.consent = m -> asked.add(m) && false;
		enter(lobby, "title.en", "Greeting in the lobby");
		int declined = lobby.standard().getRevisions().size();
		org.touchstone.ui.internal.StandardEditor.consent = m -> asked.add(m);
		enter(lobby, "title.en", "Greeting in the lobby");
		edits.put("consent", List.of(asked.size(), declined, lobby.standard().getRevisions().size()));
		edits.put("consentQuestion", asked.get(0));
		org.touchstone.ui.internal.StandardEditor.consent = dialog;
		org.touchstone.ui.TenantEditing.stack("harbor-hotel").undo();
		edits.put("historyRows", ((org.eclipse.swt.widgets.Table) widget2(lobby, "history")).getItemCount());
		edits.put("historySteps", java.util.Arrays.stream(((org.eclipse.swt.widgets.Table) widget2(lobby, "history")).getItems()).map(i -> i.getText(2)).distinct()
				.toList());
		window.getActivePage().closeEditor(lobby, false);
	}

	/** Drives the New Standard wizard: a key that exists is refused as it is typed; a new one is created as a draft and opened. */
	private static void newStandard(IWorkbenchWindow window, Map<String, Object> edits) throws Exception {
		org.touchstone.ui.internal.NewStandardWizard wizard = new org.touchstone.ui.internal.NewStandardWizard("harbor-hotel");
		org.eclipse.jface.wizard.WizardDialog dialog = new org.eclipse.jface.wizard.WizardDialog(window.getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		type(dialog.getShell(), "key", "G-009");
		edits.put("clash", wizard.getPages()[0].getErrorMessage());
		edits.put("finishOnClash", wizard.canFinish());
		type(dialog.getShell(), "key", "G-020");
		type(dialog.getShell(), "title.zh", "行李寄存");
		for (org.eclipse.swt.widgets.Control c : all(dialog.getShell())) {
			if (c instanceof org.eclipse.swt.widgets.Combo combo && "dimension".equals(combo.getData(org.touchstone.ui.internal.StandardEditor.FIELD))) {
				edits.put("dimensionsOffered", List.of(combo.getItems()));
				combo.select(1);
			}
		}
		for (org.eclipse.swt.widgets.Control c : all(dialog.getShell())) {
			if (c instanceof org.eclipse.swt.widgets.Button b && b.getText().replace("&", "").equals(org.eclipse.jface.dialogs.IDialogConstants.FINISH_LABEL.replace("&", ""))) {
				b.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
			}
		}
		org.touchstone.ui.WorkspaceModel model = org.touchstone.ui.WorkspaceModel.current();
		org.touchstone.model.StandardRevision r = org.touchstone.core.DocumentControl.latest(new org.touchstone.core.DocumentControl(model.workspace(),
				java.time.Clock.systemUTC()).standard(model.context("harbor-hotel"), "G-020"));
		edits.put("created", r.getStatus().getLiteral() + " by " + r.getAuthor() + ": " + r.getTitle());
		edits.put("createdDimension", r.getDimension() == null ? null : r.getDimension().getCode());

		org.touchstone.ui.internal.NewElementWizard playbookWizard = new org.touchstone.ui.internal.NewElementWizard("harbor-hotel",
				org.touchstone.ui.internal.NewElementWizard.Kind.PLAYBOOK);
		org.eclipse.jface.wizard.WizardDialog playbookDialog = new org.eclipse.jface.wizard.WizardDialog(window.getShell(), playbookWizard);
		playbookDialog.setBlockOnOpen(false);
		playbookDialog.open();
		type(playbookDialog.getShell(), "key", "PB-ROOM");
		edits.put("playbookClash", playbookWizard.getPages()[0].getErrorMessage());
		type(playbookDialog.getShell(), "key", "PB-LATE");
		type(playbookDialog.getShell(), "name.zh", "延迟退房");
		boolean finished = playbookWizard.performFinish();
		playbookDialog.close();
		Tenant hotel = model.workspace().read(model.context("harbor-hotel"));
		List<Object> playbook = new ArrayList<>(List.of(finished, hotel.getPlaybooks().stream().anyMatch(p -> "PB-LATE".equals(p.getKey()))));
		org.touchstone.ui.TenantEditing.stack("harbor-hotel").undo();
		playbook.add(hotel.getPlaybooks().stream().anyMatch(p -> "PB-LATE".equals(p.getKey())));
		edits.put("newPlaybook", playbook);
		org.touchstone.ui.internal.NewElementWizard caseWizard = new org.touchstone.ui.internal.NewElementWizard("harbor-hotel",
				org.touchstone.ui.internal.NewElementWizard.Kind.CASE);
		org.eclipse.jface.wizard.WizardDialog caseDialog = new org.eclipse.jface.wizard.WizardDialog(window.getShell(), caseWizard);
		caseDialog.setBlockOnOpen(false);
		caseDialog.open();
		type(caseDialog.getShell(), "key", "harbor-umbrellas");
		type(caseDialog.getShell(), "name.zh", "雨伞的故事");
		type(caseDialog.getShell(), "name.en", "The umbrella story");
		caseWizard.performFinish();
		caseDialog.close();
		org.touchstone.model.CaseStudy newCase = hotel.getCases().stream().filter(c -> "harbor-umbrellas".equals(c.getKey())).findFirst().orElse(null);
		edits.put("newCase", newCase == null ? List.of() : newCase.getTexts().stream().map(t -> t.getLang().getLiteral() + ":" + t.getTitle()).toList());
		org.touchstone.ui.TenantEditing.stack("harbor-hotel").undo();
		org.touchstone.ui.internal.NewElementWizard chapterWizard = new org.touchstone.ui.internal.NewElementWizard("harbor-hotel",
				org.touchstone.ui.internal.NewElementWizard.Kind.CHAPTER);
		org.eclipse.jface.wizard.WizardDialog chapterDialog = new org.eclipse.jface.wizard.WizardDialog(window.getShell(), chapterWizard);
		chapterDialog.setBlockOnOpen(false);
		chapterDialog.open();
		type(chapterDialog.getShell(), "key", "welcome.md");
		String chapterClash = chapterWizard.getPages()[0].getErrorMessage();
		type(chapterDialog.getShell(), "key", "recovery.md");
		type(chapterDialog.getShell(), "name.en", "How we recover");
		chapterWizard.performFinish();
		chapterDialog.close();
		org.touchstone.model.Chapter second = hotel.getHandbooks().get(0).getChapters().get(1);
		edits.put("newChapter", List.of(String.valueOf(chapterClash).contains("already"), second instanceof org.touchstone.model.AuthoredChapter a && "recovery.md".equals(a.getSource())));
		org.touchstone.ui.TenantEditing.stack("harbor-hotel").undo();

		TenantsView tenants = (TenantsView) window.getActivePage().findView(TenantsView.ID);
		org.eclipse.ui.IEditorPart editor = tenants.openStandard("harbor-hotel", "G-001");
		// The picture shows the navigator, the editor and the findings, in front of the search.
		window.getActivePage().showView(org.touchstone.ui.internal.FindingsView.ID);
		Object harbor = java.util.Arrays.stream(tenants.viewer().getTree().getItems()).map(org.eclipse.swt.widgets.TreeItem::getData)
				.filter(d -> d instanceof Tenant t && t.getId().equals("harbor-hotel")).findFirst().orElseThrow();
		tenants.viewer().collapseAll();
		Object standards = ((org.eclipse.jface.viewers.ITreeContentProvider) tenants.viewer().getContentProvider()).getChildren(harbor)[0];
		tenants.viewer().expandToLevel(standards, 2);
		spin(window.getShell().getDisplay(), 300);
		edits.put("overflow.standard", sidewaysOverflow(editor, "title.en"));
		edits.put("findingColumns", wholeColumns(((FindingsView) window.getActivePage().findView(FindingsView.ID)).viewer().getTable(), 1, 2));
		org.touchstone.ui.internal.GapsView gapsBeside = (org.touchstone.ui.internal.GapsView) window.getActivePage().findView(org.touchstone.ui.internal.GapsView.ID);
		edits.put("gapColumns", gapsBeside == null ? List.of() : wholeColumns(gapsBeside.viewer().getTable(), 1, 2));
		screenshot(window.getShell(), Path.of("target/screenshots/standard-editor.png"));
		screenshotOf(tenants.viewer().getControl(), Path.of("target/screenshots/navigator.png"));
		screenshotOf(((FindingsView) window.getActivePage().findView(FindingsView.ID)).viewer().getControl(), Path.of("target/screenshots/findings.png"));
		window.getActivePage().closeEditor(editor, false);
	}

	/** Another program (a command line) changes G-005 while its editor is open, clean and then with unsaved edits. */
	private static void changedByAnotherProgram(IWorkbenchWindow window, Map<String, Object> edits) throws Exception {
		org.touchstone.ui.WorkspaceModel model = org.touchstone.ui.WorkspaceModel.current();
		TenantsView tenants = (TenantsView) window.getActivePage().findView(TenantsView.ID);
		org.touchstone.ui.internal.StandardEditor editor = (org.touchstone.ui.internal.StandardEditor) tenants.openStandard("harbor-hotel", "G-005");
		List<String> asked = new ArrayList<>();
		org.touchstone.ui.DiskWatcher.Choice[] answer = { org.touchstone.ui.DiskWatcher.Choice.KEEP_MINE };
		org.touchstone.ui.DiskWatcher.current().askWith(id -> {
			asked.add(id);
			return answer[0];
		});
		Display display = window.getShell().getDisplay();
		otherProgram(model, "title-en", "Repairs within 15 minutes");
		spin(display, org.touchstone.ui.DiskWatcher.INTERVAL_MS + 1000);
		edits.put("followed", ((org.eclipse.swt.widgets.Text) widget(editor, "title.en")).getText());

		enter(editor, "title.zh", "维修人员到场");
		otherProgram(model, "owner", "zhou.review");
		spin(display, org.touchstone.ui.DiskWatcher.INTERVAL_MS + 1000);
		edits.put("asked", List.copyOf(asked));
		edits.put("keptInEditor", ((org.eclipse.swt.widgets.Text) widget(editor, "title.zh")).getText());
		window.getActivePage().activate(editor);
		window.getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(org.eclipse.ui.IWorkbenchCommandConstants.FILE_SAVE, null);
		edits.put("keptOnDisk", org.touchstone.core.DocumentControl.latest(org.touchstone.core.Workspace.open(model.workspace().root())
				.read(model.context("harbor-hotel")).getStandards().stream().filter(s -> s.getKey().equals("G-005")).findFirst().orElseThrow()).getTitle());

		answer[0] = org.touchstone.ui.DiskWatcher.Choice.TAKE_FILE;
		enter(editor, "title.en", "Mine, to be dropped");
		otherProgram(model, "title-en", "Repairs on the spot");
		spin(display, org.touchstone.ui.DiskWatcher.INTERVAL_MS + 1000);
		edits.put("taken", ((org.eclipse.swt.widgets.Text) widget(editor, "title.en")).getText());
		edits.put("dirtyAfterTaking", editor.isDirty());
		org.touchstone.ui.DiskWatcher.current().askWith(null);

		// Another program leaves G-005's file unreadable: told once, naming the file; the tenant stays as
		// it was, the watch goes on, and reads the tenant again once the file is mended.
		List<String> told = new ArrayList<>();
		org.touchstone.ui.DiskWatcher.current().tellWith((id, why) -> told.add(id + ": " + why));
		Path file = model.workspace().root().resolve("harbor-hotel/standards/G-005.xmi");
		byte[] good = java.nio.file.Files.readAllBytes(file);
		java.nio.file.Files.writeString(file, "<?xml version=\"1.0\"?>\n<touchstone:ServiceStandard broken");
		spin(display, 2 * org.touchstone.ui.DiskWatcher.INTERVAL_MS + 1000);
		edits.put("toldUnreadable", List.copyOf(told));
		edits.put("keptWhileUnreadable", ((org.eclipse.swt.widgets.Text) widget(editor, "title.en")).getText());
		java.nio.file.Files.write(file, good);
		otherProgram(model, "title-en", "Repairs after the mending");
		spin(display, org.touchstone.ui.DiskWatcher.INTERVAL_MS + 1000);
		edits.put("followedAfterMending", ((org.eclipse.swt.widgets.Text) widget(editor, "title.en")).getText());
		edits.put("toldAfterMending", told.size());
		org.touchstone.ui.DiskWatcher.current().tellWith(null);
		window.getActivePage().closeEditor(editor, false);
	}

	private static String last(Object row) {
		String text = String.valueOf(row);
		return text.substring(text.indexOf(": ") + 2);
	}

	/** Adds, moves and removes a step of PB-ROOM in its editor's table, then undoes each change. */
	private static void editPlaybookSteps(IWorkbenchWindow window, Map<String, Object> edits) throws Exception {
		TenantsView tenants = (TenantsView) window.getActivePage().findView(TenantsView.ID);
		org.touchstone.ui.internal.PlaybookEditor editor = (org.touchstone.ui.internal.PlaybookEditor) tenants.openPlaybook("harbor-hotel", "PB-ROOM");
		edits.put("overflow.playbook", sidewaysOverflow(editor, "steps"));
		List<List<String>> rows = new ArrayList<>();
		rows.add(editor.rows());
		org.eclipse.swt.widgets.Table table = (org.eclipse.swt.widgets.Table) widget(editor, "steps");
		table.setSelection(0);
		press(editor, "step.add");
		rows.add(editor.rows());
		press(editor, "step.down");
		rows.add(editor.rows());
		press(editor, "step.remove");
		rows.add(editor.rows());
		org.eclipse.ui.handlers.IHandlerService handlers = window.getService(org.eclipse.ui.handlers.IHandlerService.class);
		window.getActivePage().activate(editor);
		for (int i = 0; i < 3; i++) {
			handlers.executeCommand(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO, null);
			rows.add(editor.rows());
		}
		edits.put("stepRows", rows);
		window.getActivePage().closeEditor(editor, false);
	}

	/** Looks at the navigator's folders and groups, a standard's label, and the filter. */
	private static void navigator(TenantsView tenants, Object harbor, Map<String, Object> edits) {
		org.eclipse.jface.viewers.ITreeContentProvider content = (org.eclipse.jface.viewers.ITreeContentProvider) tenants.viewer().getContentProvider();
		org.eclipse.jface.viewers.ILabelProvider labels = (org.eclipse.jface.viewers.ILabelProvider) tenants.viewer().getLabelProvider();
		Object[] folders = content.getChildren(harbor);
		edits.put("folders", java.util.Arrays.stream(folders).map(labels::getText).toList());
		List<String> inFolders = new ArrayList<>();
		for (int f = 1; f < folders.length; f++) {
			Object[] children = content.getChildren(folders[f]);
			if (children.length > 0 && children[0] instanceof org.eclipse.emf.ecore.EObject first) {
				inFolders.add(first.eClass().getName() + "|" + labels.getText(first));
			}
		}
		edits.put("inFolders", inFolders);
		Object[] groups = content.getChildren(folders[0]);
		edits.put("groups", java.util.Arrays.stream(groups).map(labels::getText).toList());
		for (Object group : groups) {
			for (Object standard : content.getChildren(group)) {
				if (labels.getText(standard).startsWith("G-009")) {
					edits.put("g009", labels.getText(standard));
				}
				if (labels.getText(standard).startsWith("G-008")) {
					edits.put("g008", labels.getText(standard));
				}
			}
		}
		type(tenants.getSite().getShell(), "filter", "G-013");
		edits.put("filtered", java.util.Arrays.stream(tenants.viewer().getTree().getItems()).map(i -> ((Tenant) i.getData()).getId()).toList());
		type(tenants.getSite().getShell(), "filter", "");
	}

	/** Gives a segment its own threshold and cites a library case in G-005's editor, then undoes both. */
	private static void segmentsAndCases(IWorkbenchWindow window, Map<String, Object> edits) throws Exception {
		TenantsView tenants = (TenantsView) window.getActivePage().findView(TenantsView.ID);
		org.touchstone.ui.internal.StandardEditor editor = (org.touchstone.ui.internal.StandardEditor) tenants.openStandard("harbor-hotel", "G-005");
		org.eclipse.swt.widgets.Combo segment = (org.eclipse.swt.widgets.Combo) widget(editor, "override.segment");
		segment.select(java.util.Arrays.asList(segment.getItems()).indexOf("SEG-VIP"));
		((org.eclipse.swt.widgets.Text) widget(editor, "override.value")).setText("5");
		press(editor, "override.set");
		org.eclipse.swt.widgets.Combo cases = (org.eclipse.swt.widgets.Combo) widget(editor, "cite.case");
		for (int i = 0; i < cases.getItemCount(); i++) {
			if (cases.getItem(i).startsWith("haier-nothing-missed")) {
				cases.select(i);
			}
		}
		press(editor, "cite");
		edits.put("overrides", editor.overrideRows());
		edits.put("cited", editor.citedRows().stream().map(r -> r.substring(0, r.indexOf(' '))).toList());
		org.touchstone.ui.TenantEditing.stack("harbor-hotel").undo();
		org.touchstone.ui.TenantEditing.stack("harbor-hotel").undo();
		edits.put("overridesUndone", editor.overrideRows());
		org.eclipse.swt.widgets.Combo site = (org.eclipse.swt.widgets.Combo) widget(editor, "siteRule.site");
		site.select(java.util.Arrays.asList(site.getItems()).indexOf("SY-BAY"));
		((org.eclipse.swt.widgets.Text) widget(editor, "siteRule.value")).setText("20");
		((org.eclipse.swt.widgets.Text) widget(editor, "siteRule.reason")).setText("别墅区客房分散");
		press(editor, "siteRule.set");
		press(editor, "pilot.add");
		edits.put("siteRows", editor.siteRows());
		org.touchstone.ui.TenantEditing.stack("harbor-hotel").undo();
		org.touchstone.ui.TenantEditing.stack("harbor-hotel").undo();
		edits.put("siteRowsUndone", editor.siteRows());
		window.getActivePage().closeEditor(editor, false);
	}

	/** Opens a segment, a case of the library and the handbook in their editor, changes each, and undoes. */
	private static void otherEditors(IWorkbenchWindow window, Map<String, Object> edits) throws Exception {
		TenantsView tenants = (TenantsView) window.getActivePage().findView(TenantsView.ID);
		org.touchstone.ui.internal.ElementEditor segment = (org.touchstone.ui.internal.ElementEditor) tenants.openElement("harbor-hotel", "SEG-VIP");
		edits.put("overflow.segment", sidewaysOverflow(segment, "name.en"));
		enter(segment, "name.en", "Revert me");
		// File > Revert (and Edit > Undo, Redo) are the active editor's: handled while it is active.
		window.getActivePage().activate(segment);
		org.eclipse.ui.commands.ICommandService commands = window.getService(org.eclipse.ui.commands.ICommandService.class);
		edits.put("editorCommands", java.util.stream.Stream.of(org.eclipse.ui.IWorkbenchCommandConstants.FILE_REVERT, org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO,
				org.eclipse.ui.IWorkbenchCommandConstants.EDIT_REDO).map(id -> commands.getCommand(id).isHandled()).toList());
		segment.revert();
		edits.put("reverted", List.of(((org.touchstone.model.CustomerSegment) segment.element()).getNameEn(), segment.isDirty()));
		enter(segment, "name.en", "Resident guests");
		List<String> names = new ArrayList<>(List.of(((org.touchstone.model.CustomerSegment) segment.element()).getNameEn()));
		org.touchstone.ui.TenantEditing.stack("harbor-hotel").undo();
		names.add(((org.touchstone.model.CustomerSegment) segment.element()).getNameEn());
		edits.put("segmentEditor", names);
		window.getActivePage().closeEditor(segment, false);

		org.touchstone.ui.internal.ElementEditor disney = (org.touchstone.ui.internal.ElementEditor) tenants.openElement("library", "disney-front-line");
		edits.put("caseSideBySide", ((org.eclipse.swt.widgets.Text) widget(disney, "text.zh.title")).getText() + " | "
				+ ((org.eclipse.swt.widgets.Text) widget(disney, "text.en.title")).getText() + " | " + ((org.eclipse.swt.widgets.Text) widget(disney, "company")).getText());
		edits.put("overflow.case", sidewaysOverflow(disney, "text.en.title"));
		window.getActivePage().closeEditor(disney, false);

		org.touchstone.ui.internal.ElementEditor handbook = (org.touchstone.ui.internal.ElementEditor) tenants.openElement("harbor-hotel", "handbook");
		edits.put("overflow.handbook", sidewaysOverflow(handbook, "chapters"));
		List<List<String>> orders = new ArrayList<>(List.of(handbook.chapterRows()));
		((org.eclipse.swt.widgets.Table) widget(handbook, "chapters")).setSelection(0);
		press(handbook, "chapter.down");
		orders.add(handbook.chapterRows());
		org.touchstone.ui.TenantEditing.stack("harbor-hotel").undo();
		orders.add(handbook.chapterRows());
		edits.put("chapterOrders", orders);
		window.getActivePage().closeEditor(handbook, false);

		// Delete from the navigator's context menu: a segment goes (and undo brings it back); a standard with a history is refused.
		org.touchstone.ui.WorkspaceModel model = org.touchstone.ui.WorkspaceModel.current();
		Tenant hotel = model.workspace().read(model.context("harbor-hotel"));
		java.util.function.Predicate<String> dialog = org.touchstone.ui.internal.DeleteHandler.confirm;
		org.touchstone.ui.internal.DeleteHandler.confirm = m -> true;
		org.eclipse.ui.handlers.IHandlerService handlers = window.getService(org.eclipse.ui.handlers.IHandlerService.class);
		window.getActivePage().activate(tenants);
		tenants.viewer().setSelection(new StructuredSelection(hotel.getSegments().stream().filter(x -> x.getKey().equals("SEG-STAFF")).findFirst().orElseThrow()), true);
		spin(window.getShell().getDisplay(), 200);
		Object deleted = handlers.executeCommand(org.touchstone.ui.internal.DeleteHandler.COMMAND, null);
		boolean gone = hotel.getSegments().stream().noneMatch(x -> x.getKey().equals("SEG-STAFF"));
		org.touchstone.ui.TenantEditing.stack("harbor-hotel").undo();
		boolean back = hotel.getSegments().stream().anyMatch(x -> x.getKey().equals("SEG-STAFF"));
		edits.put("deleteSegment", List.of(deleted, gone, back));
		try {
			org.touchstone.core.ElementEdits.remove(org.touchstone.ui.TenantEditing.domain("harbor-hotel"), model.context("harbor-hotel"),
					hotel.getStandards().stream().filter(x -> x.getKey().equals("G-001")).findFirst().orElseThrow());
			edits.put("deleteStandard", "allowed");
		} catch (org.touchstone.core.TouchstoneException e) {
			edits.put("deleteStandard", e.getMessage());
		}
		org.touchstone.ui.internal.DeleteHandler.confirm = dialog;

		// A document-control step from the navigator's context menu: the author may not approve; a reviewer may.
		tenants.viewer().setSelection(new StructuredSelection(hotel.getStandards().stream().filter(x -> x.getKey().equals("G-020")).findFirst().orElseThrow()), true);
		spin(window.getShell().getDisplay(), 200);
		org.eclipse.core.commands.ParameterizedCommand submit = org.eclipse.core.commands.ParameterizedCommand.generateCommand(
				window.getService(org.eclipse.ui.commands.ICommandService.class).getCommand(org.touchstone.ui.internal.LifecycleHandler.COMMAND),
				Map.of(org.touchstone.ui.internal.LifecycleHandler.STEP, "SUBMIT"));
		Object submitted = handlers.executeCommand(submit, null);
		edits.put("navigatorStep", List.of(submitted, org.touchstone.core.DocumentControl.latest(
				hotel.getStandards().stream().filter(x -> x.getKey().equals("G-020")).findFirst().orElseThrow()).getStatus().getLiteral()));

		// Dragging a step onto another in the navigator moves it there (the drop's move), undoably.
		org.touchstone.model.RecoveryPlaybook room = hotel.getPlaybooks().stream().filter(p -> p.getKey().equals("PB-ROOM")).findFirst().orElseThrow();
		org.touchstone.model.PlaybookStep first = room.getSteps().get(0);
		boolean moved = tenants.moveTo(first, room.getSteps().get(2));
		int at = room.getSteps().indexOf(first);
		org.touchstone.ui.TenantEditing.stack("harbor-hotel").undo();
		edits.put("dragStep", List.of(moved, at, room.getSteps().indexOf(first)));
	}

	/** Changes properties the way the Properties view does, through the element's property source, and undoes them. */
	private static void properties(IWorkbenchWindow window, Map<String, Object> edits) throws Exception {
		// Window > Show View > Properties opens it as a tab beside the findings.
		org.eclipse.ui.IViewPart sheet = window.getActivePage().showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
		edits.put("propertiesView", java.util.Arrays.asList(window.getActivePage().getViewStack(sheet))
				.contains(window.getActivePage().findView(org.touchstone.ui.internal.FindingsView.ID)));
		org.touchstone.ui.WorkspaceModel model = org.touchstone.ui.WorkspaceModel.current();
		Tenant hotel = model.workspace().read(model.context("harbor-hotel"));
		org.touchstone.model.CustomerSegment vip = hotel.getSegments().stream().filter(s -> s.getKey().equals("SEG-VIP")).findFirst().orElseThrow();
		org.eclipse.ui.views.properties.IPropertySource segment = org.eclipse.core.runtime.Adapters.adapt(vip, org.eclipse.ui.views.properties.IPropertySource.class);
		edits.put("segmentPropertyNames", java.util.Arrays.stream(segment.getPropertyDescriptors())
				.map(org.eclipse.ui.views.properties.IPropertyDescriptor::getDisplayName).toList());
		segment.setPropertyValue("nameEn", "Resident VIP guests");
		List<String> names = new ArrayList<>(List.of(vip.getNameEn()));
		org.touchstone.ui.TenantEditing.stack("harbor-hotel").undo();
		names.add(vip.getNameEn());
		edits.put("segmentName", names);
		org.touchstone.model.ServiceStandard greeting = hotel.getStandards().stream().filter(s -> s.getKey().equals("G-001")).findFirst().orElseThrow();
		org.eclipse.ui.views.properties.IPropertySource revision = org.eclipse.core.runtime.Adapters.adapt(
				org.touchstone.core.DocumentControl.latest(greeting), org.eclipse.ui.views.properties.IPropertySource.class);
		revision.setPropertyValue("titleEn", "Greeting in the lobby");
		List<Integer> counts = new ArrayList<>(List.of(greeting.getRevisions().size()));
		org.touchstone.ui.TenantEditing.stack("harbor-hotel").undo();
		counts.add(greeting.getRevisions().size());
		edits.put("revisionsAfterTitle", counts);
	}

	/** Double-clicks G-005's vague-word finding, applies the lint's rewrite as a quick fix from the Findings view, and undoes it. */
	private static void quickFix(IWorkbenchWindow window, FindingsView findings, Map<String, Object> edits) throws Exception {
		Display display = window.getShell().getDisplay();
		spin(display, 400);
		Finding vague = ((List<?>) findings.viewer().getInput()).stream().map(Finding.class::cast)
				.filter(f -> "G-005".equals(f.key()) && f.fix() != null && f.fix().language() == org.touchstone.model.Language.ZH).findFirst().orElseThrow();
		org.eclipse.ui.IEditorPart editor = findings.open(vague);
		edits.put("focused", ((org.touchstone.ui.internal.StandardEditor) editor).focusedField());
		findings.applyFix(vague);
		spin(display, 400);
		org.touchstone.ui.WorkspaceModel model = org.touchstone.ui.WorkspaceModel.current();
		edits.put("fixed", org.touchstone.core.DocumentControl.latest(new org.touchstone.core.DocumentControl(model.workspace(), java.time.Clock.systemUTC())
				.standard(model.context("harbor-hotel"), "G-005")).getStatement());
		edits.put("findingAfterFix", ((List<?>) findings.viewer().getInput()).stream().map(Finding.class::cast).anyMatch(f -> f.message().equals(vague.message())));
		window.getActivePage().activate(editor);
		window.getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO, null);
		spin(display, 400);
		edits.put("findingAfterUndo", ((List<?>) findings.viewer().getInput()).stream().map(Finding.class::cast).anyMatch(f -> f.message().equals(vague.message())));
		Object fixed = window.getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(org.touchstone.ui.internal.QuickFixHandler.COMMAND, null);
		edits.put("ctrl1", List.of(fixed != null, org.touchstone.core.DocumentControl.latest(new org.touchstone.core.DocumentControl(model.workspace(),
				java.time.Clock.systemUTC()).standard(model.context("harbor-hotel"), "G-005")).getStatement().contains("15")));
		window.getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO, null);
		window.getActivePage().closeEditor(editor, false);
	}

	/** A change saved by another program: a second workspace on the same folder, as a command line would open it. */
	private static void otherProgram(org.touchstone.ui.WorkspaceModel model, String field, String value) {
		org.touchstone.core.Workspace other = org.touchstone.core.Workspace.open(model.workspace().root());
		new org.touchstone.core.DocumentControl(other, java.time.Clock.systemUTC()).edit(new org.touchstone.core.Context("harbor-hotel", "lin.qm"), "G-005",
				new org.touchstone.core.StandardChange().set(field, value));
	}

	static List<org.eclipse.swt.widgets.Control> all(org.eclipse.swt.widgets.Control root) {
		List<org.eclipse.swt.widgets.Control> out = new ArrayList<>();
		java.util.ArrayDeque<org.eclipse.swt.widgets.Control> todo = new java.util.ArrayDeque<>(List.of(root));
		while (!todo.isEmpty()) {
			org.eclipse.swt.widgets.Control c = todo.pop();
			out.add(c);
			if (c instanceof org.eclipse.swt.widgets.Composite composite) {
				todo.addAll(List.of(composite.getChildren()));
			}
		}
		return out;
	}

	private static void type(org.eclipse.swt.widgets.Shell shell, String field, String text) {
		for (org.eclipse.swt.widgets.Control c : all(shell)) {
			if (field.equals(c.getData(org.touchstone.ui.internal.StandardEditor.FIELD)) && c instanceof org.eclipse.swt.widgets.Text t) {
				t.setText(text);
				return;
			}
		}
		throw new AssertionError("no field " + field);
	}

	/** Saves what one control (a view's tree or table) shows as a PNG. */
	static void screenshotOf(org.eclipse.swt.widgets.Control control, Path file) throws java.io.IOException {
		Files.createDirectories(file.getParent());
		Display display = control.getDisplay();
		org.eclipse.swt.graphics.Rectangle bounds = display.map(control.getParent(), null, control.getBounds());
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, bounds.width, bounds.height);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(file.toString(), org.eclipse.swt.SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Saves what the window shows as a PNG, as a user's screenshot would. */
	private static void screenshot(org.eclipse.swt.widgets.Shell shell, Path file) throws java.io.IOException {
		Files.createDirectories(file.getParent());
		Display display = shell.getDisplay();
		org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, bounds.width, bounds.height);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(file.toString(), org.eclipse.swt.SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static void press(org.eclipse.ui.IEditorPart editor, String field) {
		widget(editor, field).notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	/** A finding's row as the Findings view shows it, columns in order (key, field, message, code), and the message's tooltip. */
	private static List<String> row(FindingsView findings, String key, String code) {
		for (org.eclipse.swt.widgets.TableItem item : findings.viewer().getTable().getItems()) {
			item.getText(1); // a virtual table's row gets its finding when it is first read
			if (item.getData() instanceof Finding f && key.equals(f.key()) && code.equals(f.code())) {
				String tip = ((org.eclipse.jface.viewers.ColumnLabelProvider) findings.viewer().getLabelProvider(3)).getToolTipText(f);
				return List.of(item.getText(1), item.getText(2), item.getText(3), item.getText(4), tip);
			}
		}
		return List.of();
	}

	private static List<String> codes(FindingsView findings, String key) {
		List<String> codes = new ArrayList<>();
		for (Object f : (List<?>) findings.viewer().getInput()) {
			if (key.equals(((Finding) f).key())) {
				codes.add(((Finding) f).code());
			}
		}
		return codes;
	}

	/** Types into a field of the editor and leaves it, as a user tabbing on would. */
	static void enter(org.eclipse.ui.IEditorPart editor, String field, String text) {
		org.eclipse.swt.widgets.Text widget = (org.eclipse.swt.widgets.Text) widget(editor, field);
		widget.setFocus();
		widget.setText(text);
		widget.notifyListeners(org.eclipse.swt.SWT.FocusOut, new org.eclipse.swt.widgets.Event());
	}

	private static String problemOf(org.touchstone.ui.internal.StandardEditor editor) {
		java.util.ArrayDeque<org.eclipse.swt.widgets.Control> todo = new java.util.ArrayDeque<>(List.of(editor.getSite().getShell()));
		StringBuilder labels = new StringBuilder();
		while (!todo.isEmpty()) {
			org.eclipse.swt.widgets.Control c = todo.pop();
			if (c instanceof org.eclipse.swt.widgets.Label l) {
				labels.append(l.getText()).append('\n');
			}
			if (c instanceof org.eclipse.swt.widgets.Composite composite) {
				todo.addAll(List.of(composite.getChildren()));
			}
		}
		return labels.toString();
	}

	/** A widget of an editor, visible or on a page not shown (the Revisions tab). */
	private static org.eclipse.swt.widgets.Control widget2(org.eclipse.ui.IEditorPart editor, String field) {
		waitForForm(editor);
		for (org.eclipse.swt.widgets.Control c : all(editor.getSite().getShell())) {
			if (field.equals(c.getData(org.touchstone.ui.internal.StandardEditor.FIELD))) {
				return c;
			}
		}
		throw new AssertionError("no field " + field);
	}

	/**
	 * Lets the event loop run until a standard's editor has built its whole form, as it does a
	 * moment after it opens, section by section.
	 */
	private static void waitForForm(org.eclipse.ui.IEditorPart editor) {
		if (editor instanceof org.touchstone.ui.internal.StandardEditor standardEditor) {
			for (int i = 0; i < 250 && !standardEditor.isFormComplete(); i++) {
				spin(editor.getSite().getShell().getDisplay(), 20);
			}
			assertTrue(standardEditor.isFormComplete(), "the editor's form is still incomplete after 5 s");
		}
	}

	/** For the Findings view's Key and Field columns: the widest text shown in each, and the column's width. */
	/** For each column asked for: the width of its widest text, its heading's included, and the column's width. */
	private static List<List<Integer>> wholeColumns(org.eclipse.swt.widgets.Table table, int... wanted) {
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
		try {
			List<List<Integer>> columns = new ArrayList<>();
			for (int column : wanted) {
				int widest = gc.textExtent(table.getColumn(column).getText()).x;
				for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
					widest = Math.max(widest, gc.textExtent(item.getText(column)).x);
				}
				columns.add(List.of(widest, table.getColumn(column).getWidth()));
			}
			return columns;
		} finally {
			gc.dispose();
		}
	}

	/**
	 * How many pixels of the editor's form lie beyond its right edge (0 or less: none), measured on
	 * the scrolled form that holds {@code field}: more than 0 means a user must scroll sideways to
	 * see the English column or the last buttons.
	 */
	private static int sidewaysOverflow(org.eclipse.ui.IEditorPart editor, String field) {
		org.eclipse.swt.widgets.Control c = widget(editor, field);
		spin(c.getDisplay(), 100); // as a user looks at it: laid out and painted
		while (!(c instanceof org.eclipse.swt.custom.ScrolledComposite)) {
			c = c.getParent();
		}
		org.eclipse.swt.custom.ScrolledComposite scroll = (org.eclipse.swt.custom.ScrolledComposite) c;
		return scroll.getMinWidth() - scroll.getClientArea().width;
	}

	static org.eclipse.swt.widgets.Control widget(org.eclipse.ui.IEditorPart editor, String field) {
		waitForForm(editor);
		java.util.ArrayDeque<org.eclipse.swt.widgets.Control> todo = new java.util.ArrayDeque<>(List.of(editor.getSite().getShell()));
		while (!todo.isEmpty()) {
			org.eclipse.swt.widgets.Control c = todo.pop();
			if (field.equals(c.getData(org.touchstone.ui.internal.StandardEditor.FIELD)) && c.isVisible()) {
				return c;
			}
			if (c instanceof org.eclipse.swt.widgets.Composite composite) {
				todo.addAll(List.of(composite.getChildren()));
			}
		}
		throw new AssertionError("no field " + field);
	}

	/** Lets the event loop run until the Findings view has checked every element of the tenant shown. */
	private static void spinUntilChecked(Display display, FindingsView findings) {
		while (!findings.isUpToDate()) {
			spin(display, 20);
		}
	}

	/** Lets the event loop run for a while, so that timers (the findings' pause after typing) fire. */
	static void spin(Display display, int ms) {
		boolean[] done = { false };
		display.timerExec(ms, () -> done[0] = true);
		while (!done[0]) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}

	/**
	 * Drives the Users and Roles dialog's real widgets: as the workbench's user (an admin of the
	 * sample) it adds, changes and removes a user; as a trainer it is refused.
	 */
	private static void manageUsers(org.eclipse.swt.widgets.Shell shell, List<List<String>> rows, List<String> errors) {
		org.touchstone.ui.WorkspaceModel admin = org.touchstone.ui.WorkspaceModel.current();
		UsersDialog dialog = open(shell, admin);
		type(dialog, "name", "zoe");
		tick(dialog, "role.trainer", true);
		tick(dialog, "role.publisher", true);
		press(dialog, "add");
		rows.add(dialog.rows());
		tick(dialog, "role.publisher", false);
		press(dialog, "applyRoles");
		rows.add(dialog.rows());
		press(dialog, "remove");
		rows.add(dialog.rows());
		dialog.close();

		UsersDialog trainer = open(shell, new org.touchstone.ui.WorkspaceModel(admin.workspace(), "chen.train", admin.login()));
		type(trainer, "name", "eve");
		tick(trainer, "role.trainer", true);
		press(trainer, "add");
		errors.add(trainer.getErrorMessage());
		rows.add(trainer.rows());
		trainer.close();

		UsersDialog alone = open(shell, admin);
		String onlyAdmin = admin.workspace().read(admin.context("harbor-hotel")).getUsers().stream()
				.filter(u -> u.getRoles().contains(org.touchstone.model.Role.ADMIN)).map(org.touchstone.model.User::getName).findFirst().orElseThrow();
		java.util.List<org.touchstone.model.User> admins = admin.workspace().read(admin.context("harbor-hotel")).getUsers().stream()
				.filter(u -> u.getRoles().contains(org.touchstone.model.Role.ADMIN)).toList();
		errors.add(admins.size() == 1 ? removeAndRead(alone, onlyAdmin) : removeAllButLast(alone, admins));
		alone.close();
	}

	private static String removeAndRead(UsersDialog dialog, String name) {
		type(dialog, "name", name);
		press(dialog, "remove");
		return dialog.getErrorMessage();
	}

	/** Removes every admin but one (as the acting admin, itself last), then tries the last. */
	private static String removeAllButLast(UsersDialog dialog, java.util.List<org.touchstone.model.User> admins) {
		String acting = org.touchstone.ui.WorkspaceModel.current().user();
		for (org.touchstone.model.User u : admins) {
			if (!u.getName().equals(acting)) {
				type(dialog, "name", u.getName());
				press(dialog, "remove");
			}
		}
		return removeAndRead(dialog, acting);
	}

	private static UsersDialog open(org.eclipse.swt.widgets.Shell shell, org.touchstone.ui.WorkspaceModel model) {
		UsersDialog dialog = new UsersDialog(shell, model, "harbor-hotel");
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	private static org.eclipse.swt.widgets.Widget find(UsersDialog dialog, String id) {
		java.util.ArrayDeque<org.eclipse.swt.widgets.Control> todo = new java.util.ArrayDeque<>(List.of(dialog.getShell()));
		while (!todo.isEmpty()) {
			org.eclipse.swt.widgets.Control c = todo.pop();
			if (id.equals(c.getData(UsersDialog.WIDGET))) {
				return c;
			}
			if (c instanceof org.eclipse.swt.widgets.Composite composite) {
				todo.addAll(List.of(composite.getChildren()));
			}
		}
		throw new AssertionError("no widget " + id);
	}

	private static void type(UsersDialog dialog, String id, String text) {
		((org.eclipse.swt.widgets.Text) find(dialog, id)).setText(text);
	}

	private static void tick(UsersDialog dialog, String id, boolean on) {
		((org.eclipse.swt.widgets.Button) find(dialog, id)).setSelection(on);
	}

	private static void press(UsersDialog dialog, String id) {
		find(dialog, id).notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	/** Runs the Publish Handbook command as a menu would, with its parameters, and waits for its job while the UI goes on. */
	private IStatus publish(IWorkbenchWindow window, Display swt, String tenant, Path folder) {
		ICommandService commands = window.getService(ICommandService.class);
		IHandlerService handlers = window.getService(IHandlerService.class);
		try {
			ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(PublishHandler.COMMAND),
					Map.of(PublishHandler.TENANT, tenant, PublishHandler.FOLDER, folder.toString()));
			Job job = (Job) handlers.executeCommand(command, null);
			// A failed publish is shown in a dialog, which runs an event loop of its own: a timer
			// notes and closes each dialog that opens, so that the test goes on.
			Runnable closeDialogs = new Runnable() {
				@Override
				public void run() {
					for (Shell shell : swt.getShells()) {
						if (shell != window.getShell() && shell.isVisible()) {
							dialogs.add(shell.getText() + ": " + texts(shell));
							shell.close();
						}
					}
					if (!swt.isDisposed()) {
						swt.timerExec(100, this);
					}
				}
			};
			swt.timerExec(100, closeDialogs);
			long deadline = System.currentTimeMillis() + 120_000;
			while (job.getResult() == null && System.currentTimeMillis() < deadline) {
				if (!swt.readAndDispatch()) {
					Thread.sleep(10);
				}
			}
			// The dialog of a failed publish opens after the job ends.
			long settle = System.currentTimeMillis() + (job.getResult().isOK() ? 300 : 5_000);
			int before = dialogs.size();
			while (System.currentTimeMillis() < settle && dialogs.size() == before) {
				if (!swt.readAndDispatch()) {
					Thread.sleep(10);
				}
			}
			swt.timerExec(-1, closeDialogs);
			modified.add(lastModified(folder));
			return job.getResult();
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	/**
	 * Publishes through the Publish Handbook wizard to the end, then starts a clean republish and
	 * cancels it after its first page: the earlier site is whole, byte for byte.
	 */
	private static void publishThroughTheWizard(IWorkbenchWindow window, Path folder, Map<String, Object> edits) throws Exception {
		Display display = window.getShell().getDisplay();
		org.touchstone.ui.internal.PublishWizard wizard = new org.touchstone.ui.internal.PublishWizard("harbor-hotel");
		org.eclipse.jface.wizard.WizardDialog dialog = new org.eclipse.jface.wizard.WizardDialog(window.getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Text folderField = (Text) all(dialog.getShell()).stream().filter(c -> "folder".equals(c.getData(org.touchstone.ui.internal.StandardEditor.FIELD)))
				.findFirst().orElseThrow();
		folderField.setText("relative/folder");
		edits.put("wizardRefusesRelative", dialog.getCurrentPage().isPageComplete());
		folderField.setText(folder.toString());
		Text editionField = (Text) all(dialog.getShell()).stream().filter(c -> "edition".equals(c.getData(org.touchstone.ui.internal.StandardEditor.FIELD)))
				.findFirst().orElseThrow();
		editionField.setText("../2027");
		edits.put("wizardRefusesBadEdition", dialog.getCurrentPage().isPageComplete());
		editionField.setText("2027.1");
		all(dialog.getShell()).stream().filter(c -> "quiz".equals(c.getData(org.touchstone.ui.internal.StandardEditor.FIELD)))
				.forEach(c -> ((org.eclipse.swt.widgets.Button) c).setSelection(true));
		all(dialog.getShell()).stream().filter(c -> "open".equals(c.getData(org.touchstone.ui.internal.StandardEditor.FIELD)))
				.forEach(c -> ((org.eclipse.swt.widgets.Button) c).setSelection(false));
		org.eclipse.swt.widgets.Button finish = (org.eclipse.swt.widgets.Button) all(dialog.getShell()).stream()
				.filter(c -> c instanceof org.eclipse.swt.widgets.Button b && b.getText().equals(org.eclipse.jface.dialogs.IDialogConstants.FINISH_LABEL))
				.findFirst().orElseThrow();
		finish.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		org.touchstone.ui.internal.PublishJob job = wizard.job();
		org.touchstone.ui.internal.PublishHandler.start(job, window.getShell(), null, wizard.openWhenDone());
		spinUntil(display, () -> job.getResult() != null);
		edits.put("wizardPublish", List.of(job.getResult().getSeverity(), Files.isRegularFile(folder.resolve("index.html")),
				Files.isRegularFile(folder.resolve("edition-changes.html")), Files.isRegularFile(folder.resolve("quiz.html"))));

		Map<String, byte[]> before = files(folder);
		org.touchstone.ui.internal.PublishJob cancelled = new org.touchstone.ui.internal.PublishJob(org.touchstone.ui.WorkspaceModel.current(), "harbor-hotel",
				null, folder, true, null, false, false);
		List<Integer> pagesSeen = new java.util.concurrent.CopyOnWriteArrayList<>();
		org.touchstone.ui.internal.PublishJob.afterPage = (j, pages) -> {
			pagesSeen.add(pages);
			j.cancel();
		};
		try {
			cancelled.schedule();
			spinUntil(display, () -> cancelled.getResult() != null);
		} finally {
			org.touchstone.ui.internal.PublishJob.afterPage = (j, pages) -> {
			};
		}
		Map<String, byte[]> after = files(folder);
		boolean same = before.keySet().equals(after.keySet()) && before.entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), after.get(e.getKey())));
		edits.put("cancelledPublish", List.of(cancelled.getResult().getSeverity(), !pagesSeen.isEmpty(), same));
	}

	private static Map<String, byte[]> files(Path folder) throws java.io.IOException {
		Map<String, byte[]> files = new java.util.TreeMap<>();
		try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.filter(Files::isRegularFile).toList()) {
				files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
			}
		}
		return files;
	}

	private final List<String> runs = new ArrayList<>();

	/** Two publish jobs into one folder, scheduled at once, as a double click would. */
	private List<IStatus> publishTwiceAtOnce(Path folder) throws InterruptedException {
		org.touchstone.ui.WorkspaceModel model = org.touchstone.ui.WorkspaceModel.current();
		Job first = new org.touchstone.ui.internal.PublishJob(model, "red-lantern-hotpot", folder);
		Job second = new org.touchstone.ui.internal.PublishJob(model, "red-lantern-hotpot", folder);
		for (Job job : List.of(first, second)) {
			Job other = job == first ? second : first;
			job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
				@Override
				public void running(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
					synchronized (runs) {
						runs.add(other.getResult() == null ? "other still to finish" : "other finished");
					}
				}
			});
		}
		first.schedule();
		second.schedule();
		first.join();
		second.join();
		return List.of(first.getResult(), second.getResult());
	}

	private final List<Map<String, java.nio.file.attribute.FileTime>> modified = new ArrayList<>();
	private final List<String> dialogs = new ArrayList<>();

	private static String texts(Composite parent) {
		StringBuilder all = new StringBuilder();
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label) {
				all.append(label.getText()).append(' ');
			} else if (child instanceof Text text) {
				all.append(text.getText()).append(' ');
			} else if (child instanceof Composite composite) {
				all.append(texts(composite));
			}
		}
		return all.toString();
	}

	private static Map<String, java.nio.file.attribute.FileTime> lastModified(Path folder) throws java.io.IOException {
		Map<String, java.nio.file.attribute.FileTime> times = new java.util.TreeMap<>();
		try (var files = Files.list(folder)) {
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				times.put(f.getFileName().toString(), Files.getLastModifiedTime(f));
			}
		}
		return times;
	}
}
