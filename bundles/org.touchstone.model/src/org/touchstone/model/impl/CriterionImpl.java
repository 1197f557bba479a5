/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.touchstone.model.Comparison;
import org.touchstone.model.Criterion;
import org.touchstone.model.TouchstonePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Criterion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.impl.CriterionImpl#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CriterionImpl#getMetricEn <em>Metric En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CriterionImpl#getComparison <em>Comparison</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CriterionImpl#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CriterionImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CriterionImpl#getComplianceTarget <em>Compliance Target</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CriterionImpl extends MinimalEObjectImpl.Container implements Criterion {
	/**
	 * The default value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected static final String METRIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected String metric = METRIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getMetricEn() <em>Metric En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetricEn()
	 * @generated
	 * @ordered
	 */
	protected static final String METRIC_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMetricEn() <em>Metric En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetricEn()
	 * @generated
	 * @ordered
	 */
	protected String metricEn = METRIC_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getComparison() <em>Comparison</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparison()
	 * @generated
	 * @ordered
	 */
	protected static final Comparison COMPARISON_EDEFAULT = Comparison.AT_MOST;

	/**
	 * The cached value of the '{@link #getComparison() <em>Comparison</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparison()
	 * @generated
	 * @ordered
	 */
	protected Comparison comparison = COMPARISON_EDEFAULT;

	/**
	 * The default value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final Double THRESHOLD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected Double threshold = THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getComplianceTarget() <em>Compliance Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplianceTarget()
	 * @generated
	 * @ordered
	 */
	protected static final Double COMPLIANCE_TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComplianceTarget() <em>Compliance Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplianceTarget()
	 * @generated
	 * @ordered
	 */
	protected Double complianceTarget = COMPLIANCE_TARGET_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CriterionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchstonePackage.Literals.CRITERION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMetric() {
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetric(String newMetric) {
		String oldMetric = metric;
		metric = newMetric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CRITERION__METRIC, oldMetric, metric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMetricEn() {
		return metricEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetricEn(String newMetricEn) {
		String oldMetricEn = metricEn;
		metricEn = newMetricEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CRITERION__METRIC_EN, oldMetricEn, metricEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Comparison getComparison() {
		return comparison;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComparison(Comparison newComparison) {
		Comparison oldComparison = comparison;
		comparison = newComparison == null ? COMPARISON_EDEFAULT : newComparison;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CRITERION__COMPARISON, oldComparison, comparison));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getThreshold() {
		return threshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreshold(Double newThreshold) {
		Double oldThreshold = threshold;
		threshold = newThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CRITERION__THRESHOLD, oldThreshold, threshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CRITERION__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getComplianceTarget() {
		return complianceTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComplianceTarget(Double newComplianceTarget) {
		Double oldComplianceTarget = complianceTarget;
		complianceTarget = newComplianceTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CRITERION__COMPLIANCE_TARGET, oldComplianceTarget, complianceTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TouchstonePackage.CRITERION__METRIC:
				return getMetric();
			case TouchstonePackage.CRITERION__METRIC_EN:
				return getMetricEn();
			case TouchstonePackage.CRITERION__COMPARISON:
				return getComparison();
			case TouchstonePackage.CRITERION__THRESHOLD:
				return getThreshold();
			case TouchstonePackage.CRITERION__UNIT:
				return getUnit();
			case TouchstonePackage.CRITERION__COMPLIANCE_TARGET:
				return getComplianceTarget();
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
			case TouchstonePackage.CRITERION__METRIC:
				setMetric((String)newValue);
				return;
			case TouchstonePackage.CRITERION__METRIC_EN:
				setMetricEn((String)newValue);
				return;
			case TouchstonePackage.CRITERION__COMPARISON:
				setComparison((Comparison)newValue);
				return;
			case TouchstonePackage.CRITERION__THRESHOLD:
				setThreshold((Double)newValue);
				return;
			case TouchstonePackage.CRITERION__UNIT:
				setUnit((String)newValue);
				return;
			case TouchstonePackage.CRITERION__COMPLIANCE_TARGET:
				setComplianceTarget((Double)newValue);
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
			case TouchstonePackage.CRITERION__METRIC:
				setMetric(METRIC_EDEFAULT);
				return;
			case TouchstonePackage.CRITERION__METRIC_EN:
				setMetricEn(METRIC_EN_EDEFAULT);
				return;
			case TouchstonePackage.CRITERION__COMPARISON:
				setComparison(COMPARISON_EDEFAULT);
				return;
			case TouchstonePackage.CRITERION__THRESHOLD:
				setThreshold(THRESHOLD_EDEFAULT);
				return;
			case TouchstonePackage.CRITERION__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case TouchstonePackage.CRITERION__COMPLIANCE_TARGET:
				setComplianceTarget(COMPLIANCE_TARGET_EDEFAULT);
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
			case TouchstonePackage.CRITERION__METRIC:
				return METRIC_EDEFAULT == null ? metric != null : !METRIC_EDEFAULT.equals(metric);
			case TouchstonePackage.CRITERION__METRIC_EN:
				return METRIC_EN_EDEFAULT == null ? metricEn != null : !METRIC_EN_EDEFAULT.equals(metricEn);
			case TouchstonePackage.CRITERION__COMPARISON:
				return comparison != COMPARISON_EDEFAULT;
			case TouchstonePackage.CRITERION__THRESHOLD:
				return THRESHOLD_EDEFAULT == null ? threshold != null : !THRESHOLD_EDEFAULT.equals(threshold);
			case TouchstonePackage.CRITERION__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case TouchstonePackage.CRITERION__COMPLIANCE_TARGET:
				return COMPLIANCE_TARGET_EDEFAULT == null ? complianceTarget != null : !COMPLIANCE_TARGET_EDEFAULT.equals(complianceTarget);
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
		result.append(" (metric: ");
		result.append(metric);
		result.append(", metricEn: ");
		result.append(metricEn);
		result.append(", comparison: ");
		result.append(comparison);
		result.append(", threshold: ");
		result.append(threshold);
		result.append(", unit: ");
		result.append(unit);
		result.append(", complianceTarget: ");
		result.append(complianceTarget);
		result.append(')');
		return result.toString();
	}

} //CriterionImpl
