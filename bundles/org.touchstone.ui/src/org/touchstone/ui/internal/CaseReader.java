package org.touchstone.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.touchstone.model.CaseStudy;
import org.touchstone.model.CaseText;
import org.touchstone.model.Language;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.Tenant;
import org.touchstone.ui.WorkspaceModel;

/**
 * A case study to read, as a trainer opens it from the search: its Chinese and English texts side
 * by side, rendered from their Markdown, its principles, and the standards and playbooks of the
 * reader's tenant that cite it, as links that open them.
 */
public class CaseReader extends EditorPart {
	public static final String ID = "org.touchstone.ui.caseReader";

	/** Opens a case: {@code tenant} is where it lies (a tenant or the library), {@code reader} the tenant reading it. */
	public record Input(String tenant, String key, String reader) implements TenantInput {
	}

	private StyledText chinese;
	private StyledText english;
	private Link cited;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof Input)) {
			throw new PartInitException("not a case: " + input);
		}
		setSite(site);
		setInput(input);
		setPartName(((Input) input).key());
	}

	private Input input() {
		return (Input) getEditorInput();
	}

	/** The case, read from the UI thread's model (the reader's own tenant or the shared library). */
	public CaseStudy caseStudy() {
		WorkspaceModel model = WorkspaceModel.current();
		Tenant tenant = model.workspace().read(model.context(input().tenant()));
		return tenant.getCases().stream().filter(c -> c.getKey().equals(input().key())).findFirst()
				.orElseThrow(() -> new org.touchstone.core.NotFoundException("no case " + input().key() + " in " + input().tenant()));
	}

	@Override
	public void createPartControl(Composite parent) {
		CaseStudy c = caseStudy();
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		Label heading = new Label(page, SWT.WRAP);
		heading.setText(c.getKey() + " \u2014 " + (c.getCompany() == null ? "" : c.getCompany())
				+ (c.getYear() > 0 ? " (" + c.getYear() + ")" : ""));
		heading.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
		Label principles = new Label(page, SWT.WRAP);
		principles.setText(Messages.CaseReader_principles + " " + String.join(", ", c.getPrinciples().stream().map(CaseReader::principle).toList()));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(principles);
		cited = new Link(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(cited);
		cited.addListener(SWT.Selection, e -> open(e.text));
		SashForm sides = new SashForm(page, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sides);
		chinese = text(sides);
		english = text(sides);
		show(chinese, textIn(c, Language.ZH));
		show(english, textIn(c, Language.EN));
		citedBy(c);
	}

	private static String principle(String name) {
		return org.touchstone.core.Principles.isKnown(name)
				? org.touchstone.core.Principles.label(name, true) + " / " + org.touchstone.core.Principles.label(name, false)
				: name;
	}

	private static StyledText text(Composite parent) {
		StyledText text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		text.setMargins(8, 8, 8, 8);
		return text;
	}

	private static CaseText textIn(CaseStudy c, Language language) {
		return c.getTexts().stream().filter(t -> t.getLang() == language).findFirst().orElse(null);
	}

	private void show(StyledText widget, CaseText text) {
		if (text == null) {
			widget.setText(Messages.CaseReader_noText);
			return;
		}
		StringBuilder markdown = new StringBuilder("# ").append(text.getTitle() == null ? "" : text.getTitle()).append("\n\n");
		if (text.getSummary() != null) {
			markdown.append("*").append(text.getSummary().strip()).append("*\n\n");
		}
		if (text.getStory() != null) {
			markdown.append(text.getStory()).append("\n\n");
		}
		if (!text.getLessons().isEmpty()) {
			markdown.append("## ").append(text.getLang() == Language.EN ? Messages.CaseReader_lessonsEn : Messages.CaseReader_lessonsZh).append("\n\n");
			text.getLessons().forEach(l -> markdown.append("- ").append(l).append('\n'));
		}
		MarkdownText.render(markdown.toString(), widget);
	}

	/** The reader's standards and playbooks that cite the case, as links. */
	private void citedBy(CaseStudy c) {
		WorkspaceModel model = WorkspaceModel.current();
		Tenant reader = model.workspace().read(model.context(input().reader()));
		StringBuilder links = new StringBuilder(Messages.CaseReader_citedBy).append(' ');
		boolean any = false;
		for (ServiceStandard s : reader.getStandards()) {
			if (org.touchstone.core.DocumentControl.latest(s).getCases().contains(c)) {
				links.append(any ? ", " : "").append("<a href=\"standard:").append(s.getKey()).append("\">").append(s.getKey()).append("</a>");
				any = true;
			}
		}
		for (RecoveryPlaybook p : reader.getPlaybooks()) {
			if (p.getCases().contains(c)) {
				links.append(any ? ", " : "").append("<a href=\"playbook:").append(p.getKey()).append("\">").append(p.getKey()).append("</a>");
				any = true;
			}
		}
		cited.setText(any ? links.toString() : Messages.CaseReader_citedByNone);
	}

	private void open(String target) {
		TenantsView tenants = (TenantsView) getSite().getPage().findView(TenantsView.ID);
		if (tenants == null || target == null) {
			return;
		}
		if (target.startsWith("standard:")) {
			tenants.openStandard(input().reader(), target.substring("standard:".length()));
		} else if (target.startsWith("playbook:")) {
			tenants.openPlaybook(input().reader(), target.substring("playbook:".length()));
		}
	}

	/** The two texts and the links, as shown, for tests. */
	public List<String> shown() {
		return List.of(chinese.getText(), english.getText(), cited.getText());
	}

	@Override
	public void setFocus() {
		chinese.setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
