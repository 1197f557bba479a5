/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.touchstone.model.Complaint;
import org.touchstone.model.CustomerOutcome;
import org.touchstone.model.FailureType;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.Site;
import org.touchstone.model.Touchpoint;
import org.touchstone.model.TouchstonePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Complaint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.impl.ComplaintImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ComplaintImpl#getAt <em>At</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ComplaintImpl#getSite <em>Site</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ComplaintImpl#getTouchpoint <em>Touchpoint</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ComplaintImpl#getFailureType <em>Failure Type</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ComplaintImpl#getCustomerSaid <em>Customer Said</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ComplaintImpl#getCustomerSaidEn <em>Customer Said En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ComplaintImpl#getPlaybook <em>Playbook</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ComplaintImpl#getFirstResponseMinutes <em>First Response Minutes</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ComplaintImpl#getResolutionMinutes <em>Resolution Minutes</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ComplaintImpl#getCompensation <em>Compensation</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ComplaintImpl#isGuaranteeInvoked <em>Guarantee Invoked</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ComplaintImpl#isFollowUpDone <em>Follow Up Done</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ComplaintImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ComplaintImpl#getOutcomeReason <em>Outcome Reason</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ComplaintImpl#getOutcomeReasonEn <em>Outcome Reason En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ComplaintImpl#getSatisfiedAfterRecovery <em>Satisfied After Recovery</em>}</li>
 *   <li>{@link org.touchstone.model.impl.ComplaintImpl#getRecordedBy <em>Recorded By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ComplaintImpl extends IdentifiedImpl implements Complaint {
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
	 * The default value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected Date at = AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected Site site;

	/**
	 * The cached value of the '{@link #getTouchpoint() <em>Touchpoint</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTouchpoint()
	 * @generated
	 * @ordered
	 */
	protected Touchpoint touchpoint;

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
	 * This is true if the Failure Type attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean failureTypeESet;

	/**
	 * The default value of the '{@link #getCustomerSaid() <em>Customer Said</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerSaid()
	 * @generated
	 * @ordered
	 */
	protected static final String CUSTOMER_SAID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomerSaid() <em>Customer Said</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerSaid()
	 * @generated
	 * @ordered
	 */
	protected String customerSaid = CUSTOMER_SAID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCustomerSaidEn() <em>Customer Said En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerSaidEn()
	 * @generated
	 * @ordered
	 */
	protected static final String CUSTOMER_SAID_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomerSaidEn() <em>Customer Said En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerSaidEn()
	 * @generated
	 * @ordered
	 */
	protected String customerSaidEn = CUSTOMER_SAID_EN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPlaybook() <em>Playbook</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaybook()
	 * @generated
	 * @ordered
	 */
	protected RecoveryPlaybook playbook;

	/**
	 * The default value of the '{@link #getFirstResponseMinutes() <em>First Response Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstResponseMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final Integer FIRST_RESPONSE_MINUTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstResponseMinutes() <em>First Response Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstResponseMinutes()
	 * @generated
	 * @ordered
	 */
	protected Integer firstResponseMinutes = FIRST_RESPONSE_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getResolutionMinutes() <em>Resolution Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolutionMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final Integer RESOLUTION_MINUTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResolutionMinutes() <em>Resolution Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolutionMinutes()
	 * @generated
	 * @ordered
	 */
	protected Integer resolutionMinutes = RESOLUTION_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompensation() <em>Compensation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompensation()
	 * @generated
	 * @ordered
	 */
	protected static final Double COMPENSATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompensation() <em>Compensation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompensation()
	 * @generated
	 * @ordered
	 */
	protected Double compensation = COMPENSATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isGuaranteeInvoked() <em>Guarantee Invoked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGuaranteeInvoked()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GUARANTEE_INVOKED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGuaranteeInvoked() <em>Guarantee Invoked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGuaranteeInvoked()
	 * @generated
	 * @ordered
	 */
	protected boolean guaranteeInvoked = GUARANTEE_INVOKED_EDEFAULT;

	/**
	 * The default value of the '{@link #isFollowUpDone() <em>Follow Up Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFollowUpDone()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FOLLOW_UP_DONE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFollowUpDone() <em>Follow Up Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFollowUpDone()
	 * @generated
	 * @ordered
	 */
	protected boolean followUpDone = FOLLOW_UP_DONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final CustomerOutcome OUTCOME_EDEFAULT = CustomerOutcome.UNKNOWN;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected CustomerOutcome outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcomeReason() <em>Outcome Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomeReason()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTCOME_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutcomeReason() <em>Outcome Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomeReason()
	 * @generated
	 * @ordered
	 */
	protected String outcomeReason = OUTCOME_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcomeReasonEn() <em>Outcome Reason En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomeReasonEn()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTCOME_REASON_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutcomeReasonEn() <em>Outcome Reason En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomeReasonEn()
	 * @generated
	 * @ordered
	 */
	protected String outcomeReasonEn = OUTCOME_REASON_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getSatisfiedAfterRecovery() <em>Satisfied After Recovery</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSatisfiedAfterRecovery()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean SATISFIED_AFTER_RECOVERY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSatisfiedAfterRecovery() <em>Satisfied After Recovery</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSatisfiedAfterRecovery()
	 * @generated
	 * @ordered
	 */
	protected Boolean satisfiedAfterRecovery = SATISFIED_AFTER_RECOVERY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecordedBy() <em>Recorded By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String RECORDED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecordedBy() <em>Recorded By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedBy()
	 * @generated
	 * @ordered
	 */
	protected String recordedBy = RECORDED_BY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ComplaintImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchstonePackage.Literals.COMPLAINT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.COMPLAINT__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getAt() {
		return at;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAt(Date newAt) {
		Date oldAt = at;
		at = newAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.COMPLAINT__AT, oldAt, at));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site getSite() {
		if (site != null && site.eIsProxy()) {
			InternalEObject oldSite = (InternalEObject)site;
			site = (Site)eResolveProxy(oldSite);
			if (site != oldSite) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TouchstonePackage.COMPLAINT__SITE, oldSite, site));
			}
		}
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Site basicGetSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(Site newSite) {
		Site oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.COMPLAINT__SITE, oldSite, site));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Touchpoint getTouchpoint() {
		if (touchpoint != null && touchpoint.eIsProxy()) {
			InternalEObject oldTouchpoint = (InternalEObject)touchpoint;
			touchpoint = (Touchpoint)eResolveProxy(oldTouchpoint);
			if (touchpoint != oldTouchpoint) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TouchstonePackage.COMPLAINT__TOUCHPOINT, oldTouchpoint, touchpoint));
			}
		}
		return touchpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Touchpoint basicGetTouchpoint() {
		return touchpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTouchpoint(Touchpoint newTouchpoint) {
		Touchpoint oldTouchpoint = touchpoint;
		touchpoint = newTouchpoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.COMPLAINT__TOUCHPOINT, oldTouchpoint, touchpoint));
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
		boolean oldFailureTypeESet = failureTypeESet;
		failureTypeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.COMPLAINT__FAILURE_TYPE, oldFailureType, failureType, !oldFailureTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFailureType() {
		FailureType oldFailureType = failureType;
		boolean oldFailureTypeESet = failureTypeESet;
		failureType = FAILURE_TYPE_EDEFAULT;
		failureTypeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TouchstonePackage.COMPLAINT__FAILURE_TYPE, oldFailureType, FAILURE_TYPE_EDEFAULT, oldFailureTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFailureType() {
		return failureTypeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCustomerSaid() {
		return customerSaid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerSaid(String newCustomerSaid) {
		String oldCustomerSaid = customerSaid;
		customerSaid = newCustomerSaid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.COMPLAINT__CUSTOMER_SAID, oldCustomerSaid, customerSaid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCustomerSaidEn() {
		return customerSaidEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerSaidEn(String newCustomerSaidEn) {
		String oldCustomerSaidEn = customerSaidEn;
		customerSaidEn = newCustomerSaidEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.COMPLAINT__CUSTOMER_SAID_EN, oldCustomerSaidEn, customerSaidEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecoveryPlaybook getPlaybook() {
		if (playbook != null && playbook.eIsProxy()) {
			InternalEObject oldPlaybook = (InternalEObject)playbook;
			playbook = (RecoveryPlaybook)eResolveProxy(oldPlaybook);
			if (playbook != oldPlaybook) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TouchstonePackage.COMPLAINT__PLAYBOOK, oldPlaybook, playbook));
			}
		}
		return playbook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RecoveryPlaybook basicGetPlaybook() {
		return playbook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlaybook(RecoveryPlaybook newPlaybook) {
		RecoveryPlaybook oldPlaybook = playbook;
		playbook = newPlaybook;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.COMPLAINT__PLAYBOOK, oldPlaybook, playbook));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getFirstResponseMinutes() {
		return firstResponseMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstResponseMinutes(Integer newFirstResponseMinutes) {
		Integer oldFirstResponseMinutes = firstResponseMinutes;
		firstResponseMinutes = newFirstResponseMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.COMPLAINT__FIRST_RESPONSE_MINUTES, oldFirstResponseMinutes, firstResponseMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getResolutionMinutes() {
		return resolutionMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolutionMinutes(Integer newResolutionMinutes) {
		Integer oldResolutionMinutes = resolutionMinutes;
		resolutionMinutes = newResolutionMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.COMPLAINT__RESOLUTION_MINUTES, oldResolutionMinutes, resolutionMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getCompensation() {
		return compensation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompensation(Double newCompensation) {
		Double oldCompensation = compensation;
		compensation = newCompensation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.COMPLAINT__COMPENSATION, oldCompensation, compensation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGuaranteeInvoked() {
		return guaranteeInvoked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuaranteeInvoked(boolean newGuaranteeInvoked) {
		boolean oldGuaranteeInvoked = guaranteeInvoked;
		guaranteeInvoked = newGuaranteeInvoked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.COMPLAINT__GUARANTEE_INVOKED, oldGuaranteeInvoked, guaranteeInvoked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFollowUpDone() {
		return followUpDone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFollowUpDone(boolean newFollowUpDone) {
		boolean oldFollowUpDone = followUpDone;
		followUpDone = newFollowUpDone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.COMPLAINT__FOLLOW_UP_DONE, oldFollowUpDone, followUpDone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerOutcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(CustomerOutcome newOutcome) {
		CustomerOutcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.COMPLAINT__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutcomeReason() {
		return outcomeReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcomeReason(String newOutcomeReason) {
		String oldOutcomeReason = outcomeReason;
		outcomeReason = newOutcomeReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.COMPLAINT__OUTCOME_REASON, oldOutcomeReason, outcomeReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutcomeReasonEn() {
		return outcomeReasonEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcomeReasonEn(String newOutcomeReasonEn) {
		String oldOutcomeReasonEn = outcomeReasonEn;
		outcomeReasonEn = newOutcomeReasonEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.COMPLAINT__OUTCOME_REASON_EN, oldOutcomeReasonEn, outcomeReasonEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getSatisfiedAfterRecovery() {
		return satisfiedAfterRecovery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSatisfiedAfterRecovery(Boolean newSatisfiedAfterRecovery) {
		Boolean oldSatisfiedAfterRecovery = satisfiedAfterRecovery;
		satisfiedAfterRecovery = newSatisfiedAfterRecovery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.COMPLAINT__SATISFIED_AFTER_RECOVERY, oldSatisfiedAfterRecovery, satisfiedAfterRecovery));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecordedBy() {
		return recordedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordedBy(String newRecordedBy) {
		String oldRecordedBy = recordedBy;
		recordedBy = newRecordedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.COMPLAINT__RECORDED_BY, oldRecordedBy, recordedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TouchstonePackage.COMPLAINT__KEY:
				return getKey();
			case TouchstonePackage.COMPLAINT__AT:
				return getAt();
			case TouchstonePackage.COMPLAINT__SITE:
				if (resolve) return getSite();
				return basicGetSite();
			case TouchstonePackage.COMPLAINT__TOUCHPOINT:
				if (resolve) return getTouchpoint();
				return basicGetTouchpoint();
			case TouchstonePackage.COMPLAINT__FAILURE_TYPE:
				return getFailureType();
			case TouchstonePackage.COMPLAINT__CUSTOMER_SAID:
				return getCustomerSaid();
			case TouchstonePackage.COMPLAINT__CUSTOMER_SAID_EN:
				return getCustomerSaidEn();
			case TouchstonePackage.COMPLAINT__PLAYBOOK:
				if (resolve) return getPlaybook();
				return basicGetPlaybook();
			case TouchstonePackage.COMPLAINT__FIRST_RESPONSE_MINUTES:
				return getFirstResponseMinutes();
			case TouchstonePackage.COMPLAINT__RESOLUTION_MINUTES:
				return getResolutionMinutes();
			case TouchstonePackage.COMPLAINT__COMPENSATION:
				return getCompensation();
			case TouchstonePackage.COMPLAINT__GUARANTEE_INVOKED:
				return isGuaranteeInvoked();
			case TouchstonePackage.COMPLAINT__FOLLOW_UP_DONE:
				return isFollowUpDone();
			case TouchstonePackage.COMPLAINT__OUTCOME:
				return getOutcome();
			case TouchstonePackage.COMPLAINT__OUTCOME_REASON:
				return getOutcomeReason();
			case TouchstonePackage.COMPLAINT__OUTCOME_REASON_EN:
				return getOutcomeReasonEn();
			case TouchstonePackage.COMPLAINT__SATISFIED_AFTER_RECOVERY:
				return getSatisfiedAfterRecovery();
			case TouchstonePackage.COMPLAINT__RECORDED_BY:
				return getRecordedBy();
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
			case TouchstonePackage.COMPLAINT__KEY:
				setKey((String)newValue);
				return;
			case TouchstonePackage.COMPLAINT__AT:
				setAt((Date)newValue);
				return;
			case TouchstonePackage.COMPLAINT__SITE:
				setSite((Site)newValue);
				return;
			case TouchstonePackage.COMPLAINT__TOUCHPOINT:
				setTouchpoint((Touchpoint)newValue);
				return;
			case TouchstonePackage.COMPLAINT__FAILURE_TYPE:
				setFailureType((FailureType)newValue);
				return;
			case TouchstonePackage.COMPLAINT__CUSTOMER_SAID:
				setCustomerSaid((String)newValue);
				return;
			case TouchstonePackage.COMPLAINT__CUSTOMER_SAID_EN:
				setCustomerSaidEn((String)newValue);
				return;
			case TouchstonePackage.COMPLAINT__PLAYBOOK:
				setPlaybook((RecoveryPlaybook)newValue);
				return;
			case TouchstonePackage.COMPLAINT__FIRST_RESPONSE_MINUTES:
				setFirstResponseMinutes((Integer)newValue);
				return;
			case TouchstonePackage.COMPLAINT__RESOLUTION_MINUTES:
				setResolutionMinutes((Integer)newValue);
				return;
			case TouchstonePackage.COMPLAINT__COMPENSATION:
				setCompensation((Double)newValue);
				return;
			case TouchstonePackage.COMPLAINT__GUARANTEE_INVOKED:
				setGuaranteeInvoked((Boolean)newValue);
				return;
			case TouchstonePackage.COMPLAINT__FOLLOW_UP_DONE:
				setFollowUpDone((Boolean)newValue);
				return;
			case TouchstonePackage.COMPLAINT__OUTCOME:
				setOutcome((CustomerOutcome)newValue);
				return;
			case TouchstonePackage.COMPLAINT__OUTCOME_REASON:
				setOutcomeReason((String)newValue);
				return;
			case TouchstonePackage.COMPLAINT__OUTCOME_REASON_EN:
				setOutcomeReasonEn((String)newValue);
				return;
			case TouchstonePackage.COMPLAINT__SATISFIED_AFTER_RECOVERY:
				setSatisfiedAfterRecovery((Boolean)newValue);
				return;
			case TouchstonePackage.COMPLAINT__RECORDED_BY:
				setRecordedBy((String)newValue);
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
			case TouchstonePackage.COMPLAINT__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case TouchstonePackage.COMPLAINT__AT:
				setAt(AT_EDEFAULT);
				return;
			case TouchstonePackage.COMPLAINT__SITE:
				setSite((Site)null);
				return;
			case TouchstonePackage.COMPLAINT__TOUCHPOINT:
				setTouchpoint((Touchpoint)null);
				return;
			case TouchstonePackage.COMPLAINT__FAILURE_TYPE:
				unsetFailureType();
				return;
			case TouchstonePackage.COMPLAINT__CUSTOMER_SAID:
				setCustomerSaid(CUSTOMER_SAID_EDEFAULT);
				return;
			case TouchstonePackage.COMPLAINT__CUSTOMER_SAID_EN:
				setCustomerSaidEn(CUSTOMER_SAID_EN_EDEFAULT);
				return;
			case TouchstonePackage.COMPLAINT__PLAYBOOK:
				setPlaybook((RecoveryPlaybook)null);
				return;
			case TouchstonePackage.COMPLAINT__FIRST_RESPONSE_MINUTES:
				setFirstResponseMinutes(FIRST_RESPONSE_MINUTES_EDEFAULT);
				return;
			case TouchstonePackage.COMPLAINT__RESOLUTION_MINUTES:
				setResolutionMinutes(RESOLUTION_MINUTES_EDEFAULT);
				return;
			case TouchstonePackage.COMPLAINT__COMPENSATION:
				setCompensation(COMPENSATION_EDEFAULT);
				return;
			case TouchstonePackage.COMPLAINT__GUARANTEE_INVOKED:
				setGuaranteeInvoked(GUARANTEE_INVOKED_EDEFAULT);
				return;
			case TouchstonePackage.COMPLAINT__FOLLOW_UP_DONE:
				setFollowUpDone(FOLLOW_UP_DONE_EDEFAULT);
				return;
			case TouchstonePackage.COMPLAINT__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case TouchstonePackage.COMPLAINT__OUTCOME_REASON:
				setOutcomeReason(OUTCOME_REASON_EDEFAULT);
				return;
			case TouchstonePackage.COMPLAINT__OUTCOME_REASON_EN:
				setOutcomeReasonEn(OUTCOME_REASON_EN_EDEFAULT);
				return;
			case TouchstonePackage.COMPLAINT__SATISFIED_AFTER_RECOVERY:
				setSatisfiedAfterRecovery(SATISFIED_AFTER_RECOVERY_EDEFAULT);
				return;
			case TouchstonePackage.COMPLAINT__RECORDED_BY:
				setRecordedBy(RECORDED_BY_EDEFAULT);
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
			case TouchstonePackage.COMPLAINT__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case TouchstonePackage.COMPLAINT__AT:
				return AT_EDEFAULT == null ? at != null : !AT_EDEFAULT.equals(at);
			case TouchstonePackage.COMPLAINT__SITE:
				return site != null;
			case TouchstonePackage.COMPLAINT__TOUCHPOINT:
				return touchpoint != null;
			case TouchstonePackage.COMPLAINT__FAILURE_TYPE:
				return isSetFailureType();
			case TouchstonePackage.COMPLAINT__CUSTOMER_SAID:
				return CUSTOMER_SAID_EDEFAULT == null ? customerSaid != null : !CUSTOMER_SAID_EDEFAULT.equals(customerSaid);
			case TouchstonePackage.COMPLAINT__CUSTOMER_SAID_EN:
				return CUSTOMER_SAID_EN_EDEFAULT == null ? customerSaidEn != null : !CUSTOMER_SAID_EN_EDEFAULT.equals(customerSaidEn);
			case TouchstonePackage.COMPLAINT__PLAYBOOK:
				return playbook != null;
			case TouchstonePackage.COMPLAINT__FIRST_RESPONSE_MINUTES:
				return FIRST_RESPONSE_MINUTES_EDEFAULT == null ? firstResponseMinutes != null : !FIRST_RESPONSE_MINUTES_EDEFAULT.equals(firstResponseMinutes);
			case TouchstonePackage.COMPLAINT__RESOLUTION_MINUTES:
				return RESOLUTION_MINUTES_EDEFAULT == null ? resolutionMinutes != null : !RESOLUTION_MINUTES_EDEFAULT.equals(resolutionMinutes);
			case TouchstonePackage.COMPLAINT__COMPENSATION:
				return COMPENSATION_EDEFAULT == null ? compensation != null : !COMPENSATION_EDEFAULT.equals(compensation);
			case TouchstonePackage.COMPLAINT__GUARANTEE_INVOKED:
				return guaranteeInvoked != GUARANTEE_INVOKED_EDEFAULT;
			case TouchstonePackage.COMPLAINT__FOLLOW_UP_DONE:
				return followUpDone != FOLLOW_UP_DONE_EDEFAULT;
			case TouchstonePackage.COMPLAINT__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case TouchstonePackage.COMPLAINT__OUTCOME_REASON:
				return OUTCOME_REASON_EDEFAULT == null ? outcomeReason != null : !OUTCOME_REASON_EDEFAULT.equals(outcomeReason);
			case TouchstonePackage.COMPLAINT__OUTCOME_REASON_EN:
				return OUTCOME_REASON_EN_EDEFAULT == null ? outcomeReasonEn != null : !OUTCOME_REASON_EN_EDEFAULT.equals(outcomeReasonEn);
			case TouchstonePackage.COMPLAINT__SATISFIED_AFTER_RECOVERY:
				return SATISFIED_AFTER_RECOVERY_EDEFAULT == null ? satisfiedAfterRecovery != null : !SATISFIED_AFTER_RECOVERY_EDEFAULT.equals(satisfiedAfterRecovery);
			case TouchstonePackage.COMPLAINT__RECORDED_BY:
				return RECORDED_BY_EDEFAULT == null ? recordedBy != null : !RECORDED_BY_EDEFAULT.equals(recordedBy);
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
		result.append(", at: ");
		result.append(at);
		result.append(", failureType: ");
		if (failureTypeESet) result.append(failureType); else result.append("<unset>");
		result.append(", customerSaid: ");
		result.append(customerSaid);
		result.append(", customerSaidEn: ");
		result.append(customerSaidEn);
		result.append(", firstResponseMinutes: ");
		result.append(firstResponseMinutes);
		result.append(", resolutionMinutes: ");
		result.append(resolutionMinutes);
		result.append(", compensation: ");
		result.append(compensation);
		result.append(", guaranteeInvoked: ");
		result.append(guaranteeInvoked);
		result.append(", followUpDone: ");
		result.append(followUpDone);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", outcomeReason: ");
		result.append(outcomeReason);
		result.append(", outcomeReasonEn: ");
		result.append(outcomeReasonEn);
		result.append(", satisfiedAfterRecovery: ");
		result.append(satisfiedAfterRecovery);
		result.append(", recordedBy: ");
		result.append(recordedBy);
		result.append(')');
		return result.toString();
	}

} //ComplaintImpl
