/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Guarantee Caution</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.touchstone.model.TouchstonePackage#getGuaranteeCaution()
 * @model
 * @generated
 */
public enum GuaranteeCaution implements Enumerator {
	/**
	 * The '<em><b>Poor Quality</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POOR_QUALITY_VALUE
	 * @generated
	 * @ordered
	 */
	POOR_QUALITY(0, "poorQuality", "poor-quality"),

	/**
	 * The '<em><b>Off Image</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFF_IMAGE_VALUE
	 * @generated
	 * @ordered
	 */
	OFF_IMAGE(1, "offImage", "off-image"),

	/**
	 * The '<em><b>Uncontrollable Quality</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNCONTROLLABLE_QUALITY_VALUE
	 * @generated
	 * @ordered
	 */
	UNCONTROLLABLE_QUALITY(2, "uncontrollableQuality", "uncontrollable-quality"),

	/**
	 * The '<em><b>Cost Exceeds Benefit</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COST_EXCEEDS_BENEFIT_VALUE
	 * @generated
	 * @ordered
	 */
	COST_EXCEEDS_BENEFIT(3, "costExceedsBenefit", "cost-exceeds-benefit"),

	/**
	 * The '<em><b>No Perceived Risk</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_PERCEIVED_RISK_VALUE
	 * @generated
	 * @ordered
	 */
	NO_PERCEIVED_RISK(4, "noPerceivedRisk", "no-perceived-risk"),

	/**
	 * The '<em><b>No Quality Difference</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_QUALITY_DIFFERENCE_VALUE
	 * @generated
	 * @ordered
	 */
	NO_QUALITY_DIFFERENCE(5, "noQualityDifference", "no-quality-difference");

	/**
	 * The '<em><b>Poor Quality</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POOR_QUALITY
	 * @model name="poorQuality" literal="poor-quality"
	 * @generated
	 * @ordered
	 */
	public static final int POOR_QUALITY_VALUE = 0;

	/**
	 * The '<em><b>Off Image</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFF_IMAGE
	 * @model name="offImage" literal="off-image"
	 * @generated
	 * @ordered
	 */
	public static final int OFF_IMAGE_VALUE = 1;

	/**
	 * The '<em><b>Uncontrollable Quality</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNCONTROLLABLE_QUALITY
	 * @model name="uncontrollableQuality" literal="uncontrollable-quality"
	 * @generated
	 * @ordered
	 */
	public static final int UNCONTROLLABLE_QUALITY_VALUE = 2;

	/**
	 * The '<em><b>Cost Exceeds Benefit</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COST_EXCEEDS_BENEFIT
	 * @model name="costExceedsBenefit" literal="cost-exceeds-benefit"
	 * @generated
	 * @ordered
	 */
	public static final int COST_EXCEEDS_BENEFIT_VALUE = 3;

	/**
	 * The '<em><b>No Perceived Risk</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_PERCEIVED_RISK
	 * @model name="noPerceivedRisk" literal="no-perceived-risk"
	 * @generated
	 * @ordered
	 */
	public static final int NO_PERCEIVED_RISK_VALUE = 4;

	/**
	 * The '<em><b>No Quality Difference</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_QUALITY_DIFFERENCE
	 * @model name="noQualityDifference" literal="no-quality-difference"
	 * @generated
	 * @ordered
	 */
	public static final int NO_QUALITY_DIFFERENCE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Guarantee Caution</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final GuaranteeCaution[] VALUES_ARRAY =
		new GuaranteeCaution[] {
			POOR_QUALITY,
			OFF_IMAGE,
			UNCONTROLLABLE_QUALITY,
			COST_EXCEEDS_BENEFIT,
			NO_PERCEIVED_RISK,
			NO_QUALITY_DIFFERENCE,
		};

	/**
	 * A public read-only list of all the '<em><b>Guarantee Caution</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<GuaranteeCaution> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Guarantee Caution</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GuaranteeCaution get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GuaranteeCaution result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Guarantee Caution</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GuaranteeCaution getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GuaranteeCaution result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Guarantee Caution</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GuaranteeCaution get(int value) {
		switch (value) {
			case POOR_QUALITY_VALUE: return POOR_QUALITY;
			case OFF_IMAGE_VALUE: return OFF_IMAGE;
			case UNCONTROLLABLE_QUALITY_VALUE: return UNCONTROLLABLE_QUALITY;
			case COST_EXCEEDS_BENEFIT_VALUE: return COST_EXCEEDS_BENEFIT;
			case NO_PERCEIVED_RISK_VALUE: return NO_PERCEIVED_RISK;
			case NO_QUALITY_DIFFERENCE_VALUE: return NO_QUALITY_DIFFERENCE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private GuaranteeCaution(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //GuaranteeCaution
