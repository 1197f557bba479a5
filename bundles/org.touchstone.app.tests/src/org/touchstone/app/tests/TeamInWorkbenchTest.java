package org.touchstone.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.app.internal.TouchstoneWorkbenchAdvisor;
import org.touchstone.core.Context;
import org.touchstone.core.Permission;
import org.touchstone.core.Workspace;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;
import org.touchstone.team.Conflict;
import org.touchstone.team.TenantGit;
import org.touchstone.ui.WorkspaceModel;
import org.touchstone.ui.internal.ConflictsDialog;
import org.touchstone.ui.internal.Messages;
import org.touchstone.ui.internal.SyncJob;
import org.touchstone.ui.internal.TeamActions;
import org.touchstone.ui.internal.TenantsView;

/**
 * Team work in the real workbench: a tenant kept on a Git server (a repository on disk) that a
 * colleague changes from another workspace. The navigator marks what was saved and not sent and,
 * after Team > Look for Incoming Changes, what changed on the server; Team > Synchronize sends and
 * receives (saving unsaved edits first, with consent), and the open model follows; the same field
 * changed on both sides is shown field by field and settled by the user's choice.
 */
class TeamInWorkbenchTest extends InRealWindow {
	private static final String HOTEL = "harbor-hotel";

	@TempDir
	Path dir;

