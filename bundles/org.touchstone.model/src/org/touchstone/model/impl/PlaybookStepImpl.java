/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.touchstone.model.PlaybookStep;
import org.touchstone.model.Role;
import org.touchstone.model.TouchstonePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Playbook Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.impl.PlaybookStepImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.touchstone.model.impl.PlaybookStepImpl#getOwnerRole <em>Owner Role</em>}</li>
 *   <li>{@link org.touchstone.model.impl.PlaybookStepImpl#getTimeLimitMinutes <em>Time Limit Minutes</em>}</li>
 *   <li>{@link org.touchstone.model.impl.PlaybookStepImpl#getWords <em>Words</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlaybookStepImpl extends IdentifiedImpl implements PlaybookStep {
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
	 * The default value of the '{@link #getOwnerRole() <em>Owner Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerRole()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwnerRole() <em>Owner Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerRole()
	 * @generated
	 * @ordered
	 */
	protected String ownerRole = OWNER_ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeLimitMinutes() <em>Time Limit Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeLimitMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int TIME_LIMIT_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTimeLimitMinutes() <em>Time Limit Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeLimitMinutes()
	 * @generated
	 * @ordered
	 */
	protected int timeLimitMinutes = TIME_LIMIT_MINUTES_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlaybookStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchstonePackage.Literals.PLAYBOOK_STEP;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.PLAYBOOK_STEP__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwnerRole() {
		return ownerRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerRole(String newOwnerRole) {
		String oldOwnerRole = ownerRole;
		ownerRole = newOwnerRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.PLAYBOOK_STEP__OWNER_ROLE, oldOwnerRole, ownerRole));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTimeLimitMinutes() {
		return timeLimitMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeLimitMinutes(int newTimeLimitMinutes) {
		int oldTimeLimitMinutes = timeLimitMinutes;
		timeLimitMinutes = newTimeLimitMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.PLAYBOOK_STEP__TIME_LIMIT_MINUTES, oldTimeLimitMinutes, timeLimitMinutes));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.PLAYBOOK_STEP__WORDS, oldWords, words));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TouchstonePackage.PLAYBOOK_STEP__ACTION:
				return getAction();
			case TouchstonePackage.PLAYBOOK_STEP__OWNER_ROLE:
				return getOwnerRole();
			case TouchstonePackage.PLAYBOOK_STEP__TIME_LIMIT_MINUTES:
				return getTimeLimitMinutes();
			case TouchstonePackage.PLAYBOOK_STEP__WORDS:
				return getWords();
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
			case TouchstonePackage.PLAYBOOK_STEP__ACTION:
				setAction((String)newValue);
				return;
			case TouchstonePackage.PLAYBOOK_STEP__OWNER_ROLE:
				setOwnerRole((String)newValue);
				return;
			case TouchstonePackage.PLAYBOOK_STEP__TIME_LIMIT_MINUTES:
				setTimeLimitMinutes((Integer)newValue);
				return;
			case TouchstonePackage.PLAYBOOK_STEP__WORDS:
				setWords((String)newValue);
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
			case TouchstonePackage.PLAYBOOK_STEP__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case TouchstonePackage.PLAYBOOK_STEP__OWNER_ROLE:
				setOwnerRole(OWNER_ROLE_EDEFAULT);
				return;
			case TouchstonePackage.PLAYBOOK_STEP__TIME_LIMIT_MINUTES:
				setTimeLimitMinutes(TIME_LIMIT_MINUTES_EDEFAULT);
				return;
			case TouchstonePackage.PLAYBOOK_STEP__WORDS:
				setWords(WORDS_EDEFAULT);
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
			case TouchstonePackage.PLAYBOOK_STEP__ACTION:
				return ACTION_EDEFAULT == null ? action != null : !ACTION_EDEFAULT.equals(action);
			case TouchstonePackage.PLAYBOOK_STEP__OWNER_ROLE:
				return OWNER_ROLE_EDEFAULT == null ? ownerRole != null : !OWNER_ROLE_EDEFAULT.equals(ownerRole);
			case TouchstonePackage.PLAYBOOK_STEP__TIME_LIMIT_MINUTES:
				return timeLimitMinutes != TIME_LIMIT_MINUTES_EDEFAULT;
			case TouchstonePackage.PLAYBOOK_STEP__WORDS:
				return WORDS_EDEFAULT == null ? words != null : !WORDS_EDEFAULT.equals(words);
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
		result.append(" (action: ");
		result.append(action);
		result.append(", ownerRole: ");
		result.append(ownerRole);
		result.append(", timeLimitMinutes: ");
		result.append(timeLimitMinutes);
		result.append(", words: ");
		result.append(words);
		result.append(')');
		return result.toString();
	}

} //PlaybookStepImpl
