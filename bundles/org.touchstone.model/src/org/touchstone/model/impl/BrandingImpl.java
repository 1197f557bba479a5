/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.touchstone.model.Branding;
import org.touchstone.model.TouchstonePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Branding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.impl.BrandingImpl#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link org.touchstone.model.impl.BrandingImpl#getDisplayNameEn <em>Display Name En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.BrandingImpl#getLogo <em>Logo</em>}</li>
 *   <li>{@link org.touchstone.model.impl.BrandingImpl#getPrimaryColour <em>Primary Colour</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BrandingImpl extends MinimalEObjectImpl.Container implements Branding {
	/**
	 * The default value of the '{@link #getDisplayName() <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayName()
	 * @generated
	 * @ordered
	 */
	protected static final String DISPLAY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisplayName() <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayName()
	 * @generated
	 * @ordered
	 */
	protected String displayName = DISPLAY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisplayNameEn() <em>Display Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayNameEn()
	 * @generated
	 * @ordered
	 */
	protected static final String DISPLAY_NAME_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisplayNameEn() <em>Display Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayNameEn()
	 * @generated
	 * @ordered
	 */
	protected String displayNameEn = DISPLAY_NAME_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getLogo() <em>Logo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogo()
	 * @generated
	 * @ordered
	 */
	protected static final String LOGO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLogo() <em>Logo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogo()
	 * @generated
	 * @ordered
	 */
	protected String logo = LOGO_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrimaryColour() <em>Primary Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryColour()
	 * @generated
	 * @ordered
	 */
	protected static final String PRIMARY_COLOUR_EDEFAULT = "#1f5f8b";

	/**
	 * The cached value of the '{@link #getPrimaryColour() <em>Primary Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryColour()
	 * @generated
	 * @ordered
	 */
	protected String primaryColour = PRIMARY_COLOUR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BrandingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchstonePackage.Literals.BRANDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDisplayName() {
		return displayName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisplayName(String newDisplayName) {
		String oldDisplayName = displayName;
		displayName = newDisplayName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.BRANDING__DISPLAY_NAME, oldDisplayName, displayName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDisplayNameEn() {
		return displayNameEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisplayNameEn(String newDisplayNameEn) {
		String oldDisplayNameEn = displayNameEn;
		displayNameEn = newDisplayNameEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.BRANDING__DISPLAY_NAME_EN, oldDisplayNameEn, displayNameEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLogo() {
		return logo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogo(String newLogo) {
		String oldLogo = logo;
		logo = newLogo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.BRANDING__LOGO, oldLogo, logo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrimaryColour() {
		return primaryColour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimaryColour(String newPrimaryColour) {
		String oldPrimaryColour = primaryColour;
		primaryColour = newPrimaryColour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.BRANDING__PRIMARY_COLOUR, oldPrimaryColour, primaryColour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TouchstonePackage.BRANDING__DISPLAY_NAME:
				return getDisplayName();
			case TouchstonePackage.BRANDING__DISPLAY_NAME_EN:
				return getDisplayNameEn();
			case TouchstonePackage.BRANDING__LOGO:
				return getLogo();
			case TouchstonePackage.BRANDING__PRIMARY_COLOUR:
				return getPrimaryColour();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TouchstonePackage.BRANDING__DISPLAY_NAME:
				setDisplayName((String)newValue);
				return;
			case TouchstonePackage.BRANDING__DISPLAY_NAME_EN:
				setDisplayNameEn((String)newValue);
				return;
			case TouchstonePackage.BRANDING__LOGO:
				setLogo((String)newValue);
				return;
			case TouchstonePackage.BRANDING__PRIMARY_COLOUR:
				setPrimaryColour((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TouchstonePackage.BRANDING__DISPLAY_NAME:
				setDisplayName(DISPLAY_NAME_EDEFAULT);
				return;
			case TouchstonePackage.BRANDING__DISPLAY_NAME_EN:
				setDisplayNameEn(DISPLAY_NAME_EN_EDEFAULT);
				return;
			case TouchstonePackage.BRANDING__LOGO:
				setLogo(LOGO_EDEFAULT);
				return;
			case TouchstonePackage.BRANDING__PRIMARY_COLOUR:
				setPrimaryColour(PRIMARY_COLOUR_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TouchstonePackage.BRANDING__DISPLAY_NAME:
				return DISPLAY_NAME_EDEFAULT == null ? displayName != null : !DISPLAY_NAME_EDEFAULT.equals(displayName);
			case TouchstonePackage.BRANDING__DISPLAY_NAME_EN:
				return DISPLAY_NAME_EN_EDEFAULT == null ? displayNameEn != null : !DISPLAY_NAME_EN_EDEFAULT.equals(displayNameEn);
			case TouchstonePackage.BRANDING__LOGO:
				return LOGO_EDEFAULT == null ? logo != null : !LOGO_EDEFAULT.equals(logo);
			case TouchstonePackage.BRANDING__PRIMARY_COLOUR:
				return PRIMARY_COLOUR_EDEFAULT == null ? primaryColour != null : !PRIMARY_COLOUR_EDEFAULT.equals(primaryColour);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (displayName: ");
		result.append(displayName);
		result.append(", displayNameEn: ");
		result.append(displayNameEn);
		result.append(", logo: ");
		result.append(logo);
		result.append(", primaryColour: ");
		result.append(primaryColour);
		result.append(')');
		return result.toString();
	}

} //BrandingImpl
