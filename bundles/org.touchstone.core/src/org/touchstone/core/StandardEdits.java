package org.touchstone.core;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.touchstone.model.Criterion;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Status;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstoneFactory;
import org.touchstone.model.TouchstonePackage.Literals;

/**
 * Changes to a standard as EMF commands, for editors that keep a tenant in memory with an undo
 * stack (the workbench). Document control holds as for {@code standard edit}: a revision in review
 * is not changed; an approved, effective or retired one is not changed in place, so the first
 * change adds a new draft revision copied from it and goes there; whoever changes a revision is
 * recorded among its editors, so that they cannot approve it. One undo takes back all of it.
 * Refusals are thrown when the command is made, naming what is missing.
 */
public final class StandardEdits {
	private StandardEdits() {
	}

	/** Sets a field of the standard's working revision (title, statement, observation, dimension, ...). */
	public static Command setOnRevision(EditingDomain domain, Context context, ServiceStandard standard, EStructuralFeature feature, Object value) {
		Working working = working(context, standard);
		CompoundCommand command = working.start(domain, context);
		command.append(new SetCommand(domain, working.revision(), feature, value));
		return command;
	}

	/** Adds a criterion (a further measure of the standard) at the end of the working revision's criteria. */
	public static Command addCriterion(EditingDomain domain, Context context, ServiceStandard standard) {
		Working working = working(context, standard);
		CompoundCommand command = working.start(domain, context);
		Criterion criterion = TouchstoneFactory.eINSTANCE.createCriterion();
		criterion.setComparison(org.touchstone.model.Comparison.AT_MOST);
		command.append(new AddCommand(domain, working.revision(), Literals.STANDARD_REVISION__CRITERIA, criterion));
		return command;
	}

	/** Removes one of the working revision's criteria. */
	public static Command removeCriterion(EditingDomain domain, Context context, ServiceStandard standard, int index) {
		Working working = working(context, standard);
		if (index < 0 || index >= working.revision().getCriteria().size()) {
			throw new InvalidValueException(CoreMessage.of("standard.noCriterion", standard.getKey(), index + 1));
		}
		CompoundCommand command = working.start(domain, context);
		command.append(new org.eclipse.emf.edit.command.RemoveCommand(domain, working.revision(), Literals.STANDARD_REVISION__CRITERIA,
				working.revision().getCriteria().get(index)));
		return command;
	}

	/** Cites a case study (the tenant's own, or one of the shared library) in the working revision. */
	public static Command cite(EditingDomain domain, Context context, ServiceStandard standard, org.touchstone.model.CaseStudy study) {
		Working working = working(context, standard);
		if (working.revision().getCases().contains(study)) {
			throw new InvalidValueException(CoreMessage.of("standard.citesAlready", standard.getKey(), study.getKey()));
		}
		CompoundCommand command = working.start(domain, context);
		command.append(new AddCommand(domain, working.revision(), Literals.STANDARD_REVISION__CASES, study));
		return command;
	}

	/** Stops citing one of the working revision's cases, by position. */
	public static Command uncite(EditingDomain domain, Context context, ServiceStandard standard, int index) {
		Working working = working(context, standard);
		if (index < 0 || index >= working.revision().getCases().size()) {
			throw new InvalidValueException(CoreMessage.of("standard.noCitedCase", standard.getKey(), index + 1));
		}
		CompoundCommand command = working.start(domain, context);
		command.append(new org.eclipse.emf.edit.command.RemoveCommand(domain, working.revision(), Literals.STANDARD_REVISION__CASES,
				working.revision().getCases().get(index)));
		return command;
	}

	/** Gives a segment its own threshold for this standard (a segment rule), or changes the one it has. */
	public static Command overrideFor(EditingDomain domain, Context context, ServiceStandard standard, org.touchstone.model.CustomerSegment segment,
			Double threshold) {
		Working working = working(context, standard);
		CompoundCommand command = working.start(domain, context);
		org.touchstone.model.SegmentRule rule = working.revision().getSegments().stream().filter(r -> r.getSegment() == segment).findFirst().orElse(null);
		if (rule == null) {
			rule = TouchstoneFactory.eINSTANCE.createSegmentRule();
			rule.setSegment(segment);
			rule.setThresholdOverride(threshold);
			command.append(new AddCommand(domain, working.revision(), Literals.STANDARD_REVISION__SEGMENTS, rule));
		} else {
			command.append(new SetCommand(domain, rule, Literals.SEGMENT_RULE__THRESHOLD_OVERRIDE, threshold));
		}
		return command;
	}

	/** Removes one of the working revision's segment rules, by position. */
	public static Command removeOverride(EditingDomain domain, Context context, ServiceStandard standard, int index) {
		Working working = working(context, standard);
		if (index < 0 || index >= working.revision().getSegments().size()) {
			throw new InvalidValueException(CoreMessage.of("standard.noSegmentRule", standard.getKey(), index + 1));
		}
		CompoundCommand command = working.start(domain, context);
		command.append(new org.eclipse.emf.edit.command.RemoveCommand(domain, working.revision(), Literals.STANDARD_REVISION__SEGMENTS,
				working.revision().getSegments().get(index)));
		return command;
	}

