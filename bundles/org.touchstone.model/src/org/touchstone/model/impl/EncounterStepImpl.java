/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.touchstone.model.EncounterStep;
import org.touchstone.model.MomentStep;
import org.touchstone.model.TouchstonePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Encounter Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.impl.EncounterStepImpl#getStep <em>Step</em>}</li>
 *   <li>{@link org.touchstone.model.impl.EncounterStepImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.touchstone.model.impl.EncounterStepImpl#getActionEn <em>Action En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.EncounterStepImpl#getWords <em>Words</em>}</li>
 *   <li>{@link org.touchstone.model.impl.EncounterStepImpl#getWordsEn <em>Words En</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EncounterStepImpl extends MinimalEObjectImpl.Container implements EncounterStep {
	/**
	 * The default value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected static final MomentStep STEP_EDEFAULT = MomentStep.SET_THE_TONE;

	/**
	 * The cached value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected MomentStep step = STEP_EDEFAULT;

	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected String action = ACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getActionEn() <em>Action En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionEn()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTION_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActionEn() <em>Action En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionEn()
	 * @generated
	 * @ordered
	 */
	protected String actionEn = ACTION_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getWords() <em>Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWords()
	 * @generated
	 * @ordered
	 */
	protected static final String WORDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWords() <em>Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWords()
	 * @generated
	 * @ordered
	 */
	protected String words = WORDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWordsEn() <em>Words En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWordsEn()
	 * @generated
	 * @ordered
	 */
	protected static final String WORDS_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWordsEn() <em>Words En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWordsEn()
	 * @generated
	 * @ordered
	 */
	protected String wordsEn = WORDS_EN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EncounterStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchstonePackage.Literals.ENCOUNTER_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MomentStep getStep() {
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStep(MomentStep newStep) {
		MomentStep oldStep = step;
		step = newStep == null ? STEP_EDEFAULT : newStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.ENCOUNTER_STEP__STEP, oldStep, step));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(String newAction) {
		String oldAction = action;
		action = newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.ENCOUNTER_STEP__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActionEn() {
		return actionEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActionEn(String newActionEn) {
		String oldActionEn = actionEn;
		actionEn = newActionEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.ENCOUNTER_STEP__ACTION_EN, oldActionEn, actionEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWords() {
		return words;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWords(String newWords) {
		String oldWords = words;
		words = newWords;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.ENCOUNTER_STEP__WORDS, oldWords, words));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWordsEn() {
		return wordsEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWordsEn(String newWordsEn) {
		String oldWordsEn = wordsEn;
		wordsEn = newWordsEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.ENCOUNTER_STEP__WORDS_EN, oldWordsEn, wordsEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TouchstonePackage.ENCOUNTER_STEP__STEP:
				return getStep();
			case TouchstonePackage.ENCOUNTER_STEP__ACTION:
				return getAction();
			case TouchstonePackage.ENCOUNTER_STEP__ACTION_EN:
				return getActionEn();
			case TouchstonePackage.ENCOUNTER_STEP__WORDS:
				return getWords();
			case TouchstonePackage.ENCOUNTER_STEP__WORDS_EN:
				return getWordsEn();
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
			case TouchstonePackage.ENCOUNTER_STEP__STEP:
				setStep((MomentStep)newValue);
				return;
			case TouchstonePackage.ENCOUNTER_STEP__ACTION:
				setAction((String)newValue);
				return;
			case TouchstonePackage.ENCOUNTER_STEP__ACTION_EN:
				setActionEn((String)newValue);
				return;
			case TouchstonePackage.ENCOUNTER_STEP__WORDS:
				setWords((String)newValue);
				return;
			case TouchstonePackage.ENCOUNTER_STEP__WORDS_EN:
				setWordsEn((String)newValue);
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
			case TouchstonePackage.ENCOUNTER_STEP__STEP:
				setStep(STEP_EDEFAULT);
				return;
			case TouchstonePackage.ENCOUNTER_STEP__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case TouchstonePackage.ENCOUNTER_STEP__ACTION_EN:
				setActionEn(ACTION_EN_EDEFAULT);
				return;
			case TouchstonePackage.ENCOUNTER_STEP__WORDS:
				setWords(WORDS_EDEFAULT);
				return;
			case TouchstonePackage.ENCOUNTER_STEP__WORDS_EN:
				setWordsEn(WORDS_EN_EDEFAULT);
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
			case TouchstonePackage.ENCOUNTER_STEP__STEP:
				return step != STEP_EDEFAULT;
			case TouchstonePackage.ENCOUNTER_STEP__ACTION:
				return ACTION_EDEFAULT == null ? action != null : !ACTION_EDEFAULT.equals(action);
			case TouchstonePackage.ENCOUNTER_STEP__ACTION_EN:
				return ACTION_EN_EDEFAULT == null ? actionEn != null : !ACTION_EN_EDEFAULT.equals(actionEn);
			case TouchstonePackage.ENCOUNTER_STEP__WORDS:
				return WORDS_EDEFAULT == null ? words != null : !WORDS_EDEFAULT.equals(words);
			case TouchstonePackage.ENCOUNTER_STEP__WORDS_EN:
				return WORDS_EN_EDEFAULT == null ? wordsEn != null : !WORDS_EN_EDEFAULT.equals(wordsEn);
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
		result.append(" (step: ");
		result.append(step);
		result.append(", action: ");
		result.append(action);
		result.append(", actionEn: ");
		result.append(actionEn);
		result.append(", words: ");
		result.append(words);
		result.append(", wordsEn: ");
		result.append(wordsEn);
		result.append(')');
		return result.toString();
	}

} //EncounterStepImpl
