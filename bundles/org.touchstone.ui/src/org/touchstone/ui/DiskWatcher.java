package org.touchstone.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.RevisionDiff;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;
import org.touchstone.ui.internal.Messages;

/**
 * Notices when another program (a command-line import, a second workbench) saves a tenant the
 * workbench shows. A tenant without unsaved edits is read again and every view and editor follows;
 * a tenant with unsaved edits is never read over them: the user chooses to keep their edits (the
 * next save writes them over the other program's), to take the file's, or first to compare the two.
 */
public final class DiskWatcher {
	/** What the user chose for a tenant changed on disk while they had unsaved edits. */
	public enum Choice {
		KEEP_MINE, TAKE_FILE
	}

	/** How often the files are looked at: a look is one file-system check per tenant. */
	public static final int INTERVAL_MS = 2000;
	private static DiskWatcher current;
	private final Set<String> kept = new HashSet<>();
	/** Tenants whose files another program left unreadable, with the look that saw them so: told once, read again when they change. */
	private final java.util.Map<String, org.touchstone.core.Workspace.FilesSeen> unreadable = new java.util.HashMap<>();
	private Function<String, Choice> asker;
	private java.util.function.BiConsumer<String, String> teller;

	public static synchronized DiskWatcher current() {
		if (current == null) {
			current = new DiskWatcher();
		}
		return current;
	}

	/**
	 * Looks at the files every {@link #INTERVAL_MS}, asking the user where edits are at stake. The
	 * look at the files (a check of every file of every tenant: 0.1 to 0.2 s for ten thousand
	 * standards) is a job's; what it saw is compared with the model, and acted on, on the UI thread.
	 */
	public void start(Display display) {
		Runnable look = new Runnable() {
			@Override
			public void run() {
				if (display.isDisposed()) {
					return;
				}
				org.touchstone.core.Workspace workspace = WorkspaceModel.current().workspace();
				org.touchstone.core.Workspace.Look look = workspace.lookAtFiles();
				Runnable next = this;
				org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create(Messages.Disk_job, monitor -> {
					org.touchstone.core.Workspace.FilesSeen seen;
					try {
						seen = look.look();
					} catch (RuntimeException e) {
						seen = null; // a folder gone while it was looked at: the next look sees what is there
					}
					org.touchstone.core.Workspace.FilesSeen saw = seen;
					if (!display.isDisposed()) {
						display.asyncExec(() -> {
							try {
								if (saw != null && WorkspaceModel.current().workspace() == workspace) {
									check(saw, asker != null ? asker : id -> ask(display.getActiveShell(), id));
								}
							} finally {
								display.timerExec(INTERVAL_MS, next);
							}
						});
					}
				});
				job.setSystem(true);
				job.schedule();
			}
		};
		display.timerExec(INTERVAL_MS, look);
	}

	/** Puts another way of asking in place of the dialog (a test answers for the user); null: the dialog again. */
	public void askWith(Function<String, Choice> answer) {
		this.asker = answer;
	}

	/** Puts another way of telling that a tenant's files cannot be read in place of the dialog (a test listens); null: the dialog again. */
	public void tellWith(java.util.function.BiConsumer<String, String> tell) {
		this.teller = tell;
	}

	/** Whether the user kept their edits over a newer file: the next save may write over it. */
	public boolean keptOverFile(String tenant) {
		return kept.contains(tenant);
	}

	/** A save went through: the tenant's file and memory agree again. */
	public void saved(String tenant) {
		kept.remove(tenant);
	}

	/** Looks at the files now (after a sync changed them), asking the user as the regular look does. */
	public List<String> lookNow(Shell shell) {
		return check(asker != null ? asker : id -> ask(shell, id));
	}

	/**
	 * Reads again the tenants changed on disk that have no unsaved edits, and asks about the others.
	 *
	 * @return the tenants read again
	 */
	public List<String> check(Function<String, Choice> ask) {
		return check(WorkspaceModel.current().workspace().lookAtFiles().look(), ask);
	}

	/** {@link #check(Function)} on what a look at the files saw. */
	private List<String> check(org.touchstone.core.Workspace.FilesSeen seen, Function<String, Choice> ask) {
		WorkspaceModel model = WorkspaceModel.current();
		List<String> reread = new ArrayList<>();
		for (String id : model.workspace().changedOnDisk(seen)) {
			if (kept.contains(id) || unreadable.containsKey(id) && seen.sameFiles(id, unreadable.get(id))) {
				continue;
			}
			if (!TenantEditing.isDirty(id) || ask.apply(id) == Choice.TAKE_FILE) {
				try {
					model.workspace().readAgain(id);
					unreadable.remove(id);
					reread.add(id);
				} catch (org.touchstone.core.TouchstoneException e) {
					// The tenant stays as it was read; the user is told once, until the files change again.
					unreadable.put(id, seen);
					tell(id, org.touchstone.ui.internal.UiLanguage.text(e));
				}
			} else {
				kept.add(id);
			}
		}
		if (!reread.isEmpty()) {
			TenantEditing.changed();
		}
		return reread;
	}

	private void tell(String tenant, String why) {
		if (teller != null) {
			teller.accept(tenant, why);
		} else {
			MessageDialog.openError(Display.getCurrent().getActiveShell(), Messages.Disk_title, NLS.bind(Messages.Disk_unreadable, tenant, why));
		}
	}

	private Choice ask(Shell shell, String tenant) {
		while (true) {
			MessageDialog dialog = new MessageDialog(shell, Messages.Disk_title, null, NLS.bind(Messages.Disk_question, tenant), MessageDialog.WARNING, 0,
					Messages.Disk_keep, Messages.Disk_take, Messages.Disk_compare);
			int answer = dialog.open();
			if (answer == 2) {
				MessageDialog.openInformation(shell, Messages.Disk_title, differences(tenant));
				continue;
			}
			return answer == 1 ? Choice.TAKE_FILE : Choice.KEEP_MINE;
		}
	}

	/** What differs between the tenant in memory (yours) and its file (theirs), standard by standard. */
	public static String differences(String tenant) {
		WorkspaceModel model = WorkspaceModel.current();
		Tenant mine = model.workspace().read(model.context(tenant));
		Tenant theirs = model.workspace().readFromDisk(tenant);
		StringBuilder text = new StringBuilder();
		for (ServiceStandard s : mine.getStandards()) {
			ServiceStandard other = theirs.getStandards().stream().filter(o -> o.getKey().equals(s.getKey())).findFirst().orElse(null);
			if (other == null) {
				text.append(NLS.bind(Messages.Disk_onlyMine, s.getKey())).append('\n');
				continue;
			}
			StandardRevision a = DocumentControl.latest(other);
			StandardRevision b = DocumentControl.latest(s);
			if (a.getNumber() != b.getNumber()) {
				text.append(s.getKey()).append(": r").append(a.getNumber()).append(" / r").append(b.getNumber()).append('\n');
			}
			for (RevisionDiff.Change change : RevisionDiff.between(a, b)) {
				text.append(s.getKey()).append(' ').append(change.in(org.touchstone.ui.internal.UiLanguage.current())).append('\n');
			}
		}
		for (ServiceStandard o : theirs.getStandards()) {
			if (mine.getStandards().stream().noneMatch(s -> s.getKey().equals(o.getKey()))) {
				text.append(NLS.bind(Messages.Disk_onlyTheirs, o.getKey())).append('\n');
			}
		}
		return text.length() == 0 ? Messages.Disk_noStandardDiffers : text.toString();
	}
}
