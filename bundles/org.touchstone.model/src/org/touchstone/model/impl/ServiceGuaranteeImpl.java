/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.touchstone.model.GuaranteeCaution;
import org.touchstone.model.ServiceGuarantee;
import org.touchstone.model.TouchstonePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Guarantee</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.impl.ServiceGuaranteeImpl#getPromise <em>Promise</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ServiceGuaranteeImpl#getPromiseEn <em>Promise En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ServiceGuaranteeImpl#isUnconditional <em>Unconditional</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ServiceGuaranteeImpl#isMeaningful <em>Meaningful</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ServiceGuaranteeImpl#isEasyToUnderstand <em>Easy To Understand</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ServiceGuaranteeImpl#isEasyToInvoke <em>Easy To Invoke</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ServiceGuaranteeImpl#isCredible <em>Credible</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ServiceGuaranteeImpl#getCautions <em>Cautions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceGuaranteeImpl extends MinimalEObjectImpl.Container implements ServiceGuarantee {
	/**
	 * The default value of the '{@link #getPromise() <em>Promise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromise()
	 * @generated
	 * @ordered
	 */
	protected static final String PROMISE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPromise() <em>Promise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromise()
	 * @generated
	 * @ordered
	 */
	protected String promise = PROMISE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPromiseEn() <em>Promise En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromiseEn()
	 * @generated
	 * @ordered
	 */
	protected static final String PROMISE_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPromiseEn() <em>Promise En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromiseEn()
	 * @generated
	 * @ordered
	 */
	protected String promiseEn = PROMISE_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #isUnconditional() <em>Unconditional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUnconditional()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UNCONDITIONAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUnconditional() <em>Unconditional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUnconditional()
	 * @generated
	 * @ordered
	 */
	protected boolean unconditional = UNCONDITIONAL_EDEFAULT;

	/**
	 * The default value of the '{@link #isMeaningful() <em>Meaningful</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMeaningful()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MEANINGFUL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMeaningful() <em>Meaningful</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMeaningful()
	 * @generated
	 * @ordered
	 */
	protected boolean meaningful = MEANINGFUL_EDEFAULT;

	/**
	 * The default value of the '{@link #isEasyToUnderstand() <em>Easy To Understand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEasyToUnderstand()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EASY_TO_UNDERSTAND_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEasyToUnderstand() <em>Easy To Understand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEasyToUnderstand()
	 * @generated
	 * @ordered
	 */
	protected boolean easyToUnderstand = EASY_TO_UNDERSTAND_EDEFAULT;

	/**
	 * The default value of the '{@link #isEasyToInvoke() <em>Easy To Invoke</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEasyToInvoke()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EASY_TO_INVOKE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEasyToInvoke() <em>Easy To Invoke</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEasyToInvoke()
	 * @generated
	 * @ordered
	 */
	protected boolean easyToInvoke = EASY_TO_INVOKE_EDEFAULT;

	/**
	 * The default value of the '{@link #isCredible() <em>Credible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCredible()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CREDIBLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCredible() <em>Credible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCredible()
	 * @generated
	 * @ordered
	 */
	protected boolean credible = CREDIBLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCautions() <em>Cautions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCautions()
	 * @generated
	 * @ordered
	 */
	protected EList<GuaranteeCaution> cautions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceGuaranteeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchstonePackage.Literals.SERVICE_GUARANTEE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPromise() {
		return promise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPromise(String newPromise) {
		String oldPromise = promise;
		promise = newPromise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.SERVICE_GUARANTEE__PROMISE, oldPromise, promise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPromiseEn() {
		return promiseEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPromiseEn(String newPromiseEn) {
		String oldPromiseEn = promiseEn;
		promiseEn = newPromiseEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.SERVICE_GUARANTEE__PROMISE_EN, oldPromiseEn, promiseEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUnconditional() {
		return unconditional;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnconditional(boolean newUnconditional) {
		boolean oldUnconditional = unconditional;
		unconditional = newUnconditional;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.SERVICE_GUARANTEE__UNCONDITIONAL, oldUnconditional, unconditional));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMeaningful() {
		return meaningful;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeaningful(boolean newMeaningful) {
		boolean oldMeaningful = meaningful;
		meaningful = newMeaningful;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.SERVICE_GUARANTEE__MEANINGFUL, oldMeaningful, meaningful));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEasyToUnderstand() {
		return easyToUnderstand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEasyToUnderstand(boolean newEasyToUnderstand) {
		boolean oldEasyToUnderstand = easyToUnderstand;
		easyToUnderstand = newEasyToUnderstand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.SERVICE_GUARANTEE__EASY_TO_UNDERSTAND, oldEasyToUnderstand, easyToUnderstand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEasyToInvoke() {
		return easyToInvoke;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEasyToInvoke(boolean newEasyToInvoke) {
		boolean oldEasyToInvoke = easyToInvoke;
		easyToInvoke = newEasyToInvoke;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.SERVICE_GUARANTEE__EASY_TO_INVOKE, oldEasyToInvoke, easyToInvoke));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCredible() {
		return credible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCredible(boolean newCredible) {
		boolean oldCredible = credible;
		credible = newCredible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.SERVICE_GUARANTEE__CREDIBLE, oldCredible, credible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GuaranteeCaution> getCautions() {
		if (cautions == null) {
			cautions = new EDataTypeUniqueEList<GuaranteeCaution>(GuaranteeCaution.class, this, TouchstonePackage.SERVICE_GUARANTEE__CAUTIONS);
		}
		return cautions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TouchstonePackage.SERVICE_GUARANTEE__PROMISE:
				return getPromise();
			case TouchstonePackage.SERVICE_GUARANTEE__PROMISE_EN:
				return getPromiseEn();
			case TouchstonePackage.SERVICE_GUARANTEE__UNCONDITIONAL:
				return isUnconditional();
			case TouchstonePackage.SERVICE_GUARANTEE__MEANINGFUL:
				return isMeaningful();
			case TouchstonePackage.SERVICE_GUARANTEE__EASY_TO_UNDERSTAND:
				return isEasyToUnderstand();
			case TouchstonePackage.SERVICE_GUARANTEE__EASY_TO_INVOKE:
				return isEasyToInvoke();
			case TouchstonePackage.SERVICE_GUARANTEE__CREDIBLE:
				return isCredible();
			case TouchstonePackage.SERVICE_GUARANTEE__CAUTIONS:
				return getCautions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TouchstonePackage.SERVICE_GUARANTEE__PROMISE:
				setPromise((String)newValue);
				return;
			case TouchstonePackage.SERVICE_GUARANTEE__PROMISE_EN:
				setPromiseEn((String)newValue);
				return;
			case TouchstonePackage.SERVICE_GUARANTEE__UNCONDITIONAL:
				setUnconditional((Boolean)newValue);
				return;
			case TouchstonePackage.SERVICE_GUARANTEE__MEANINGFUL:
				setMeaningful((Boolean)newValue);
				return;
			case TouchstonePackage.SERVICE_GUARANTEE__EASY_TO_UNDERSTAND:
				setEasyToUnderstand((Boolean)newValue);
				return;
			case TouchstonePackage.SERVICE_GUARANTEE__EASY_TO_INVOKE:
				setEasyToInvoke((Boolean)newValue);
				return;
			case TouchstonePackage.SERVICE_GUARANTEE__CREDIBLE:
				setCredible((Boolean)newValue);
				return;
			case TouchstonePackage.SERVICE_GUARANTEE__CAUTIONS:
				getCautions().clear();
				getCautions().addAll((Collection<? extends GuaranteeCaution>)newValue);
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
			case TouchstonePackage.SERVICE_GUARANTEE__PROMISE:
				setPromise(PROMISE_EDEFAULT);
				return;
			case TouchstonePackage.SERVICE_GUARANTEE__PROMISE_EN:
				setPromiseEn(PROMISE_EN_EDEFAULT);
				return;
			case TouchstonePackage.SERVICE_GUARANTEE__UNCONDITIONAL:
				setUnconditional(UNCONDITIONAL_EDEFAULT);
				return;
			case TouchstonePackage.SERVICE_GUARANTEE__MEANINGFUL:
				setMeaningful(MEANINGFUL_EDEFAULT);
				return;
			case TouchstonePackage.SERVICE_GUARANTEE__EASY_TO_UNDERSTAND:
				setEasyToUnderstand(EASY_TO_UNDERSTAND_EDEFAULT);
				return;
			case TouchstonePackage.SERVICE_GUARANTEE__EASY_TO_INVOKE:
				setEasyToInvoke(EASY_TO_INVOKE_EDEFAULT);
				return;
			case TouchstonePackage.SERVICE_GUARANTEE__CREDIBLE:
				setCredible(CREDIBLE_EDEFAULT);
				return;
			case TouchstonePackage.SERVICE_GUARANTEE__CAUTIONS:
				getCautions().clear();
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
			case TouchstonePackage.SERVICE_GUARANTEE__PROMISE:
				return PROMISE_EDEFAULT == null ? promise != null : !PROMISE_EDEFAULT.equals(promise);
			case TouchstonePackage.SERVICE_GUARANTEE__PROMISE_EN:
				return PROMISE_EN_EDEFAULT == null ? promiseEn != null : !PROMISE_EN_EDEFAULT.equals(promiseEn);
			case TouchstonePackage.SERVICE_GUARANTEE__UNCONDITIONAL:
				return unconditional != UNCONDITIONAL_EDEFAULT;
			case TouchstonePackage.SERVICE_GUARANTEE__MEANINGFUL:
				return meaningful != MEANINGFUL_EDEFAULT;
			case TouchstonePackage.SERVICE_GUARANTEE__EASY_TO_UNDERSTAND:
				return easyToUnderstand != EASY_TO_UNDERSTAND_EDEFAULT;
			case TouchstonePackage.SERVICE_GUARANTEE__EASY_TO_INVOKE:
				return easyToInvoke != EASY_TO_INVOKE_EDEFAULT;
			case TouchstonePackage.SERVICE_GUARANTEE__CREDIBLE:
				return credible != CREDIBLE_EDEFAULT;
			case TouchstonePackage.SERVICE_GUARANTEE__CAUTIONS:
				return cautions != null && !cautions.isEmpty();
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
		result.append(" (promise: ");
		result.append(promise);
		result.append(", promiseEn: ");
		result.append(promiseEn);
		result.append(", unconditional: ");
		result.append(unconditional);
		result.append(", meaningful: ");
		result.append(meaningful);
		result.append(", easyToUnderstand: ");
		result.append(easyToUnderstand);
		result.append(", easyToInvoke: ");
		result.append(easyToInvoke);
		result.append(", credible: ");
		result.append(credible);
		result.append(", cautions: ");
		result.append(cautions);
		result.append(')');
		return result.toString();
	}

} //ServiceGuaranteeImpl
