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
 * A representation of the literals of the enumeration '<em><b>Failure Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.touchstone.model.TouchstonePackage#getFailureType()
 * @model
 * @generated
 */
public enum FailureType implements Enumerator {
	/**
	 * The '<em><b>Unavailable Service</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNAVAILABLE_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	UNAVAILABLE_SERVICE(0, "unavailableService", "unavailable-service"),

	/**
	 * The '<em><b>Slow Service</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLOW_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	SLOW_SERVICE(1, "slowService", "slow-service"),

	/**
	 * The '<em><b>Other Core Failure</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_CORE_FAILURE_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER_CORE_FAILURE(2, "otherCoreFailure", "other-core-failure"),

	/**
	 * The '<em><b>Special Needs</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIAL_NEEDS_VALUE
	 * @generated
	 * @ordered
	 */
	SPECIAL_NEEDS(3, "specialNeeds", "special-needs"),

	/**
	 * The '<em><b>Customer Preferences</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_PREFERENCES_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_PREFERENCES(4, "customerPreferences", "customer-preferences"),

	/**
	 * The '<em><b>Customer Error</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_ERROR_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_ERROR(5, "customerError", "customer-error"),

	/**
	 * The '<em><b>Disruptive Others</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISRUPTIVE_OTHERS_VALUE
	 * @generated
	 * @ordered
	 */
	DISRUPTIVE_OTHERS(6, "disruptiveOthers", "disruptive-others"),

	/**
	 * The '<em><b>Unprompted Employee Action</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNPROMPTED_EMPLOYEE_ACTION_VALUE
	 * @generated
	 * @ordered
	 */
	UNPROMPTED_EMPLOYEE_ACTION(7, "unpromptedEmployeeAction", "unprompted-employee-action"),

	/**
	 * The '<em><b>Problem Customer</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBLEM_CUSTOMER_VALUE
	 * @generated
	 * @ordered
	 */
	PROBLEM_CUSTOMER(8, "problemCustomer", "problem-customer"), /**
	 * The '<em><b>Level Of Attention</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEVEL_OF_ATTENTION_VALUE
	 * @generated
	 * @ordered
	 */
	LEVEL_OF_ATTENTION(9, "levelOfAttention", "level-of-attention"), /**
	 * The '<em><b>Unusual Action</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNUSUAL_ACTION_VALUE
	 * @generated
	 * @ordered
	 */
	UNUSUAL_ACTION(10, "unusualAction", "unusual-action"), /**
	 * The '<em><b>Cultural Norms</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CULTURAL_NORMS_VALUE
	 * @generated
	 * @ordered
	 */
	CULTURAL_NORMS(11, "culturalNorms", "cultural-norms"), /**
	 * The '<em><b>Verbal Or Physical Abuse</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERBAL_OR_PHYSICAL_ABUSE_VALUE
	 * @generated
	 * @ordered
	 */
	VERBAL_OR_PHYSICAL_ABUSE(12, "verbalOrPhysicalAbuse", "verbal-or-physical-abuse"), /**
	 * The '<em><b>Breaking Policy</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BREAKING_POLICY_VALUE
	 * @generated
	 * @ordered
	 */
	BREAKING_POLICY(13, "breakingPolicy", "breaking-policy"), /**
	 * The '<em><b>Uncooperative Customer</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNCOOPERATIVE_CUSTOMER_VALUE
	 * @generated
	 * @ordered
	 */
	UNCOOPERATIVE_CUSTOMER(14, "uncooperativeCustomer", "uncooperative-customer");

	/**
	 * The '<em><b>Unavailable Service</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNAVAILABLE_SERVICE
	 * @model name="unavailableService" literal="unavailable-service"
	 * @generated
	 * @ordered
	 */
	public static final int UNAVAILABLE_SERVICE_VALUE = 0;

	/**
	 * The '<em><b>Slow Service</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLOW_SERVICE
	 * @model name="slowService" literal="slow-service"
	 * @generated
	 * @ordered
	 */
	public static final int SLOW_SERVICE_VALUE = 1;

	/**
	 * The '<em><b>Other Core Failure</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_CORE_FAILURE
	 * @model name="otherCoreFailure" literal="other-core-failure"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_CORE_FAILURE_VALUE = 2;

	/**
	 * The '<em><b>Special Needs</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIAL_NEEDS
	 * @model name="specialNeeds" literal="special-needs"
	 * @generated
	 * @ordered
	 */
	public static final int SPECIAL_NEEDS_VALUE = 3;

	/**
	 * The '<em><b>Customer Preferences</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_PREFERENCES
	 * @model name="customerPreferences" literal="customer-preferences"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_PREFERENCES_VALUE = 4;

	/**
	 * The '<em><b>Customer Error</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_ERROR
	 * @model name="customerError" literal="customer-error"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_ERROR_VALUE = 5;

	/**
	 * The '<em><b>Disruptive Others</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISRUPTIVE_OTHERS
	 * @model name="disruptiveOthers" literal="disruptive-others"
	 * @generated
	 * @ordered
	 */
	public static final int DISRUPTIVE_OTHERS_VALUE = 6;

