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
 * A representation of the literals of the enumeration '<em><b>Section Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.touchstone.model.TouchstonePackage#getSectionKind()
 * @model
 * @generated
 */
public enum SectionKind implements Enumerator {
	/**
	 * The '<em><b>Standards By Dimension</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STANDARDS_BY_DIMENSION_VALUE
	 * @generated
	 * @ordered
	 */
	STANDARDS_BY_DIMENSION(0, "standardsByDimension", "standards-by-dimension"),

	/**
	 * The '<em><b>Playbooks</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLAYBOOKS_VALUE
	 * @generated
	 * @ordered
	 */
	PLAYBOOKS(1, "playbooks", "playbooks"),

	/**
	 * The '<em><b>Segment Guide</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEGMENT_GUIDE_VALUE
	 * @generated
	 * @ordered
	 */
	SEGMENT_GUIDE(2, "segmentGuide", "segment-guide"),

	/**
	 * The '<em><b>Cited Cases</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CITED_CASES_VALUE
	 * @generated
	 * @ordered
	 */
	CITED_CASES(3, "citedCases", "cited-cases"),

	/**
	 * The '<em><b>Audit Checklist</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUDIT_CHECKLIST_VALUE
	 * @generated
	 * @ordered
	 */
	AUDIT_CHECKLIST(4, "auditChecklist", "audit-checklist"), /**
	 * The '<em><b>Touchpoints</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOUCHPOINTS_VALUE
	 * @generated
	 * @ordered
	 */
	TOUCHPOINTS(5, "touchpoints", "touchpoints"), /**
	 * The '<em><b>Contact Situations</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTACT_SITUATIONS_VALUE
	 * @generated
	 * @ordered
	 */
	CONTACT_SITUATIONS(6, "contactSituations", "contact-situations"), /**
	 * The '<em><b>Customer Styles</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_STYLES_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_STYLES(7, "customerStyles", "customer-styles"), /**
	 * The '<em><b>Change Log</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANGE_LOG_VALUE
	 * @generated
	 * @ordered
	 */
	CHANGE_LOG(8, "changeLog", "change-log"), /**
	 * The '<em><b>Results</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESULTS_VALUE
	 * @generated
	 * @ordered
	 */
	RESULTS(9, "results", "results");

	/**
	 * The '<em><b>Standards By Dimension</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STANDARDS_BY_DIMENSION
	 * @model name="standardsByDimension" literal="standards-by-dimension"
	 * @generated
	 * @ordered
	 */
	public static final int STANDARDS_BY_DIMENSION_VALUE = 0;

	/**
	 * The '<em><b>Playbooks</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLAYBOOKS
	 * @model name="playbooks"
	 * @generated
	 * @ordered
	 */
	public static final int PLAYBOOKS_VALUE = 1;

	/**
	 * The '<em><b>Segment Guide</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEGMENT_GUIDE
	 * @model name="segmentGuide" literal="segment-guide"
	 * @generated
	 * @ordered
	 */
	public static final int SEGMENT_GUIDE_VALUE = 2;

	/**
	 * The '<em><b>Cited Cases</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CITED_CASES
	 * @model name="citedCases" literal="cited-cases"
	 * @generated
	 * @ordered
	 */
	public static final int CITED_CASES_VALUE = 3;

	/**
	 * The '<em><b>Audit Checklist</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUDIT_CHECKLIST
	 * @model name="auditChecklist" literal="audit-checklist"
	 * @generated
	 * @ordered
	 */
	public static final int AUDIT_CHECKLIST_VALUE = 4;

	/**
	 * The '<em><b>Touchpoints</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOUCHPOINTS
	 * @model name="touchpoints"
	 * @generated
	 * @ordered
	 */
	public static final int TOUCHPOINTS_VALUE = 5;

	/**
	 * The '<em><b>Contact Situations</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTACT_SITUATIONS
	 * @model name="contactSituations" literal="contact-situations"
	 * @generated
	 * @ordered
	 */
	public static final int CONTACT_SITUATIONS_VALUE = 6;

	/**
	 * The '<em><b>Customer Styles</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_STYLES
	 * @model name="customerStyles" literal="customer-styles"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_STYLES_VALUE = 7;

	/**
	 * The '<em><b>Change Log</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANGE_LOG
	 * @model name="changeLog" literal="change-log"
	 * @generated
	 * @ordered
	 */
	public static final int CHANGE_LOG_VALUE = 8;

	/**
	 * The '<em><b>Results</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESULTS
	 * @model name="results"
	 * @generated
	 * @ordered
	 */
	public static final int RESULTS_VALUE = 9;

	/**
	 * An array of all the '<em><b>Section Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SectionKind[] VALUES_ARRAY =
		new SectionKind[] {
			STANDARDS_BY_DIMENSION,
			PLAYBOOKS,
			SEGMENT_GUIDE,
			CITED_CASES,
			AUDIT_CHECKLIST,
			TOUCHPOINTS,
			CONTACT_SITUATIONS,
			CUSTOMER_STYLES,
			CHANGE_LOG,
			RESULTS,
		};

	/**
	 * A public read-only list of all the '<em><b>Section Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SectionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Section Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SectionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SectionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Section Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SectionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SectionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Section Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SectionKind get(int value) {
		switch (value) {
			case STANDARDS_BY_DIMENSION_VALUE: return STANDARDS_BY_DIMENSION;
			case PLAYBOOKS_VALUE: return PLAYBOOKS;
			case SEGMENT_GUIDE_VALUE: return SEGMENT_GUIDE;
			case CITED_CASES_VALUE: return CITED_CASES;
			case AUDIT_CHECKLIST_VALUE: return AUDIT_CHECKLIST;
			case TOUCHPOINTS_VALUE: return TOUCHPOINTS;
			case CONTACT_SITUATIONS_VALUE: return CONTACT_SITUATIONS;
			case CUSTOMER_STYLES_VALUE: return CUSTOMER_STYLES;
			case CHANGE_LOG_VALUE: return CHANGE_LOG;
			case RESULTS_VALUE: return RESULTS;
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
	private SectionKind(int value, String name, String literal) {
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
	
} //SectionKind
