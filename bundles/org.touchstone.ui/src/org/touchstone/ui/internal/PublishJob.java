package org.touchstone.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.progress.IProgressConstants;
import org.touchstone.core.TouchstoneException;
import org.touchstone.publish.HandbookPublisher;
import org.touchstone.publish.PublishCancelledException;
import org.touchstone.publish.PublishCheckException;
import org.touchstone.publish.PublishProgress;
import org.touchstone.publish.PublishResult;
import org.touchstone.ui.WorkspaceModel;

/**
 * Publishes a tenant's handbook in the background, as the command line's {@code publish} does:
 * the same checks, and into a folder that holds an earlier publish only what changed. The result
 * stays in the Progress view with an action that opens the site; a failed check, a missing
 * permission or a folder that cannot be written is an error naming the file, line, permission
 * or folder. Each warning (raw HTML removed, an unsafe link dropped) is a child of the result.
 */
public final class PublishJob extends Job {
	/** The family of publish jobs, for waiting on them. */
	public static final Object FAMILY = PublishJob.class;
	private static final String BUNDLE = "org.touchstone.ui";

	private final WorkspaceModel model;
	private final String tenant;
	private final Path folder;
	private final String handbook;
	private final boolean clean;
	private final String edition;
	private final boolean pdf;
	private final boolean quiz;
	private volatile Path published;
	/** Told of each page rendered; a test cancels the job from here at a known point. */
	public static volatile java.util.function.BiConsumer<PublishJob, Integer> afterPage = (job, pages) -> {
	};

	public PublishJob(WorkspaceModel model, String tenant, Path folder) {
		this(model, tenant, null, folder, false, null, false, false);
	}

	/**
	 * @param handbook the handbook's key, or null for the tenant's first
	 * @param clean    replace the whole folder ({@code publish --clean})
	 * @param edition  the edition's label ({@code publish --edition}), or null
	 * @param pdf      write the print version as a PDF too ({@code publish --pdf})
	 * @param quiz     add the quiz page ({@code publish --quiz})
	 */
	public PublishJob(WorkspaceModel model, String tenant, String handbook, Path folder, boolean clean, String edition, boolean pdf, boolean quiz) {
		super(NLS.bind(Messages.Publish_job, tenant));
		this.model = model;
		this.tenant = tenant;
		this.folder = folder;
		this.handbook = handbook;
		this.clean = clean;
		this.edition = edition;
		this.pdf = pdf;
		this.quiz = quiz;
		setUser(true);
		setRule(new FolderRule(folder.toAbsolutePath().normalize()));
		setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.TRUE);
		// The command reports the outcome itself, with the details (PublishHandler).
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
	}

	/** Publishes into one folder run one after another (a second click waits for the first). */
	private record FolderRule(Path folder) implements ISchedulingRule {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule instanceof FolderRule other && other.folder.equals(folder);
		}
	}

	/** Units of work of the whole publish, shared out over the pages as they are rendered. */
	private static final int WORK = 1000;

	/** The publisher's progress as the job's: pages rendered of the total, and its Cancel button. */
	private PublishProgress progressOn(IProgressMonitor monitor) {
		return new PublishProgress() {
			private int reported;

			@Override
			public synchronized void rendered(int done, int total) {
				int due = (int) ((long) done * WORK / Math.max(1, total));
				monitor.worked(due - reported);
				reported = due;
				monitor.subTask(NLS.bind(Messages.Publish_pages, done, total));
				afterPage.accept(PublishJob.this, done);
			}

			@Override
			public boolean isCancelled() {
				return monitor.isCanceled();
			}
		};
	}

	/** The published site's first page, once the publish went through; null before or after a failure. */
	public Path published() {
		return published;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), WORK);
		try {
			// The handbook is published as saved, read by a workspace of the job's own: the
			// workbench's model belongs to the UI thread, and unsaved edits are not published.
			org.touchstone.core.Workspace saved = org.touchstone.core.Workspace.open(model.workspace().root());
			PublishResult result = HandbookPublisher.publish(saved, model.context(tenant), folder, new HandbookPublisher.Options(handbook, clean, edition, pdf, quiz), progressOn(monitor));
			published = result.index();
			setProperty(IProgressConstants.ACTION_PROPERTY, new Action(Messages.Publish_open) {
				@Override
				public void run() {
					Program.launch(result.index().toString());
				}
			});
			String done = NLS.bind(Messages.Publish_done, new Object[] { result.pages(), result.written(), result.index() });
			if (result.warnings().isEmpty()) {
				return new Status(IStatus.OK, BUNDLE, done);
			}
			MultiStatus status = new MultiStatus(BUNDLE, 0, done + " " + NLS.bind(Messages.Publish_warnings, result.warnings().size()));
			for (org.touchstone.core.CoreMessage warning : result.warnings()) {
				status.add(new Status(IStatus.WARNING, BUNDLE, UiLanguage.text(warning)));
			}
			return status;
		} catch (PublishCancelledException e) {
			return new Status(IStatus.CANCEL, BUNDLE, e.getMessage());
		} catch (PublishCheckException e) {
			MultiStatus status = new MultiStatus(BUNDLE, 0, NLS.bind(Messages.Publish_failed, tenant));
			for (org.touchstone.core.CoreMessage problem : e.messages()) {
				status.add(new Status(IStatus.ERROR, BUNDLE, UiLanguage.text(problem)));
			}
			return status;
		} catch (TouchstoneException e) {
			return new Status(IStatus.ERROR, BUNDLE, UiLanguage.text(e));
		} catch (IOException e) {
			return new Status(IStatus.ERROR, BUNDLE, NLS.bind(Messages.Publish_cannotWrite, folder, UiLanguage.text(e)));
		} finally {
			monitor.done();
		}
	}
}
