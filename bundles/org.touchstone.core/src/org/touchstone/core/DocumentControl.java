package org.touchstone.core;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.touchstone.model.ContactSituation;
import org.touchstone.model.ExpectationLevel;
import org.touchstone.model.ServiceGap;
import org.touchstone.model.Comparison;
import org.touchstone.model.Criterion;
import org.touchstone.model.Dimension;
import org.touchstone.model.Language;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Status;
import org.touchstone.model.Tenant;
import org.touchstone.model.Touchpoint;
import org.touchstone.model.TouchstoneFactory;
import org.touchstone.model.Transition;

/**
 * Document control for service standards, in the spirit of ISO 9001 7.5.2/7.5.3: draft, in review,
 * approved, effective, retired. Every transition is recorded with who, when, a comment and the
 * revision. An approved or effective revision is never edited in place: an edit starts a new draft
 * revision, and the revisions before it stay readable in the history. Nobody approves a revision
 * they wrote.
 */
public final class DocumentControl {
	private final Workspace workspace;
	private final Clock clock;

	public DocumentControl(Workspace workspace, Clock clock) {
		this.workspace = workspace;
		this.clock = clock;
	}

	/** A standard of a tenant, for reading. */
	public ServiceStandard standard(Context context, String key) {
		return find(workspace.read(context), key);
	}

	/** The standards of a tenant, in key order. */
	public List<ServiceStandard> standards(Context context) {
		return workspace.read(context).getStandards().stream()
				.sorted((a, b) -> a.getKey().compareToIgnoreCase(b.getKey())).toList();
	}

	/** Creates a standard as revision 1, a draft written by the acting user. */
	public ServiceStandard create(Context context, String key, StandardChange fields) {
		if (!validKey(key)) {
			throw new InvalidValueException(keyProblem(null, key));
		}
		return workspace.change(context, Permission.WRITE, tenant -> {
			CoreMessage problem = keyProblem(tenant, key);
			if (problem != null) {
				throw new InvalidValueException(problem);
			}
			ServiceStandard standard = newStandard(tenant, context, key, fields);
			tenant.getStandards().add(standard);
			return standard;
		});
	}

	private static boolean validKey(String key) {
		return key != null && key.matches("[A-Za-z0-9][A-Za-z0-9._-]*");
	}

	/** What is wrong with a key for a new standard of a tenant (null: nothing), as a form checks it while the user types. */
	public static CoreMessage keyProblem(Tenant tenant, String key) {
		if (!validKey(key)) {
			return CoreMessage.of("standard.keyInvalid", key == null ? "" : key);
		}
		if (tenant != null && findOrNull(tenant, key) != null) {
			return CoreMessage.of("standard.exists", key, tenant.getId());
		}
		return null;
	}

	/** A new standard whose revision 1 is a draft by the acting user; not yet added to the tenant. */
	ServiceStandard newStandard(Tenant tenant, Context context, String key, StandardChange fields) {
		ServiceStandard standard = TouchstoneFactory.eINSTANCE.createServiceStandard();
		standard.setUuid(UUID.randomUUID().toString());
		standard.setKey(key);
		StandardRevision first = TouchstoneFactory.eINSTANCE.createStandardRevision();
		first.setUuid(UUID.randomUUID().toString());
		first.setNumber(1);
		first.setStatus(Status.DRAFT);
		first.setAuthor(context.user());
		first.getEditors().add(context.user());
		first.setOwner(context.user());
		standard.getRevisions().add(first);
		edit(tenant, standard, context, fields);
		return standard;
	}

	/**
	 * Edits a standard. A draft is edited in place; an approved or effective revision is left as it
	 * is and the edit goes into a new draft revision copied from it.
	 *
	 * @return the revision that holds the edit
	 */
	public StandardRevision edit(Context context, String key, StandardChange change) {
		if (change.isEmpty()) {
			throw new InvalidValueException(CoreMessage.of("standard.nothingToChange", String.join(", ", StandardChange.FIELDS)));
		}
		return workspace.change(context, Permission.WRITE, tenant -> editWithin(tenant, find(tenant, key), context, change));
	}

	/** Makes one of {@link StandardEdits}' commands for a standard of a tenant. */
	public interface Edit {
		org.eclipse.emf.common.command.Command make(org.eclipse.emf.edit.domain.EditingDomain domain, Tenant tenant, ServiceStandard standard);
	}

