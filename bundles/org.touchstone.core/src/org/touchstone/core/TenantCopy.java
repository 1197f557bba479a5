package org.touchstone.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.touchstone.model.Tenant;

/**
 * A copy of a tenant that another thread may read while the tenant itself goes on being edited:
 * the workbench checks its findings on such a copy, off the UI thread that owns the model.
 * <p>
 * The copy is kept up to date element by element, in two halves that never share an object:
 * {@link #changes} runs on the thread that owns the tenant and copies the top-level elements an
 * edit touched (a standard with its revisions, a playbook...); {@link #apply} runs on the thread
 * that owns the copy and puts those copies in place, pointing their references at the copy's own
 * objects. The owning thread's objects are only ever used as identities on the other side.
 */
public final class TenantCopy {
	private final Tenant copy;
	/** For each object of the tenant, its copy; read and written on the copy's thread only. */
	private final Map<EObject, EObject> copyOf;
	/** The other way round: for each object of the copy, the tenant's object it copies. */
	private final Map<EObject, EObject> originalOf = new IdentityHashMap<>();
	/**
	 * For each object a reference in the copy names, the copy's objects that name it: who must be
	 * pointed elsewhere when it is replaced (or, for a tenant's object, when it gets its copy).
	 * Entries of objects that left the copy are skipped when met, not searched for.
	 */
	private final Map<EObject, Set<EObject>> referrers = new IdentityHashMap<>();

	private TenantCopy(Tenant copy, Map<EObject, EObject> copyOf) {
		this.copy = copy;
		this.copyOf = copyOf;
		copyOf.forEach((original, c) -> originalOf.put(c, original));
	}

	/**
	 * A copy of the tenant's own fields, without its elements, on the thread that owns it; the
	 * elements follow through {@link #changes} and {@link #apply}, a few at a time if need be.
	 */
	public static TenantCopy withoutElements(Tenant tenant) {
		return new TenantCopy(shallow(tenant), new IdentityHashMap<>());
	}

	/** Copies a whole tenant at once (a small one, or off any user's way); on the thread that owns it. */
	public static TenantCopy of(Tenant tenant) {
		TenantCopy copy = withoutElements(tenant);
		copy.apply(changes(tenant, tenant.eContents()));
		return copy;
	}

	/** The tenant's own attributes, none of what it contains. */
	private static Tenant shallow(Tenant tenant) {
		EcoreUtil.Copier attributesOnly = new EcoreUtil.Copier() {
			private static final long serialVersionUID = 1L;

			@Override
			protected void copyContainment(EReference reference, EObject object, EObject copy) {
				// the elements are copied one by one, by changes()
			}
		};
		return (Tenant) attributesOnly.copy(tenant);
	}

	/** The copy of one of the tenant's objects, or null; on the copy's thread. */
	public EObject copyOf(EObject original) {
		return copyOf.get(original);
	}

	/** The tenant's top-level elements that the copy holds, in its order; on the copy's thread. */
	public List<EObject> elements() {
		List<EObject> elements = new ArrayList<>();
		for (EObject c : copy.eContents()) {
			elements.add(originalOf.get(c));
		}
		return elements;
	}

	/** The copy; to be read on the copy's thread only. */
	public Tenant tenant() {
		return copy;
	}

