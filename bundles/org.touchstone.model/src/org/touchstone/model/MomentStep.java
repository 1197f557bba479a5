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
 * A representation of the literals of the enumeration '<em><b>Moment Step</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.touchstone.model.TouchstonePackage#getMomentStep()
 * @model
 * @generated
 */
public enum MomentStep implements Enumerator {
	/**
	 * The '<em><b>Set The Tone</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SET_THE_TONE_VALUE
	 * @generated
	 * @ordered
	 */
	SET_THE_TONE(0, "setTheTone", "set-the-tone"),

	/**
	 * The '<em><b>Diagnose</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIAGNOSE_VALUE
	 * @generated
	 * @ordered
	 */
	DIAGNOSE(1, "diagnose", "diagnose"),

	/**
	 * The '<em><b>Solve</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOLVE_VALUE
	 * @generated
	 * @ordered
	 */
	SOLVE(2, "solve", "solve"),

	/**
	 * The '<em><b>Summarise</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUMMARISE_VALUE
	 * @generated
	 * @ordered
	 */
	SUMMARISE(3, "summarise", "summarise"),

	/**
	 * The '<em><b>Follow Up</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLLOW_UP_VALUE
	 * @generated
	 * @ordered
	 */
	FOLLOW_UP(4, "followUp", "follow-up");

	/**
	 * The '<em><b>Set The Tone</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SET_THE_TONE
	 * @model name="setTheTone" literal="set-the-tone"
	 * @generated
	 * @ordered
	 */
	public static final int SET_THE_TONE_VALUE = 0;

	/**
	 * The '<em><b>Diagnose</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIAGNOSE
	 * @model name="diagnose"
	 * @generated
	 * @ordered
	 */
	public static final int DIAGNOSE_VALUE = 1;

	/**
	 * The '<em><b>Solve</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOLVE
	 * @model name="solve"
	 * @generated
	 * @ordered
	 */
	public static final int SOLVE_VALUE = 2;

	/**
	 * The '<em><b>Summarise</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUMMARISE
	 * @model name="summarise"
	 * @generated
	 * @ordered
	 */
	public static final int SUMMARISE_VALUE = 3;

	/**
	 * The '<em><b>Follow Up</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLLOW_UP
	 * @model name="followUp" literal="follow-up"
	 * @generated
	 * @ordered
	 */
	public static final int FOLLOW_UP_VALUE = 4;

	/**
	 * An array of all the '<em><b>Moment Step</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MomentStep[] VALUES_ARRAY =
		new MomentStep[] {
			SET_THE_TONE,
			DIAGNOSE,
			SOLVE,
			SUMMARISE,
			FOLLOW_UP,
		};

	/**
	 * A public read-only list of all the '<em><b>Moment Step</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MomentStep> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Moment Step</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MomentStep get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MomentStep result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Moment Step</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MomentStep getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MomentStep result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Moment Step</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MomentStep get(int value) {
		switch (value) {
			case SET_THE_TONE_VALUE: return SET_THE_TONE;
			case DIAGNOSE_VALUE: return DIAGNOSE;
			case SOLVE_VALUE: return SOLVE;
			case SUMMARISE_VALUE: return SUMMARISE;
			case FOLLOW_UP_VALUE: return FOLLOW_UP;
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
	private MomentStep(int value, String name, String literal) {
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
	
} //MomentStep
