package org.touchstone.ui.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.touchstone.team.Conflict;
import org.touchstone.team.TenantGit;
import org.touchstone.ui.DiskWatcher;
import org.touchstone.ui.TenantEditing;
import org.touchstone.ui.WorkspaceModel;

/**
 * Team > Synchronize and Team > Look for Incoming Changes: what the workbench asks before a sync
 * (save unsaved edits first; the server's address the first time; a login when the server asks for
 * one), the background job, and what it tells after: the tenant read again in place, the
 * navigator's marks, and either a line in the status bar, the reason it could not reach the
 * server, or the fields changed on both sides with the choice of whose to keep.
 */
public final class TeamActions {
	/** The questions the workbench asks the user around a sync; a test answers them instead of dialogs. */
	public interface Answers {
		/** Save the tenant's unsaved edits and go on? */
		boolean saveFirst(Shell shell, String tenant);

		/** The server's address for a tenant not kept in Git yet, or null to stop. */
		String address(Shell shell, String tenant);

		/** A login after the server asked for one or refused one (its words), or null to stop. */
		TenantGit.ServerLogin login(Shell shell, String tenant, String refusal);

		/** Whose version to keep of each thing both sides changed, or null to stop. */
		TenantGit.Choices choose(Shell shell, String tenant, List<Conflict> conflicts);
	}

	private static final Answers DIALOGS = new Answers() {
		@Override
		public boolean saveFirst(Shell shell, String tenant) {
			return new MessageDialog(shell, Messages.Team_syncTitle, null, NLS.bind(Messages.Team_unsaved, tenant), MessageDialog.QUESTION, 0,
					Messages.Team_saveAndSync, IDialogConstants.CANCEL_LABEL).open() == 0;
		}

		@Override
		public String address(Shell shell, String tenant) {
			InputDialog dialog = new InputDialog(shell, Messages.Team_syncTitle, NLS.bind(Messages.Team_notShared, tenant), "",
					text -> text.isBlank() || text.matches("(?i)[a-z][a-z0-9+.-]*://[^/@]*:[^/@]*@.*") ? Messages.Team_addressNeeded : null);
			return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
		}

		@Override
		public TenantGit.ServerLogin login(Shell shell, String tenant, String refusal) {
			LoginDialog dialog = new LoginDialog(shell, NLS.bind(Messages.Team_loginMessage, refusal), WorkspaceModel.current().user());
			return dialog.open() == Window.OK ? dialog.login() : null;
		}

		@Override
		public TenantGit.Choices choose(Shell shell, String tenant, List<Conflict> conflicts) {
			return new ConflictsDialog(shell, tenant, conflicts).choose();
		}
	};

	private static Answers answers = DIALOGS;
	/** Logins given in this workbench, per tenant: kept in memory until it closes, never written. */
	private static final Map<String, TenantGit.ServerLogin> LOGINS = new HashMap<>();
	private static String lastReport;

	private TeamActions() {
	}

	/** Puts other answers in place of the dialogs (a test answers for the user); null: the dialogs again. */
	public static void answerWith(Answers other) {
		answers = other == null ? DIALOGS : other;
	}

	/** The last line a sync or look told in the status bar. */
	public static String lastReport() {
		return lastReport;
	}

	/** Starts synchronizing a tenant, after the questions it needs; returns its job, or null when the user stopped. */
	public static SyncJob synchronize(Shell shell, String tenant) {
		return start(shell, tenant, null, TenantGit.Choices.all(TenantGit.Keep.NONE), false);
	}

	/** Starts receiving what the server has for a tenant, to mark what is coming; returns its job, or null. */
	public static SyncJob lookForIncoming(Shell shell, String tenant) {
		if (!TenantGit.isShared(WorkspaceModel.current().workspace().folder(tenant))) {
			MessageDialog.openInformation(shell, Messages.Team_syncTitle, UiLanguage.text(org.touchstone.core.CoreMessage.of("team.notShared", tenant)));
			return null;
		}
		return start(shell, tenant, null, TenantGit.Choices.all(TenantGit.Keep.NONE), true);
	}