	/**
	 * Applies one of {@link StandardEdits}' commands and saves, as the command line does for the
	 * edits that are more than a field (a site's threshold, a pilot); the same rules as {@link #edit}.
	 */
	public StandardRevision edit(Context context, String key, Edit edit) {
		return workspace.change(context, Permission.WRITE, tenant -> {
			ServiceStandard standard = find(tenant, key);
			org.eclipse.emf.edit.domain.EditingDomain domain = new org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain(
					new org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory(), new org.eclipse.emf.common.command.BasicCommandStack());
			domain.getCommandStack().execute(edit.make(domain, tenant, standard));
			return latest(standard);
		});
	}

	/** Applies an edit inside a change the caller already holds (the CSV import uses this). */
	StandardRevision editWithin(Tenant tenant, ServiceStandard standard, Context context, StandardChange change) {
		edit(tenant, standard, context, change);
		return latest(standard);
	}

	/**
	 * Applies a change field by field as the same commands the workbench's editors make
	 * ({@link StandardEdits}), so the command line, an import and the workbench share one set of
	 * rules: the working revision (a new draft when the newest is no longer one), the refusal of a
	 * revision in review, and the editors recorded. Nothing here is undone, so the commands run on
	 * a stack of their own.
	 */
	private static void edit(Tenant tenant, ServiceStandard standard, Context context, StandardChange change) {
		org.eclipse.emf.edit.domain.EditingDomain domain = new org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain(
				new org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory(), new org.eclipse.emf.common.command.BasicCommandStack());
		for (Map.Entry<String, String> entry : change.values().entrySet()) {
			org.eclipse.emf.common.command.Command command = command(domain, context, tenant, standard, entry.getKey(), entry.getValue().strip());
			if (command != null) {
				domain.getCommandStack().execute(command);
			}
		}
	}

	/** The next revision of one that is no longer a draft: a copy of it, as a draft of the user's, with no history yet. */
	static StandardRevision nextDraft(StandardRevision latest, String user) {
		StandardRevision draft = EcoreUtil.copy(latest);
		draft.setUuid(UUID.randomUUID().toString());
		draft.setNumber(latest.getNumber() + 1);
		draft.setStatus(Status.DRAFT);
		draft.setAuthor(user);
		draft.getEditors().clear();
		draft.setEffectiveDate(null);
		draft.getTransitions().clear();
		// A pilot is a decision about one revision's start; the next one starts everywhere unless piloted again.
		draft.getPilotSites().clear();
		draft.setRolloutDate(null);
		return draft;
	}

	/** draft -> in review. */
	public StandardRevision submit(Context context, String key, String comment) {
		return transition(context, key, Permission.WRITE, Status.DRAFT, Status.IN_REVIEW, comment);
	}

	/** in review -> draft, with the reviewer's comments. */
	public StandardRevision returnToDraft(Context context, String key, String comment) {
		return transition(context, key, Permission.REVIEW, Status.IN_REVIEW, Status.DRAFT, comment);
	}

	/** in review -> approved; not by anyone who wrote or edited the revision, and not with lint errors. */
	public StandardRevision approve(Context context, String key, String comment) {
		return approve(context, key, comment, null);
	}

	/**
	 * in review -> approved. A revision with lint errors is refused, naming each error, unless an
	 * admin gives the reason it must go ahead all the same; that reason is recorded with the
	 * transition.
	 */
	public StandardRevision approve(Context context, String key, String comment, String overrideReason) {
		return workspace.change(context, Permission.APPROVE, tenant -> {
			ServiceStandard standard = find(tenant, key);
			StandardRevision revision = latest(standard);
			expect(standard, revision, Status.IN_REVIEW, Status.APPROVED);
			checkSeparationOfDuties(tenant, standard, revision, context);
			String override = passLint(tenant, standard, revision, Status.APPROVED, context, overrideReason);
			record(revision, Status.APPROVED, context, comment).setOverrideReason(override);
			return revision;
		});
	}

	/** approved -> effective from a date (today when null); see {@link #makeEffective(Context, String, LocalDate, String, String)}. */
	public StandardRevision makeEffective(Context context, String key, LocalDate from, String comment) {
		return makeEffective(context, key, from, comment, null);
	}

