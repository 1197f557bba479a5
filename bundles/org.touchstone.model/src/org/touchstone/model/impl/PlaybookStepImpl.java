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
 *   <li>{@link org.touchstone.model.impl.PlaybookStepImpl#getActionEn <em>Action En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.PlaybookStepImpl#getOwnerRole <em>Owner Role</em>}</li>
 *   <li>{@link org.touchstone.model.impl.PlaybookStepImpl#getOwnerRoleEn <em>Owner Role En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.PlaybookStepImpl#getTimeLimitMinutes <em>Time Limit Minutes</em>}</li>
 *   <li>{@link org.touchstone.model.impl.PlaybookStepImpl#getWords <em>Words</em>}</li>
 *   <li>{@link org.touchstone.model.impl.PlaybookStepImpl#getWordsEn <em>Words En</em>}</li>
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
	 * The default value of the '{@link #getOwnerRoleEn() <em>Owner Role En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerRoleEn()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_ROLE_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwnerRoleEn() <em>Owner Role En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerRoleEn()
	 * @generated
	 * @ordered
	 */
	protected String ownerRoleEn = OWNER_ROLE_EN_EDEFAULT;

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
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.PLAYBOOK_STEP__ACTION_EN, oldActionEn, actionEn));
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
	public String getOwnerRoleEn() {
		return ownerRoleEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerRoleEn(String newOwnerRoleEn) {
		String oldOwnerRoleEn = ownerRoleEn;
		ownerRoleEn = newOwnerRoleEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.PLAYBOOK_STEP__OWNER_ROLE_EN, oldOwnerRoleEn, ownerRoleEn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.PLAYBOOK_STEP__WORDS_EN, oldWordsEn, wordsEn));
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
			case TouchstonePackage.PLAYBOOK_STEP__ACTION_EN:
				return getActionEn();
			case TouchstonePackage.PLAYBOOK_STEP__OWNER_ROLE:
				return getOwnerRole();
			case TouchstonePackage.PLAYBOOK_STEP__OWNER_ROLE_EN:
				return getOwnerRoleEn();
			case TouchstonePackage.PLAYBOOK_STEP__TIME_LIMIT_MINUTES:
				return getTimeLimitMinutes();
			case TouchstonePackage.PLAYBOOK_STEP__WORDS:
				return getWords();
			case TouchstonePackage.PLAYBOOK_STEP__WORDS_EN:
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
			case TouchstonePackage.PLAYBOOK_STEP__ACTION:
				setAction((String)newValue);
				return;
			case TouchstonePackage.PLAYBOOK_STEP__ACTION_EN:
				setActionEn((String)newValue);
				return;
			case TouchstonePackage.PLAYBOOK_STEP__OWNER_ROLE:
				setOwnerRole((String)newValue);
				return;
			case TouchstonePackage.PLAYBOOK_STEP__OWNER_ROLE_EN:
				setOwnerRoleEn((String)newValue);
				return;
			case TouchstonePackage.PLAYBOOK_STEP__TIME_LIMIT_MINUTES:
				setTimeLimitMinutes((Integer)newValue);
				return;
			case TouchstonePackage.PLAYBOOK_STEP__WORDS:
				setWords((String)newValue);
				return;
			case TouchstonePackage.PLAYBOOK_STEP__WORDS_EN:
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
			case TouchstonePackage.PLAYBOOK_STEP__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case TouchstonePackage.PLAYBOOK_STEP__ACTION_EN:
				setActionEn(ACTION_EN_EDEFAULT);
				return;
			case TouchstonePackage.PLAYBOOK_STEP__OWNER_ROLE:
				setOwnerRole(OWNER_ROLE_EDEFAULT);
				return;
			case TouchstonePackage.PLAYBOOK_STEP__OWNER_ROLE_EN:
				setOwnerRoleEn(OWNER_ROLE_EN_EDEFAULT);
				return;
			case TouchstonePackage.PLAYBOOK_STEP__TIME_LIMIT_MINUTES:
				setTimeLimitMinutes(TIME_LIMIT_MINUTES_EDEFAULT);
				return;
			case TouchstonePackage.PLAYBOOK_STEP__WORDS:
				setWords(WORDS_EDEFAULT);
				return;
			case TouchstonePackage.PLAYBOOK_STEP__WORDS_EN:
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
			case TouchstonePackage.PLAYBOOK_STEP__ACTION:
				return ACTION_EDEFAULT == null ? action != null : !ACTION_EDEFAULT.equals(action);
			case TouchstonePackage.PLAYBOOK_STEP__ACTION_EN:
				return ACTION_EN_EDEFAULT == null ? actionEn != null : !ACTION_EN_EDEFAULT.equals(actionEn);
			case TouchstonePackage.PLAYBOOK_STEP__OWNER_ROLE:
				return OWNER_ROLE_EDEFAULT == null ? ownerRole != null : !OWNER_ROLE_EDEFAULT.equals(ownerRole);
			case TouchstonePackage.PLAYBOOK_STEP__OWNER_ROLE_EN:
				return OWNER_ROLE_EN_EDEFAULT == null ? ownerRoleEn != null : !OWNER_ROLE_EN_EDEFAULT.equals(ownerRoleEn);
			case TouchstonePackage.PLAYBOOK_STEP__TIME_LIMIT_MINUTES:
				return timeLimitMinutes != TIME_LIMIT_MINUTES_EDEFAULT;
			case TouchstonePackage.PLAYBOOK_STEP__WORDS:
				return WORDS_EDEFAULT == null ? words != null : !WORDS_EDEFAULT.equals(words);
			case TouchstonePackage.PLAYBOOK_STEP__WORDS_EN:
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
		result.append(" (action: ");
		result.append(action);
		result.append(", actionEn: ");
		result.append(actionEn);
		result.append(", ownerRole: ");
		result.append(ownerRole);
		result.append(", ownerRoleEn: ");
		result.append(ownerRoleEn);
		result.append(", timeLimitMinutes: ");
		result.append(timeLimitMinutes);
		result.append(", words: ");
		result.append(words);
		result.append(", wordsEn: ");
		result.append(wordsEn);
		result.append(')');
		return result.toString();
	}

} //PlaybookStepImpl
