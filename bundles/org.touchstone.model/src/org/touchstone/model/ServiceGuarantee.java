/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Guarantee</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.ServiceGuarantee#getPromise <em>Promise</em>}</li>
 *   <li>{@link org.touchstone.model.ServiceGuarantee#getPromiseEn <em>Promise En</em>}</li>
 *   <li>{@link org.touchstone.model.ServiceGuarantee#isUnconditional <em>Unconditional</em>}</li>
 *   <li>{@link org.touchstone.model.ServiceGuarantee#isMeaningful <em>Meaningful</em>}</li>
 *   <li>{@link org.touchstone.model.ServiceGuarantee#isEasyToUnderstand <em>Easy To Understand</em>}</li>
 *   <li>{@link org.touchstone.model.ServiceGuarantee#isEasyToInvoke <em>Easy To Invoke</em>}</li>
 *   <li>{@link org.touchstone.model.ServiceGuarantee#isCredible <em>Credible</em>}</li>
 *   <li>{@link org.touchstone.model.ServiceGuarantee#getCautions <em>Cautions</em>}</li>
 * </ul>
 *
 * @see org.touchstone.model.TouchstonePackage#getServiceGuarantee()
 * @model
 * @generated
 */
public interface ServiceGuarantee extends EObject {
	/**
	 * Returns the value of the '<em><b>Promise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Promise</em>' attribute.
	 * @see #setPromise(String)
	 * @see org.touchstone.model.TouchstonePackage#getServiceGuarantee_Promise()
	 * @model
	 * @generated
	 */
	String getPromise();

	/**
	 * Sets the value of the '{@link org.touchstone.model.ServiceGuarantee#getPromise <em>Promise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Promise</em>' attribute.
	 * @see #getPromise()
	 * @generated
	 */
	void setPromise(String value);

	/**
	 * Returns the value of the '<em><b>Promise En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Promise En</em>' attribute.
	 * @see #setPromiseEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getServiceGuarantee_PromiseEn()
	 * @model
	 * @generated
	 */
	String getPromiseEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.ServiceGuarantee#getPromiseEn <em>Promise En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Promise En</em>' attribute.
	 * @see #getPromiseEn()
	 * @generated
	 */
	void setPromiseEn(String value);

	/**
	 * Returns the value of the '<em><b>Unconditional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unconditional</em>' attribute.
	 * @see #setUnconditional(boolean)
	 * @see org.touchstone.model.TouchstonePackage#getServiceGuarantee_Unconditional()
	 * @model
	 * @generated
	 */
	boolean isUnconditional();

	/**
	 * Sets the value of the '{@link org.touchstone.model.ServiceGuarantee#isUnconditional <em>Unconditional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unconditional</em>' attribute.
	 * @see #isUnconditional()
	 * @generated
	 */
	void setUnconditional(boolean value);

	/**
	 * Returns the value of the '<em><b>Meaningful</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meaningful</em>' attribute.
	 * @see #setMeaningful(boolean)
	 * @see org.touchstone.model.TouchstonePackage#getServiceGuarantee_Meaningful()
	 * @model
	 * @generated
	 */
	boolean isMeaningful();

	/**
	 * Sets the value of the '{@link org.touchstone.model.ServiceGuarantee#isMeaningful <em>Meaningful</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meaningful</em>' attribute.
	 * @see #isMeaningful()
	 * @generated
	 */
	void setMeaningful(boolean value);

	/**
	 * Returns the value of the '<em><b>Easy To Understand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Easy To Understand</em>' attribute.
	 * @see #setEasyToUnderstand(boolean)
	 * @see org.touchstone.model.TouchstonePackage#getServiceGuarantee_EasyToUnderstand()
	 * @model
	 * @generated
	 */
	boolean isEasyToUnderstand();

	/**
	 * Sets the value of the '{@link org.touchstone.model.ServiceGuarantee#isEasyToUnderstand <em>Easy To Understand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Easy To Understand</em>' attribute.
	 * @see #isEasyToUnderstand()
	 * @generated
	 */
	void setEasyToUnderstand(boolean value);

	/**
	 * Returns the value of the '<em><b>Easy To Invoke</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Easy To Invoke</em>' attribute.
	 * @see #setEasyToInvoke(boolean)
	 * @see org.touchstone.model.TouchstonePackage#getServiceGuarantee_EasyToInvoke()
	 * @model
	 * @generated
	 */
	boolean isEasyToInvoke();

	/**
	 * Sets the value of the '{@link org.touchstone.model.ServiceGuarantee#isEasyToInvoke <em>Easy To Invoke</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Easy To Invoke</em>' attribute.
	 * @see #isEasyToInvoke()
	 * @generated
	 */
	void setEasyToInvoke(boolean value);

	/**
	 * Returns the value of the '<em><b>Credible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Credible</em>' attribute.
	 * @see #setCredible(boolean)
	 * @see org.touchstone.model.TouchstonePackage#getServiceGuarantee_Credible()
	 * @model
	 * @generated
	 */
	boolean isCredible();

	/**
	 * Sets the value of the '{@link org.touchstone.model.ServiceGuarantee#isCredible <em>Credible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credible</em>' attribute.
	 * @see #isCredible()
	 * @generated
	 */
	void setCredible(boolean value);

	/**
	 * Returns the value of the '<em><b>Cautions</b></em>' attribute list.
	 * The list contents are of type {@link org.touchstone.model.GuaranteeCaution}.
	 * The literals are from the enumeration {@link org.touchstone.model.GuaranteeCaution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cautions</em>' attribute list.
	 * @see org.touchstone.model.GuaranteeCaution
	 * @see org.touchstone.model.TouchstonePackage#getServiceGuarantee_Cautions()
	 * @model
	 * @generated
	 */
	EList<GuaranteeCaution> getCautions();

} // ServiceGuarantee
