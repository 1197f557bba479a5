package org.touchstone.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.FrameworkUtil;
import org.touchstone.core.Workspace;
import org.touchstone.model.AuthoredChapter;
import org.touchstone.model.Handbook;
import org.touchstone.model.Tenant;
import org.touchstone.publish.HandbookPublisher;
import org.touchstone.ui.TenantEditing;
import org.touchstone.ui.WorkspaceModel;

/**
 * The handbook page of the chapter selected in the navigator, as it will be published: the same
 * publisher writes the tenant's handbook into a folder of the workbench's own (only what changed is
 * rendered again), and the page is shown in an embedded browser, where links go to the other pages
 * of the preview. It follows the tenant's changes after a short pause: saved ones, and edits not
 * yet saved, which the UI thread writes out as the tenant's file would be (it only reads the model)
 * for the job to publish from in a workspace of its own; the view says when it shows unsaved edits.
 * On Linux the embedded browser needs WebKitGTK; without it the view says what to install.
 */
public class PreviewView extends ViewPart {
	public static final String ID = "org.touchstone.ui.preview";
	/** How long the preview waits after a change or a save before it publishes again. */
	public static final int PAUSE_MS = 500;

	private Browser browser;
	private Label message;
	private String tenant;
	private String chapter;
	private Job running;
	private int loads;
	private final ISelectionListener listener = (part, selection) -> {
		if (selection instanceof IStructuredSelection s) {
			Object first = s.getFirstElement();
			if (first instanceof AuthoredChapter c && c.eContainer() instanceof Handbook h && h.eContainer() instanceof Tenant t) {
				show(t.getId(), c.getSource());
			}
		}
	};
	/** Publishes once the user pauses: each change or save starts the pause again. */
	private final Runnable afterPause = this::publish;
	/** A save, or the tenant read again from its file. */
	private final java.util.function.Consumer<String> saved = id -> {
		if (id.equals(tenant)) {
			publishAfterPause();
		}
	};
	/** An edit (saved or not), an undo or a redo in any tenant: the shown one may have changed. */
	private final Runnable changed = () -> {
		if (tenant != null) {
			publishAfterPause();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		try {
			browser = new Browser(parent, SWT.NONE);
			browser.addProgressListener(new ProgressAdapter() {
				@Override
				public void completed(ProgressEvent event) {
					loads++;
				}
			});
		} catch (SWTError e) {
			// No web engine on this machine (on Linux: WebKitGTK is not installed).
			browser = null;
		}
		message = browser == null ? new Label(parent, SWT.WRAP) : null;
		if (message != null) {
			message.setText(Messages.Preview_noBrowser);
		}
		getSite().getPage().addSelectionListener(TenantsView.ID, listener);
		TenantEditing.onChange(changed);
		TenantEditing.onSaved(saved);
		listener.selectionChanged(null, getSite().getPage().getSelection(TenantsView.ID));
	}

	/** Shows a chapter's page: publishes the tenant's handbook into the preview folder first. */
	public void show(String tenantId, String chapterSource) {
		tenant = tenantId;
		chapter = chapterSource;
		publish();
	}

	/** The folder the preview of a tenant's handbook is published into, in the workbench's own state. */
	private Path folder() {
		return Path.of(Platform.getStateLocation(FrameworkUtil.getBundle(PreviewView.class)).toOSString(), "preview", tenant);
	}

	private void publishAfterPause() {
		if (browser != null && !browser.isDisposed()) {
			browser.getDisplay().timerExec(PAUSE_MS, afterPause);
		}
	}

	private void publish() {
		if (browser == null || browser.isDisposed() || tenant == null) {
			return;
		}
		if (running != null) {
			running.cancel();
		}
		WorkspaceModel model = WorkspaceModel.current();
		org.touchstone.core.Context context = model.context(tenant);
		Path root = model.workspace().root();
		Path out = folder();
		String source = chapter;
		String tenantId = tenant;
		// The unsaved state is taken here, on the UI thread that owns the model; the job reads only these bytes.
		byte[] unsaved = TenantEditing.isDirty(tenant) ? Workspace.unsavedState(model.workspace().read(context)) : null;
		setContentDescription(NLS.bind(unsaved == null ? Messages.Preview_showing : Messages.Preview_showingUnsaved, tenant, chapter));
		Job job = Job.create(NLS.bind(Messages.Preview_job, tenant), monitor -> {
			String shown;
			try {
				Workspace saved = Workspace.open(root);
				if (unsaved != null) {
					saved.showUnsaved(tenantId, unsaved);
				}
				String page = source == null ? null : HandbookPublisher.pageOf(saved, context, null, source);
				HandbookPublisher.preview(saved, context, null, out);
				shown = out.resolve((page == null ? "index" : page) + ".html").toUri().toString();
			} catch (java.io.IOException | RuntimeException e) {
				shown = "error:" + UiLanguage.text(e);
			}
			String url = shown;
			browser.getDisplay().asyncExec(() -> load(url));
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setRule(new SameFolder(out));
		running = job;
		job.schedule();
	}

	/** Previews of one folder are published one after another. */
	private record SameFolder(Path folder) implements org.eclipse.core.runtime.jobs.ISchedulingRule {
		@Override
		public boolean contains(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
			return rule instanceof SameFolder other && other.folder.equals(folder);
		}
	}

	private void load(String url) {
		if (browser.isDisposed()) {
			return;
		}
		if (url.startsWith("error:")) {
			setContentDescription(url.substring("error:".length()));
			browser.setText("");
			return;
		}
		if (url.equals(browser.getUrl())) {
			browser.refresh();
		} else {
			browser.setUrl(url);
		}
	}

	/** Whether the view has a browser (false: WebKitGTK is missing, and the view says so). */
	public boolean hasBrowser() {
		return browser != null;
	}

	/** How many pages the browser has finished loading, for tests. */
	public int loads() {
		return loads;
	}

	/** The page shown, as the browser holds it now, for tests. */
	public String text() {
		return browser == null ? message.getText() : browser.getText();
	}

	/** What the view says it shows (above the page). */
	public String description() {
		return getContentDescription();
	}

	public String url() {
		return browser == null ? null : browser.getUrl();
	}

	@Override
	public void setFocus() {
		(browser != null ? browser : message).setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(TenantsView.ID, listener);
		TenantEditing.removeOnChange(changed);
		TenantEditing.removeOnSaved(saved);
		if (running != null) {
			running.cancel();
		}
		super.dispose();
	}
}
