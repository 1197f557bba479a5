/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.touchstone.model.Site;
import org.touchstone.model.SiteRule;
import org.touchstone.model.TouchstonePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Site Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.impl.SiteRuleImpl#getSite <em>Site</em>}</li>
 *   <li>{@link org.touchstone.model.impl.SiteRuleImpl#getThresholdOverride <em>Threshold Override</em>}</li>
 *   <li>{@link org.touchstone.model.impl.SiteRuleImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.touchstone.model.impl.SiteRuleImpl#getReasonEn <em>Reason En</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SiteRuleImpl extends MinimalEObjectImpl.Container implements SiteRule {
	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected Site site;

	/**
	 * The default value of the '{@link #getThresholdOverride() <em>Threshold Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThresholdOverride()
	 * @generated
	 * @ordered
	 */
	protected static final Double THRESHOLD_OVERRIDE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getThresholdOverride() <em>Threshold Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThresholdOverride()
	 * @generated
	 * @ordered
	 */
	protected Double thresholdOverride = THRESHOLD_OVERRIDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getReasonEn() <em>Reason En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReasonEn()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReasonEn() <em>Reason En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReasonEn()
	 * @generated
	 * @ordered
	 */
	protected String reasonEn = REASON_EN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SiteRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchstonePackage.Literals.SITE_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site getSite() {
		if (site != null && site.eIsProxy()) {
			InternalEObject oldSite = (InternalEObject)site;
			site = (Site)eResolveProxy(oldSite);
			if (site != oldSite) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TouchstonePackage.SITE_RULE__SITE, oldSite, site));
			}
		}
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Site basicGetSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(Site newSite) {
		Site oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.SITE_RULE__SITE, oldSite, site));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getThresholdOverride() {
		return thresholdOverride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThresholdOverride(Double newThresholdOverride) {
		Double oldThresholdOverride = thresholdOverride;
		thresholdOverride = newThresholdOverride;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.SITE_RULE__THRESHOLD_OVERRIDE, oldThresholdOverride, thresholdOverride));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.SITE_RULE__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReasonEn() {
		return reasonEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReasonEn(String newReasonEn) {
		String oldReasonEn = reasonEn;
		reasonEn = newReasonEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.SITE_RULE__REASON_EN, oldReasonEn, reasonEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TouchstonePackage.SITE_RULE__SITE:
				if (resolve) return getSite();
				return basicGetSite();
			case TouchstonePackage.SITE_RULE__THRESHOLD_OVERRIDE:
				return getThresholdOverride();
			case TouchstonePackage.SITE_RULE__REASON:
				return getReason();
			case TouchstonePackage.SITE_RULE__REASON_EN:
				return getReasonEn();
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
			case TouchstonePackage.SITE_RULE__SITE:
				setSite((Site)newValue);
				return;
			case TouchstonePackage.SITE_RULE__THRESHOLD_OVERRIDE:
				setThresholdOverride((Double)newValue);
				return;
			case TouchstonePackage.SITE_RULE__REASON:
				setReason((String)newValue);
				return;
			case TouchstonePackage.SITE_RULE__REASON_EN:
				setReasonEn((String)newValue);
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
			case TouchstonePackage.SITE_RULE__SITE:
				setSite((Site)null);
				return;
			case TouchstonePackage.SITE_RULE__THRESHOLD_OVERRIDE:
				setThresholdOverride(THRESHOLD_OVERRIDE_EDEFAULT);
				return;
			case TouchstonePackage.SITE_RULE__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case TouchstonePackage.SITE_RULE__REASON_EN:
				setReasonEn(REASON_EN_EDEFAULT);
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
			case TouchstonePackage.SITE_RULE__SITE:
				return site != null;
			case TouchstonePackage.SITE_RULE__THRESHOLD_OVERRIDE:
				return THRESHOLD_OVERRIDE_EDEFAULT == null ? thresholdOverride != null : !THRESHOLD_OVERRIDE_EDEFAULT.equals(thresholdOverride);
			case TouchstonePackage.SITE_RULE__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case TouchstonePackage.SITE_RULE__REASON_EN:
				return REASON_EN_EDEFAULT == null ? reasonEn != null : !REASON_EN_EDEFAULT.equals(reasonEn);
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
		result.append(" (thresholdOverride: ");
		result.append(thresholdOverride);
		result.append(", reason: ");
		result.append(reason);
		result.append(", reasonEn: ");
		result.append(reasonEn);
		result.append(')');
		return result.toString();
	}

} //SiteRuleImpl