	/**
	 * approved -> effective from a date (today when null). The revision that was effective until
	 * then is retired, and stays in the history. Like approval, refused while the revision has lint
	 * errors unless an admin gives a reason.
	 * <p>
	 * A revision with pilot sites is effective at those sites only: the revision before it stays
	 * effective everywhere else until the pilot is rolled out ({@link #rollout}).
	 */
	public StandardRevision makeEffective(Context context, String key, LocalDate from, String comment, String overrideReason) {
		return workspace.change(context, Permission.APPROVE, tenant -> {
			ServiceStandard standard = find(tenant, key);
			StandardRevision revision = latest(standard);
			expect(standard, revision, Status.APPROVED, Status.EFFECTIVE);
			String override = passLint(tenant, standard, revision, Status.EFFECTIVE, context, overrideReason);
			if (revision.getPilotSites().isEmpty()) {
				retireEarlier(standard, revision, context);
			}
			revision.setEffectiveDate(startOf(from));
			record(revision, Status.EFFECTIVE, context, comment).setOverrideReason(override);
			return revision;
		});
	}

	/**
	 * Rolls a piloted revision out to every site from a date (today when null): from then on it
	 * applies everywhere, and the revision that was effective outside the pilot is retired. The
	 * pilot sites stay recorded on the revision, so the history still shows where it started.
	 */
	public StandardRevision rollout(Context context, String key, LocalDate from, String comment) {
		return workspace.change(context, Permission.APPROVE, tenant -> {
			ServiceStandard standard = find(tenant, key);
			StandardRevision revision = effective(standard);
			if (revision == null || revision.getPilotSites().isEmpty() || revision.getRolloutDate() != null) {
				throw new LifecycleException(CoreMessage.of("lifecycle.noPilot", standard.getKey()));
			}
			Date date = startOf(from);
			if (date.before(revision.getEffectiveDate())) {
				throw new LifecycleException(CoreMessage.of("lifecycle.rolloutBeforePilot", standard.getKey(), from,
						revision.getEffectiveDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate()));
			}
			retireEarlier(standard, revision, context);
			revision.setRolloutDate(date);
			record(revision, Status.EFFECTIVE, context, comment == null ? "rolled out to every site" : comment);
			return revision;
		});
	}

	private void retireEarlier(ServiceStandard standard, StandardRevision revision, Context context) {
		for (StandardRevision earlier : standard.getRevisions()) {
			if (earlier != revision && earlier.getStatus() == Status.EFFECTIVE) {
				record(earlier, Status.RETIRED, context, "superseded by revision " + revision.getNumber());
			}
		}
	}

