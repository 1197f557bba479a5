package org.touchstone.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.touchstone.core.internal.ServiceQualityValidator;
import org.touchstone.model.Identified;
import org.touchstone.model.Language;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstonePackage;

/**
 * Checks a tenant with EMF's validation framework: the model's own constraints (required fields,
 * references that resolve) and Touchstone's service-quality checks, chief among them the
 * measurability lint built on the four tests of a good standard (clear, concise,
 * observable/measurable, realistic).
 */
public final class Validation {
	private Validation() {
	}

	/** The findings of a tenant, their messages in the tenant's language. */
	public static List<Finding> check(Tenant tenant, LocalDate today) {
		return check(tenant, tenant.getLocale(), today);
	}

	/**
	 * The findings of one element and what it contains, such as a tenant, or a standard and its
	 * revisions; messages in the given language, which is the reader's: the command line's or the
	 * workbench's. A finding about a text in the other language names that language.
	 */
	public static List<Finding> check(EObject element, Language locale, LocalDate today) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(TouchstonePackage.eINSTANCE, new ServiceQualityValidator());
		Diagnostician diagnostician = new Diagnostician(registry);
		Map<Object, Object> context = new HashMap<>();
		context.put(ServiceQualityValidator.TODAY, today);
		context.put(ServiceQualityValidator.LOCALE, locale);
		Diagnostic result = diagnostician.validate(element, context);
		List<Finding> findings = new ArrayList<>();
		collect(result, findings);
		findings.sort(Comparator.comparing((Finding f) -> f.key() == null ? "" : f.key()).thenComparing(Finding::code));
		return findings;
	}

	/**
	 * The findings of a tenant as a whole (references to other tenants, touchpoints with only basic
	 * standards, gaps with nothing against them), without those of its elements: with
	 * {@link #check(EObject, Language, LocalDate)} per element, the findings of a tenant can be kept
	 * up to date one changed element at a time.
	 */
	public static List<Finding> checkTenantOnly(Tenant tenant, LocalDate today) {
		return checkTenantOnly(tenant, tenant.getLocale(), today);
	}

	/** {@link #checkTenantOnly(Tenant, LocalDate)}, messages in the given language. */
	public static List<Finding> checkTenantOnly(Tenant tenant, Language locale, LocalDate today) {
		Map<Object, Object> context = new HashMap<>();
		context.put(ServiceQualityValidator.TODAY, today);
		context.put(ServiceQualityValidator.LOCALE, locale);
		org.eclipse.emf.common.util.BasicDiagnostic result = new org.eclipse.emf.common.util.BasicDiagnostic();
		// The validator itself, not a Diagnostician: a Diagnostician would go on into the tenant's contents.
		new ServiceQualityValidator().validate(tenant.eClass(), tenant, result, context);
		List<Finding> findings = new ArrayList<>();
		collect(result, findings);
		return findings;
	}

	public static boolean hasErrors(List<Finding> findings) {
		return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
	}

	private static void collect(Diagnostic diagnostic, List<Finding> findings) {
		if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() >= Diagnostic.WARNING) {
			findings.add(toFinding(diagnostic));
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, findings);
		}
	}

	private static Finding toFinding(Diagnostic d) {
		EObject element = d.getData().isEmpty() || !(d.getData().get(0) instanceof EObject e) ? null : e;
		String code;
		if (ServiceQualityValidator.SOURCE.equals(d.getSource()) && d.getData().size() > 1) {
			code = String.valueOf(d.getData().get(1));
		} else if (EObjectValidator.DIAGNOSTIC_SOURCE.equals(d.getSource()) && d.getCode() == EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES) {
			code = "reference.dangling";
		} else if (EObjectValidator.DIAGNOSTIC_SOURCE.equals(d.getSource()) && d.getCode() == EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS) {
			code = "model.required";
		} else {
			code = "model.invalid";
		}
		Finding.Severity severity = d.getSeverity() >= Diagnostic.ERROR ? Finding.Severity.ERROR : Finding.Severity.WARNING;
		Finding.Fix fix = d.getData().size() > 2 && d.getData().get(2) instanceof Finding.Fix f ? f : null;
		return new Finding(severity, code, idOf(element), ServiceQualityValidator.keyOf(element), d.getMessage(), fix);
	}

	private static String idOf(EObject element) {
		for (EObject o = element; o != null; o = o.eContainer()) {
			if (o instanceof Identified i) {
				return i.getUuid();
			}
		}
		return null;
	}
}
