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
 * A representation of the literals of the enumeration '<em><b>Failure Group</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.touchstone.model.TouchstonePackage#getFailureGroup()
 * @model
 * @generated
 */
public enum FailureGroup implements Enumerator {
	/**
	 * The '<em><b>Delivery System</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELIVERY_SYSTEM_VALUE
	 * @generated
	 * @ordered
	 */
	DELIVERY_SYSTEM(0, "deliverySystem", "delivery-system"),

	/**
	 * The '<em><b>Customer Needs</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_NEEDS_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_NEEDS(1, "customerNeeds", "customer-needs"),

	/**
	 * The '<em><b>Unprompted Employee Action</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNPROMPTED_EMPLOYEE_ACTION_VALUE
	 * @generated
	 * @ordered
	 */
	UNPROMPTED_EMPLOYEE_ACTION(2, "unpromptedEmployeeAction", "unprompted-employee-action"),

	/**
	 * The '<em><b>Problem Customer</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBLEM_CUSTOMER_VALUE
	 * @generated
	 * @ordered
	 */
	PROBLEM_CUSTOMER(3, "problemCustomer", "problem-customer");

	/**
	 * The '<em><b>Delivery System</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELIVERY_SYSTEM
	 * @model name="deliverySystem" literal="delivery-system"
	 * @generated
	 * @ordered
	 */
	public static final int DELIVERY_SYSTEM_VALUE = 0;

	/**
	 * The '<em><b>Customer Needs</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_NEEDS
	 * @model name="customerNeeds" literal="customer-needs"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_NEEDS_VALUE = 1;

	/**
	 * The '<em><b>Unprompted Employee Action</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNPROMPTED_EMPLOYEE_ACTION
	 * @model name="unpromptedEmployeeAction" literal="unprompted-employee-action"
	 * @generated
	 * @ordered
	 */
	public static final int UNPROMPTED_EMPLOYEE_ACTION_VALUE = 2;

	/**
	 * The '<em><b>Problem Customer</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBLEM_CUSTOMER
	 * @model name="problemCustomer" literal="problem-customer"
	 * @generated
	 * @ordered
	 */
	public static final int PROBLEM_CUSTOMER_VALUE = 3;

	/**
	 * An array of all the '<em><b>Failure Group</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FailureGroup[] VALUES_ARRAY =
		new FailureGroup[] {
			DELIVERY_SYSTEM,
			CUSTOMER_NEEDS,
			UNPROMPTED_EMPLOYEE_ACTION,
			PROBLEM_CUSTOMER,
		};

	/**
	 * A public read-only list of all the '<em><b>Failure Group</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FailureGroup> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Failure Group</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FailureGroup get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FailureGroup result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Failure Group</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FailureGroup getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FailureGroup result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Failure Group</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FailureGroup get(int value) {
		switch (value) {
			case DELIVERY_SYSTEM_VALUE: return DELIVERY_SYSTEM;
			case CUSTOMER_NEEDS_VALUE: return CUSTOMER_NEEDS;
			case UNPROMPTED_EMPLOYEE_ACTION_VALUE: return UNPROMPTED_EMPLOYEE_ACTION;
			case PROBLEM_CUSTOMER_VALUE: return PROBLEM_CUSTOMER;
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
	private FailureGroup(int value, String name, String literal) {
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
	
} //FailureGroup
