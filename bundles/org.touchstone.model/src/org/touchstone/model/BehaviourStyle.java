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
 * A representation of the literals of the enumeration '<em><b>Behaviour Style</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.touchstone.model.TouchstonePackage#getBehaviourStyle()
 * @model
 * @generated
 */
public enum BehaviourStyle implements Enumerator {
	/**
	 * The '<em><b>Dominant</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOMINANT_VALUE
	 * @generated
	 * @ordered
	 */
	DOMINANT(0, "dominant", "dominant"),

	/**
	 * The '<em><b>Expressive</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPRESSIVE_VALUE
	 * @generated
	 * @ordered
	 */
	EXPRESSIVE(1, "expressive", "expressive"),

	/**
	 * The '<em><b>Steady</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEADY_VALUE
	 * @generated
	 * @ordered
	 */
	STEADY(2, "steady", "steady"),

	/**
	 * The '<em><b>Analytical</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYTICAL_VALUE
	 * @generated
	 * @ordered
	 */
	ANALYTICAL(3, "analytical", "analytical");

	/**
	 * The '<em><b>Dominant</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOMINANT
	 * @model name="dominant"
	 * @generated
	 * @ordered
	 */
	public static final int DOMINANT_VALUE = 0;

	/**
	 * The '<em><b>Expressive</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPRESSIVE
	 * @model name="expressive"
	 * @generated
	 * @ordered
	 */
	public static final int EXPRESSIVE_VALUE = 1;

	/**
	 * The '<em><b>Steady</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEADY
	 * @model name="steady"
	 * @generated
	 * @ordered
	 */
	public static final int STEADY_VALUE = 2;

	/**
	 * The '<em><b>Analytical</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYTICAL
	 * @model name="analytical"
	 * @generated
	 * @ordered
	 */
	public static final int ANALYTICAL_VALUE = 3;

	/**
	 * An array of all the '<em><b>Behaviour Style</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BehaviourStyle[] VALUES_ARRAY =
		new BehaviourStyle[] {
			DOMINANT,
			EXPRESSIVE,
			STEADY,
			ANALYTICAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Behaviour Style</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BehaviourStyle> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Behaviour Style</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BehaviourStyle get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BehaviourStyle result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Behaviour Style</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BehaviourStyle getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BehaviourStyle result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Behaviour Style</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BehaviourStyle get(int value) {
		switch (value) {
			case DOMINANT_VALUE: return DOMINANT;
			case EXPRESSIVE_VALUE: return EXPRESSIVE;
			case STEADY_VALUE: return STEADY;
			case ANALYTICAL_VALUE: return ANALYTICAL;
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
	private BehaviourStyle(int value, String name, String literal) {
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
	
} //BehaviourStyle
