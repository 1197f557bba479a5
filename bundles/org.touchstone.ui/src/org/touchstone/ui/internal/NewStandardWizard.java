package org.touchstone.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.StandardChange;
import org.touchstone.core.TouchstoneException;
import org.touchstone.model.Dimension;
import org.touchstone.model.Tenant;
import org.touchstone.ui.TenantEditing;
import org.touchstone.ui.WorkspaceModel;

/**
 * A new standard: its key (checked against the tenant's keys as it is typed), its title in Chinese
 * and English, and its dimension. Finish creates revision 1 as a draft of the acting user, through
 * document control, and the standard's editor opens on it for the rest.
 */
public class NewStandardWizard extends Wizard {
	private final String tenant;
	private Page page;
	private String created;

	public NewStandardWizard(String tenant) {
		this.tenant = tenant;
		setWindowTitle(Messages.NewStandard_title);
	}

	/** The key of the standard Finish created, or null. */
	public String created() {
		return created;
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		WorkspaceModel model = WorkspaceModel.current();
		try {
			StandardChange fields = new StandardChange().set("title-zh", blankToNull(page.titleZh.getText()))
					.set("title-en", blankToNull(page.titleEn.getText())).set("dimension", page.dimensionCode());
			new DocumentControl(model.workspace(), java.time.Clock.systemUTC()).create(model.context(tenant), page.key.getText().strip(), fields);
			created = page.key.getText().strip();
			TenantEditing.changed();
			return true;
		} catch (TouchstoneException e) {
			page.setErrorMessage(UiLanguage.text(e));
			return false;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The one page: the fields, and what is wrong with them. */
	final class Page extends WizardPage {
		Text key;
		Text titleZh;
		Text titleEn;
		Combo dimension;

		Page() {
			super("standard");
			setTitle(Messages.NewStandard_title);
			setDescription(org.eclipse.osgi.util.NLS.bind(Messages.NewStandard_description, tenant));
		}

		@Override
		public void createControl(Composite parent) {
			Composite form = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
			key = field(form, Messages.NewStandard_key, "key");
			titleZh = field(form, Messages.NewStandard_titleZh, "title.zh");
			titleEn = field(form, Messages.NewStandard_titleEn, "title.en");
			new Label(form, SWT.NONE).setText(Messages.NewStandard_dimension);
			dimension = new Combo(form, SWT.READ_ONLY);
			dimension.setData(StandardEditor.FIELD, "dimension");
			for (Dimension d : tenant().getDimensions()) {
				dimension.add(DimensionNames.of(this::tenant, d.getCode()));
			}
			if (dimension.getItemCount() > 0) {
				dimension.select(0);
			}
			setControl(form);
			check();
		}

		private Text field(Composite form, String label, String name) {
			new Label(form, SWT.NONE).setText(label);
			Text text = new Text(form, SWT.BORDER);
			text.setData(StandardEditor.FIELD, name);
			GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
			text.addListener(SWT.Modify, e -> check());
			return text;
		}

		/** The code of the dimension chosen, as the command line would name it. */
		String dimensionCode() {
			int chosen = dimension.getSelectionIndex();
			return chosen < 0 ? null : tenant().getDimensions().get(chosen).getCode();
		}

		private Tenant tenant() {
			WorkspaceModel model = WorkspaceModel.current();
			return model.workspace().read(model.context(tenant));
		}

		/** The page's state as typed: the first problem, or complete. */
		void check() {
			String problem = key.getText().isBlank() ? null : UiLanguage.text(DocumentControl.keyProblem(tenant(), key.getText().strip()));
			if (problem == null && !key.getText().isBlank() && titleZh.getText().isBlank() && titleEn.getText().isBlank()) {
				problem = Messages.NewStandard_needsTitle;
			}
			setErrorMessage(problem);
			setPageComplete(problem == null && !key.getText().isBlank() && dimension.getSelectionIndex() >= 0);
		}
	}
}
