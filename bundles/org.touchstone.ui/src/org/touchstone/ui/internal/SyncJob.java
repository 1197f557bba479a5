package org.touchstone.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.touchstone.core.Context;
import org.touchstone.core.TouchstoneException;
import org.touchstone.core.Workspace;
import org.touchstone.team.TenantGit;

/**
 * Synchronizes one tenant with its Git server in the background, as the command line's
 * {@code sync} does, showing each step in the Progress view. It works through a workspace of its
 * own, so the UI thread's model is never touched off the UI thread: the tenant's files change under
 * the workspace's write lock, and the workbench then reads them again in place, on the UI thread.
 * With {@code fetchOnly}, it only receives what the server has, for the navigator's marks.
 */
public final class SyncJob extends Job {
	/** The family of sync jobs, for waiting on them. */
	public static final Object FAMILY = SyncJob.class;

	private final Path root;
	private final Context context;
	private final String remote;
	private final TenantGit.Choices choices;
	private final TenantGit.ServerLogin login;
	private final boolean fetchOnly;
	private volatile TenantGit.SyncResult result;
	private volatile String offline;
	private volatile TouchstoneException failure;

	SyncJob(Path root, Context context, String remote, TenantGit.Choices choices, TenantGit.ServerLogin login, boolean fetchOnly) {
		super(NLS.bind(fetchOnly ? Messages.Team_fetchJob : Messages.Team_job, context.tenant()));
		this.root = root;
		this.context = context;
		this.remote = remote;
		this.choices = choices;
		this.login = login;
		this.fetchOnly = fetchOnly;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			Workspace own = Workspace.open(root);
			if (fetchOnly) {
				offline = TenantGit.fetch(own, context, login);
			} else {
				result = TenantGit.sync(own, context, remote, choices, login, step -> monitor.subTask(UiLanguage.text(step)));
				offline = result.offline();
			}
		} catch (TouchstoneException e) {
			failure = e;
		} finally {
			monitor.done();
		}
		// What happened is told by the handler, in the users' words, once the job is done.
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	public String tenant() {
		return context.tenant();
	}

	public String remote() {
		return remote;
	}

	public TenantGit.Choices choices() {
		return choices;
	}

	public boolean fetchOnly() {
		return fetchOnly;
	}

	/** What the sync did (null for a look, or when it failed). */
	public TenantGit.SyncResult result() {
		return result;
	}

	/** Why the server could not be reached, or null. */
	public String offline() {
		return offline;
	}

	/** What stopped it (a refused login, a lock left in a shared folder...), or null. */
	public TouchstoneException failure() {
		return failure;
	}
}
