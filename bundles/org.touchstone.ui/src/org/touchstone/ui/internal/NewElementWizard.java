package org.touchstone.ui.internal;

import java.util.UUID;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.touchstone.core.Bilingual;
import org.touchstone.core.ElementEdits;
import org.touchstone.core.TouchstoneException;
import org.touchstone.model.Identified;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstonePackage.Literals;
import org.touchstone.ui.TenantEditing;
import org.touchstone.ui.WorkspaceModel;

/**
 * A new recovery playbook, customer segment, touchpoint or handbook chapter: its key (a chapter's
 * file name), checked as it is typed against those the tenant has, and its name in Chinese and
 * English. Finish adds it as an
 * undoable command, to be saved with the tenant; its editor opens on it for the rest.
 */
public class NewElementWizard extends Wizard {
	/** What the wizard makes. */
	public enum Kind {
		PLAYBOOK(Literals.TENANT__PLAYBOOKS, Literals.RECOVERY_PLAYBOOK__TITLE), SEGMENT(Literals.TENANT__SEGMENTS, Literals.CUSTOMER_SEGMENT__NAME),
		TOUCHPOINT(Literals.TENANT__TOUCHPOINTS, Literals.TOUCHPOINT__NAME), CHAPTER(Literals.HANDBOOK__CHAPTERS, Literals.CHAPTER__TITLE),
		CASE(Literals.TENANT__CASES, Literals.CASE_TEXT__TITLE), SITE(Literals.TENANT__SITES, Literals.SITE__NAME),
		COMPLAINT(Literals.TENANT__COMPLAINTS, Literals.COMPLAINT__CUSTOMER_SAID);

		final EReference list;
		final EAttribute name;

		Kind(EReference list, EAttribute name) {
			this.list = list;
			this.name = name;
		}
	}

	private final String tenant;
	private final Kind kind;
	private Page page;
	private String created;

	public NewElementWizard(String tenant, Kind kind) {
		this.tenant = tenant;
		this.kind = kind;
		setWindowTitle(Messages.newElement(kind));
	}

	public String created() {
		return created;
	}

	private String suggestedTitle;

	/**
	 * Fills in a title before the page opens (a knowledge gap's query): in the Chinese field when
	 * it has Chinese characters, else in the English one.
	 */
	public void suggestTitle(String title) {
		this.suggestedTitle = title;
	}

	public Kind kind() {
		return kind;
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	private org.touchstone.model.Handbook handbook() {
		if (tenantObject().getHandbooks().isEmpty()) {
			throw new TouchstoneException(org.touchstone.core.CoreMessage.of("handbook.noneForChapter", tenant));
		}
		return tenantObject().getHandbooks().get(0);
	}

	private Tenant tenantObject() {
		WorkspaceModel model = WorkspaceModel.current();
		return model.workspace().read(model.context(tenant));
	}

	@Override
	public boolean performFinish() {
		WorkspaceModel model = WorkspaceModel.current();
		String key = page.key.getText().strip();
		EObject element = EcoreUtil.create(kind == Kind.CHAPTER ? Literals.AUTHORED_CHAPTER : kind.list.getEReferenceType());
		((Identified) element).setUuid(UUID.randomUUID().toString());
		element.eSet(element.eClass().getEStructuralFeature(kind == Kind.CHAPTER ? "source" : "key"), key);
		if (element instanceof org.touchstone.model.CaseStudy study) {
			// A case's title is written per language, in a text of its own for each; the company names it until then.
			study.setCompany(blankToNull(page.nameZh.getText()) != null ? page.nameZh.getText().strip() : page.nameEn.getText().strip());
			for (org.touchstone.model.Language language : org.touchstone.model.Language.VALUES) {
				String title = blankToNull((language == org.touchstone.model.Language.ZH ? page.nameZh : page.nameEn).getText());
				if (title != null) {
					org.touchstone.model.CaseText text = org.touchstone.model.TouchstoneFactory.eINSTANCE.createCaseText();
					text.setLang(language);
					text.setTitle(title);
					study.getTexts().add(text);
				}
			}
		} else {
			element.eSet(kind.name, blankToNull(page.nameZh.getText()));
			element.eSet(Bilingual.english(kind.name), blankToNull(page.nameEn.getText()));
		}
		if (element instanceof org.touchstone.model.Complaint complaint) {
			// Logged now, by whoever logs it; when and where it happened are filled in the editor.
			complaint.setAt(new java.util.Date());
			complaint.setRecordedBy(model.user());
		}
		try {
			org.eclipse.emf.common.command.Command add = kind == Kind.CHAPTER
					? ElementEdits.addChapter(TenantEditing.domain(tenant), model.context(tenant), handbook(), (org.touchstone.model.AuthoredChapter) element)
					: ElementEdits.add(TenantEditing.domain(tenant), model.context(tenant), tenantObject(), kind.list, element, key);
			TenantEditing.stack(tenant).execute(add);
			created = key;
			return true;
		} catch (TouchstoneException e) {
			page.setErrorMessage(UiLanguage.text(e));
			return false;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	final class Page extends WizardPage {
		Text key;
		Text nameZh;
		Text nameEn;

		Page() {
			super("element");
			setTitle(Messages.newElement(kind));
			setDescription(NLS.bind(Messages.NewElement_description, tenant));
		}

		@Override
		public void createControl(Composite parent) {
			Composite form = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
			key = field(form, kind == Kind.CHAPTER ? Messages.NewElement_file : Messages.NewStandard_key, "key");
			nameZh = field(form, Messages.NewElement_nameZh, "name.zh");
			nameEn = field(form, Messages.NewElement_nameEn, "name.en");
			if (suggestedTitle != null) {
				boolean chinese = suggestedTitle.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
				(chinese ? nameZh : nameEn).setText(suggestedTitle);
			}
			setControl(form);
			check();
		}

		private Text field(Composite form, String label, String name) {
			new Label(form, SWT.NONE).setText(label);
			Text text = new Text(form, SWT.BORDER);
			text.setData(TenantEditor.FIELD, name);
			GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
			text.addListener(SWT.Modify, e -> check());
			return text;
		}

		void check() {
			String typed = key.getText().strip();
			String problem = typed.isEmpty() ? null
					: UiLanguage.text(kind == Kind.CHAPTER ? ElementEdits.chapterProblem(handbook(), typed) : ElementEdits.keyProblem(tenantObject(), kind.list, typed));
			if (problem == null && !typed.isEmpty() && nameZh.getText().isBlank() && nameEn.getText().isBlank()) {
				problem = Messages.NewElement_needsName;
			}
			setErrorMessage(problem);
			setPageComplete(problem == null && !typed.isEmpty());
		}
	}
}