	private static SyncJob start(Shell shell, String tenant, String remote, TenantGit.Choices choices, boolean fetchOnly) {
		WorkspaceModel model = WorkspaceModel.current();
		if (!fetchOnly && TenantEditing.isDirty(tenant)) {
			if (!answers.saveFirst(shell, tenant) || !save(tenant)) {
				return null;
			}
		}
		Path folder = model.workspace().folder(tenant);
		if (!fetchOnly && remote == null && !TenantGit.isShared(folder)) {
			remote = answers.address(shell, tenant);
			if (remote == null) {
				return null;
			}
		}
		SyncJob job = new SyncJob(model.workspace().root(), model.context(tenant), remote, choices, login(tenant), fetchOnly);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (!shell.isDisposed()) {
					shell.getDisplay().asyncExec(() -> finish(shell, job));
				}
			}
		});
		job.schedule();
		return job;
	}

	/** The login for a tenant's server: one given in this workbench, else one from the environment (as on the command line), else none. */
	private static TenantGit.ServerLogin login(String tenant) {
		TenantGit.ServerLogin given = LOGINS.get(tenant);
		if (given != null) {
			return given;
		}
		String password = System.getenv("TOUCHSTONE_GIT_PASSWORD");
		if (password == null) {
			return null;
		}
		String user = System.getenv("TOUCHSTONE_GIT_USER");
		return new TenantGit.ServerLogin(user != null && !user.isBlank() ? user : WorkspaceModel.current().user(), password.toCharArray());
	}

	/** Saves the tenant through one of its open editors (they share its edits); true when nothing is left unsaved. */
	private static boolean save(String tenant) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page != null) {
			for (IEditorReference reference : page.getEditorReferences()) {
				IEditorPart editor = reference.getEditor(false);
				if (editor instanceof TenantEditor e && e.tenantId().equals(tenant)) {
					page.saveEditor(e, false);
					break;
				}
			}
		}
		return !TenantEditing.isDirty(tenant);
	}

	private static void finish(Shell shell, SyncJob job) {
		String tenant = job.tenant();
		if (job.failure() != null) {
			String key = job.failure().coreMessage() == null ? "" : job.failure().coreMessage().key();
			if (key.equals("team.loginNeeded") || key.equals("team.refused")) {
				TenantGit.ServerLogin login = answers.login(shell, tenant, UiLanguage.text(job.failure()));
				if (login != null) {
					LOGINS.put(tenant, login);
					start(shell, tenant, job.remote(), job.choices(), job.fetchOnly());
				}
				return;
			}
			MessageDialog.openError(shell, Messages.Team_syncTitle, UiLanguage.text(job.failure()));
			return;
		}
		// The sync changed the tenant's files under the write lock: read them again in place, so
		// every view and editor follows.
		DiskWatcher.current().lookNow(shell);
		if (job.offline() != null) {
			TeamMarks.refresh(tenant);
			report(null);
			MessageDialog.openWarning(shell, Messages.Team_syncTitle, NLS.bind(Messages.Team_offline, tenant, job.offline()));
			return;
		}
		if (job.fetchOnly()) {
			TeamMarks.refresh(tenant, pending -> report(NLS.bind(Messages.Team_fetched, tenant, pending.incoming().size(), pending.outgoing().size())));
			return;
		}
		TeamMarks.refresh(tenant);
		TenantGit.SyncResult result = job.result();
		if (!result.conflicts().isEmpty()) {
			report(null);
			TenantGit.Choices choices = answers.choose(shell, tenant, result.conflicts());
			if (choices != null) {
				start(shell, tenant, null, choices, false);
			}
			return;
		}
		report(NLS.bind(Messages.Team_done, new Object[] { tenant, result.committed(), result.received(), result.sent() }));
	}

	private static void report(String line) {
		lastReport = line;
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window != null && window.getActivePage() != null && window.getActivePage().getActivePart() instanceof org.eclipse.ui.IViewPart view) {
			view.getViewSite().getActionBars().getStatusLineManager().setMessage(line);
		}
	}
}