	private Date startOf(LocalDate day) {
		LocalDate date = day != null ? day : LocalDate.now(clock);
		return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	/**
	 * Everyone who wrote or edited a revision counts as its author: none of them may approve it.
	 */
	private static void checkSeparationOfDuties(Tenant tenant, ServiceStandard standard, StandardRevision revision, Context context) {
		String user = context.user();
		if (user.equals(revision.getAuthor()) || revision.getEditors().contains(user)) {
			throw new AccessDeniedException(Permission.APPROVE, user, tenant.getId(), CoreMessage.of(user.equals(revision.getAuthor())
					? "approve.ownRevision" : "approve.editedRevision", user, revision.getNumber(), standard.getKey()));
		}
	}

	/**
	 * Refuses to move a revision with lint errors on, unless an admin overrides with a reason.
	 *
	 * @return the override to record (the reason and the errors it overrode), or null when there were none
	 */
	private String passLint(Tenant tenant, ServiceStandard standard, StandardRevision revision, Status to, Context context, String overrideReason) {
		List<Finding> errors = lintErrors(standard, Language.EN);
		if (errors.isEmpty()) {
			return null;
		}
		String codes = String.join(", ", errors.stream().map(Finding::code).distinct().toList());
		if (overrideReason == null || overrideReason.isBlank()) {
			// The refusal lists the errors in the language of whoever reads it.
			CoreMessage.Written list = new CoreMessage.Written(listed(errors), listed(lintErrors(standard, Language.ZH)));
			throw new LifecycleException(CoreMessage.of(errors.size() == 1 ? "lifecycle.lintError" : "lifecycle.lintErrors", standard.getKey(),
					revision.getNumber(), Labels.status(to), errors.size(), list));
		}
		Access.check(tenant, context.user(), Permission.ADMINISTER);
		return overrideReason.strip() + " (over " + codes + ")";
	}

	private List<Finding> lintErrors(ServiceStandard standard, Language language) {
		return Validation.check(standard, language, LocalDate.now(clock)).stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
	}

	/** Findings one to a line, each under its code. */
	private static String listed(List<Finding> findings) {
		StringBuilder list = new StringBuilder();
		for (Finding finding : findings) {
			list.append("\n  ").append(finding.code()).append(": ").append(finding.message());
		}
		return list.toString();
	}

	/** effective -> retired: the standard no longer applies. */
	public StandardRevision retire(Context context, String key, String comment) {
		return transition(context, key, Permission.APPROVE, Status.EFFECTIVE, Status.RETIRED, comment);
	}

	private StandardRevision transition(Context context, String key, Permission permission, Status from, Status to, String comment) {
		return workspace.change(context, permission, tenant -> {
			ServiceStandard standard = find(tenant, key);
			StandardRevision revision = to == Status.RETIRED ? effective(standard) : latest(standard);
			if (revision == null) {
				throw new LifecycleException(CoreMessage.of("lifecycle.nothingToRetire", standard.getKey()));
			}
			expect(standard, revision, from, to);
			record(revision, to, context, comment);
			return revision;
		});
	}

	private static void expect(ServiceStandard standard, StandardRevision revision, Status from, Status to) {
		if (revision.getStatus() != from) {
			throw new LifecycleException(CoreMessage.of("lifecycle.wrongStatus", standard.getKey(), revision.getNumber(), Labels.status(revision.getStatus()),
					Labels.status(from), Labels.status(to)));
		}
	}

	private Transition record(StandardRevision revision, Status to, Context context, String comment) {
		Transition transition = TouchstoneFactory.eINSTANCE.createTransition();
		transition.setFrom(revision.getStatus());
		transition.setTo(to);
		transition.setUser(context.user());
		transition.setLogin(context.login());
		transition.setAt(Date.from(clock.instant()));
		transition.setComment(comment);
		revision.getTransitions().add(transition);
		revision.setStatus(to);
		return transition;
	}

	/** The newest revision: the one being worked on, or the last one that was. */
	public static StandardRevision latest(ServiceStandard standard) {
		return standard.getRevisions().get(standard.getRevisions().size() - 1);
	}

	/** The revision in force, or null when none is. */
	public static StandardRevision effective(ServiceStandard standard) {
		for (int i = standard.getRevisions().size() - 1; i >= 0; i--) {
			if (standard.getRevisions().get(i).getStatus() == Status.EFFECTIVE) {
				return standard.getRevisions().get(i);
			}
		}
		return null;
	}

	/** A revision by number. */
	public static StandardRevision revision(ServiceStandard standard, int number) {
		for (StandardRevision r : standard.getRevisions()) {
			if (r.getNumber() == number) {
				return r;
			}
		}
		throw new NotFoundException(CoreMessage.of("revision.notFound", standard.getKey(), number, latest(standard).getNumber()));
	}

	static ServiceStandard find(Tenant tenant, String key) {
		ServiceStandard standard = findOrNull(tenant, key);
		if (standard == null) {
			throw new NotFoundException(CoreMessage.of("standard.notFound", key, tenant.getId()));
		}
		return standard;
	}

	static ServiceStandard findOrNull(Tenant tenant, String key) {
		for (ServiceStandard s : tenant.getStandards()) {
			if (s.getKey().equalsIgnoreCase(key)) {
				return s;
			}
		}
		return null;
	}

	/** The fields that belong to a revision's (first) criterion. */
	private static final java.util.Set<String> CRITERION_FIELDS = java.util.Set.of("metric", "comparison", "threshold", "unit", "compliance-target");

	/** The command that sets one field of a change, or null when there is nothing to do (an empty cell where there is no criterion). */
	private static org.eclipse.emf.common.command.Command command(org.eclipse.emf.edit.domain.EditingDomain domain, Context context, Tenant tenant,
			ServiceStandard standard, String field, String value) {
		StandardRevision latest = latest(standard);
		if (value.isEmpty() && CRITERION_FIELDS.contains(field.replaceFirst("-(zh|en)$", "")) && latest.getCriteria().isEmpty()) {
			return null; // an empty cell does not make a criterion
		}
		StandardChange.Text text = StandardChange.text(field, tenant.getLocale());
		if (text != null) {
			if (text.name().equals("metric")) {
				return StandardEdits.setOnCriterion(domain, context, standard, 0,
						Bilingual.attribute(org.touchstone.model.TouchstonePackage.Literals.CRITERION__METRIC, text.language()), emptyToNull(value));
			}
			EAttribute chinese = (EAttribute) org.touchstone.model.TouchstonePackage.Literals.STANDARD_REVISION.getEStructuralFeature(text.name());
			return StandardEdits.setOnRevision(domain, context, standard, Bilingual.attribute(chinese, text.language()), emptyToNull(value));
		}
		var r = org.touchstone.model.TouchstonePackage.Literals.STANDARD_REVISION;
		var c = org.touchstone.model.TouchstonePackage.Literals.CRITERION;
		return switch (field) {
		case "owner" -> StandardEdits.setOnRevision(domain, context, standard, r.getEStructuralFeature("owner"), emptyToNull(value));
		case "dimension" -> StandardEdits.setOnRevision(domain, context, standard, r.getEStructuralFeature("dimension"), dimension(tenant, value));
		case "touchpoint" -> StandardEdits.setOnRevision(domain, context, standard, r.getEStructuralFeature("touchpoint"),
				value.isEmpty() ? null : touchpoint(tenant, value));
		case "unit" -> StandardEdits.setOnCriterion(domain, context, standard, 0, c.getEStructuralFeature("unit"), emptyToNull(value));
		case "comparison" -> StandardEdits.setOnCriterion(domain, context, standard, 0, c.getEStructuralFeature("comparison"),
				value.isEmpty() ? null : comparison(value));
		case "threshold" -> StandardEdits.setOnCriterion(domain, context, standard, 0, c.getEStructuralFeature("threshold"),
				value.isEmpty() ? null : number(field, value));
		case "compliance-target" -> StandardEdits.setOnCriterion(domain, context, standard, 0, c.getEStructuralFeature("complianceTarget"),
				value.isEmpty() ? null : number(field, value.replace("%", "").strip()));
		case "review-interval" -> StandardEdits.setOnRevision(domain, context, standard, r.getEStructuralFeature("reviewIntervalMonths"),
				number(field, value).intValue());
		case "expectation-level" -> StandardEdits.setOnRevision(domain, context, standard, r.getEStructuralFeature("expectationLevel"),
				value.isEmpty() ? org.eclipse.emf.edit.command.SetCommand.UNSET_VALUE : literal(ExpectationLevel.VALUES, ExpectationLevel::get, field, value));
		case "contact-situations" -> StandardEdits.setOnRevision(domain, context, standard, r.getEStructuralFeature("contactSituations"),
				literals(ContactSituation.VALUES, ContactSituation::get, field, value));
		case "gaps" -> StandardEdits.setOnRevision(domain, context, standard, r.getEStructuralFeature("gaps"), literals(ServiceGap.VALUES, ServiceGap::get, field, value));
		default -> throw new InvalidValueException(CoreMessage.of("field.unknown", field));
		};
	}

	private static <E extends Enumerator> E literal(List<E> values, java.util.function.Function<String, E> get, String field, String value) {
		E e = get.apply(value.strip());
		if (e == null) {
			throw new InvalidValueException(CoreMessage.of("value.notOneOf", field, value,
					values.stream().map(Enumerator::getLiteral).collect(java.util.stream.Collectors.joining(", "))));
		}
		return e;
	}

	private static <E extends Enumerator> List<E> literals(List<E> values, java.util.function.Function<String, E> get, String field, String value) {
		List<E> chosen = new java.util.ArrayList<>();
		for (String part : value.split("[,，;；\\s]+")) {
			if (!part.isBlank() && !chosen.contains(literal(values, get, field, part))) {
				chosen.add(literal(values, get, field, part));
			}
		}
		return chosen;
	}

	private static String emptyToNull(String value) {
		return value.isEmpty() ? null : value;
	}

	/** A revision's first criterion, or null when it has none. */
	public static Criterion primaryCriterion(StandardRevision revision) {
		return revision.getCriteria().isEmpty() ? null : revision.getCriteria().get(0);
	}

	private static Double number(String field, String value) {
		try {
			return Double.valueOf(value);
		} catch (NumberFormatException e) {
			throw new InvalidValueException(CoreMessage.of("value.notANumber", field, value));
		}
	}

	private static Comparison comparison(String value) {
		Comparison c = Comparison.get(value);
		if (c == null) {
			throw new InvalidValueException(CoreMessage.of("value.notOneOf", "comparison", value, "at-most, at-least, exactly"));
		}
		return c;
	}

	/** A tenant's dimension by code or name. */
	public static Dimension dimension(Tenant tenant, String value) {
		for (Dimension d : tenant.getDimensions()) {
			if (d.getCode().equalsIgnoreCase(value) || value.equals(d.getName())) {
				return d;
			}
		}
		throw new InvalidValueException(CoreMessage.of("dimension.unknown", value, tenant.getId(),
				String.join(", ", tenant.getDimensions().stream().map(Dimension::getCode).toList())));
	}

	private static Touchpoint touchpoint(Tenant tenant, String value) {
		for (Touchpoint t : tenant.getTouchpoints()) {
			if (value.equalsIgnoreCase(t.getKey()) || value.equals(t.getName())) {
				return t;
			}
		}
		throw new InvalidValueException(CoreMessage.of("touchpoint.unknown", value, tenant.getId()));
	}
}
