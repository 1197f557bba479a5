package org.touchstone.ui.internal;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.touchstone.core.Bilingual;
import org.touchstone.core.ElementEdits;
import org.touchstone.core.TouchstoneException;
import org.touchstone.model.AuthoredChapter;
import org.touchstone.model.CaseStudy;
import org.touchstone.model.CaseText;
import org.touchstone.model.Chapter;
import org.touchstone.model.Handbook;
import org.touchstone.model.Language;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstonePackage.Literals;
import org.touchstone.ui.TenantEditing;

/**
 * A form for a tenant's other elements (a customer segment, a touchpoint, a case study, a
 * handbook), laid out from the model: each text with its Chinese and English side by side, each
 * number or choice on its own; a case's two language versions side by side; a handbook's chapters
 * in order, moved up and down, with an authored chapter's Markdown in both languages. Every change
 * is an undoable command made by core's {@link ElementEdits}.
 */
public class ElementEditor extends TenantEditor {
	public static final String ID = "org.touchstone.ui.elementEditor";
	private static final List<String> NOT_SHOWN = List.of("uuid", "key", "schemaVersion", "source");

	private TableViewer chapters;
	/** Set while the chapters table is filled again, so that its own selection event does not fill it once more. */
	private boolean refreshing;

	/** The element being edited, looked up by key each time. */
	public EObject element() {
		Tenant t = tenant();
		return Stream.of(t.getSegments(), t.getTouchpoints(), t.getCases(), t.getHandbooks(), t.getSites(), t.getComplaints())
				.flatMap(list -> list.stream().map(EObject.class::cast))
				.filter(e -> key().equals(e.eGet(e.eClass().getEStructuralFeature("key")))).findFirst()
				.orElseThrow(() -> new org.touchstone.core.NotFoundException(org.touchstone.core.CoreMessage.of("element.notFound", key(), tenantId())));
	}

	@Override
	public void createPartControl(Composite parent) {
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite form = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
		problemLine(form, 3);
		languageHeads(form);
		EObject element = element();
		fields(form, element.eClass(), this::element, "");
		references(form, element.eClass(), this::element, "");
		if (element instanceof CaseStudy) {
			for (EAttribute a : List.of(Literals.CASE_TEXT__TITLE, Literals.CASE_TEXT__SUMMARY, Literals.CASE_TEXT__STORY)) {
				new Label(form, SWT.NONE).setText(label(Literals.CASE_TEXT, a));
				for (Language language : Language.VALUES) {
					text(form, "text." + language.getLiteral() + "." + a.getName(), a != Literals.CASE_TEXT__TITLE,
							() -> caseText(language) == null ? "" : (String) caseText(language).eGet(a), v -> {
								if (caseText(language) == null) {
									throw new TouchstoneException(org.touchstone.core.CoreMessage.of(language == Language.EN ? "case.noEnglishText" : "case.noChineseText", key()));
								}
								return ElementEdits.set(domain(), context(), caseText(language), a, emptyToNull(v));
							});
				}
			}
		}
		if (element instanceof Handbook) {
			chapters(form);
		}
		scroll.setContent(form);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		refresh();
	}

	private CaseText caseText(Language language) {
		return ((CaseStudy) element()).getTexts().stream().filter(t -> t.getLang() == language).findFirst().orElse(null);
	}

