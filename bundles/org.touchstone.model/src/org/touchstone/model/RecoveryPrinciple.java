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
 * A representation of the literals of the enumeration '<em><b>Recovery Principle</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.touchstone.model.TouchstonePackage#getRecoveryPrinciple()
 * @model
 * @generated
 */
public enum RecoveryPrinciple implements Enumerator {
	/**
	 * The '<em><b>Right First Time</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RIGHT_FIRST_TIME_VALUE
	 * @generated
	 * @ordered
	 */
	RIGHT_FIRST_TIME(0, "rightFirstTime", "right-first-time"),

	/**
	 * The '<em><b>Welcome Complaints</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WELCOME_COMPLAINTS_VALUE
	 * @generated
	 * @ordered
	 */
	WELCOME_COMPLAINTS(1, "welcomeComplaints", "welcome-complaints"),

	/**
	 * The '<em><b>Act Fast</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACT_FAST_VALUE
	 * @generated
	 * @ordered
	 */
	ACT_FAST(2, "actFast", "act-fast"),

	/**
	 * The '<em><b>Treat Fairly</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TREAT_FAIRLY_VALUE
	 * @generated
	 * @ordered
	 */
	TREAT_FAIRLY(3, "treatFairly", "treat-fairly"),

	/**
	 * The '<em><b>Learn From Recovery</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEARN_FROM_RECOVERY_VALUE
	 * @generated
	 * @ordered
	 */
	LEARN_FROM_RECOVERY(4, "learnFromRecovery", "learn-from-recovery"),

	/**
	 * The '<em><b>Learn From Lost Customers</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEARN_FROM_LOST_CUSTOMERS_VALUE
	 * @generated
	 * @ordered
	 */
	LEARN_FROM_LOST_CUSTOMERS(5, "learnFromLostCustomers", "learn-from-lost-customers"),

	/**
	 * The '<em><b>Make It Right Again</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAKE_IT_RIGHT_AGAIN_VALUE
	 * @generated
	 * @ordered
	 */
	MAKE_IT_RIGHT_AGAIN(6, "makeItRightAgain", "make-it-right-again");

	/**
	 * The '<em><b>Right First Time</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RIGHT_FIRST_TIME
	 * @model name="rightFirstTime" literal="right-first-time"
	 * @generated
	 * @ordered
	 */
	public static final int RIGHT_FIRST_TIME_VALUE = 0;

	/**
	 * The '<em><b>Welcome Complaints</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WELCOME_COMPLAINTS
	 * @model name="welcomeComplaints" literal="welcome-complaints"
	 * @generated
	 * @ordered
	 */
	public static final int WELCOME_COMPLAINTS_VALUE = 1;

	/**
	 * The '<em><b>Act Fast</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACT_FAST
	 * @model name="actFast" literal="act-fast"
	 * @generated
	 * @ordered
	 */
	public static final int ACT_FAST_VALUE = 2;

	/**
	 * The '<em><b>Treat Fairly</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TREAT_FAIRLY
	 * @model name="treatFairly" literal="treat-fairly"
	 * @generated
	 * @ordered
	 */
	public static final int TREAT_FAIRLY_VALUE = 3;

	/**
	 * The '<em><b>Learn From Recovery</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEARN_FROM_RECOVERY
	 * @model name="learnFromRecovery" literal="learn-from-recovery"
	 * @generated
	 * @ordered
	 */
	public static final int LEARN_FROM_RECOVERY_VALUE = 4;

	/**
	 * The '<em><b>Learn From Lost Customers</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEARN_FROM_LOST_CUSTOMERS
	 * @model name="learnFromLostCustomers" literal="learn-from-lost-customers"
	 * @generated
	 * @ordered
	 */
	public static final int LEARN_FROM_LOST_CUSTOMERS_VALUE = 5;

	/**
	 * The '<em><b>Make It Right Again</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAKE_IT_RIGHT_AGAIN
	 * @model name="makeItRightAgain" literal="make-it-right-again"
	 * @generated
	 * @ordered
	 */
	public static final int MAKE_IT_RIGHT_AGAIN_VALUE = 6;

	/**
	 * An array of all the '<em><b>Recovery Principle</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RecoveryPrinciple[] VALUES_ARRAY =
		new RecoveryPrinciple[] {
			RIGHT_FIRST_TIME,
			WELCOME_COMPLAINTS,
			ACT_FAST,
			TREAT_FAIRLY,
			LEARN_FROM_RECOVERY,
			LEARN_FROM_LOST_CUSTOMERS,
			MAKE_IT_RIGHT_AGAIN,
		};

	/**
	 * A public read-only list of all the '<em><b>Recovery Principle</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RecoveryPrinciple> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Recovery Principle</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RecoveryPrinciple get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RecoveryPrinciple result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Recovery Principle</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RecoveryPrinciple getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RecoveryPrinciple result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Recovery Principle</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RecoveryPrinciple get(int value) {
		switch (value) {
			case RIGHT_FIRST_TIME_VALUE: return RIGHT_FIRST_TIME;
			case WELCOME_COMPLAINTS_VALUE: return WELCOME_COMPLAINTS;
			case ACT_FAST_VALUE: return ACT_FAST;
			case TREAT_FAIRLY_VALUE: return TREAT_FAIRLY;
			case LEARN_FROM_RECOVERY_VALUE: return LEARN_FROM_RECOVERY;
			case LEARN_FROM_LOST_CUSTOMERS_VALUE: return LEARN_FROM_LOST_CUSTOMERS;
			case MAKE_IT_RIGHT_AGAIN_VALUE: return MAKE_IT_RIGHT_AGAIN;
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
	private RecoveryPrinciple(int value, String name, String literal) {
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
	
} //RecoveryPrinciple
