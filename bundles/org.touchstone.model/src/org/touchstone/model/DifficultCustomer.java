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
 * A representation of the literals of the enumeration '<em><b>Difficult Customer</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.touchstone.model.TouchstonePackage#getDifficultCustomer()
 * @model
 * @generated
 */
public enum DifficultCustomer implements Enumerator {
	/**
	 * The '<em><b>Emotional</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMOTIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	EMOTIONAL(0, "emotional", "emotional"),

	/**
	 * The '<em><b>Stubborn</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUBBORN_VALUE
	 * @generated
	 * @ordered
	 */
	STUBBORN(1, "stubborn", "stubborn"),

	/**
	 * The '<em><b>Unreasonable</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNREASONABLE_VALUE
	 * @generated
	 * @ordered
	 */
	UNREASONABLE(2, "unreasonable", "unreasonable"),

	/**
	 * The '<em><b>Well Prepared</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WELL_PREPARED_VALUE
	 * @generated
	 * @ordered
	 */
	WELL_PREPARED(3, "wellPrepared", "well-prepared"),

	/**
	 * The '<em><b>Aggressive</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGGRESSIVE_VALUE
	 * @generated
	 * @ordered
	 */
	AGGRESSIVE(4, "aggressive", "aggressive");

	/**
	 * The '<em><b>Emotional</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMOTIONAL
	 * @model name="emotional"
	 * @generated
	 * @ordered
	 */
	public static final int EMOTIONAL_VALUE = 0;

	/**
	 * The '<em><b>Stubborn</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUBBORN
	 * @model name="stubborn"
	 * @generated
	 * @ordered
	 */
	public static final int STUBBORN_VALUE = 1;

	/**
	 * The '<em><b>Unreasonable</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNREASONABLE
	 * @model name="unreasonable"
	 * @generated
	 * @ordered
	 */
	public static final int UNREASONABLE_VALUE = 2;

	/**
	 * The '<em><b>Well Prepared</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WELL_PREPARED
	 * @model name="wellPrepared" literal="well-prepared"
	 * @generated
	 * @ordered
	 */
	public static final int WELL_PREPARED_VALUE = 3;

	/**
	 * The '<em><b>Aggressive</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGGRESSIVE
	 * @model name="aggressive"
	 * @generated
	 * @ordered
	 */
	public static final int AGGRESSIVE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Difficult Customer</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DifficultCustomer[] VALUES_ARRAY =
		new DifficultCustomer[] {
			EMOTIONAL,
			STUBBORN,
			UNREASONABLE,
			WELL_PREPARED,
			AGGRESSIVE,
		};

	/**
	 * A public read-only list of all the '<em><b>Difficult Customer</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DifficultCustomer> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Difficult Customer</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DifficultCustomer get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DifficultCustomer result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Difficult Customer</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DifficultCustomer getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DifficultCustomer result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Difficult Customer</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DifficultCustomer get(int value) {
		switch (value) {
			case EMOTIONAL_VALUE: return EMOTIONAL;
			case STUBBORN_VALUE: return STUBBORN;
			case UNREASONABLE_VALUE: return UNREASONABLE;
			case WELL_PREPARED_VALUE: return WELL_PREPARED;
			case AGGRESSIVE_VALUE: return AGGRESSIVE;
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
	private DifficultCustomer(int value, String name, String literal) {
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
	
} //DifficultCustomer
