package org.touchstone.core.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.touchstone.core.Bilingual;
import org.touchstone.core.MalformedInputException;
import org.touchstone.core.Principles;
import org.touchstone.model.CaseStudy;
import org.touchstone.model.Criterion;
import org.touchstone.model.EncounterStep;
import org.touchstone.model.Language;
import org.touchstone.model.MomentStep;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.ServiceGuarantee;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;
import org.touchstone.model.Touchpoint;
import org.touchstone.model.TouchstoneFactory;

/**
 * Reads files written before the model became bilingual (schema version 1) without losing anything.
 * Version 1 held each text once, in the tenant's language; a standard had one criterion; a
 * playbook's guarantee was a sentence; a touchpoint named one moment-of-truth step; cases wrote
 * principles in words ("act fast"). Version 2 holds texts in both languages, criteria as a list, a
 * guarantee with its five criteria, a script of the five steps per touchpoint, and one principle
 * vocabulary.
 */
public final class SchemaUpgrade {
	/** The first schema version with bilingual texts. */
	public static final int BILINGUAL = 2;

	private SchemaUpgrade() {
	}

	/**
	 * Carries a field version 1 had and version 2 does not over to its version 2 form.
	 *
	 * @param attributes the old value: a single value under the key "" or an old element's attributes by name
	 * @return whether the field was one of version 1's
	 */
	public static boolean legacyField(EObject owner, String name, Map<String, String> attributes) {
		TouchstoneFactory f = TouchstoneFactory.eINSTANCE;
		if (owner instanceof StandardRevision revision && name.equals("criterion")) {
			Criterion criterion = f.createCriterion();
			for (Map.Entry<String, String> a : attributes.entrySet()) {
				if (criterion.eClass().getEStructuralFeature(a.getKey()) instanceof EAttribute attribute) {
					criterion.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), a.getValue()));
				}
			}
			revision.getCriteria().add(criterion);
			return true;
		}
		if (owner instanceof RecoveryPlaybook playbook && name.equals("guarantee")) {
			ServiceGuarantee guarantee = f.createServiceGuarantee();
			guarantee.setPromise(attributes.get(""));
			playbook.setServiceGuarantee(guarantee);
			return true;
		}
		if (owner instanceof Touchpoint touchpoint && name.equals("momentStep")) {
			MomentStep step = MomentStep.get(attributes.get(""));
			if (step != null) {
				EncounterStep encounter = f.createEncounterStep();
				encounter.setStep(step);
				touchpoint.getScript().add(encounter);
			}
			return true;
		}
		return false;
	}

	/**
	 * Version 1 texts are in the tenant's language: in an English tenant they move to the English
	 * twin (a text with Chinese characters stays Chinese). Case principles take the vocabulary's names.
	 */
	public static void upgradeTexts(Tenant tenant) {
		boolean english = tenant.getLocale() == Language.EN;
		List<EObject> all = new ArrayList<>();
		all.add(tenant);
		for (TreeIterator<EObject> it = tenant.eAllContents(); it.hasNext();) {
			all.add(it.next());
		}
		for (EObject o : all) {
			if (english) {
				for (EAttribute chinese : Bilingual.texts(o.eClass())) {
					Object text = o.eGet(chinese);
					EAttribute twin = Bilingual.english(chinese);
					if (text instanceof String s && !Bilingual.isChinese(s) && o.eGet(twin) == null) {
						o.eSet(twin, s);
						o.eUnset(chinese);
					}
				}
			}
			if (o instanceof CaseStudy c) {
				c.getPrinciples().replaceAll(Principles::normalise);
			}
		}
	}

	/** Upgrades a version 1 XMI file's fields the resource recorded as unknown; in a current file an unknown field is an error. */
	static void upgradeXmi(Tenant tenant, Map<EObject, AnyType> unknown, Path file) {
		boolean old = tenant.getSchemaVersion() < BILINGUAL;
		for (Map.Entry<EObject, AnyType> e : unknown.entrySet()) {
			EObject owner = e.getKey();
			for (FeatureMap.Entry a : e.getValue().getAnyAttribute()) {
				String name = a.getEStructuralFeature().getName();
				if (!old || !legacyField(owner, name, Map.of("", String.valueOf(a.getValue())))) {
					throw unknownField(file, owner, name);
				}
			}
			for (FeatureMap.Entry child : e.getValue().getAny()) {
				String name = child.getEStructuralFeature().getName();
				Map<String, String> attributes = new java.util.LinkedHashMap<>();
				if (child.getValue() instanceof AnyType element) {
					for (FeatureMap.Entry a : element.getAnyAttribute()) {
						attributes.put(a.getEStructuralFeature().getName(), String.valueOf(a.getValue()));
					}
				}
				if (!old || !legacyField(owner, name, attributes)) {
					throw unknownField(file, owner, name);
				}
			}
		}
		unknown.clear();
		if (old) {
			upgradeTexts(tenant);
		}
	}

	private static MalformedInputException unknownField(Path file, EObject owner, String name) {
		String key = TenantJson.naturalKey(owner);
		return new MalformedInputException(file, 0, "unknown field '" + name + "' in " + owner.eClass().getName() + (key == null ? "" : " " + key));
	}
}