	/**
	 * The '<em><b>Unprompted Employee Action</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNPROMPTED_EMPLOYEE_ACTION
	 * @model name="unpromptedEmployeeAction" literal="unprompted-employee-action"
	 * @generated
	 * @ordered
	 */
	public static final int UNPROMPTED_EMPLOYEE_ACTION_VALUE = 7;

	/**
	 * The '<em><b>Problem Customer</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBLEM_CUSTOMER
	 * @model name="problemCustomer" literal="problem-customer"
	 * @generated
	 * @ordered
	 */
	public static final int PROBLEM_CUSTOMER_VALUE = 8;

	/**
	 * The '<em><b>Level Of Attention</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEVEL_OF_ATTENTION
	 * @model name="levelOfAttention" literal="level-of-attention"
	 * @generated
	 * @ordered
	 */
	public static final int LEVEL_OF_ATTENTION_VALUE = 9;

	/**
	 * The '<em><b>Unusual Action</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNUSUAL_ACTION
	 * @model name="unusualAction" literal="unusual-action"
	 * @generated
	 * @ordered
	 */
	public static final int UNUSUAL_ACTION_VALUE = 10;

	/**
	 * The '<em><b>Cultural Norms</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CULTURAL_NORMS
	 * @model name="culturalNorms" literal="cultural-norms"
	 * @generated
	 * @ordered
	 */
	public static final int CULTURAL_NORMS_VALUE = 11;

	/**
	 * The '<em><b>Verbal Or Physical Abuse</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERBAL_OR_PHYSICAL_ABUSE
	 * @model name="verbalOrPhysicalAbuse" literal="verbal-or-physical-abuse"
	 * @generated
	 * @ordered
	 */
	public static final int VERBAL_OR_PHYSICAL_ABUSE_VALUE = 12;

	/**
	 * The '<em><b>Breaking Policy</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BREAKING_POLICY
	 * @model name="breakingPolicy" literal="breaking-policy"
	 * @generated
	 * @ordered
	 */
	public static final int BREAKING_POLICY_VALUE = 13;

	/**
	 * The '<em><b>Uncooperative Customer</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNCOOPERATIVE_CUSTOMER
	 * @model name="uncooperativeCustomer" literal="uncooperative-customer"
	 * @generated
	 * @ordered
	 */
	public static final int UNCOOPERATIVE_CUSTOMER_VALUE = 14;

	/**
	 * An array of all the '<em><b>Failure Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FailureType[] VALUES_ARRAY =
		new FailureType[] {
			UNAVAILABLE_SERVICE,
			SLOW_SERVICE,
			OTHER_CORE_FAILURE,
			SPECIAL_NEEDS,
			CUSTOMER_PREFERENCES,
			CUSTOMER_ERROR,
			DISRUPTIVE_OTHERS,
			UNPROMPTED_EMPLOYEE_ACTION,
			PROBLEM_CUSTOMER,
			LEVEL_OF_ATTENTION,
			UNUSUAL_ACTION,
			CULTURAL_NORMS,
			VERBAL_OR_PHYSICAL_ABUSE,
			BREAKING_POLICY,
			UNCOOPERATIVE_CUSTOMER,
		};

	/**
	 * A public read-only list of all the '<em><b>Failure Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FailureType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Failure Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FailureType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FailureType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Failure Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FailureType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FailureType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Failure Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FailureType get(int value) {
		switch (value) {
			case UNAVAILABLE_SERVICE_VALUE: return UNAVAILABLE_SERVICE;
			case SLOW_SERVICE_VALUE: return SLOW_SERVICE;
			case OTHER_CORE_FAILURE_VALUE: return OTHER_CORE_FAILURE;
			case SPECIAL_NEEDS_VALUE: return SPECIAL_NEEDS;
			case CUSTOMER_PREFERENCES_VALUE: return CUSTOMER_PREFERENCES;
			case CUSTOMER_ERROR_VALUE: return CUSTOMER_ERROR;
			case DISRUPTIVE_OTHERS_VALUE: return DISRUPTIVE_OTHERS;
			case UNPROMPTED_EMPLOYEE_ACTION_VALUE: return UNPROMPTED_EMPLOYEE_ACTION;
			case PROBLEM_CUSTOMER_VALUE: return PROBLEM_CUSTOMER;
			case LEVEL_OF_ATTENTION_VALUE: return LEVEL_OF_ATTENTION;
			case UNUSUAL_ACTION_VALUE: return UNUSUAL_ACTION;
			case CULTURAL_NORMS_VALUE: return CULTURAL_NORMS;
			case VERBAL_OR_PHYSICAL_ABUSE_VALUE: return VERBAL_OR_PHYSICAL_ABUSE;
			case BREAKING_POLICY_VALUE: return BREAKING_POLICY;
			case UNCOOPERATIVE_CUSTOMER_VALUE: return UNCOOPERATIVE_CUSTOMER;
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
	private FailureType(int value, String name, String literal) {
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
	
} //FailureType