	@Test
	void synchronizeFromTheTeamMenuSendsReceivesMarksAndSettlesConflicts() throws Exception {
		Path mine = dir.resolve("mine");
		Path bare = dir.resolve("server").resolve(HOTEL + ".git");
		org.eclipse.jgit.api.Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch(TenantGit.BRANCH).call().close();
		Workspace before = Workspace.openOrCreate(mine, "tester");
		assertTrue(TenantGit.sync(before, new Context(HOTEL, "tester"), bare.toUri().toString(), TenantGit.Keep.NONE).complete());
		Workspace.openOrCreate(dir.resolve("colleague"), "tester");
		deleteTree(dir.resolve("colleague").resolve(HOTEL));
		Workspace colleague = Workspace.open(dir.resolve("colleague"));
		TenantGit.recordSaves(colleague);
		TenantGit.cloneTenant(colleague, bare.toUri().toString(), null);
		edit(colleague, "G-006", r -> r.setStatementEn("Sent by a colleague."));
		assertTrue(TenantGit.sync(colleague, new Context(HOTEL, "tester"), null, TenantGit.Keep.NONE).complete());

		Map<String, Object> seen = new LinkedHashMap<>();
		Throwable[] failure = new Throwable[1];
		Display swt = PlatformUI.createDisplay();
		try {
			PlatformUI.createAndRunWorkbench(swt, new TouchstoneWorkbenchAdvisor(mine, "tester") {
				@Override
				public void postStartup() {
					super.postStartup();
					swt.asyncExec(() -> {
						try {
							look(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), colleague, seen);
						} catch (Throwable t) {
							failure[0] = t;
						} finally {
							TeamActions.answerWith(null);
							PlatformUI.getWorkbench().close();
						}
					});
				}
			});
		} finally {
			swt.dispose();
		}
		if (failure[0] != null) {
			throw new AssertionError("working with the team in the workbench failed; seen so far: " + seen, failure[0]);
		}
		assertTrue(String.valueOf(seen.get("savedLabel")).contains("[" + Messages.Team_outgoing + "]"), "a saved standard is marked as not yet sent: " + seen.get("savedLabel"));
		assertTrue(String.valueOf(seen.get("tenantAfterSave")).contains(NLS.bind(Messages.Team_tenantPending, 1, 0)), String.valueOf(seen.get("tenantAfterSave")));
		assertTrue(String.valueOf(seen.get("incomingLabel")).contains("[" + Messages.Team_incoming + "]"), "after looking, the colleague's standard is marked: " + seen.get("incomingLabel"));
		assertEquals("Repairs within the hour, from the workbench", seen.get("beforeLook"), "looking merges nothing into the open model");
		assertEquals(List.of(true, 1, 2), seen.get("synced"), "the sync received the colleague's commit and sent the two saves");
		assertEquals(seen.get("reportExpected"), seen.get("report"), "the status line says what the sync did");
		assertEquals(List.of(HOTEL), seen.get("askedToSave"), "unsaved edits are saved first, with the user's consent");
		assertEquals("Sent by a colleague.", seen.get("receivedInModel"), "the open model has the colleague's change after the sync");
		assertEquals(List.of("Repairs within the hour, from the workbench", "Saved just before the sync"), seen.get("colleagueHas"),
				"the colleague has both of the workbench's edits, the saved one and the one saved for the sync");
		String afterSync = String.valueOf(seen.get("labelAfterSync"));
		assertTrue(!afterSync.contains(Messages.Team_outgoing) && !afterSync.contains(Messages.Team_incoming) && !afterSync.substring(afterSync.lastIndexOf(" / ")).contains("["),
				"nothing is marked after a sync: " + afterSync);
		String revision = "G-005 r" + seen.get("revision");
		assertEquals(List.of(revision + " | title (English) | Mine, from the workbench | Theirs, from the colleague",
				revision + " | statement (English) | My statement, from the workbench | Their statement, from the colleague"), seen.get("conflicts"),
				"each field changed on both sides, with both values");
		assertEquals(List.of("Theirs, from the colleague", "Both of ours, written in the dialog"), seen.get("afterChoices"),
				"their title and the statement typed in the dialog, as chosen row by row, in the open model");
		assertTrue(Files.size(Path.of("target/screenshots/team-conflicts.png")) > 5_000, "a screenshot of the conflicts dialog was saved");
		List<?> saves = (List<?>) seen.get("saves");
		assertTrue(String.valueOf(saves.get(0)).contains("Merge") && String.valueOf(saves.get(0)).contains("kept theirs"),
				"the newest save of G-005 is the merge, with the choices made: " + saves);
		assertTrue(saves.stream().anyMatch(r -> String.valueOf(r).split(" \\| ")[0].contains("tester") && String.valueOf(r).contains(revision + ": title (English)")),
				"and the workbench user's own saves, in domain words: " + saves);
		assertTrue(Files.size(Path.of("target/screenshots/team-marks.png")) > 5_000, "a screenshot of the marked navigator was saved");
	}

	private static void look(IWorkbenchWindow window, Workspace colleague, Map<String, Object> seen) throws Exception {
		Display display = window.getShell().getDisplay();
		WorkspaceModel model = WorkspaceModel.current();
		TenantsView tenants = (TenantsView) window.getActivePage().findView(TenantsView.ID);
		List<String> askedToSave = new ArrayList<>();
		List<List<Conflict>> conflicts = new ArrayList<>();
		TeamActions.answerWith(new TeamActions.Answers() {
			@Override
			public boolean saveFirst(Shell shell, String tenant) {
				askedToSave.add(tenant);
				return true;
			}

			@Override
			public String address(Shell shell, String tenant) {
				throw new AssertionError("the tenant is kept in Git already");
			}

			@Override
			public TenantGit.ServerLogin login(Shell shell, String tenant, String refusal) {
				throw new AssertionError("a repository on disk asks no login: " + refusal);
			}

			@Override
			public TenantGit.Choices choose(Shell shell, String tenant, List<Conflict> told) {
				conflicts.add(told);
				// The real dialog, driven as a user does: theirs for the title, a new text typed for the statement.
				ConflictsDialog dialog = new ConflictsDialog(shell, tenant, told);
				dialog.setBlockOnOpen(false);
				dialog.open();
				for (Conflict c : told) {
					org.eclipse.swt.custom.CCombo keep = (org.eclipse.swt.custom.CCombo) find(dialog.getShell(), "keep:" + c.id());
					if (c.field().equals("title (English)")) {
						keep.select(1);
					} else {
						keep.setText("Both of ours, written in the dialog");
					}
				}
				WorkbenchWindowTest.spin(shell.getDisplay(), 300);
				try {
					WorkbenchWindowTest.screenshotOf(dialog.getShell(), Path.of("target/screenshots/team-conflicts.png"));
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
				for (org.eclipse.swt.widgets.Control b : WorkbenchWindowTest.all(dialog.getShell())) {
					if (b instanceof org.eclipse.swt.widgets.Button button && button.getText().replace("&", "").equals(Messages.Team_applyChoices)) {
						button.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
						break;
					}
				}
				return dialog.chosen();
			}
		});

		// A save in the editor is a commit, marked as not yet sent. (G-005 is a draft: edited in place.)
		seen.put("revision", newest(model.workspace().read(model.context(HOTEL)), "G-005").getNumber());
		IEditorPart editor = tenants.openStandard(HOTEL, "G-005");
		WorkbenchWindowTest.enter(editor, "title.en", "Repairs within the hour, from the workbench");
		save(window, editor);
		WorkbenchWindowTest.spinUntil(display, () -> label(tenants, HOTEL, "G-005").contains("[" + Messages.Team_outgoing + "]"));
		seen.put("savedLabel", label(tenants, HOTEL, "G-005"));
		seen.put("tenantAfterSave", tenantLabel(tenants, HOTEL));

		// Looking for incoming changes marks the colleague's standard, and merges nothing.
		run(window, tenants, HOTEL, "org.touchstone.ui.fetch");
		WorkbenchWindowTest.spinUntil(display, () -> label(tenants, HOTEL, "G-006").contains("[" + Messages.Team_incoming + "]"));
		seen.put("incomingLabel", label(tenants, HOTEL, "G-006"));
		seen.put("beforeLook", newest(model.workspace().read(model.context(HOTEL)), "G-005").getTitleEn());
		Object hotel = java.util.Arrays.stream(tenants.viewer().getTree().getItems()).map(TreeItem::getData)
				.filter(d -> d instanceof Tenant t && t.getId().equals(HOTEL)).findFirst().orElseThrow();
		tenants.viewer().expandToLevel(hotel, 3);
		WorkbenchWindowTest.spin(display, 200);
		WorkbenchWindowTest.screenshotOf(tenants.viewer().getControl().getShell(), Path.of("target/screenshots/team-marks.png"));

		// Synchronize, with an edit not yet saved: it is saved first, then sent with the other.
		WorkbenchWindowTest.enter(editor, "statement.en", "Saved just before the sync");
		SyncJob sync = run(window, tenants, HOTEL, "org.touchstone.ui.synchronize");
		TenantGit.SyncResult result = sync.result();
		seen.put("synced", List.of(result.complete(), result.received(), result.sent()));
		String expected = NLS.bind(Messages.Team_done, new Object[] { HOTEL, result.committed(), result.received(), result.sent() });
		seen.put("reportExpected", expected);
		WorkbenchWindowTest.spinUntil(display, () -> expected.equals(TeamActions.lastReport()));
		WorkbenchWindowTest.spinUntil(display, () -> !tenantLabel(tenants, HOTEL).contains("["));
		seen.put("report", TeamActions.lastReport());
		seen.put("askedToSave", List.copyOf(askedToSave));
		seen.put("receivedInModel", newest(model.workspace().read(model.context(HOTEL)), "G-006").getStatementEn());
		seen.put("labelAfterSync", label(tenants, HOTEL, "G-005") + " / " + label(tenants, HOTEL, "G-006") + " / " + tenantLabel(tenants, HOTEL));
		assertTrue(TenantGit.sync(colleague, new Context(HOTEL, "tester"), null, TenantGit.Keep.NONE).complete());
		StandardRevision theirs = newest(colleague.read(new Context(HOTEL, "tester")), "G-005");
		seen.put("colleagueHas", List.of(theirs.getTitleEn(), theirs.getStatementEn()));

		// Two fields changed on both sides: shown one row each; the user keeps theirs for one, mine for the other.
		edit(colleague, "G-005", r -> {
			r.setTitleEn("Theirs, from the colleague");
			r.setStatementEn("Their statement, from the colleague");
		});
		assertTrue(TenantGit.sync(colleague, new Context(HOTEL, "tester"), null, TenantGit.Keep.NONE).complete());
		WorkbenchWindowTest.enter(editor, "title.en", "Mine, from the workbench");
		WorkbenchWindowTest.enter(editor, "statement.en", "My statement, from the workbench");
		save(window, editor);
		run(window, tenants, HOTEL, "org.touchstone.ui.synchronize");
		WorkbenchWindowTest.spinUntil(display, () -> !conflicts.isEmpty());
		Job.getJobManager().join(SyncJob.FAMILY, null);
		WorkbenchWindowTest.spinUntil(display, () -> "Theirs, from the colleague".equals(newest(model.workspace().read(model.context(HOTEL)), "G-005").getTitleEn()));
		Job.getJobManager().join(SyncJob.FAMILY, null);
		WorkbenchWindowTest.spin(display, 200);
		seen.put("conflicts", conflicts.get(0).stream().map(c -> c.element() + " | " + c.field() + " | " + c.mine() + " | " + c.theirs()).toList());
		StandardRevision settled = newest(model.workspace().read(model.context(HOTEL)), "G-005");
		seen.put("afterChoices", List.of(settled.getTitleEn(), settled.getStatementEn()));

		// The Revisions page lists the saves that changed the standard, read from the Git history.
		((org.touchstone.ui.internal.StandardEditor) editor).showRevisions();
		org.eclipse.swt.widgets.Table saves = (org.eclipse.swt.widgets.Table) WorkbenchWindowTest.widget(editor, "saves");
		WorkbenchWindowTest.spinUntil(display, () -> saves.getItemCount() >= 3);
		seen.put("saves", java.util.Arrays.stream(saves.getItems()).map(i -> i.getText(1) + " | " + i.getText(2)).toList());
		window.getActivePage().closeEditor(editor, false);
	}

	/** Runs a Team command on a tenant selected in the navigator, as a click on the menu does, and waits for its job. */
	private static SyncJob run(IWorkbenchWindow window, TenantsView tenants, String tenant, String command) throws Exception {
		window.getActivePage().activate(tenants);
		Object node = java.util.Arrays.stream(tenants.viewer().getTree().getItems()).map(TreeItem::getData)
				.filter(d -> d instanceof Tenant t && t.getId().equals(tenant)).findFirst().orElseThrow();
		tenants.viewer().setSelection(new StructuredSelection(node), true);
		SyncJob job = (SyncJob) window.getService(IHandlerService.class).executeCommand(command, null);
		Job.getJobManager().join(SyncJob.FAMILY, null);
		return job;
	}

	private static org.eclipse.swt.widgets.Control find(org.eclipse.swt.widgets.Control root, String data) {
		return WorkbenchWindowTest.all(root).stream().filter(c -> data.equals(c.getData())).findFirst().orElseThrow(() -> new AssertionError("no widget " + data));
	}

	private static void save(IWorkbenchWindow window, IEditorPart editor) throws Exception {
		window.getActivePage().activate(editor);
		window.getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
	}

	/** The navigator's label of a standard (its tree item is made when the tenant's standards are shown). */
	private static String label(TenantsView tenants, String tenant, String key) {
		Tenant t = WorkspaceModel.current().workspace().read(WorkspaceModel.current().context(tenant));
		ServiceStandard standard = t.getStandards().stream().filter(s -> s.getKey().equals(key)).findFirst().orElseThrow();
		return ((org.eclipse.jface.viewers.ILabelProvider) tenants.viewer().getLabelProvider()).getText(standard);
	}

	private static String tenantLabel(TenantsView tenants, String tenant) {
		Object node = java.util.Arrays.stream(tenants.viewer().getTree().getItems()).map(TreeItem::getData)
				.filter(d -> d instanceof Tenant t && t.getId().equals(tenant)).findFirst().orElseThrow();
		return ((org.eclipse.jface.viewers.ILabelProvider) tenants.viewer().getLabelProvider()).getText(node);
	}

	private static void edit(Workspace ws, String key, java.util.function.Consumer<StandardRevision> change) {
		ws.change(new Context(HOTEL, "tester"), Permission.WRITE, t -> {
			change.accept(newest(t, key));
			return null;
		});
	}

	private static StandardRevision newest(Tenant t, String key) {
		ServiceStandard s = t.getStandards().stream().filter(x -> x.getKey().equals(key)).findFirst().orElseThrow();
		return s.getRevisions().get(s.getRevisions().size() - 1);
	}

	private static void deleteTree(Path folder) throws Exception {
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