	/**
	 * Gives a site its own threshold for this standard's first criterion, with the reason (in
	 * either language or both), or changes the one it has. Like a segment rule, it belongs to the
	 * revision: results measured under an earlier revision keep that revision's site thresholds.
	 */
	public static Command thresholdAt(EditingDomain domain, Context context, ServiceStandard standard, org.touchstone.model.Site site,
			Double threshold, String reason, String reasonEn) {
		if (isBlank(reason) && isBlank(reasonEn)) {
			throw new InvalidValueException(CoreMessage.of("site.reasonMissing", site.getKey(), standard.getKey()));
		}
		Working working = working(context, standard);
		CompoundCommand command = working.start(domain, context);
		org.touchstone.model.SiteRule rule = working.revision().getSiteRules().stream().filter(r -> r.getSite() == site).findFirst().orElse(null);
		if (rule == null) {
			rule = TouchstoneFactory.eINSTANCE.createSiteRule();
			rule.setSite(site);
			rule.setThresholdOverride(threshold);
			rule.setReason(reason);
			rule.setReasonEn(reasonEn);
			command.append(new AddCommand(domain, working.revision(), Literals.STANDARD_REVISION__SITE_RULES, rule));
		} else {
			command.append(new SetCommand(domain, rule, Literals.SITE_RULE__THRESHOLD_OVERRIDE, threshold));
			command.append(new SetCommand(domain, rule, Literals.SITE_RULE__REASON, reason));
			command.append(new SetCommand(domain, rule, Literals.SITE_RULE__REASON_EN, reasonEn));
		}
		return command;
	}

	/** Takes a site's own threshold away again: the site follows the standard's threshold. */
	public static Command removeThresholdAt(EditingDomain domain, Context context, ServiceStandard standard, org.touchstone.model.Site site) {
		Working working = working(context, standard);
		org.touchstone.model.SiteRule rule = working.revision().getSiteRules().stream().filter(r -> r.getSite() == site).findFirst().orElse(null);
		if (rule == null) {
			throw new InvalidValueException(CoreMessage.of("site.noRule", standard.getKey(), site.getKey()));
		}
		CompoundCommand command = working.start(domain, context);
		command.append(new org.eclipse.emf.edit.command.RemoveCommand(domain, working.revision(), Literals.STANDARD_REVISION__SITE_RULES, rule));
		return command;
	}

	/**
	 * Makes the working revision a pilot at some sites (none: everywhere at once). When it becomes
	 * effective it applies at those sites only, until it is rolled out.
	 */
	public static Command pilotAt(EditingDomain domain, Context context, ServiceStandard standard, List<org.touchstone.model.Site> sites) {
		Working working = working(context, standard);
		CompoundCommand command = working.start(domain, context);
		command.append(new SetCommand(domain, working.revision(), Literals.STANDARD_REVISION__PILOT_SITES, new java.util.ArrayList<>(sites)));
		return command;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** The lint's fix for a finding, as a command: the fixed text set on the working revision, in the fix's language. */
	public static Command fix(EditingDomain domain, Context context, ServiceStandard standard, Finding.Fix fix) {
		EStructuralFeature chinese = Literals.STANDARD_REVISION.getEStructuralFeature(fix.field());
		if (!(chinese instanceof org.eclipse.emf.ecore.EAttribute attribute) || Bilingual.english(attribute) == null) {
			throw new InvalidValueException(CoreMessage.of("fix.notApplicable", fix.field(), standard.getKey()));
		}
		return setOnRevision(domain, context, standard, Bilingual.attribute(attribute, fix.language()), fix.value());
	}

	/** Sets a field of one of the working revision's criteria, adding the first criterion when there is none. */
	public static Command setOnCriterion(EditingDomain domain, Context context, ServiceStandard standard, int index, EStructuralFeature feature,
			Object value) {
		Working working = working(context, standard);
		CompoundCommand command = working.start(domain, context);
		Criterion criterion;
		if (index < working.revision().getCriteria().size()) {
			criterion = working.revision().getCriteria().get(index);
		} else if (index == working.revision().getCriteria().size()) {
			criterion = TouchstoneFactory.eINSTANCE.createCriterion();
			command.append(new AddCommand(domain, working.revision(), Literals.STANDARD_REVISION__CRITERIA, criterion));
		} else {
			throw new InvalidValueException(CoreMessage.of("standard.criteriaCount", standard.getKey(), working.revision().getCriteria().size(), index + 1));
		}
		command.append(new SetCommand(domain, criterion, feature, value));
		return command;
	}

	/** The revision a change goes into, and the new draft revision to add first when there is one. */
	private record Working(ServiceStandard standard, StandardRevision revision, boolean isNew) {
		CompoundCommand start(EditingDomain domain, Context context) {
			CompoundCommand command = new CompoundCommand("Edit " + standard.getKey());
			if (isNew) {
				command.append(new AddCommand(domain, standard, Literals.SERVICE_STANDARD__REVISIONS, revision));
			}
			if (!context.user().equals(revision.getAuthor()) && !revision.getEditors().contains(context.user())) {
				command.append(new AddCommand(domain, revision, Literals.STANDARD_REVISION__EDITORS, context.user()));
			}
			return command;
		}
	}

	private static Working working(Context context, ServiceStandard standard) {
		EObject root = EcoreUtil.getRootContainer(standard);
		if (root instanceof Tenant tenant) {
			Access.check(tenant, context.user(), Permission.WRITE);
		}
		StandardRevision latest = DocumentControl.latest(standard);
		if (latest.getStatus() == Status.DRAFT) {
			return new Working(standard, latest, false);
		}
		if (latest.getStatus() == Status.IN_REVIEW) {
			throw new LifecycleException(CoreMessage.of("standard.inReview", standard.getKey(), latest.getNumber()));
		}
		return new Working(standard, DocumentControl.nextDraft(latest, context.user()), true);
	}
}
