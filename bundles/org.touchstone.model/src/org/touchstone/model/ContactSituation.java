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
 * A representation of the literals of the enumeration '<em><b>Contact Situation</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.touchstone.model.TouchstonePackage#getContactSituation()
 * @model
 * @generated
 */
public enum ContactSituation implements Enumerator {
	/**
	 * The '<em><b>First Contact</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_CONTACT_VALUE
	 * @generated
	 * @ordered
	 */
	FIRST_CONTACT(0, "firstContact", "first-contact"),

	/**
	 * The '<em><b>Special Request</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIAL_REQUEST_VALUE
	 * @generated
	 * @ordered
	 */
	SPECIAL_REQUEST(1, "specialRequest", "special-request"),

	/**
	 * The '<em><b>Indecision</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDECISION_VALUE
	 * @generated
	 * @ordered
	 */
	INDECISION(2, "indecision", "indecision"),

	/**
	 * The '<em><b>After Purchase</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AFTER_PURCHASE_VALUE
	 * @generated
	 * @ordered
	 */
	AFTER_PURCHASE(3, "afterPurchase", "after-purchase"),

	/**
	 * The '<em><b>Refusal</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFUSAL_VALUE
	 * @generated
	 * @ordered
	 */
	REFUSAL(4, "refusal", "refusal"),

	/**
	 * The '<em><b>Anger</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANGER_VALUE
	 * @generated
	 * @ordered
	 */
	ANGER(5, "anger", "anger");

	/**
	 * The '<em><b>First Contact</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_CONTACT
	 * @model name="firstContact" literal="first-contact"
	 * @generated
	 * @ordered
	 */
	public static final int FIRST_CONTACT_VALUE = 0;

	/**
	 * The '<em><b>Special Request</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIAL_REQUEST
	 * @model name="specialRequest" literal="special-request"
	 * @generated
	 * @ordered
	 */
	public static final int SPECIAL_REQUEST_VALUE = 1;

	/**
	 * The '<em><b>Indecision</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDECISION
	 * @model name="indecision"
	 * @generated
	 * @ordered
	 */
	public static final int INDECISION_VALUE = 2;

	/**
	 * The '<em><b>After Purchase</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AFTER_PURCHASE
	 * @model name="afterPurchase" literal="after-purchase"
	 * @generated
	 * @ordered
	 */
	public static final int AFTER_PURCHASE_VALUE = 3;

	/**
	 * The '<em><b>Refusal</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFUSAL
	 * @model name="refusal"
	 * @generated
	 * @ordered
	 */
	public static final int REFUSAL_VALUE = 4;

	/**
	 * The '<em><b>Anger</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANGER
	 * @model name="anger"
	 * @generated
	 * @ordered
	 */
	public static final int ANGER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Contact Situation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ContactSituation[] VALUES_ARRAY =
		new ContactSituation[] {
			FIRST_CONTACT,
			SPECIAL_REQUEST,
			INDECISION,
			AFTER_PURCHASE,
			REFUSAL,
			ANGER,
		};

	/**
	 * A public read-only list of all the '<em><b>Contact Situation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ContactSituation> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Contact Situation</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContactSituation get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContactSituation result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Contact Situation</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContactSituation getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContactSituation result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Contact Situation</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContactSituation get(int value) {
		switch (value) {
			case FIRST_CONTACT_VALUE: return FIRST_CONTACT;
			case SPECIAL_REQUEST_VALUE: return SPECIAL_REQUEST;
			case INDECISION_VALUE: return INDECISION;
			case AFTER_PURCHASE_VALUE: return AFTER_PURCHASE;
			case REFUSAL_VALUE: return REFUSAL;
			case ANGER_VALUE: return ANGER;
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
	private ContactSituation(int value, String name, String literal) {
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
	
} //ContactSituation
