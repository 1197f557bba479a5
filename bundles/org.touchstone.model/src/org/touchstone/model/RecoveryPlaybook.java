/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recovery Playbook</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.RecoveryPlaybook#getKey <em>Key</em>}</li>
 *   <li>{@link org.touchstone.model.RecoveryPlaybook#getTitle <em>Title</em>}</li>
 *   <li>{@link org.touchstone.model.RecoveryPlaybook#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link org.touchstone.model.RecoveryPlaybook#getFailureType <em>Failure Type</em>}</li>
 *   <li>{@link org.touchstone.model.RecoveryPlaybook#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.touchstone.model.RecoveryPlaybook#getTriggerEn <em>Trigger En</em>}</li>
 *   <li>{@link org.touchstone.model.RecoveryPlaybook#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.touchstone.model.RecoveryPlaybook#getEmpowermentLimit <em>Empowerment Limit</em>}</li>
 *   <li>{@link org.touchstone.model.RecoveryPlaybook#getEmpowermentLimitEn <em>Empowerment Limit En</em>}</li>
 *   <li>{@link org.touchstone.model.RecoveryPlaybook#getEscalation <em>Escalation</em>}</li>
 *   <li>{@link org.touchstone.model.RecoveryPlaybook#getEscalationEn <em>Escalation En</em>}</li>
 *   <li>{@link org.touchstone.model.RecoveryPlaybook#getFollowUp <em>Follow Up</em>}</li>
 *   <li>{@link org.touchstone.model.RecoveryPlaybook#getFollowUpEn <em>Follow Up En</em>}</li>
 *   <li>{@link org.touchstone.model.RecoveryPlaybook#getPrinciples <em>Principles</em>}</li>
 *   <li>{@link org.touchstone.model.RecoveryPlaybook#getServiceGuarantee <em>Service Guarantee</em>}</li>
 *   <li>{@link org.touchstone.model.RecoveryPlaybook#getStandards <em>Standards</em>}</li>
 *   <li>{@link org.touchstone.model.RecoveryPlaybook#getCases <em>Cases</em>}</li>
 *   <li>{@link org.touchstone.model.RecoveryPlaybook#getContactSituations <em>Contact Situations</em>}</li>
 *   <li>{@link org.touchstone.model.RecoveryPlaybook#getGaps <em>Gaps</em>}</li>
 *   <li>{@link org.touchstone.model.RecoveryPlaybook#getDifficultCustomer <em>Difficult Customer</em>}</li>
 *   <li>{@link org.touchstone.model.RecoveryPlaybook#getEmpowermentAmount <em>Empowerment Amount</em>}</li>
 * </ul>
 *
 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook()
 * @model
 * @generated
 */
public interface RecoveryPlaybook extends Identified {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.touchstone.model.RecoveryPlaybook#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.touchstone.model.RecoveryPlaybook#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title En</em>' attribute.
	 * @see #setTitleEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook_TitleEn()
	 * @model
	 * @generated
	 */
	String getTitleEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.RecoveryPlaybook#getTitleEn <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title En</em>' attribute.
	 * @see #getTitleEn()
	 * @generated
	 */
	void setTitleEn(String value);

	/**
	 * Returns the value of the '<em><b>Failure Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.touchstone.model.FailureType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failure Type</em>' attribute.
	 * @see org.touchstone.model.FailureType
	 * @see #setFailureType(FailureType)
	 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook_FailureType()
	 * @model
	 * @generated
	 */
	FailureType getFailureType();

	/**
	 * Sets the value of the '{@link org.touchstone.model.RecoveryPlaybook#getFailureType <em>Failure Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure Type</em>' attribute.
	 * @see org.touchstone.model.FailureType
	 * @see #getFailureType()
	 * @generated
	 */
	void setFailureType(FailureType value);

	/**
	 * Returns the value of the '<em><b>Trigger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trigger</em>' attribute.
	 * @see #setTrigger(String)
	 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook_Trigger()
	 * @model
	 * @generated
	 */
	String getTrigger();

	/**
	 * Sets the value of the '{@link org.touchstone.model.RecoveryPlaybook#getTrigger <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trigger</em>' attribute.
	 * @see #getTrigger()
	 * @generated
	 */
	void setTrigger(String value);

	/**
	 * Returns the value of the '<em><b>Trigger En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trigger En</em>' attribute.
	 * @see #setTriggerEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook_TriggerEn()
	 * @model
	 * @generated
	 */
	String getTriggerEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.RecoveryPlaybook#getTriggerEn <em>Trigger En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trigger En</em>' attribute.
	 * @see #getTriggerEn()
	 * @generated
	 */
	void setTriggerEn(String value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.touchstone.model.PlaybookStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlaybookStep> getSteps();

	/**
	 * Returns the value of the '<em><b>Empowerment Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Empowerment Limit</em>' attribute.
	 * @see #setEmpowermentLimit(String)
	 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook_EmpowermentLimit()
	 * @model
	 * @generated
	 */
	String getEmpowermentLimit();

	/**
	 * Sets the value of the '{@link org.touchstone.model.RecoveryPlaybook#getEmpowermentLimit <em>Empowerment Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Empowerment Limit</em>' attribute.
	 * @see #getEmpowermentLimit()
	 * @generated
	 */
	void setEmpowermentLimit(String value);

	/**
	 * Returns the value of the '<em><b>Empowerment Limit En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Empowerment Limit En</em>' attribute.
	 * @see #setEmpowermentLimitEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook_EmpowermentLimitEn()
	 * @model
	 * @generated
	 */
	String getEmpowermentLimitEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.RecoveryPlaybook#getEmpowermentLimitEn <em>Empowerment Limit En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Empowerment Limit En</em>' attribute.
	 * @see #getEmpowermentLimitEn()
	 * @generated
	 */
	void setEmpowermentLimitEn(String value);

	/**
	 * Returns the value of the '<em><b>Escalation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Escalation</em>' attribute.
	 * @see #setEscalation(String)
	 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook_Escalation()
	 * @model
	 * @generated
	 */
	String getEscalation();

	/**
	 * Sets the value of the '{@link org.touchstone.model.RecoveryPlaybook#getEscalation <em>Escalation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Escalation</em>' attribute.
	 * @see #getEscalation()
	 * @generated
	 */
	void setEscalation(String value);

	/**
	 * Returns the value of the '<em><b>Escalation En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Escalation En</em>' attribute.
	 * @see #setEscalationEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook_EscalationEn()
	 * @model
	 * @generated
	 */
	String getEscalationEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.RecoveryPlaybook#getEscalationEn <em>Escalation En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Escalation En</em>' attribute.
	 * @see #getEscalationEn()
	 * @generated
	 */
	void setEscalationEn(String value);

	/**
	 * Returns the value of the '<em><b>Follow Up</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Follow Up</em>' attribute.
	 * @see #setFollowUp(String)
	 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook_FollowUp()
	 * @model
	 * @generated
	 */
	String getFollowUp();

	/**
	 * Sets the value of the '{@link org.touchstone.model.RecoveryPlaybook#getFollowUp <em>Follow Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Follow Up</em>' attribute.
	 * @see #getFollowUp()
	 * @generated
	 */
	void setFollowUp(String value);

	/**
	 * Returns the value of the '<em><b>Follow Up En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Follow Up En</em>' attribute.
	 * @see #setFollowUpEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook_FollowUpEn()
	 * @model
	 * @generated
	 */
	String getFollowUpEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.RecoveryPlaybook#getFollowUpEn <em>Follow Up En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Follow Up En</em>' attribute.
	 * @see #getFollowUpEn()
	 * @generated
	 */
	void setFollowUpEn(String value);

	/**
	 * Returns the value of the '<em><b>Principles</b></em>' attribute list.
	 * The list contents are of type {@link org.touchstone.model.RecoveryPrinciple}.
	 * The literals are from the enumeration {@link org.touchstone.model.RecoveryPrinciple}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Principles</em>' attribute list.
	 * @see org.touchstone.model.RecoveryPrinciple
	 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook_Principles()
	 * @model
	 * @generated
	 */
	EList<RecoveryPrinciple> getPrinciples();

	/**
	 * Returns the value of the '<em><b>Service Guarantee</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service Guarantee</em>' containment reference.
	 * @see #setServiceGuarantee(ServiceGuarantee)
	 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook_ServiceGuarantee()
	 * @model containment="true"
	 * @generated
	 */
	ServiceGuarantee getServiceGuarantee();

	/**
	 * Sets the value of the '{@link org.touchstone.model.RecoveryPlaybook#getServiceGuarantee <em>Service Guarantee</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Guarantee</em>' containment reference.
	 * @see #getServiceGuarantee()
	 * @generated
	 */
	void setServiceGuarantee(ServiceGuarantee value);

	/**
	 * Returns the value of the '<em><b>Standards</b></em>' reference list.
	 * The list contents are of type {@link org.touchstone.model.ServiceStandard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Standards</em>' reference list.
	 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook_Standards()
	 * @model
	 * @generated
	 */
	EList<ServiceStandard> getStandards();

	/**
	 * Returns the value of the '<em><b>Cases</b></em>' reference list.
	 * The list contents are of type {@link org.touchstone.model.CaseStudy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cases</em>' reference list.
	 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook_Cases()
	 * @model
	 * @generated
	 */
	EList<CaseStudy> getCases();

	/**
	 * Returns the value of the '<em><b>Contact Situations</b></em>' attribute list.
	 * The list contents are of type {@link org.touchstone.model.ContactSituation}.
	 * The literals are from the enumeration {@link org.touchstone.model.ContactSituation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact Situations</em>' attribute list.
	 * @see org.touchstone.model.ContactSituation
	 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook_ContactSituations()
	 * @model
	 * @generated
	 */
	EList<ContactSituation> getContactSituations();

	/**
	 * Returns the value of the '<em><b>Gaps</b></em>' attribute list.
	 * The list contents are of type {@link org.touchstone.model.ServiceGap}.
	 * The literals are from the enumeration {@link org.touchstone.model.ServiceGap}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gaps</em>' attribute list.
	 * @see org.touchstone.model.ServiceGap
	 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook_Gaps()
	 * @model
	 * @generated
	 */
	EList<ServiceGap> getGaps();

	/**
	 * Returns the value of the '<em><b>Difficult Customer</b></em>' attribute.
	 * The literals are from the enumeration {@link org.touchstone.model.DifficultCustomer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Difficult Customer</em>' attribute.
	 * @see org.touchstone.model.DifficultCustomer
	 * @see #isSetDifficultCustomer()
	 * @see #unsetDifficultCustomer()
	 * @see #setDifficultCustomer(DifficultCustomer)
	 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook_DifficultCustomer()
	 * @model unsettable="true"
	 * @generated
	 */
	DifficultCustomer getDifficultCustomer();

	/**
	 * Sets the value of the '{@link org.touchstone.model.RecoveryPlaybook#getDifficultCustomer <em>Difficult Customer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Difficult Customer</em>' attribute.
	 * @see org.touchstone.model.DifficultCustomer
	 * @see #isSetDifficultCustomer()
	 * @see #unsetDifficultCustomer()
	 * @see #getDifficultCustomer()
	 * @generated
	 */
	void setDifficultCustomer(DifficultCustomer value);

	/**
	 * Unsets the value of the '{@link org.touchstone.model.RecoveryPlaybook#getDifficultCustomer <em>Difficult Customer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDifficultCustomer()
	 * @see #getDifficultCustomer()
	 * @see #setDifficultCustomer(DifficultCustomer)
	 * @generated
	 */
	void unsetDifficultCustomer();

	/**
	 * Returns whether the value of the '{@link org.touchstone.model.RecoveryPlaybook#getDifficultCustomer <em>Difficult Customer</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Difficult Customer</em>' attribute is set.
	 * @see #unsetDifficultCustomer()
	 * @see #getDifficultCustomer()
	 * @see #setDifficultCustomer(DifficultCustomer)
	 * @generated
	 */
	boolean isSetDifficultCustomer();

	/**
	 * Returns the value of the '<em><b>Empowerment Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Empowerment Amount</em>' attribute.
	 * @see #setEmpowermentAmount(Double)
	 * @see org.touchstone.model.TouchstonePackage#getRecoveryPlaybook_EmpowermentAmount()
	 * @model
	 * @generated
	 */
	Double getEmpowermentAmount();

	/**
	 * Sets the value of the '{@link org.touchstone.model.RecoveryPlaybook#getEmpowermentAmount <em>Empowerment Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Empowerment Amount</em>' attribute.
	 * @see #getEmpowermentAmount()
	 * @generated
	 */
	void setEmpowermentAmount(Double value);

} // RecoveryPlaybook
