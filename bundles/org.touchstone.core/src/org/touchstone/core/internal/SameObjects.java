package org.touchstone.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.InternalEList;
import org.touchstone.model.Identified;

/**
 * Brings a tenant in memory to what a newer read of its file holds while keeping its objects:
 * an element with the same uuid (or, for one without a uuid, at the same place in the same list)
 * stays the same Java object and is changed field by field. Views, editors and adapters attached
 * to the tenant therefore stay attached and learn what changed from ordinary EMF notifications,
 * as if a user had made the change; only elements that are new on disk are taken over from the
 * newer read, and only those gone from it leave the tenant.
 */
public final class SameObjects {
	/** For each object of the newer read, the object of the tenant in memory that now stands for it. */
	private final Map<EObject, EObject> mineFor = new IdentityHashMap<>();

	private SameObjects() {
	}

	/**
	 * Changes {@code mine} until it holds what {@code newer} holds; {@code newer} is emptied on the
	 * way (its new elements move into {@code mine}) and must not be used afterwards.
	 */
	public static void update(EObject mine, EObject newer) {
		if (mine.eClass() != newer.eClass()) {
			throw new IllegalArgumentException("cannot update a " + mine.eClass().getName() + " from a " + newer.eClass().getName());
		}
		SameObjects same = new SameObjects();
		same.contents(mine, newer);
		same.references();
		// The resource caches objects by id; objects that left or arrived make the cache wrong.
		if (mine.eResource() instanceof ResourceImpl resource && resource.getIntrinsicIDToEObjectMap() != null) {
			resource.setIntrinsicIDToEObjectMap(new HashMap<>());
		}
	}

	/** Attributes and contained elements, depth first; references wait until every object is matched. */
	private void contents(EObject mine, EObject newer) {
		mineFor.put(newer, mine);
		for (EAttribute attribute : mine.eClass().getEAllAttributes()) {
			if (!copied(attribute)) {
				continue;
			}
			if (!newer.eIsSet(attribute)) {
				if (mine.eIsSet(attribute)) {
					mine.eUnset(attribute);
				}
			} else if (attribute.isMany()) {
				@SuppressWarnings("unchecked")
				EList<Object> values = (EList<Object>) mine.eGet(attribute);
				ECollections.setEList(values, List.copyOf((List<?>) newer.eGet(attribute)));
			} else if (!Objects.equals(mine.eGet(attribute), newer.eGet(attribute))) {
				mine.eSet(attribute, newer.eGet(attribute));
			}
		}
		for (EReference containment : mine.eClass().getEAllContainments()) {
			if (!copied(containment)) {
				continue;
			}
			if (containment.isMany()) {
				@SuppressWarnings("unchecked")
				EList<EObject> list = (EList<EObject>) mine.eGet(containment);
				List<EObject> wanted = matched(list, List.copyOf(list(newer, containment)));
				ECollections.setEList(list, wanted);
			} else {
				EObject theirs = (EObject) newer.eGet(containment);
				EObject ours = (EObject) mine.eGet(containment);
				if (theirs == null) {
					if (ours != null) {
						mine.eSet(containment, null);
					}
				} else if (ours != null && same(ours, theirs)) {
					contents(ours, theirs);
				} else {
					taken(theirs);
					mine.eSet(containment, theirs);
				}
			}
		}
	}

	/** The elements a list of ours should hold: ours where they match theirs, theirs where new. */
	private List<EObject> matched(List<EObject> ours, List<EObject> theirs) {
		Map<String, EObject> byUuid = new HashMap<>();
		for (EObject o : ours) {
			if (o instanceof Identified i && i.getUuid() != null) {
				byUuid.put(i.getUuid(), o);
			}
		}
		List<EObject> wanted = new ArrayList<>(theirs.size());
		for (int index = 0; index < theirs.size(); index++) {
			EObject their = theirs.get(index);
			EObject our;
			if (their instanceof Identified i && i.getUuid() != null) {
				our = byUuid.get(i.getUuid());
			} else {
				our = index < ours.size() && !(ours.get(index) instanceof Identified) ? ours.get(index) : null;
			}
			if (our != null && same(our, their) && !wanted.contains(our)) {
				contents(our, their);
				wanted.add(our);
			} else {
				taken(their);
				wanted.add(their);
			}
		}
		return wanted;
	}

	/** An element new in the newer read moves into ours as it is; its references are mapped later. */
	private void taken(EObject theirs) {
		mineFor.put(theirs, theirs);
		theirs.eAllContents().forEachRemaining(o -> mineFor.put(o, o));
	}

	private static boolean same(EObject ours, EObject theirs) {
		if (ours.eClass() != theirs.eClass()) {
			return false;
		}
		return !(ours instanceof Identified a) || Objects.equals(a.getUuid(), ((Identified) theirs).getUuid());
	}

	/** Every cross reference of every object now ours, pointed at our object for each of theirs. */
	private void references() {
		for (Map.Entry<EObject, EObject> entry : mineFor.entrySet()) {
			EObject theirs = entry.getKey();
			EObject mine = entry.getValue();
			for (EReference reference : mine.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || !copied(reference)) {
					continue;
				}
				if (reference.isMany()) {
					List<EObject> wanted = new ArrayList<>();
					for (EObject target : unresolved(theirs, reference)) {
						wanted.add(mineFor.getOrDefault(target, target));
					}
					if (!unresolved(mine, reference).equals(wanted)) {
						ECollections.setEList(list(mine, reference), wanted);
					}
				} else {
					EObject target = (EObject) theirs.eGet(reference, false);
					EObject wanted = target == null ? null : mineFor.getOrDefault(target, target);
					if (mine.eGet(reference, false) != wanted) {
						mine.eSet(reference, wanted);
					}
				}
			}
		}
	}

	/** A list of references or contents as it is held, without resolving a proxy to another tenant's element. */
	@SuppressWarnings("unchecked")
	private static List<EObject> unresolved(EObject object, EReference reference) {
		return ((InternalEList<EObject>) object.eGet(reference, false)).basicList();
	}

	@SuppressWarnings("unchecked")
	private static EList<EObject> list(EObject object, EReference reference) {
		return (EList<EObject>) object.eGet(reference, false);
	}

	private static boolean copied(EStructuralFeature feature) {
		return feature.isChangeable() && !feature.isDerived() && !feature.isTransient();
	}
}
