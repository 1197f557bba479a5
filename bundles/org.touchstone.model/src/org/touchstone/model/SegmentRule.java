/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Segment Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.SegmentRule#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.touchstone.model.SegmentRule#getThresholdOverride <em>Threshold Override</em>}</li>
 * </ul>
 *
 * @see org.touchstone.model.TouchstonePackage#getSegmentRule()
 * @model
 * @generated
 */
public interface SegmentRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segment</em>' reference.
	 * @see #setSegment(CustomerSegment)
	 * @see org.touchstone.model.TouchstonePackage#getSegmentRule_Segment()
	 * @model required="true"
	 * @generated
	 */
	CustomerSegment getSegment();

	/**
	 * Sets the value of the '{@link org.touchstone.model.SegmentRule#getSegment <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment</em>' reference.
	 * @see #getSegment()
	 * @generated
	 */
	void setSegment(CustomerSegment value);

	/**
	 * Returns the value of the '<em><b>Threshold Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threshold Override</em>' attribute.
	 * @see #setThresholdOverride(Double)
	 * @see org.touchstone.model.TouchstonePackage#getSegmentRule_ThresholdOverride()
	 * @model
	 * @generated
	 */
	Double getThresholdOverride();

	/**
	 * Sets the value of the '{@link org.touchstone.model.SegmentRule#getThresholdOverride <em>Threshold Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold Override</em>' attribute.
	 * @see #getThresholdOverride()
	 * @generated
	 */
	void setThresholdOverride(Double value);

} // SegmentRule
