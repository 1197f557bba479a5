/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Branding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.Branding#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link org.touchstone.model.Branding#getDisplayNameEn <em>Display Name En</em>}</li>
 *   <li>{@link org.touchstone.model.Branding#getLogo <em>Logo</em>}</li>
 *   <li>{@link org.touchstone.model.Branding#getPrimaryColour <em>Primary Colour</em>}</li>
 * </ul>
 *
 * @see org.touchstone.model.TouchstonePackage#getBranding()
 * @model
 * @generated
 */
public interface Branding extends EObject {
	/**
	 * Returns the value of the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Display Name</em>' attribute.
	 * @see #setDisplayName(String)
	 * @see org.touchstone.model.TouchstonePackage#getBranding_DisplayName()
	 * @model
	 * @generated
	 */
	String getDisplayName();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Branding#getDisplayName <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Name</em>' attribute.
	 * @see #getDisplayName()
	 * @generated
	 */
	void setDisplayName(String value);

	/**
	 * Returns the value of the '<em><b>Display Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Display Name En</em>' attribute.
	 * @see #setDisplayNameEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getBranding_DisplayNameEn()
	 * @model
	 * @generated
	 */
	String getDisplayNameEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Branding#getDisplayNameEn <em>Display Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Name En</em>' attribute.
	 * @see #getDisplayNameEn()
	 * @generated
	 */
	void setDisplayNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Logo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Logo</em>' attribute.
	 * @see #setLogo(String)
	 * @see org.touchstone.model.TouchstonePackage#getBranding_Logo()
	 * @model
	 * @generated
	 */
	String getLogo();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Branding#getLogo <em>Logo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logo</em>' attribute.
	 * @see #getLogo()
	 * @generated
	 */
	void setLogo(String value);

	/**
	 * Returns the value of the '<em><b>Primary Colour</b></em>' attribute.
	 * The default value is <code>"#1f5f8b"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Primary Colour</em>' attribute.
	 * @see #setPrimaryColour(String)
	 * @see org.touchstone.model.TouchstonePackage#getBranding_PrimaryColour()
	 * @model default="#1f5f8b"
	 * @generated
	 */
	String getPrimaryColour();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Branding#getPrimaryColour <em>Primary Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary Colour</em>' attribute.
	 * @see #getPrimaryColour()
	 * @generated
	 */
	void setPrimaryColour(String value);

} // Branding
