package org.touchstone.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.junit.jupiter.api.Test;
import org.touchstone.core.Labels;
import org.touchstone.model.FailureGroup;
import org.touchstone.model.FailureType;
import org.touchstone.model.TouchstonePackage;

/** The names of model values: every value of a named enumeration has one in both languages, and two enumerations' literals cannot clash. */
class LabelsTest {
	@Test
	void everyValueOfAnEnumerationWithNamesHasANameInChineseAndEnglish() {
		List<String> named = new ArrayList<>();
		for (EClassifier classifier : TouchstonePackage.eINSTANCE.getEClassifiers()) {
			if (!(classifier instanceof EEnum e)) {
				continue;
			}
			Enumerator[] values = (Enumerator[]) e.getInstanceClass().getEnumConstants();
			boolean hasNames = false;
			for (Enumerator v : values) {
				hasNames |= !Labels.of(v, false).equals(v.getLiteral());
			}
			if (!hasNames) {
				continue;
			}
			named.add(e.getName());
			for (Enumerator v : values) {
				assertNotEquals(v.getLiteral(), Labels.of(v, false), Labels.key(v) + " has an English name");
				assertNotEquals(v.getLiteral(), Labels.of(v, true), Labels.key(v) + " has a Chinese name");
			}
		}
		assertTrue(named.size() >= 10, "the enumerations with names: " + named);
	}

	@Test
	void aLiteralTwoEnumerationsShareHasAKeyInEach() {
		assertNotEquals(Labels.key(FailureGroup.PROBLEM_CUSTOMER), Labels.key(FailureType.PROBLEM_CUSTOMER));
		assertFalse(Labels.of(FailureGroup.PROBLEM_CUSTOMER, true).isBlank());
		assertFalse(Labels.of(FailureType.PROBLEM_CUSTOMER, true).isBlank());
	}
}
