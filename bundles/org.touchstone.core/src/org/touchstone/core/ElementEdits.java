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
