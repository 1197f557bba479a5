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
import org.touchstone.model.ContactSituation;
import org.touchstone.model.DifficultCustomer;
import org.touchstone.model.FailureType;
import org.touchstone.model.PlaybookStep;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.RecoveryPrinciple;
import org.touchstone.model.ServiceGap;
import org.touchstone.model.ServiceGuarantee;
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
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getFailureType <em>Failure Type</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getTriggerEn <em>Trigger En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getEmpowermentLimit <em>Empowerment Limit</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getEmpowermentLimitEn <em>Empowerment Limit En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getEscalation <em>Escalation</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getEscalationEn <em>Escalation En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getFollowUp <em>Follow Up</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getFollowUpEn <em>Follow Up En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getPrinciples <em>Principles</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getServiceGuarantee <em>Service Guarantee</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getStandards <em>Standards</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getCases <em>Cases</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getContactSituations <em>Contact Situations</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getGaps <em>Gaps</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getDifficultCustomer <em>Difficult Customer</em>}</li>
 *   <li>{@link org.touchstone.model.impl.RecoveryPlaybookImpl#getEmpowermentAmount <em>Empowerment Amount</em>}</li>
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
	 * The default value of the '{@link #getTitleEn() <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleEn()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitleEn() <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleEn()
	 * @generated
	 * @ordered
	 */
	protected String titleEn = TITLE_EN_EDEFAULT;

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
	 * The default value of the '{@link #getTriggerEn() <em>Trigger En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTriggerEn()
	 * @generated
	 * @ordered
	 */
	protected static final String TRIGGER_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTriggerEn() <em>Trigger En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTriggerEn()
	 * @generated
	 * @ordered
	 */
	protected String triggerEn = TRIGGER_EN_EDEFAULT;

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
	 * The default value of the '{@link #getEmpowermentLimitEn() <em>Empowerment Limit En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmpowermentLimitEn()
	 * @generated
	 * @ordered
	 */
	protected static final String EMPOWERMENT_LIMIT_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmpowermentLimitEn() <em>Empowerment Limit En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmpowermentLimitEn()
	 * @generated
	 * @ordered
	 */
	protected String empowermentLimitEn = EMPOWERMENT_LIMIT_EN_EDEFAULT;

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
	 * The default value of the '{@link #getEscalationEn() <em>Escalation En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEscalationEn()
	 * @generated
	 * @ordered
	 */
	protected static final String ESCALATION_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEscalationEn() <em>Escalation En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEscalationEn()
	 * @generated
	 * @ordered
	 */
	protected String escalationEn = ESCALATION_EN_EDEFAULT;

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
	 * The default value of the '{@link #getFollowUpEn() <em>Follow Up En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUpEn()
	 * @generated
	 * @ordered
	 */
	protected static final String FOLLOW_UP_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFollowUpEn() <em>Follow Up En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUpEn()
	 * @generated
	 * @ordered
	 */
	protected String followUpEn = FOLLOW_UP_EN_EDEFAULT;

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
	 * The cached value of the '{@link #getServiceGuarantee() <em>Service Guarantee</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceGuarantee()
	 * @generated
	 * @ordered
	 */
	protected ServiceGuarantee serviceGuarantee;

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
	 * The cached value of the '{@link #getContactSituations() <em>Contact Situations</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactSituations()
	 * @generated
	 * @ordered
	 */
	protected EList<ContactSituation> contactSituations;

	/**
	 * The cached value of the '{@link #getGaps() <em>Gaps</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGaps()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceGap> gaps;

	/**
	 * The default value of the '{@link #getDifficultCustomer() <em>Difficult Customer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDifficultCustomer()
	 * @generated
	 * @ordered
	 */
	protected static final DifficultCustomer DIFFICULT_CUSTOMER_EDEFAULT = DifficultCustomer.EMOTIONAL;

	/**
	 * The cached value of the '{@link #getDifficultCustomer() <em>Difficult Customer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDifficultCustomer()
	 * @generated
	 * @ordered
	 */
	protected DifficultCustomer difficultCustomer = DIFFICULT_CUSTOMER_EDEFAULT;

	/**
	 * This is true if the Difficult Customer attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean difficultCustomerESet;

	/**
	 * The default value of the '{@link #getEmpowermentAmount() <em>Empowerment Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmpowermentAmount()
	 * @generated
	 * @ordered
	 */
	protected static final Double EMPOWERMENT_AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmpowermentAmount() <em>Empowerment Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmpowermentAmount()
	 * @generated
	 * @ordered
	 */
	protected Double empowermentAmount = EMPOWERMENT_AMOUNT_EDEFAULT;

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
	public String getTitleEn() {
		return titleEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitleEn(String newTitleEn) {
		String oldTitleEn = titleEn;
		titleEn = newTitleEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.RECOVERY_PLAYBOOK__TITLE_EN, oldTitleEn, titleEn));
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
	public String getTriggerEn() {
		return triggerEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTriggerEn(String newTriggerEn) {
		String oldTriggerEn = triggerEn;
		triggerEn = newTriggerEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.RECOVERY_PLAYBOOK__TRIGGER_EN, oldTriggerEn, triggerEn));
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
	public String getEmpowermentLimitEn() {
		return empowermentLimitEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmpowermentLimitEn(String newEmpowermentLimitEn) {
		String oldEmpowermentLimitEn = empowermentLimitEn;
		empowermentLimitEn = newEmpowermentLimitEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT_EN, oldEmpowermentLimitEn, empowermentLimitEn));
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
	public String getEscalationEn() {
		return escalationEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEscalationEn(String newEscalationEn) {
		String oldEscalationEn = escalationEn;
		escalationEn = newEscalationEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.RECOVERY_PLAYBOOK__ESCALATION_EN, oldEscalationEn, escalationEn));
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
	public String getFollowUpEn() {
		return followUpEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFollowUpEn(String newFollowUpEn) {
		String oldFollowUpEn = followUpEn;
		followUpEn = newFollowUpEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.RECOVERY_PLAYBOOK__FOLLOW_UP_EN, oldFollowUpEn, followUpEn));
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
	public ServiceGuarantee getServiceGuarantee() {
		return serviceGuarantee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetServiceGuarantee(ServiceGuarantee newServiceGuarantee, NotificationChain msgs) {
		ServiceGuarantee oldServiceGuarantee = serviceGuarantee;
		serviceGuarantee = newServiceGuarantee;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TouchstonePackage.RECOVERY_PLAYBOOK__SERVICE_GUARANTEE, oldServiceGuarantee, newServiceGuarantee);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceGuarantee(ServiceGuarantee newServiceGuarantee) {
		if (newServiceGuarantee != serviceGuarantee) {
			NotificationChain msgs = null;
			if (serviceGuarantee != null)
				msgs = ((InternalEObject)serviceGuarantee).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TouchstonePackage.RECOVERY_PLAYBOOK__SERVICE_GUARANTEE, null, msgs);
			if (newServiceGuarantee != null)
				msgs = ((InternalEObject)newServiceGuarantee).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TouchstonePackage.RECOVERY_PLAYBOOK__SERVICE_GUARANTEE, null, msgs);
			msgs = basicSetServiceGuarantee(newServiceGuarantee, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.RECOVERY_PLAYBOOK__SERVICE_GUARANTEE, newServiceGuarantee, newServiceGuarantee));
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
	public EList<ContactSituation> getContactSituations() {
		if (contactSituations == null) {
			contactSituations = new EDataTypeUniqueEList<ContactSituation>(ContactSituation.class, this, TouchstonePackage.RECOVERY_PLAYBOOK__CONTACT_SITUATIONS);
		}
		return contactSituations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceGap> getGaps() {
		if (gaps == null) {
			gaps = new EDataTypeUniqueEList<ServiceGap>(ServiceGap.class, this, TouchstonePackage.RECOVERY_PLAYBOOK__GAPS);
		}
		return gaps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DifficultCustomer getDifficultCustomer() {
		return difficultCustomer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDifficultCustomer(DifficultCustomer newDifficultCustomer) {
		DifficultCustomer oldDifficultCustomer = difficultCustomer;
		difficultCustomer = newDifficultCustomer == null ? DIFFICULT_CUSTOMER_EDEFAULT : newDifficultCustomer;
		boolean oldDifficultCustomerESet = difficultCustomerESet;
		difficultCustomerESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.RECOVERY_PLAYBOOK__DIFFICULT_CUSTOMER, oldDifficultCustomer, difficultCustomer, !oldDifficultCustomerESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDifficultCustomer() {
		DifficultCustomer oldDifficultCustomer = difficultCustomer;
		boolean oldDifficultCustomerESet = difficultCustomerESet;
		difficultCustomer = DIFFICULT_CUSTOMER_EDEFAULT;
		difficultCustomerESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TouchstonePackage.RECOVERY_PLAYBOOK__DIFFICULT_CUSTOMER, oldDifficultCustomer, DIFFICULT_CUSTOMER_EDEFAULT, oldDifficultCustomerESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDifficultCustomer() {
		return difficultCustomerESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getEmpowermentAmount() {
		return empowermentAmount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmpowermentAmount(Double newEmpowermentAmount) {
		Double oldEmpowermentAmount = empowermentAmount;
		empowermentAmount = newEmpowermentAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_AMOUNT, oldEmpowermentAmount, empowermentAmount));
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
			case TouchstonePackage.RECOVERY_PLAYBOOK__SERVICE_GUARANTEE:
				return basicSetServiceGuarantee(null, msgs);
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
			case TouchstonePackage.RECOVERY_PLAYBOOK__TITLE_EN:
				return getTitleEn();
			case TouchstonePackage.RECOVERY_PLAYBOOK__FAILURE_TYPE:
				return getFailureType();
			case TouchstonePackage.RECOVERY_PLAYBOOK__TRIGGER:
				return getTrigger();
			case TouchstonePackage.RECOVERY_PLAYBOOK__TRIGGER_EN:
				return getTriggerEn();
			case TouchstonePackage.RECOVERY_PLAYBOOK__STEPS:
				return getSteps();
			case TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT:
				return getEmpowermentLimit();
			case TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT_EN:
				return getEmpowermentLimitEn();
			case TouchstonePackage.RECOVERY_PLAYBOOK__ESCALATION:
				return getEscalation();
			case TouchstonePackage.RECOVERY_PLAYBOOK__ESCALATION_EN:
				return getEscalationEn();
			case TouchstonePackage.RECOVERY_PLAYBOOK__FOLLOW_UP:
				return getFollowUp();
			case TouchstonePackage.RECOVERY_PLAYBOOK__FOLLOW_UP_EN:
				return getFollowUpEn();
			case TouchstonePackage.RECOVERY_PLAYBOOK__PRINCIPLES:
				return getPrinciples();
			case TouchstonePackage.RECOVERY_PLAYBOOK__SERVICE_GUARANTEE:
				return getServiceGuarantee();
			case TouchstonePackage.RECOVERY_PLAYBOOK__STANDARDS:
				return getStandards();
			case TouchstonePackage.RECOVERY_PLAYBOOK__CASES:
				return getCases();
			case TouchstonePackage.RECOVERY_PLAYBOOK__CONTACT_SITUATIONS:
				return getContactSituations();
			case TouchstonePackage.RECOVERY_PLAYBOOK__GAPS:
				return getGaps();
			case TouchstonePackage.RECOVERY_PLAYBOOK__DIFFICULT_CUSTOMER:
				return getDifficultCustomer();
			case TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_AMOUNT:
				return getEmpowermentAmount();
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
			case TouchstonePackage.RECOVERY_PLAYBOOK__TITLE_EN:
				setTitleEn((String)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__FAILURE_TYPE:
				setFailureType((FailureType)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__TRIGGER:
				setTrigger((String)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__TRIGGER_EN:
				setTriggerEn((String)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends PlaybookStep>)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT:
				setEmpowermentLimit((String)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT_EN:
				setEmpowermentLimitEn((String)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__ESCALATION:
				setEscalation((String)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__ESCALATION_EN:
				setEscalationEn((String)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__FOLLOW_UP:
				setFollowUp((String)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__FOLLOW_UP_EN:
				setFollowUpEn((String)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__PRINCIPLES:
				getPrinciples().clear();
				getPrinciples().addAll((Collection<? extends RecoveryPrinciple>)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__SERVICE_GUARANTEE:
				setServiceGuarantee((ServiceGuarantee)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__STANDARDS:
				getStandards().clear();
				getStandards().addAll((Collection<? extends ServiceStandard>)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__CASES:
				getCases().clear();
				getCases().addAll((Collection<? extends CaseStudy>)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__CONTACT_SITUATIONS:
				getContactSituations().clear();
				getContactSituations().addAll((Collection<? extends ContactSituation>)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__GAPS:
				getGaps().clear();
				getGaps().addAll((Collection<? extends ServiceGap>)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__DIFFICULT_CUSTOMER:
				setDifficultCustomer((DifficultCustomer)newValue);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_AMOUNT:
				setEmpowermentAmount((Double)newValue);
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
			case TouchstonePackage.RECOVERY_PLAYBOOK__TITLE_EN:
				setTitleEn(TITLE_EN_EDEFAULT);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__FAILURE_TYPE:
				setFailureType(FAILURE_TYPE_EDEFAULT);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__TRIGGER:
				setTrigger(TRIGGER_EDEFAULT);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__TRIGGER_EN:
				setTriggerEn(TRIGGER_EN_EDEFAULT);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__STEPS:
				getSteps().clear();
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT:
				setEmpowermentLimit(EMPOWERMENT_LIMIT_EDEFAULT);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT_EN:
				setEmpowermentLimitEn(EMPOWERMENT_LIMIT_EN_EDEFAULT);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__ESCALATION:
				setEscalation(ESCALATION_EDEFAULT);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__ESCALATION_EN:
				setEscalationEn(ESCALATION_EN_EDEFAULT);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__FOLLOW_UP:
				setFollowUp(FOLLOW_UP_EDEFAULT);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__FOLLOW_UP_EN:
				setFollowUpEn(FOLLOW_UP_EN_EDEFAULT);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__PRINCIPLES:
				getPrinciples().clear();
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__SERVICE_GUARANTEE:
				setServiceGuarantee((ServiceGuarantee)null);
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__STANDARDS:
				getStandards().clear();
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__CASES:
				getCases().clear();
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__CONTACT_SITUATIONS:
				getContactSituations().clear();
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__GAPS:
				getGaps().clear();
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__DIFFICULT_CUSTOMER:
				unsetDifficultCustomer();
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_AMOUNT:
				setEmpowermentAmount(EMPOWERMENT_AMOUNT_EDEFAULT);
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
			case TouchstonePackage.RECOVERY_PLAYBOOK__TITLE_EN:
				return TITLE_EN_EDEFAULT == null ? titleEn != null : !TITLE_EN_EDEFAULT.equals(titleEn);
			case TouchstonePackage.RECOVERY_PLAYBOOK__FAILURE_TYPE:
				return failureType != FAILURE_TYPE_EDEFAULT;
			case TouchstonePackage.RECOVERY_PLAYBOOK__TRIGGER:
				return TRIGGER_EDEFAULT == null ? trigger != null : !TRIGGER_EDEFAULT.equals(trigger);
			case TouchstonePackage.RECOVERY_PLAYBOOK__TRIGGER_EN:
				return TRIGGER_EN_EDEFAULT == null ? triggerEn != null : !TRIGGER_EN_EDEFAULT.equals(triggerEn);
			case TouchstonePackage.RECOVERY_PLAYBOOK__STEPS:
				return steps != null && !steps.isEmpty();
			case TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT:
				return EMPOWERMENT_LIMIT_EDEFAULT == null ? empowermentLimit != null : !EMPOWERMENT_LIMIT_EDEFAULT.equals(empowermentLimit);
			case TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT_EN:
				return EMPOWERMENT_LIMIT_EN_EDEFAULT == null ? empowermentLimitEn != null : !EMPOWERMENT_LIMIT_EN_EDEFAULT.equals(empowermentLimitEn);
			case TouchstonePackage.RECOVERY_PLAYBOOK__ESCALATION:
				return ESCALATION_EDEFAULT == null ? escalation != null : !ESCALATION_EDEFAULT.equals(escalation);
			case TouchstonePackage.RECOVERY_PLAYBOOK__ESCALATION_EN:
				return ESCALATION_EN_EDEFAULT == null ? escalationEn != null : !ESCALATION_EN_EDEFAULT.equals(escalationEn);
			case TouchstonePackage.RECOVERY_PLAYBOOK__FOLLOW_UP:
				return FOLLOW_UP_EDEFAULT == null ? followUp != null : !FOLLOW_UP_EDEFAULT.equals(followUp);
			case TouchstonePackage.RECOVERY_PLAYBOOK__FOLLOW_UP_EN:
				return FOLLOW_UP_EN_EDEFAULT == null ? followUpEn != null : !FOLLOW_UP_EN_EDEFAULT.equals(followUpEn);
			case TouchstonePackage.RECOVERY_PLAYBOOK__PRINCIPLES:
				return principles != null && !principles.isEmpty();
			case TouchstonePackage.RECOVERY_PLAYBOOK__SERVICE_GUARANTEE:
				return serviceGuarantee != null;
			case TouchstonePackage.RECOVERY_PLAYBOOK__STANDARDS:
				return standards != null && !standards.isEmpty();
			case TouchstonePackage.RECOVERY_PLAYBOOK__CASES:
				return cases != null && !cases.isEmpty();
			case TouchstonePackage.RECOVERY_PLAYBOOK__CONTACT_SITUATIONS:
				return contactSituations != null && !contactSituations.isEmpty();
			case TouchstonePackage.RECOVERY_PLAYBOOK__GAPS:
				return gaps != null && !gaps.isEmpty();
			case TouchstonePackage.RECOVERY_PLAYBOOK__DIFFICULT_CUSTOMER:
				return isSetDifficultCustomer();
			case TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_AMOUNT:
				return EMPOWERMENT_AMOUNT_EDEFAULT == null ? empowermentAmount != null : !EMPOWERMENT_AMOUNT_EDEFAULT.equals(empowermentAmount);
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
		result.append(", titleEn: ");
		result.append(titleEn);
		result.append(", failureType: ");
		result.append(failureType);
		result.append(", trigger: ");
		result.append(trigger);
		result.append(", triggerEn: ");
		result.append(triggerEn);
		result.append(", empowermentLimit: ");
		result.append(empowermentLimit);
		result.append(", empowermentLimitEn: ");
		result.append(empowermentLimitEn);
		result.append(", escalation: ");
		result.append(escalation);
		result.append(", escalationEn: ");
		result.append(escalationEn);
		result.append(", followUp: ");
		result.append(followUp);
		result.append(", followUpEn: ");
		result.append(followUpEn);
		result.append(", principles: ");
		result.append(principles);
		result.append(", contactSituations: ");
		result.append(contactSituations);
		result.append(", gaps: ");
		result.append(gaps);
		result.append(", difficultCustomer: ");
		if (difficultCustomerESet) result.append(difficultCustomer); else result.append("<unset>");
		result.append(", empowermentAmount: ");
		result.append(empowermentAmount);
		result.append(')');
		return result.toString();
	}

} //RecoveryPlaybookImpl
