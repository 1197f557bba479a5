/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.touchstone.model.CaseStudy;
import org.touchstone.model.FailureType;
import org.touchstone.model.PlaybookStep;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.RecoveryPrinciple;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.TouchstonePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Recovery Playbook</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getFailureType <em>Failure Type</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getEmpowermentLimit <em>Empowerment Limit</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getEscalation <em>Escalation</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getFollowUp <em>Follow Up</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getPrinciples <em>Principles</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getGuarantee <em>Guarantee</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getStandards <em>Standards</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getCases <em>Cases</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RecoveryPlaybookImpl extends IdentifiedImpl implements RecoveryPlaybook {
	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFailureType() <em>Failure Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureType()
	 * @generated
	 * @ordered
	 */
	protected static final FailureType FAILURE_TYPE_EDEFAULT = FailureType.UNAVAILABLE_SERVICE;

	/**
	 * The cached value of the '{@link #getFailureType() <em>Failure Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailureType()
	 * @generated
	 * @ordered
	 */
	protected FailureType failureType = FAILURE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected static final String TRIGGER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected String trigger = TRIGGER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<PlaybookStep> steps;

	/**
	 * The default value of the '{@link #getEmpowermentLimit() <em>Empowerment Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmpowermentLimit()
	 * @generated
	 * @ordered
	 */
	protected static final String EMPOWERMENT_LIMIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmpowermentLimit() <em>Empowerment Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmpowermentLimit()
	 * @generated
	 * @ordered
	 */
	protected String empowermentLimit = EMPOWERMENT_LIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEscalation() <em>Escalation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEscalation()
	 * @generated
	 * @ordered
	 */
	protected static final String ESCALATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEscalation() <em>Escalation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEscalation()
	 * @generated
	 * @ordered
	 */
	protected String escalation = ESCALATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFollowUp() <em>Follow Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUp()
	 * @generated
	 * @ordered
	 */
	protected static final String FOLLOW_UP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFollowUp() <em>Follow Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUp()
	 * @generated
	 * @ordered
	 */
	protected String followUp = FOLLOW_UP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPrinciples() <em>Principles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrinciples()
	 * @generated
	 * @ordered
	 */
	protected EList<RecoveryPrinciple> principles;

	/**
	 * The default value of the '{@link #getGuarantee() <em>Guarantee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuarantee()
	 * @generated
	 * @ordered
	 */
	protected static final String GUARANTEE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGuarantee() <em>Guarantee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuarantee()
	 * @generated
	 * @ordered
	 */
	protected String guarantee = GUARANTEE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStandards() <em>Standards</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandards()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceStandard> standards;

	/**
	 * The cached value of the '{@link #getCases() <em>Cases</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCases()
	 * @generated
	 * @ordered
	 */
	protected EList<CaseStudy> cases;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecoveryPlaybookImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchstonePackage.Literals.RECOVERY_PLAYBOOK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey) {
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.RECOVERY_PLAYBOOK__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.RECOVERY_PLAYBOOK__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FailureType getFailureType() {
		return failureType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailureType(FailureType newFailureType) {
		FailureType oldFailureType = failureType;
		failureType = newFailureType == null ? FAILURE_TYPE_EDEFAULT : newFailureType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.RECOVERY_PLAYBOOK__FAILURE_TYPE, oldFailureType, failureType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTrigger() {
		return trigger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrigger(String newTrigger) {
		String oldTrigger = trigger;
		trigger = newTrigger;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.RECOVERY_PLAYBOOK__TRIGGER, oldTrigger, trigger));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlaybookStep> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<PlaybookStep>(PlaybookStep.class, this, TouchstonePackage.RECOVERY_PLAYBOOK__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmpowermentLimit() {
		return empowermentLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmpowermentLimit(String newEmpowermentLimit) {
		String oldEmpowermentLimit = empowermentLimit;
		empowermentLimit = newEmpowermentLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT, oldEmpowermentLimit, empowermentLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEscalation() {
		return escalation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEscalation(String newEscalation) {
		String oldEscalation = escalation;
		escalation = newEscalation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.RECOVERY_PLAYBOOK__ESCALATION, oldEscalation, escalation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFollowUp() {
		return followUp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFollowUp(String newFollowUp) {
		String oldFollowUp = followUp;
		followUp = newFollowUp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.RECOVERY_PLAYBOOK__FOLLOW_UP, oldFollowUp, followUp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RecoveryPrinciple> getPrinciples() {
		if (principles == null) {
			principles = new EDataTypeUniqueEList<RecoveryPrinciple>(RecoveryPrinciple.class, this, TouchstonePackage.RECOVERY_PLAYBOOK__PRINCIPLES);
		}
		return principles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGuarantee() {
		return guarantee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuarantee(String newGuarantee) {
		String oldGuarantee = guarantee;
		guarantee = newGuarantee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.RECOVERY_PLAYBOOK__GUARANTEE, oldGuarantee, guarantee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceStandard> getStandards() {
		if (standards == null) {
			standards = new EObjectResolvingEList<ServiceStandard>(ServiceStandard.class, this, TouchstonePackage.RECOVERY_PLAYBOOK__STANDARDS);
		}
		return standards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CaseStudy> getCases() {
		if (cases == null) {
			cases = new EObjectResolvingEList<CaseStudy>(CaseStudy.class, this, TouchstonePackage.RECOVERY_PLAYBOOK__CASES);
		}
		return cases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TouchstonePackage.RECOVERY_PLAYBOOK__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TouchstonePackage.RECOVERY_PLAYBOOK__KEY:
				return getKey();
			case TouchstonePackage.RECOVERY_PLAYBOOK__TITLE:
				return getTitle();
			case TouchstonePackage.RECOVERY_PLAYBOOK__FAILURE_TYPE:
				return getFailureType();
			case TouchstonePackage.RECOVERY_PLAYBOOK__TRIGGER:
				return getTrigger();
			case TouchstonePackage.RECOVERY_PLAYBOOK__STEPS:
				return getSteps();
			case TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT:
				return getEmpowermentLimit();
			case TouchstonePackage.RECOVERY_PLAYBOOK__ESCALATION:
				return getEscalation();
			case TouchstonePackage.RECOVERY_PLAYBOOK__FOLLOW_UP:
				return getFollowUp();
			case TouchstonePackage.RECOVERY_PLAYBOOK__PRINCIPLES:
				return getPrinciples();
			case TouchstonePackage.RECOVERY_PLAYBOOK__GUARANTEE:
				return getGuarantee();
			case TouchstonePackage.RECOVERY_PLAYBOOK__STANDARDS:
				return getStandards();
			case TouchstonePackage.RECOVERY_PLAYBOOK__CASES:
				return getCases();
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
			case TouchstonePackage.RECOVERY_PLAYBOOK__KEY:
				setKey((String)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__TITLE:
				setTitle((String)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__FAILURE_TYPE:
				setFailureType((FailureType)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__TRIGGER:
				setTrigger((String)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends PlaybookStep>)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT:
				setEmpowermentLimit((String)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__ESCALATION:
				setEscalation((String)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__FOLLOW_UP:
				setFollowUp((String)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__PRINCIPLES:
				getPrinciples().clear();
				getPrinciples().addAll((Collection<? extends RecoveryPrinciple>)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__GUARANTEE:
				setGuarantee((String)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__STANDARDS:
				getStandards().clear();
				getStandards().addAll((Collection<? extends ServiceStandard>)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__CASES:
				getCases().clear();
				getCases().addAll((Collection<? extends CaseStudy>)newValue);
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
			case TouchstonePackage.RECOVERY_PLAYBOOK__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__FAILURE_TYPE:
				setFailureType(FAILURE_TYPE_EDEFAULT);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__TRIGGER:
				setTrigger(TRIGGER_EDEFAULT);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__STEPS:
				getSteps().clear();
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT:
				setEmpowermentLimit(EMPOWERMENT_LIMIT_EDEFAULT);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__ESCALATION:
				setEscalation(ESCALATION_EDEFAULT);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__FOLLOW_UP:
				setFollowUp(FOLLOW_UP_EDEFAULT);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__PRINCIPLES:
				getPrinciples().clear();
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__GUARANTEE:
				setGuarantee(GUARANTEE_EDEFAULT);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__STANDARDS:
				getStandards().clear();
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__CASES:
				getCases().clear();
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
			case TouchstonePackage.RECOVERY_PLAYBOOK__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case TouchstonePackage.RECOVERY_PLAYBOOK__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case TouchstonePackage.RECOVERY_PLAYBOOK__FAILURE_TYPE:
				return failureType != FAILURE_TYPE_EDEFAULT;
			case TouchstonePackage.RECOVERY_PLAYBOOK__TRIGGER:
				return TRIGGER_EDEFAULT == null ? trigger != null : !TRIGGER_EDEFAULT.equals(trigger);
			case TouchstonePackage.RECOVERY_PLAYBOOK__STEPS:
				return steps != null && !steps.isEmpty();
			case TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT:
				return EMPOWERMENT_LIMIT_EDEFAULT == null ? empowermentLimit != null : !EMPOWERMENT_LIMIT_EDEFAULT.equals(empowermentLimit);
			case TouchstonePackage.RECOVERY_PLAYBOOK__ESCALATION:
				return ESCALATION_EDEFAULT == null ? escalation != null : !ESCALATION_EDEFAULT.equals(escalation);
			case TouchstonePackage.RECOVERY_PLAYBOOK__FOLLOW_UP:
				return FOLLOW_UP_EDEFAULT == null ? followUp != null : !FOLLOW_UP_EDEFAULT.equals(followUp);
			case TouchstonePackage.RECOVERY_PLAYBOOK__PRINCIPLES:
				return principles != null && !principles.isEmpty();
			case TouchstonePackage.RECOVERY_PLAYBOOK__GUARANTEE:
				return GUARANTEE_EDEFAULT == null ? guarantee != null : !GUARANTEE_EDEFAULT.equals(guarantee);
			case TouchstonePackage.RECOVERY_PLAYBOOK__STANDARDS:
				return standards != null && !standards.isEmpty();
			case TouchstonePackage.RECOVERY_PLAYBOOK__CASES:
				return cases != null && !cases.isEmpty();
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
		result.append(" (key: ");
		result.append(key);
		result.append(", title: ");
		result.append(title);
		result.append(", failureType: ");
		result.append(failureType);
		result.append(", trigger: ");
		result.append(trigger);
		result.append(", empowermentLimit: ");
		result.append(empowermentLimit);
		result.append(", escalation: ");
		result.append(escalation);
		result.append(", followUp: ");
		result.append(followUp);
		result.append(", principles: ");
		result.append(principles);
		result.append(", guarantee: ");
		result.append(guarantee);
		result.append(')');
		return result.toString();
	}

} //RecoveryPlaybookImpl
