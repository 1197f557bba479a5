/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Standard Revision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.StandardRevision#getNumber <em>Number</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getStatus <em>Status</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getEditors <em>Editors</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getTitle <em>Title</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getDimension <em>Dimension</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getStatementEn <em>Statement En</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getObservation <em>Observation</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getObservationEn <em>Observation En</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getTouchpoint <em>Touchpoint</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getEffectiveDate <em>Effective Date</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getReviewIntervalMonths <em>Review Interval Months</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getRationaleEn <em>Rationale En</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getCases <em>Cases</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getTransitions <em>Transitions</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getExpectationLevel <em>Expectation Level</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getContactSituations <em>Contact Situations</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getGaps <em>Gaps</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getSiteRules <em>Site Rules</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getPilotSites <em>Pilot Sites</em>}</li>
 *   <li>{@link org.touchstone.model.StandardRevision#getRolloutDate <em>Rollout Date</em>}</li>
 * </ul>
 *
 * @see org.touchstone.model.TouchstonePackage#getStandardRevision()
 * @model
 * @generated
 */
public interface StandardRevision extends Identified {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_Number()
	 * @model default="1"
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.touchstone.model.StandardRevision#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.touchstone.model.Status}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.touchstone.model.Status
	 * @see #setStatus(Status)
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_Status()
	 * @model
	 * @generated
	 */
	Status getStatus();

	/**
	 * Sets the value of the '{@link org.touchstone.model.StandardRevision#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.touchstone.model.Status
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(Status value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.touchstone.model.StandardRevision#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Editors</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Editors</em>' attribute list.
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_Editors()
	 * @model
	 * @generated
	 */
	EList<String> getEditors();

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.touchstone.model.StandardRevision#getTitle <em>Title</em>}' attribute.
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
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_TitleEn()
	 * @model
	 * @generated
	 */
	String getTitleEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.StandardRevision#getTitleEn <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title En</em>' attribute.
	 * @see #getTitleEn()
	 * @generated
	 */
	void setTitleEn(String value);

	/**
	 * Returns the value of the '<em><b>Dimension</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimension</em>' reference.
	 * @see #setDimension(Dimension)
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_Dimension()
	 * @model
	 * @generated
	 */
	Dimension getDimension();

	/**
	 * Sets the value of the '{@link org.touchstone.model.StandardRevision#getDimension <em>Dimension</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimension</em>' reference.
	 * @see #getDimension()
	 * @generated
	 */
	void setDimension(Dimension value);

	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.touchstone.model.StandardRevision#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Statement En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statement En</em>' attribute.
	 * @see #setStatementEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_StatementEn()
	 * @model
	 * @generated
	 */
	String getStatementEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.StandardRevision#getStatementEn <em>Statement En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement En</em>' attribute.
	 * @see #getStatementEn()
	 * @generated
	 */
	void setStatementEn(String value);

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.touchstone.model.Criterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference list.
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_Criteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<Criterion> getCriteria();

	/**
	 * Returns the value of the '<em><b>Observation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observation</em>' attribute.
	 * @see #setObservation(String)
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_Observation()
	 * @model
	 * @generated
	 */
	String getObservation();

	/**
	 * Sets the value of the '{@link org.touchstone.model.StandardRevision#getObservation <em>Observation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observation</em>' attribute.
	 * @see #getObservation()
	 * @generated
	 */
	void setObservation(String value);

	/**
	 * Returns the value of the '<em><b>Observation En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observation En</em>' attribute.
	 * @see #setObservationEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_ObservationEn()
	 * @model
	 * @generated
	 */
	String getObservationEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.StandardRevision#getObservationEn <em>Observation En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observation En</em>' attribute.
	 * @see #getObservationEn()
	 * @generated
	 */
	void setObservationEn(String value);

	/**
	 * Returns the value of the '<em><b>Touchpoint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Touchpoint</em>' reference.
	 * @see #setTouchpoint(Touchpoint)
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_Touchpoint()
	 * @model
	 * @generated
	 */
	Touchpoint getTouchpoint();

	/**
	 * Sets the value of the '{@link org.touchstone.model.StandardRevision#getTouchpoint <em>Touchpoint</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Touchpoint</em>' reference.
	 * @see #getTouchpoint()
	 * @generated
	 */
	void setTouchpoint(Touchpoint value);

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' containment reference list.
	 * The list contents are of type {@link org.touchstone.model.SegmentRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segments</em>' containment reference list.
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_Segments()
	 * @model containment="true"
	 * @generated
	 */
	EList<SegmentRule> getSegments();

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.touchstone.model.StandardRevision#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Effective Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effective Date</em>' attribute.
	 * @see #setEffectiveDate(Date)
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_EffectiveDate()
	 * @model
	 * @generated
	 */
	Date getEffectiveDate();

	/**
	 * Sets the value of the '{@link org.touchstone.model.StandardRevision#getEffectiveDate <em>Effective Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effective Date</em>' attribute.
	 * @see #getEffectiveDate()
	 * @generated
	 */
	void setEffectiveDate(Date value);

	/**
	 * Returns the value of the '<em><b>Review Interval Months</b></em>' attribute.
	 * The default value is <code>"12"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review Interval Months</em>' attribute.
	 * @see #setReviewIntervalMonths(int)
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_ReviewIntervalMonths()
	 * @model default="12"
	 * @generated
	 */
	int getReviewIntervalMonths();

	/**
	 * Sets the value of the '{@link org.touchstone.model.StandardRevision#getReviewIntervalMonths <em>Review Interval Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Interval Months</em>' attribute.
	 * @see #getReviewIntervalMonths()
	 * @generated
	 */
	void setReviewIntervalMonths(int value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.touchstone.model.StandardRevision#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Rationale En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale En</em>' attribute.
	 * @see #setRationaleEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_RationaleEn()
	 * @model
	 * @generated
	 */
	String getRationaleEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.StandardRevision#getRationaleEn <em>Rationale En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale En</em>' attribute.
	 * @see #getRationaleEn()
	 * @generated
	 */
	void setRationaleEn(String value);

	/**
	 * Returns the value of the '<em><b>Cases</b></em>' reference list.
	 * The list contents are of type {@link org.touchstone.model.CaseStudy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cases</em>' reference list.
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_Cases()
	 * @model
	 * @generated
	 */
	EList<CaseStudy> getCases();

	/**
	 * Returns the value of the '<em><b>Transitions</b></em>' containment reference list.
	 * The list contents are of type {@link org.touchstone.model.Transition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transitions</em>' containment reference list.
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_Transitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Transition> getTransitions();

	/**
	 * Returns the value of the '<em><b>Expectation Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.touchstone.model.ExpectationLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expectation Level</em>' attribute.
	 * @see org.touchstone.model.ExpectationLevel
	 * @see #isSetExpectationLevel()
	 * @see #unsetExpectationLevel()
	 * @see #setExpectationLevel(ExpectationLevel)
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_ExpectationLevel()
	 * @model unsettable="true"
	 * @generated
	 */
	ExpectationLevel getExpectationLevel();

	/**
	 * Sets the value of the '{@link org.touchstone.model.StandardRevision#getExpectationLevel <em>Expectation Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expectation Level</em>' attribute.
	 * @see org.touchstone.model.ExpectationLevel
	 * @see #isSetExpectationLevel()
	 * @see #unsetExpectationLevel()
	 * @see #getExpectationLevel()
	 * @generated
	 */
	void setExpectationLevel(ExpectationLevel value);

	/**
	 * Unsets the value of the '{@link org.touchstone.model.StandardRevision#getExpectationLevel <em>Expectation Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetExpectationLevel()
	 * @see #getExpectationLevel()
	 * @see #setExpectationLevel(ExpectationLevel)
	 * @generated
	 */
	void unsetExpectationLevel();

	/**
	 * Returns whether the value of the '{@link org.touchstone.model.StandardRevision#getExpectationLevel <em>Expectation Level</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Expectation Level</em>' attribute is set.
	 * @see #unsetExpectationLevel()
	 * @see #getExpectationLevel()
	 * @see #setExpectationLevel(ExpectationLevel)
	 * @generated
	 */
	boolean isSetExpectationLevel();

	/**
	 * Returns the value of the '<em><b>Contact Situations</b></em>' attribute list.
	 * The list contents are of type {@link org.touchstone.model.ContactSituation}.
	 * The literals are from the enumeration {@link org.touchstone.model.ContactSituation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact Situations</em>' attribute list.
	 * @see org.touchstone.model.ContactSituation
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_ContactSituations()
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
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_Gaps()
	 * @model
	 * @generated
	 */
	EList<ServiceGap> getGaps();

	/**
	 * Returns the value of the '<em><b>Site Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.touchstone.model.SiteRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Site Rules</em>' containment reference list.
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_SiteRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<SiteRule> getSiteRules();

	/**
	 * Returns the value of the '<em><b>Pilot Sites</b></em>' reference list.
	 * The list contents are of type {@link org.touchstone.model.Site}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pilot Sites</em>' reference list.
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_PilotSites()
	 * @model
	 * @generated
	 */
	EList<Site> getPilotSites();

	/**
	 * Returns the value of the '<em><b>Rollout Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rollout Date</em>' attribute.
	 * @see #setRolloutDate(Date)
	 * @see org.touchstone.model.TouchstonePackage#getStandardRevision_RolloutDate()
	 * @model
	 * @generated
	 */
	Date getRolloutDate();

	/**
	 * Sets the value of the '{@link org.touchstone.model.StandardRevision#getRolloutDate <em>Rollout Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rollout Date</em>' attribute.
	 * @see #getRolloutDate()
	 * @generated
	 */
	void setRolloutDate(Date value);

} // StandardRevision