	/** A row per attribute: a text with its English twin beside it, or a number or choice on its own. */
	private void fields(Composite form, org.eclipse.emf.ecore.EClass eClass, java.util.function.Supplier<EObject> holder, String prefix) {
		for (EAttribute a : eClass.getEAllAttributes()) {
			if (a.isMany() || NOT_SHOWN.contains(a.getName()) || a.getName().endsWith("En") && a.getEContainingClass().getEStructuralFeature(
					a.getName().substring(0, a.getName().length() - 2)) != null) {
				continue;
			}
			new Label(form, SWT.NONE).setText(label(eClass, a));
			EAttribute english = Bilingual.english(a);
			if (english != null) {
				text(form, prefix + a.getName() + ".zh", multiLine(a), () -> (String) holder.get().eGet(a),
						v -> ElementEdits.set(domain(), context(), holder.get(), a, emptyToNull(v)));
				text(form, prefix + a.getName() + ".en", multiLine(a), () -> (String) holder.get().eGet(english),
						v -> ElementEdits.set(domain(), context(), holder.get(), english, emptyToNull(v)));
			} else if (a.getEAttributeType() instanceof EEnum e) {
				choice(form, prefix + a.getName(), e.getELiterals().stream().map(EEnumLiteral::getInstance).toList(),
						() -> (org.eclipse.emf.common.util.Enumerator) holder.get().eGet(a), v -> ElementEdits.set(domain(), context(), holder.get(), a, v));
				new Label(form, SWT.NONE);
			} else {
				text(form, prefix + a.getName(), false, () -> holder.get().eGet(a) == null ? "" : EcoreUtil.convertToString(a.getEAttributeType(),
						holder.get().eGet(a)), v -> ElementEdits.set(domain(), context(), holder.get(), a,
								v.isBlank() && !a.getEAttributeType().getInstanceClass().isPrimitive() ? null
										: EcoreUtil.createFromString(a.getEAttributeType(), v.strip())));
				new Label(form, SWT.NONE);
			}
		}
	}

	/**
	 * A row per reference to one of the tenant's sites, touchpoints or playbooks (a complaint's):
	 * a choice of their keys, or none.
	 */
	private void references(Composite form, org.eclipse.emf.ecore.EClass eClass, java.util.function.Supplier<EObject> holder, String prefix) {
		for (org.eclipse.emf.ecore.EReference r : eClass.getEAllReferences()) {
			if (r.isMany() || r.isContainment() || !List.of(Literals.SITE, Literals.TOUCHPOINT, Literals.RECOVERY_PLAYBOOK).contains(r.getEReferenceType())) {
				continue;
			}
			new Label(form, SWT.NONE).setText(referenceLabel(eClass, r));
			List<String> keys = new java.util.ArrayList<>(List.of(Messages.ElementEditor_none));
			candidates(r).forEach(c -> keys.add(String.valueOf(c.eGet(c.eClass().getEStructuralFeature("key")))));
			choice(form, prefix + r.getName(), keys.toArray(String[]::new), () -> holder.get().eGet(r) instanceof EObject target
					? String.valueOf(target.eGet(target.eClass().getEStructuralFeature("key"))) : Messages.ElementEditor_none,
					v -> ElementEdits.set(domain(), context(), holder.get(), r, candidates(r).stream()
							.filter(c -> v.equals(c.eGet(c.eClass().getEStructuralFeature("key")))).findFirst().orElse(null)));
			new Label(form, SWT.NONE);
		}
	}

	private List<EObject> candidates(org.eclipse.emf.ecore.EReference r) {
		Tenant t = tenant();
		List<?> list = r.getEReferenceType() == Literals.SITE ? t.getSites() : r.getEReferenceType() == Literals.TOUCHPOINT ? t.getTouchpoints() : t.getPlaybooks();
		return list.stream().map(EObject.class::cast).toList();
	}

	private static String referenceLabel(org.eclipse.emf.ecore.EClass eClass, org.eclipse.emf.ecore.EReference r) {
		EObject sample = org.touchstone.model.TouchstoneFactory.eINSTANCE.create(eClass);
		IItemPropertyDescriptor d = new AdapterFactoryItemDelegator(TenantEditing.adapters()).getPropertyDescriptor(sample, r.getName());
		return d == null ? r.getName() : d.getDisplayName(sample);
	}

	private static boolean multiLine(EAttribute a) {
		return !List.of("name", "title", "industry", "region", "displayName", "reason", "outcomeReason").contains(a.getName());
	}

