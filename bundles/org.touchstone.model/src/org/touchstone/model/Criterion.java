/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.Criterion#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.touchstone.model.Criterion#getMetricEn <em>Metric En</em>}</li>
 *   <li>{@link org.touchstone.model.Criterion#getComparison <em>Comparison</em>}</li>
 *   <li>{@link org.touchstone.model.Criterion#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.touchstone.model.Criterion#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.touchstone.model.Criterion#getComplianceTarget <em>Compliance Target</em>}</li>
 * </ul>
 *
 * @see org.touchstone.model.TouchstonePackage#getCriterion()
 * @model
 * @generated
 */
public interface Criterion extends EObject {
	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see #setMetric(String)
	 * @see org.touchstone.model.TouchstonePackage#getCriterion_Metric()
	 * @model
	 * @generated
	 */
	String getMetric();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Criterion#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(String value);

	/**
	 * Returns the value of the '<em><b>Metric En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric En</em>' attribute.
	 * @see #setMetricEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getCriterion_MetricEn()
	 * @model
	 * @generated
	 */
	String getMetricEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Criterion#getMetricEn <em>Metric En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric En</em>' attribute.
	 * @see #getMetricEn()
	 * @generated
	 */
	void setMetricEn(String value);

	/**
	 * Returns the value of the '<em><b>Comparison</b></em>' attribute.
	 * The literals are from the enumeration {@link org.touchstone.model.Comparison}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comparison</em>' attribute.
	 * @see org.touchstone.model.Comparison
	 * @see #setComparison(Comparison)
	 * @see org.touchstone.model.TouchstonePackage#getCriterion_Comparison()
	 * @model
	 * @generated
	 */
	Comparison getComparison();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Criterion#getComparison <em>Comparison</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comparison</em>' attribute.
	 * @see org.touchstone.model.Comparison
	 * @see #getComparison()
	 * @generated
	 */
	void setComparison(Comparison value);

	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threshold</em>' attribute.
	 * @see #setThreshold(Double)
	 * @see org.touchstone.model.TouchstonePackage#getCriterion_Threshold()
	 * @model
	 * @generated
	 */
	Double getThreshold();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Criterion#getThreshold <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' attribute.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(Double value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.touchstone.model.TouchstonePackage#getCriterion_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Criterion#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Compliance Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Compliance Target</em>' attribute.
	 * @see #setComplianceTarget(Double)
	 * @see org.touchstone.model.TouchstonePackage#getCriterion_ComplianceTarget()
	 * @model
	 * @generated
	 */
	Double getComplianceTarget();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Criterion#getComplianceTarget <em>Compliance Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compliance Target</em>' attribute.
	 * @see #getComplianceTarget()
	 * @generated
	 */
	void setComplianceTarget(Double value);

} // Criterion