	/**
	 * What an edit changed, copied on the thread that owns the tenant: fresh copies of the given
	 * top-level elements (those of {@code touched} that are not the tenant's are ignored) and the
	 * order of every top-level list (and the tenant's single elements), so that added, removed and moved elements follow too.
	 */
	public static Changes changes(Tenant tenant, Collection<? extends EObject> touched) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		List<EObject> copied = new ArrayList<>();
		for (EObject element : touched) {
			if (element.eContainer() == tenant && !copier.containsKey(element)) {
				copier.copy(element);
				copied.add(element);
			}
		}
		// References are copied as they are: to the tenant's objects, mapped to the copy's by apply.
		copier.copyReferences();
		Map<EReference, List<EObject>> lists = new LinkedHashMap<>();
		for (EReference containment : tenant.eClass().getEAllContainments()) {
			if (containment.isMany()) {
				lists.put(containment, List.copyOf(list(tenant, containment)));
			} else {
				lists.put(containment, tenant.eGet(containment) == null ? List.of() : List.of((EObject) tenant.eGet(containment)));
			}
		}
		return new Changes(new IdentityHashMap<>(copier), copied, lists, shallow(tenant));
	}

	/** Copies of changed elements, made on the tenant's thread and handed to the copy's thread. */
	public record Changes(Map<EObject, EObject> copies, List<EObject> elements, Map<EReference, List<EObject>> lists, Tenant fields) {
		public boolean isEmpty() {
			return elements.isEmpty();
		}
	}

	/**
	 * Puts changed elements in place in the copy; on the copy's thread.
	 *
	 * @return the copies of the changed elements, as they now stand in the copy
	 */
	public List<EObject> apply(Changes changes) {
		for (org.eclipse.emf.ecore.EAttribute attribute : copy.eClass().getEAllAttributes()) {
			if (attribute.isChangeable() && !attribute.isDerived() && !java.util.Objects.equals(copy.eGet(attribute), changes.fields().eGet(attribute))) {
				copy.eSet(attribute, changes.fields().eGet(attribute));
			}
		}
		Set<EObject> replaced = Collections.newSetFromMap(new IdentityHashMap<>());
		for (EObject element : changes.elements()) {
			EObject before = copyOf.get(element);
			if (before != null) {
				replaced.add(before);
				before.eAllContents().forEachRemaining(replaced::add);
			}
		}
		// What the old copies stood for is now the new copies; originals no longer there are dropped.
		for (EObject old : replaced) {
			EObject original = originalOf.get(old);
			if (original != null && copyOf.get(original) == old) {
				copyOf.remove(original);
			}
		}
		changes.copies().forEach((original, c) -> {
			copyOf.put(original, c);
			originalOf.put(c, original);
		});
		for (Map.Entry<EReference, List<EObject>> list : changes.lists().entrySet()) {
			List<EObject> wanted = new ArrayList<>(list.getValue().size());
			for (EObject element : list.getValue()) {
				EObject c = copyOf.get(element);
				if (c != null) {
					wanted.add(c);
				}
			}
			if (list.getKey().isMany()) {
				ECollections.setEList(list(copy, list.getKey()), wanted);
			} else if (copy.eGet(list.getKey()) != (wanted.isEmpty() ? null : wanted.get(0))) {
				copy.eSet(list.getKey(), wanted.isEmpty() ? null : wanted.get(0));
			}
		}
		// The new copies still name the tenant's objects; objects already in the copy may name the
		// copies just replaced, or name a tenant's object that had no copy until now. Point them
		// all at the copy's current objects.
		Set<EObject> stale = Collections.newSetFromMap(new IdentityHashMap<>());
		stale.addAll(changes.copies().values());
		for (EObject target : replaced) {
			stale.addAll(referrers.getOrDefault(target, Set.of()));
			referrers.remove(target);
		}
		for (EObject target : changes.copies().keySet()) {
			stale.addAll(referrers.getOrDefault(target, Set.of()));
			referrers.remove(target);
		}
		for (EObject object : stale) {
			if (!replaced.contains(object) && originalOf.containsKey(object)) {
				retarget(object);
			}
		}
		replaced.forEach(originalOf::remove);
		List<EObject> changed = new ArrayList<>();
		for (EObject element : changes.elements()) {
			changed.add(copyOf.get(element));
		}
		return changed;
	}

	/** Points an object's references at the copy's current objects, and notes what it now names. */
	private void retarget(EObject object) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || !reference.isChangeable() || reference.isDerived()) {
				continue;
			}
			if (reference.isMany()) {
				EList<EObject> targets = list(object, reference);
				for (int i = 0; i < targets.size(); i++) {
					EObject target = ((InternalEList<EObject>) targets).basicGet(i);
					EObject wanted = current(target);
					if (wanted != target) {
						targets.set(i, wanted);
					}
					named(wanted, object);
				}
			} else {
				EObject target = (EObject) object.eGet(reference, false);
				EObject wanted = target == null ? null : current(target);
				if (wanted != target) {
					object.eSet(reference, wanted);
				}
				if (wanted != null) {
					named(wanted, object);
				}
			}
		}
	}

	private void named(EObject target, EObject referrer) {
		referrers.computeIfAbsent(target, t -> Collections.newSetFromMap(new IdentityHashMap<>())).add(referrer);
	}

	/**
	 * The copy's current object for a reference's target: the copy of one of the tenant's objects,
	 * the new copy of a replaced copy, or the target itself (a copy already current, or another
	 * tenant's object such as a shared library case).
	 */
	private EObject current(EObject target) {
		EObject original = originalOf.getOrDefault(target, target);
		return copyOf.getOrDefault(original, target);
	}

	@SuppressWarnings("unchecked")
	private static EList<EObject> list(EObject object, EReference reference) {
		return (EList<EObject>) object.eGet(reference, false);
	}
}
