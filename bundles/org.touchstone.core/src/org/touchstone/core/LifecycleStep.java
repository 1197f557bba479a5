package org.touchstone.core;

import java.util.function.Function;

import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Status;
import org.touchstone.model.Tenant;

/**
 * The steps of document control, and whether a user may take one now. The workbench enables its
 * buttons by {@link #refusal} and shows the reason on a disabled one; {@link DocumentControl}
 * enforces the same rules when the step is taken.
 */
public enum LifecycleStep {
	SUBMIT(Status.DRAFT, Status.IN_REVIEW, Permission.WRITE),
	RETURN(Status.IN_REVIEW, Status.DRAFT, Permission.REVIEW),
	APPROVE(Status.IN_REVIEW, Status.APPROVED, Permission.APPROVE),
	MAKE_EFFECTIVE(Status.APPROVED, Status.EFFECTIVE, Permission.APPROVE),
	RETIRE(Status.EFFECTIVE, Status.RETIRED, Permission.APPROVE);

	private final Status from;
	private final Status to;
	private final Permission permission;

	LifecycleStep(Status from, Status to, Permission permission) {
		this.from = from;
		this.to = to;
		this.permission = permission;
	}

	public Status from() {
		return from;
	}

	public Status to() {
		return to;
	}

	/** Why a user may not take this step on a standard now, or null when they may. */
	public CoreMessage refusal(Tenant tenant, String user, ServiceStandard standard) {
		StandardRevision revision = this == RETIRE ? DocumentControl.effective(standard) : DocumentControl.latest(standard);
		if (revision == null || revision.getStatus() != from) {
			StandardRevision latest = DocumentControl.latest(standard);
			return CoreMessage.of("step.wrongStatus", standard.getKey(), latest.getNumber(), Labels.status(latest.getStatus()), Labels.status(from));
		}
		if (!Access.allows(tenant, user, permission)) {
			return CoreMessage.of("step.needsPermission", user, permission.label(), roles(permission));
		}
		if (this == APPROVE && (user.equals(revision.getAuthor()) || revision.getEditors().contains(user))) {
			return CoreMessage.of(user.equals(revision.getAuthor()) ? "step.ownRevision" : "step.editedRevision", user, revision.getNumber());
		}
		return null;
	}

	/** Takes the step through document control. */
	public StandardRevision take(DocumentControl control, Context context, String key, String comment) {
		Function<String, StandardRevision> step = switch (this) {
		case SUBMIT -> c -> control.submit(context, key, c);
		case RETURN -> c -> control.returnToDraft(context, key, c);
		case APPROVE -> c -> control.approve(context, key, c);
		case MAKE_EFFECTIVE -> c -> control.makeEffective(context, key, null, c);
		case RETIRE -> c -> control.retire(context, key, c);
		};
		return step.apply(comment);
	}

	private static String roles(Permission permission) {
		return String.join(", ", org.touchstone.model.Role.VALUES.stream().filter(r -> Permission.grantedBy(r).contains(permission))
				.map(org.touchstone.model.Role::getLiteral).toList());
	}
}
