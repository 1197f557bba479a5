package org.touchstone.core;

import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.touchstone.model.PlaybookStep;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstoneFactory;
import org.touchstone.model.TouchstonePackage.Literals;

/**
 * Changes to the elements of a tenant that are not under revision control (playbooks and their
 * steps, segments, touchpoints, cases, handbooks and their chapters) as EMF commands, for editors
 * with an undo stack. A change needs the write permission, checked when the command is made;
 * standards change through {@link StandardEdits} instead.
 */
public final class ElementEdits {
	private ElementEdits() {
	}

	/** Sets a field of the playbook or of one of its steps. */
	public static Command set(EditingDomain domain, Context context, EObject owner, EStructuralFeature feature, Object value) {
		check(context, owner);
		return SetCommand.create(domain, owner, feature, value);
	}

	/** Adds a step at a position (the end when out of range), with a time limit of none and the given action. */
	public static Command addStep(EditingDomain domain, Context context, RecoveryPlaybook playbook, int index, String action) {
		check(context, playbook);
		PlaybookStep step = TouchstoneFactory.eINSTANCE.createPlaybookStep();
		step.setUuid(UUID.randomUUID().toString());
		step.setAction(action);
		int at = index < 0 || index > playbook.getSteps().size() ? playbook.getSteps().size() : index;
		return AddCommand.create(domain, playbook, Literals.RECOVERY_PLAYBOOK__STEPS, step, at);
	}

	public static Command removeStep(EditingDomain domain, Context context, PlaybookStep step) {
		check(context, step);
		return RemoveCommand.create(domain, step.eContainer(), Literals.RECOVERY_PLAYBOOK__STEPS, step);
	}

	/**
	 * Adds a new element to one of the tenant's lists (playbooks, segments, touchpoints): its key
	 * must be valid and not yet used in that list.
	 */
	public static Command add(EditingDomain domain, Context context, Tenant tenant, EStructuralFeature list, EObject element, String key) {
		check(context, tenant);
		CoreMessage problem = keyProblem(tenant, list, key);
		if (problem != null) {
			throw new InvalidValueException(problem);
		}
		return AddCommand.create(domain, tenant, list, element);
	}

	/**
	 * Adds an authored chapter to a handbook, before its generated sections; its source (the
	 * Markdown file's name, {@code recovery.md}) must be valid and not yet used in the handbook.
	 */
	public static Command addChapter(EditingDomain domain, Context context, org.touchstone.model.Handbook handbook,
			org.touchstone.model.AuthoredChapter chapter) {
		check(context, handbook);
		CoreMessage problem = chapterProblem(handbook, chapter.getSource());
		if (problem != null) {
			throw new InvalidValueException(problem);
		}
		int at = 0;
		while (at < handbook.getChapters().size() && handbook.getChapters().get(at) instanceof org.touchstone.model.AuthoredChapter) {
			at++;
		}
		return AddCommand.create(domain, handbook, Literals.HANDBOOK__CHAPTERS, chapter, at);
	}

	/** What is wrong with the source name of a new chapter (null: nothing). */
	public static CoreMessage chapterProblem(org.touchstone.model.Handbook handbook, String source) {
		if (source == null || !source.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*\\.md")) {
			return CoreMessage.of("chapter.sourceInvalid", source == null ? "" : source);
		}
		for (org.touchstone.model.Chapter c : handbook.getChapters()) {
			if (c instanceof org.touchstone.model.AuthoredChapter a && source.equalsIgnoreCase(a.getSource())) {
				return CoreMessage.of("chapter.exists", source);
			}
		}
		return null;
	}

	/** What is wrong with a key for a new element of one of the tenant's lists (null: nothing), as a wizard checks it while the user types. */
	public static CoreMessage keyProblem(Tenant tenant, EStructuralFeature list, String key) {
		if (key == null || !key.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
			return CoreMessage.of("element.keyInvalid", key == null ? "" : key);
		}
		for (Object o : (java.util.List<?>) tenant.eGet(list)) {
			if (o instanceof EObject e && key.equalsIgnoreCase(String.valueOf(e.eGet(e.eClass().getEStructuralFeature("key"))))) {
				return CoreMessage.of("element.exists", key, tenant.getId());
			}
		}
		return null;
	}

	/**
	 * Removes an element from the tenant (a playbook, segment, touchpoint, case or chapter). A
	 * standard is under document control: only one that was never submitted (a single draft
	 * revision with no history) may be removed; any other is retired instead.
	 */
	public static Command remove(EditingDomain domain, Context context, EObject element) {
		check(context, element);
		if (element instanceof org.touchstone.model.ServiceStandard standard) {
			boolean neverSubmitted = standard.getRevisions().size() == 1
					&& standard.getRevisions().get(0).getStatus() == org.touchstone.model.Status.DRAFT
					&& standard.getRevisions().get(0).getTransitions().isEmpty();
			if (!neverSubmitted) {
				throw new LifecycleException(CoreMessage.of("standard.cannotDelete", standard.getKey()));
			}
		}
		if (element.eContainer() == null) {
			throw new InvalidValueException(CoreMessage.of("element.nothingToRemove"));
		}
		return RemoveCommand.create(domain, element.eContainer(), element.eContainmentFeature(), element);
	}

	/** Moves an element to another position in the list that holds it (a handbook's chapters, a playbook's steps). */
	public static Command move(EditingDomain domain, Context context, EObject element, int to) {
		check(context, element);
		return MoveCommand.create(domain, element.eContainer(), element.eContainmentFeature(), element, to);
	}

	/** Moves a step to another position among the playbook's steps. */
	public static Command moveStep(EditingDomain domain, Context context, PlaybookStep step, int to) {
		check(context, step);
		return MoveCommand.create(domain, step.eContainer(), Literals.RECOVERY_PLAYBOOK__STEPS, step, to);
	}

	private static void check(Context context, EObject element) {
		if (EcoreUtil.getRootContainer(element) instanceof Tenant tenant) {
			Access.check(tenant, context.user(), Permission.WRITE);
		}
	}
}
