/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Site Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.SiteRule#getSite <em>Site</em>}</li>
 *   <li>{@link org.touchstone.model.SiteRule#getThresholdOverride <em>Threshold Override</em>}</li>
 *   <li>{@link org.touchstone.model.SiteRule#getReason <em>Reason</em>}</li>
 *   <li>{@link org.touchstone.model.SiteRule#getReasonEn <em>Reason En</em>}</li>
 * </ul>
 *
 * @see org.touchstone.model.TouchstonePackage#getSiteRule()
 * @model
 * @generated
 */
public interface SiteRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Site</em>' reference.
	 * @see #setSite(Site)
	 * @see org.touchstone.model.TouchstonePackage#getSiteRule_Site()
	 * @model required="true"
	 * @generated
	 */
	Site getSite();

	/**
	 * Sets the value of the '{@link org.touchstone.model.SiteRule#getSite <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' reference.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(Site value);

	/**
	 * Returns the value of the '<em><b>Threshold Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threshold Override</em>' attribute.
	 * @see #setThresholdOverride(Double)
	 * @see org.touchstone.model.TouchstonePackage#getSiteRule_ThresholdOverride()
	 * @model
	 * @generated
	 */
	Double getThresholdOverride();

	/**
	 * Sets the value of the '{@link org.touchstone.model.SiteRule#getThresholdOverride <em>Threshold Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold Override</em>' attribute.
	 * @see #getThresholdOverride()
	 * @generated
	 */
	void setThresholdOverride(Double value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.touchstone.model.TouchstonePackage#getSiteRule_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.touchstone.model.SiteRule#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Reason En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason En</em>' attribute.
	 * @see #setReasonEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getSiteRule_ReasonEn()
	 * @model
	 * @generated
	 */
	String getReasonEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.SiteRule#getReasonEn <em>Reason En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason En</em>' attribute.
	 * @see #getReasonEn()
	 * @generated
	 */
	void setReasonEn(String value);

} // SiteRule
