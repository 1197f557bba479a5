/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.touchstone.model.CustomerSegment;
import org.touchstone.model.SegmentRule;
import org.touchstone.model.TouchstonePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Segment Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.impl.SegmentRuleImpl#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.touchstone.model.impl.SegmentRuleImpl#getThresholdOverride <em>Threshold Override</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SegmentRuleImpl extends MinimalEObjectImpl.Container implements SegmentRule {
	/**
	 * The cached value of the '{@link #getSegment() <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegment()
	 * @generated
	 * @ordered
	 */
	protected CustomerSegment segment;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SegmentRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchstonePackage.Literals.SEGMENT_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerSegment getSegment() {
		if (segment != null && segment.eIsProxy()) {
			InternalEObject oldSegment = (InternalEObject)segment;
			segment = (CustomerSegment)eResolveProxy(oldSegment);
			if (segment != oldSegment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TouchstonePackage.SEGMENT_RULE__SEGMENT, oldSegment, segment));
			}
		}
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CustomerSegment basicGetSegment() {
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegment(CustomerSegment newSegment) {
		CustomerSegment oldSegment = segment;
		segment = newSegment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.SEGMENT_RULE__SEGMENT, oldSegment, segment));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.SEGMENT_RULE__THRESHOLD_OVERRIDE, oldThresholdOverride, thresholdOverride));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TouchstonePackage.SEGMENT_RULE__SEGMENT:
				if (resolve) return getSegment();
				return basicGetSegment();
			case TouchstonePackage.SEGMENT_RULE__THRESHOLD_OVERRIDE:
				return getThresholdOverride();
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
			case TouchstonePackage.SEGMENT_RULE__SEGMENT:
				setSegment((CustomerSegment)newValue);
				return;
			case TouchstonePackage.SEGMENT_RULE__THRESHOLD_OVERRIDE:
				setThresholdOverride((Double)newValue);
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
			case TouchstonePackage.SEGMENT_RULE__SEGMENT:
				setSegment((CustomerSegment)null);
				return;
			case TouchstonePackage.SEGMENT_RULE__THRESHOLD_OVERRIDE:
				setThresholdOverride(THRESHOLD_OVERRIDE_EDEFAULT);
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
			case TouchstonePackage.SEGMENT_RULE__SEGMENT:
				return segment != null;
			case TouchstonePackage.SEGMENT_RULE__THRESHOLD_OVERRIDE:
				return THRESHOLD_OVERRIDE_EDEFAULT == null ? thresholdOverride != null : !THRESHOLD_OVERRIDE_EDEFAULT.equals(thresholdOverride);
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
		result.append(')');
		return result.toString();
	}

} //SegmentRuleImpl