	/** The attribute's name as the model's item provider gives it. */
	private static String label(org.eclipse.emf.ecore.EClass eClass, EAttribute a) {
		EObject sample = org.touchstone.model.TouchstoneFactory.eINSTANCE.create(eClass);
		IItemPropertyDescriptor d = new AdapterFactoryItemDelegator(TenantEditing.adapters()).getPropertyDescriptor(sample, a.getName());
		return d == null ? a.getName() : d.getDisplayName(sample);
	}

	/** A handbook's chapters in order, moved up and down; an authored chapter's title and Markdown in both languages. */
	private void chapters(Composite form) {
		Label label = new Label(form, SWT.NONE);
		label.setText(Messages.Handbook_chapters);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(label);
		chapters = new TableViewer(form, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		chapters.getTable().setData(FIELD, "chapters");
		chapters.setContentProvider(ArrayContentProvider.getInstance());
		chapters.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				Chapter c = (Chapter) element;
				String title = Bilingual.of(c, Literals.CHAPTER__TITLE).shown(tenant().getLocale()).text();
				return c instanceof AuthoredChapter a ? title + "  (" + a.getSource() + ")" : title + "  ["
						+ org.touchstone.core.Labels.section(((org.touchstone.model.GeneratedSection) c).getKind(), UiLanguage.chinese()) + "]";
			}
		});
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(600, 180).applyTo(chapters.getControl());
		DragToReorder.install(chapters, e -> e instanceof Chapter, (moved, target) -> {
			execute(() -> ElementEdits.move(domain(), context(), moved, ((Handbook) element()).getChapters().indexOf(target)));
			return true;
		});
		Composite buttons = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(buttons);
		button(buttons, Messages.Playbook_up, "chapter.up", () -> moveChapter(-1));
		button(buttons, Messages.Playbook_down, "chapter.down", () -> moveChapter(1));
		// a heading over the two texts, as over the chapters: beside them, in the labels' column, it
		// made that column (and the form) wider than the editor beside the navigator
		Label markdownLabel = new Label(form, SWT.NONE);
		markdownLabel.setText(Messages.Handbook_markdown);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(markdownLabel);
		new Label(form, SWT.NONE);
		for (Language language : Language.VALUES) {
			EAttribute markdown = Bilingual.attribute(Literals.AUTHORED_CHAPTER__MARKDOWN, language);
			text(form, "chapter.markdown." + language.getLiteral(), true, () -> {
				Chapter c = selectedChapter();
				return c instanceof AuthoredChapter a ? (String) a.eGet(markdown) : "";
			}, v -> {
				if (!(selectedChapter() instanceof AuthoredChapter a)) {
					throw new TouchstoneException(Messages.Handbook_generated);
				}
				return ElementEdits.set(domain(), context(), a, markdown, emptyToNull(v));
			});
		}
		chapters.addSelectionChangedListener(e -> {
			if (!refreshing) {
				refresh();
			}
		});
	}


	private Chapter selectedChapter() {
		return chapters == null ? null : (Chapter) ((IStructuredSelection) chapters.getSelection()).getFirstElement();
	}

	private void moveChapter(int by) {
		Chapter c = selectedChapter();
		if (c == null) {
			return;
		}
		List<Chapter> all = ((Handbook) element()).getChapters();
		int to = all.indexOf(c) + by;
		if (to >= 0 && to < all.size()) {
			execute(() -> ElementEdits.move(domain(), context(), c, to));
			chapters.setSelection(new StructuredSelection(c), true);
		}
	}

	/** The chapters in order, as the table shows them, for tests. */
	public List<String> chapterRows() {
		return Stream.of(chapters.getTable().getItems()).map(i -> i.getText()).toList();
	}

	@Override
	protected void refreshForm() {
		if (chapters != null && !chapters.getControl().isDisposed() && element() instanceof Handbook h && !refreshing) {
			refreshing = true;
			try {
				Object selected = selectedChapter();
				chapters.setInput(h.getChapters().toArray());
				if (selected != null && h.getChapters().contains(selected)) {
					chapters.setSelection(new StructuredSelection(selected));
				}
			} finally {
				refreshing = false;
			}
		}
	}
}
