/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Complaint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.Complaint#getKey <em>Key</em>}</li>
 *   <li>{@link org.touchstone.model.Complaint#getAt <em>At</em>}</li>
 *   <li>{@link org.touchstone.model.Complaint#getSite <em>Site</em>}</li>
 *   <li>{@link org.touchstone.model.Complaint#getTouchpoint <em>Touchpoint</em>}</li>
 *   <li>{@link org.touchstone.model.Complaint#getFailureType <em>Failure Type</em>}</li>
 *   <li>{@link org.touchstone.model.Complaint#getCustomerSaid <em>Customer Said</em>}</li>
 *   <li>{@link org.touchstone.model.Complaint#getCustomerSaidEn <em>Customer Said En</em>}</li>
 *   <li>{@link org.touchstone.model.Complaint#getPlaybook <em>Playbook</em>}</li>
 *   <li>{@link org.touchstone.model.Complaint#getFirstResponseMinutes <em>First Response Minutes</em>}</li>
 *   <li>{@link org.touchstone.model.Complaint#getResolutionMinutes <em>Resolution Minutes</em>}</li>
 *   <li>{@link org.touchstone.model.Complaint#getCompensation <em>Compensation</em>}</li>
 *   <li>{@link org.touchstone.model.Complaint#isGuaranteeInvoked <em>Guarantee Invoked</em>}</li>
 *   <li>{@link org.touchstone.model.Complaint#isFollowUpDone <em>Follow Up Done</em>}</li>
 *   <li>{@link org.touchstone.model.Complaint#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.touchstone.model.Complaint#getOutcomeReason <em>Outcome Reason</em>}</li>
 *   <li>{@link org.touchstone.model.Complaint#getOutcomeReasonEn <em>Outcome Reason En</em>}</li>
 *   <li>{@link org.touchstone.model.Complaint#getSatisfiedAfterRecovery <em>Satisfied After Recovery</em>}</li>
 *   <li>{@link org.touchstone.model.Complaint#getRecordedBy <em>Recorded By</em>}</li>
 * </ul>
 *
 * @see org.touchstone.model.TouchstonePackage#getComplaint()
 * @model
 * @generated
 */
public interface Complaint extends Identified {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.touchstone.model.TouchstonePackage#getComplaint_Key()
	 * @model required="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Complaint#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Date)
	 * @see org.touchstone.model.TouchstonePackage#getComplaint_At()
	 * @model
	 * @generated
	 */
	Date getAt();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Complaint#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Date value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Site</em>' reference.
	 * @see #setSite(Site)
	 * @see org.touchstone.model.TouchstonePackage#getComplaint_Site()
	 * @model
	 * @generated
	 */
	Site getSite();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Complaint#getSite <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' reference.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(Site value);

	/**
	 * Returns the value of the '<em><b>Touchpoint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Touchpoint</em>' reference.
	 * @see #setTouchpoint(Touchpoint)
	 * @see org.touchstone.model.TouchstonePackage#getComplaint_Touchpoint()
	 * @model
	 * @generated
	 */
	Touchpoint getTouchpoint();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Complaint#getTouchpoint <em>Touchpoint</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Touchpoint</em>' reference.
	 * @see #getTouchpoint()
	 * @generated
	 */
	void setTouchpoint(Touchpoint value);

	/**
	 * Returns the value of the '<em><b>Failure Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.touchstone.model.FailureType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failure Type</em>' attribute.
	 * @see org.touchstone.model.FailureType
	 * @see #isSetFailureType()
	 * @see #unsetFailureType()
	 * @see #setFailureType(FailureType)
	 * @see org.touchstone.model.TouchstonePackage#getComplaint_FailureType()
	 * @model unsettable="true"
	 * @generated
	 */
	FailureType getFailureType();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Complaint#getFailureType <em>Failure Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure Type</em>' attribute.
	 * @see org.touchstone.model.FailureType
	 * @see #isSetFailureType()
	 * @see #unsetFailureType()
	 * @see #getFailureType()
	 * @generated
	 */
	void setFailureType(FailureType value);

	/**
	 * Unsets the value of the '{@link org.touchstone.model.Complaint#getFailureType <em>Failure Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFailureType()
	 * @see #getFailureType()
	 * @see #setFailureType(FailureType)
	 * @generated
	 */
	void unsetFailureType();

	/**
	 * Returns whether the value of the '{@link org.touchstone.model.Complaint#getFailureType <em>Failure Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Failure Type</em>' attribute is set.
	 * @see #unsetFailureType()
	 * @see #getFailureType()
	 * @see #setFailureType(FailureType)
	 * @generated
	 */
	boolean isSetFailureType();

	/**
	 * Returns the value of the '<em><b>Customer Said</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer Said</em>' attribute.
	 * @see #setCustomerSaid(String)
	 * @see org.touchstone.model.TouchstonePackage#getComplaint_CustomerSaid()
	 * @model
	 * @generated
	 */
	String getCustomerSaid();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Complaint#getCustomerSaid <em>Customer Said</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Said</em>' attribute.
	 * @see #getCustomerSaid()
	 * @generated
	 */
	void setCustomerSaid(String value);

	/**
	 * Returns the value of the '<em><b>Customer Said En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer Said En</em>' attribute.
	 * @see #setCustomerSaidEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getComplaint_CustomerSaidEn()
	 * @model
	 * @generated
	 */
	String getCustomerSaidEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Complaint#getCustomerSaidEn <em>Customer Said En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Said En</em>' attribute.
	 * @see #getCustomerSaidEn()
	 * @generated
	 */
	void setCustomerSaidEn(String value);

	/**
	 * Returns the value of the '<em><b>Playbook</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Playbook</em>' reference.
	 * @see #setPlaybook(RecoveryPlaybook)
	 * @see org.touchstone.model.TouchstonePackage#getComplaint_Playbook()
	 * @model
	 * @generated
	 */
	RecoveryPlaybook getPlaybook();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Complaint#getPlaybook <em>Playbook</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Playbook</em>' reference.
	 * @see #getPlaybook()
	 * @generated
	 */
	void setPlaybook(RecoveryPlaybook value);

	/**
	 * Returns the value of the '<em><b>First Response Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Response Minutes</em>' attribute.
	 * @see #setFirstResponseMinutes(Integer)
	 * @see org.touchstone.model.TouchstonePackage#getComplaint_FirstResponseMinutes()
	 * @model
	 * @generated
	 */
	Integer getFirstResponseMinutes();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Complaint#getFirstResponseMinutes <em>First Response Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Response Minutes</em>' attribute.
	 * @see #getFirstResponseMinutes()
	 * @generated
	 */
	void setFirstResponseMinutes(Integer value);

	/**
	 * Returns the value of the '<em><b>Resolution Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolution Minutes</em>' attribute.
	 * @see #setResolutionMinutes(Integer)
	 * @see org.touchstone.model.TouchstonePackage#getComplaint_ResolutionMinutes()
	 * @model
	 * @generated
	 */
	Integer getResolutionMinutes();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Complaint#getResolutionMinutes <em>Resolution Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolution Minutes</em>' attribute.
	 * @see #getResolutionMinutes()
	 * @generated
	 */
	void setResolutionMinutes(Integer value);

	/**
	 * Returns the value of the '<em><b>Compensation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Compensation</em>' attribute.
	 * @see #setCompensation(Double)
	 * @see org.touchstone.model.TouchstonePackage#getComplaint_Compensation()
	 * @model
	 * @generated
	 */
	Double getCompensation();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Complaint#getCompensation <em>Compensation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compensation</em>' attribute.
	 * @see #getCompensation()
	 * @generated
	 */
	void setCompensation(Double value);

	/**
	 * Returns the value of the '<em><b>Guarantee Invoked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guarantee Invoked</em>' attribute.
	 * @see #setGuaranteeInvoked(boolean)
	 * @see org.touchstone.model.TouchstonePackage#getComplaint_GuaranteeInvoked()
	 * @model
	 * @generated
	 */
	boolean isGuaranteeInvoked();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Complaint#isGuaranteeInvoked <em>Guarantee Invoked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guarantee Invoked</em>' attribute.
	 * @see #isGuaranteeInvoked()
	 * @generated
	 */
	void setGuaranteeInvoked(boolean value);

	/**
	 * Returns the value of the '<em><b>Follow Up Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Follow Up Done</em>' attribute.
	 * @see #setFollowUpDone(boolean)
	 * @see org.touchstone.model.TouchstonePackage#getComplaint_FollowUpDone()
	 * @model
	 * @generated
	 */
	boolean isFollowUpDone();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Complaint#isFollowUpDone <em>Follow Up Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Follow Up Done</em>' attribute.
	 * @see #isFollowUpDone()
	 * @generated
	 */
	void setFollowUpDone(boolean value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.touchstone.model.CustomerOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.touchstone.model.CustomerOutcome
	 * @see #setOutcome(CustomerOutcome)
	 * @see org.touchstone.model.TouchstonePackage#getComplaint_Outcome()
	 * @model
	 * @generated
	 */
	CustomerOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Complaint#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.touchstone.model.CustomerOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(CustomerOutcome value);

	/**
	 * Returns the value of the '<em><b>Outcome Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome Reason</em>' attribute.
	 * @see #setOutcomeReason(String)
	 * @see org.touchstone.model.TouchstonePackage#getComplaint_OutcomeReason()
	 * @model
	 * @generated
	 */
	String getOutcomeReason();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Complaint#getOutcomeReason <em>Outcome Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome Reason</em>' attribute.
	 * @see #getOutcomeReason()
	 * @generated
	 */
	void setOutcomeReason(String value);

	/**
	 * Returns the value of the '<em><b>Outcome Reason En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome Reason En</em>' attribute.
	 * @see #setOutcomeReasonEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getComplaint_OutcomeReasonEn()
	 * @model
	 * @generated
	 */
	String getOutcomeReasonEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Complaint#getOutcomeReasonEn <em>Outcome Reason En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome Reason En</em>' attribute.
	 * @see #getOutcomeReasonEn()
	 * @generated
	 */
	void setOutcomeReasonEn(String value);

	/**
	 * Returns the value of the '<em><b>Satisfied After Recovery</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Satisfied After Recovery</em>' attribute.
	 * @see #setSatisfiedAfterRecovery(Boolean)
	 * @see org.touchstone.model.TouchstonePackage#getComplaint_SatisfiedAfterRecovery()
	 * @model
	 * @generated
	 */
	Boolean getSatisfiedAfterRecovery();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Complaint#getSatisfiedAfterRecovery <em>Satisfied After Recovery</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Satisfied After Recovery</em>' attribute.
	 * @see #getSatisfiedAfterRecovery()
	 * @generated
	 */
	void setSatisfiedAfterRecovery(Boolean value);

	/**
	 * Returns the value of the '<em><b>Recorded By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recorded By</em>' attribute.
	 * @see #setRecordedBy(String)
	 * @see org.touchstone.model.TouchstonePackage#getComplaint_RecordedBy()
	 * @model
	 * @generated
	 */
	String getRecordedBy();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Complaint#getRecordedBy <em>Recorded By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded By</em>' attribute.
	 * @see #getRecordedBy()
	 * @generated
	 */
	void setRecordedBy(String value);

} // Complaint
