package org.touchstone.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.touchstone.core.Finding;
import org.touchstone.core.Validation;
import org.touchstone.model.Tenant;

/**
 * A tenant's findings kept up to date one element at a time: each of the tenant's top-level
 * elements (a standard, a playbook, a touchpoint...) is checked on its own, and the tenant's own
 * checks apart, so that a change to one standard re-checks that standard, not ten thousand. Checking
 * everything is done in slices of a few tens of milliseconds, so the UI thread, which owns the
 * model, is never held for long.
 */
final class TenantFindings {
	/** How long one slice of a full check may hold the UI thread. */
	static final long SLICE_MS = 40;

	private final Tenant tenant;
	private final Map<EObject, List<Finding>> byElement = new IdentityHashMap<>();
	private List<Finding> tenantOnly = List.of();
	private List<EObject> toCheck = new ArrayList<>();
	private Map<String, int[]> counts;
	/** The findings kept for each tenant, shared by the Findings view and the navigator's labels. */
	private static final Map<String, TenantFindings> KEPT = new java.util.HashMap<>();

	/** The findings kept for a tenant, or null when none are (no view has asked for them). */
	static TenantFindings kept(String tenant) {
		return KEPT.get(tenant);
	}

	/** Starts keeping a tenant's findings, in place of any kept before. */
	static TenantFindings keep(Tenant tenant) {
		TenantFindings findings = new TenantFindings(tenant);
		KEPT.put(tenant.getId(), findings);
		return findings;
	}

	TenantFindings(Tenant tenant) {
		this.tenant = tenant;
		toCheck.addAll(tenant.eContents());
	}

	Tenant tenant() {
		return tenant;
	}

	/** Checks elements still waiting for up to one slice; returns whether everything is checked. */
	boolean checkSlice() {
		long until = System.nanoTime() + SLICE_MS * 1_000_000;
		while (!toCheck.isEmpty() && System.nanoTime() < until) {
			EObject element = toCheck.remove(toCheck.size() - 1);
			byElement.put(element, Validation.check(element, tenant.getLocale(), LocalDate.now()));
		}
		counts = null;
		if (toCheck.isEmpty()) {
			tenantOnly = Validation.checkTenantOnly(tenant, LocalDate.now());
			return true;
		}
		return false;
	}

	/**
	 * Checks again the top-level elements a change touched (and the tenant's own checks).
	 *
	 * @return the elements checked again
	 */
	Set<EObject> checkChanged(Collection<?> affected) {
		Set<EObject> elements = new LinkedHashSet<>();
		for (Object o : affected) {
			for (EObject e = o instanceof EObject eo ? eo : null; e != null; e = e.eContainer()) {
				if (e.eContainer() == tenant) {
					elements.add(e);
					break;
				}
			}
		}
		byElement.keySet().removeIf(e -> e.eContainer() != tenant);
		for (EObject element : elements) {
			byElement.put(element, Validation.check(element, tenant.getLocale(), LocalDate.now()));
		}
		for (EObject element : tenant.eContents()) {
			if (!byElement.containsKey(element) && !toCheck.contains(element)) {
				byElement.put(element, Validation.check(element, tenant.getLocale(), LocalDate.now()));
			}
		}
		tenantOnly = Validation.checkTenantOnly(tenant, LocalDate.now());
		counts = null;
		return elements;
	}

	/** The errors and warnings of each key (a standard's, a playbook's), counted once per change. */
	int[] count(String key) {
		if (counts == null) {
			counts = new java.util.HashMap<>();
			for (List<Finding> list : byElement.values()) {
				for (Finding f : list) {
					if (f.key() != null) {
						counts.computeIfAbsent(f.key(), k -> new int[2])[f.severity() == Finding.Severity.ERROR ? 0 : 1]++;
					}
				}
			}
		}
		return counts.get(key);
	}

	int waiting() {
		return toCheck.size();
	}

	/** Every finding, in the order {@code validate} prints them. */
	List<Finding> all() {
		List<Finding> all = new ArrayList<>(tenantOnly);
		byElement.values().forEach(all::addAll);
		all.sort(Comparator.comparing((Finding f) -> f.key() == null ? "" : f.key()).thenComparing(Finding::code));
		return all;
	}
}
