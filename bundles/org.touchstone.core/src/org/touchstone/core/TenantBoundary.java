package org.touchstone.core;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.touchstone.core.internal.ServiceQualityValidator;
import org.touchstone.model.Tenant;

/**
 * A tenant may refer to its own elements and to the shared case library, never to another
 * tenant's. The workspace reads every tenant into one resource set, so a reference written by hand
 * into a tenant file would otherwise resolve to another organisation's private case and carry it
 * into a published handbook.
 */
public final class TenantBoundary {
	/** A reference from an element of one tenant to an element another tenant owns. */
	public record Crossing(EObject from, EReference reference, EObject target, String owner) {
		/** The referring element's key (a standard's G-001), else its kind. */
		public String fromName() {
			return name(from);
		}

		/** The target's key, else its kind. */
		public String targetName() {
			return name(target);
		}

		private static String name(EObject element) {
			String key = ServiceQualityValidator.keyOf(element);
			return key != null ? key : element.eClass().getName();
		}
	}

	private TenantBoundary() {
	}

	/** Every reference out of the tenant to an element of another tenant (not the library). */
	public static List<Crossing> crossings(Tenant tenant) {
		List<Crossing> crossings = new ArrayList<>();
		for (Iterator<EObject> all = tenant.eAllContents(); all.hasNext();) {
			EObject from = all.next();
			for (EContentsEList.FeatureIterator<EObject> refs = (EContentsEList.FeatureIterator<EObject>) from.eCrossReferences().iterator(); refs.hasNext();) {
				EObject target = refs.next();
				if (target.eIsProxy()) {
					continue;
				}
				EObject root = EcoreUtil.getRootContainer(target);
				if (root != tenant && root instanceof Tenant owner && !Workspace.LIBRARY.equals(owner.getId())) {
					crossings.add(new Crossing(from, (EReference) refs.feature(), target, owner.getId()));
				}
			}
		}
		return crossings;
	}
}
