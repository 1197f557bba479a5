package org.touchstone.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.touchstone.model.Handbook;
import org.touchstone.model.Tenant;
import org.touchstone.publish.HandbookPublisher;
import org.touchstone.ui.WorkspaceModel;

/**
 * Publish Handbook: which of the tenant's handbooks, into which folder (remembered per tenant),
 * whether to replace the whole folder, and whether to open the site when it is done. Finish
 * starts a {@link PublishJob}, which runs the command line's checks, shows pages rendered of the
 * total, and can be cancelled from the Progress view.
 */
public class PublishWizard extends Wizard {
	private final String tenant;
	private Page page;
	private PublishJob job;
	private boolean openWhenDone;

	public PublishWizard(String tenant) {
		this.tenant = tenant;
		setWindowTitle(Messages.Publish_title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	/** The job Finish started, or null. */
	public PublishJob job() {
		return job;
	}

	/** Whether the site is to be opened in the system browser when the publish is through. */
	public boolean openWhenDone() {
		return openWhenDone;
	}

	private static IDialogSettings settings() {
		return PlatformUI.getDialogSettingsProvider(org.osgi.framework.FrameworkUtil.getBundle(PublishWizard.class)).getDialogSettings();
	}

	private static String folderKey(String tenant) {
		return "publish.folder." + tenant;
	}

	@Override
	public boolean performFinish() {
		String folder = page.folder.getText().strip();
		settings().put(folderKey(tenant), folder);
		Tenant t = tenantObject();
		String handbook = t.getHandbooks().isEmpty() ? null : t.getHandbooks().get(Math.max(0, page.handbook.getSelectionIndex())).getKey();
		openWhenDone = page.open.getSelection();
		String edition = page.edition.getText().strip();
		job = new PublishJob(WorkspaceModel.current(), tenant, handbook, Path.of(folder), page.clean.getSelection(), edition.isEmpty() ? null : edition,
				page.pdf.getSelection(), page.quiz.getSelection());
		return true;
	}

	private Tenant tenantObject() {
		WorkspaceModel model = WorkspaceModel.current();
		return model.workspace().read(model.context(tenant));
	}

	final class Page extends WizardPage {
		Combo handbook;
		Text folder;
		Text edition;
		Button clean;
		Button pdf;
		Button quiz;
		Button open;

		Page() {
			super("publish");
			setTitle(Messages.Publish_title);
			setDescription(NLS.bind(Messages.Publish_wizardDescription, tenant));
		}

		@Override
		public void createControl(Composite parent) {
			Composite form = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
			new Label(form, SWT.NONE).setText(Messages.Publish_handbook);
			handbook = new Combo(form, SWT.READ_ONLY);
			handbook.setData(TenantEditor.FIELD, "handbook");
			for (Handbook h : tenantObject().getHandbooks()) {
				handbook.add(h.getKey() + " \u2014 " + (h.getTitle() != null ? h.getTitle() : h.getTitleEn()));
			}
			handbook.select(0);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(handbook);
			new Label(form, SWT.NONE).setText(Messages.Publish_folder);
			folder = new Text(form, SWT.BORDER);
			folder.setData(TenantEditor.FIELD, "folder");
			GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(folder);
			String last = settings().get(folderKey(tenant));
			folder.setText(last == null ? "" : last);
			folder.addListener(SWT.Modify, e -> check());
			Button browse = new Button(form, SWT.PUSH);
			browse.setText(Messages.Publish_browse);
			browse.addListener(SWT.Selection, e -> {
				DirectoryDialog dialog = new DirectoryDialog(getShell());
				dialog.setMessage(NLS.bind(Messages.Publish_pickFolder, tenant));
				dialog.setFilterPath(folder.getText());
				String chosen = dialog.open();
				if (chosen != null) {
					folder.setText(chosen);
				}
			});
			new Label(form, SWT.NONE).setText(Messages.Publish_edition);
			edition = new Text(form, SWT.BORDER);
			edition.setData(TenantEditor.FIELD, "edition");
			edition.setMessage(Messages.Publish_editionHint);
			edition.addListener(SWT.Modify, e -> check());
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(edition);
			clean = new Button(form, SWT.CHECK);
			clean.setText(Messages.Publish_clean);
			clean.setData(TenantEditor.FIELD, "clean");
			GridDataFactory.fillDefaults().span(3, 1).applyTo(clean);
			pdf = new Button(form, SWT.CHECK);
			pdf.setText(Messages.Publish_pdf);
			pdf.setData(TenantEditor.FIELD, "pdf");
			GridDataFactory.fillDefaults().span(3, 1).applyTo(pdf);
			quiz = new Button(form, SWT.CHECK);
			quiz.setText(Messages.Publish_quiz);
			quiz.setData(TenantEditor.FIELD, "quiz");
			GridDataFactory.fillDefaults().span(3, 1).applyTo(quiz);
			open = new Button(form, SWT.CHECK);
			open.setText(Messages.Publish_openWhenDone);
			open.setData(TenantEditor.FIELD, "open");
			open.setSelection(true);
			GridDataFactory.fillDefaults().span(3, 1).applyTo(open);
			setControl(form);
			check();
		}

		/** A folder is needed, and it must not be a file; whether it may be written is the publish's to say. */
		private void check() {
			String typed = folder.getText().strip();
			String problem = null;
			if (typed.isEmpty()) {
				problem = null;
			} else if (!Path.of(typed).isAbsolute()) {
				problem = Messages.Publish_folderNotAbsolute;
			} else if (Files.isRegularFile(Path.of(typed))) {
				problem = NLS.bind(Messages.Publish_folderIsFile, typed);
			} else if (!edition.getText().isBlank() && !HandbookPublisher.isEditionLabel(edition.getText().strip())) {
				problem = NLS.bind(Messages.Publish_editionNotALabel, edition.getText().strip());
			}
			setErrorMessage(problem);
			setPageComplete(problem == null && !typed.isEmpty() && handbook.getItemCount() > 0);
			if (handbook.getItemCount() == 0) {
				setErrorMessage(NLS.bind(Messages.Publish_noHandbook, tenant));
			}
		}
	}
}
