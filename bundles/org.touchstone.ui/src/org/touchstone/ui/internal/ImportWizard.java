package org.touchstone.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.touchstone.core.Context;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.Importer;
import org.touchstone.core.Workspace;
import org.touchstone.ui.TenantEditing;
import org.touchstone.ui.WorkspaceModel;

/**
 * File &gt; Import...: the files {@code touchstone import} takes (Markdown cases and chapters, CSV
 * standards) into the selected tenant, with a preview of what each file adds or changes. The
 * preview reads and checks the files as the import does, so a file it would refuse is named, with
 * its line, before anything happens; Finish imports all of them or none, in a job, through a
 * workspace of the job's own, and the tenant is then read again in place.
 */
public class ImportWizard extends Wizard {
	private final String tenant;
	private final List<Path> files = new ArrayList<>();
	private Page page;
	private Job job;

	public ImportWizard(String tenant) {
		this.tenant = tenant;
		setWindowTitle(Messages.Import_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	/** Adds files to import, as the Add Files button does. */
	public void add(List<Path> more) {
		for (Path p : more) {
			if (!files.contains(p)) {
				files.add(p);
			}
		}
		page.refresh();
	}

	/** The preview's lines, or the one problem that stops the import, for tests. */
	public List<String> preview() {
		return page.lines;
	}

	/** The import job Finish started, or null. */
	public Job job() {
		return job;
	}

	@Override
	public boolean performFinish() {
		WorkspaceModel model = WorkspaceModel.current();
		Context context = model.context(tenant);
		Path root = model.workspace().root();
		List<Path> chosen = List.copyOf(files);
		job = Job.create(NLS.bind(Messages.Import_job, tenant), monitor -> {
			try {
				Workspace own = Workspace.open(root);
				Importer.Result result = new Importer(own, new DocumentControl(own, Clock.systemUTC())).importFiles(context, chosen);
				org.eclipse.swt.widgets.Display.getDefault().asyncExec(() -> readAgain());
				return new Status(IStatus.OK, "org.touchstone.ui",
						NLS.bind(Messages.Import_done, new Object[] { result.standards(), result.cases(), result.chapters() }));
			} catch (RuntimeException e) {
				return new Status(IStatus.ERROR, "org.touchstone.ui", UiLanguage.text(e));
			}
		});
		job.setUser(true);
		job.schedule();
		return true;
	}

	/** Reads the tenant again in place, unless edits were made meanwhile: the disk watcher asks about those. */
	private void readAgain() {
		if (!TenantEditing.isDirty(tenant)) {
			WorkspaceModel.current().workspace().readAgain(tenant);
			TenantEditing.changed();
		}
	}

	final class Page extends WizardPage {
		private ListViewer list;
		private TableViewer changes;
		List<String> lines = List.of();

		Page() {
			super("import");
			setTitle(Messages.Import_title);
			setDescription(NLS.bind(Messages.Import_description, tenant));
		}

		@Override
		public void createControl(Composite parent) {
			Composite form = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
			list = new ListViewer(form, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
			list.setContentProvider(ArrayContentProvider.getInstance());
			GridDataFactory.fillDefaults().grab(true, false).hint(420, 90).applyTo(list.getControl());
			Composite buttons = new Composite(form, SWT.NONE);
			GridLayoutFactory.fillDefaults().applyTo(buttons);
			Button add = new Button(buttons, SWT.PUSH);
			add.setText(Messages.Import_add);
			add.addListener(SWT.Selection, e -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
				dialog.setFilterExtensions(new String[] { "*.md;*.markdown;*.csv;*.xlsx", "*.*" });
				if (dialog.open() != null) {
					List<Path> picked = new ArrayList<>();
					for (String name : dialog.getFileNames()) {
						picked.add(Path.of(dialog.getFilterPath(), name));
					}
					add(picked);
				}
			});
			Button remove = new Button(buttons, SWT.PUSH);
			remove.setText(Messages.Import_remove);
			remove.addListener(SWT.Selection, e -> {
				files.removeAll(list.getStructuredSelection().toList());
				refresh();
			});
			GridDataFactory.fillDefaults().applyTo(add);
			GridDataFactory.fillDefaults().applyTo(remove);
			Label what = new Label(form, SWT.NONE);
			what.setText(Messages.Import_preview);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(what);
			changes = new TableViewer(form, SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
			changes.setContentProvider(ArrayContentProvider.getInstance());
			GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(420, 160).applyTo(changes.getControl());
			setControl(form);
			refresh();
		}

		/** Reads and checks the files in a forked thread of the wizard, through a workspace of its own. */
		void refresh() {
			list.setInput(files.toArray());
			if (files.isEmpty()) {
				lines = List.of();
				changes.setInput(lines.toArray());
				setErrorMessage(null);
				setPageComplete(false);
				return;
			}
			WorkspaceModel model = WorkspaceModel.current();
			if (TenantEditing.isDirty(tenant)) {
				lines = List.of();
				changes.setInput(lines.toArray());
				setErrorMessage(NLS.bind(Messages.Import_saveFirst, tenant));
				setPageComplete(false);
				return;
			}
			Context context = model.context(tenant);
			Path root = model.workspace().root();
			List<Path> chosen = List.copyOf(files);
			String[] problem = { null };
			List<String> found = new ArrayList<>();
			try {
				getContainer().run(true, false, monitor -> {
					try {
						Workspace own = Workspace.open(root);
						new Importer(own, new DocumentControl(own, Clock.systemUTC())).preview(context, chosen).forEach(line -> found.add(UiLanguage.text(line)));
					} catch (RuntimeException e) {
						problem[0] = UiLanguage.text(e);
					}
				});
			} catch (InvocationTargetException | InterruptedException e) {
				problem[0] = UiLanguage.text(e);
			}
			lines = problem[0] == null ? found : List.of(problem[0]);
			changes.setInput(lines.toArray());
			setErrorMessage(problem[0]);
			setPageComplete(problem[0] == null && !found.isEmpty());
		}
	}
}
