/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.impl;

import java.util.Collection;
import java.util.Date;

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
import org.touchstone.model.Criterion;
import org.touchstone.model.Dimension;
import org.touchstone.model.ExpectationLevel;
import org.touchstone.model.SegmentRule;
import org.touchstone.model.ServiceGap;
import org.touchstone.model.Site;
import org.touchstone.model.SiteRule;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Status;
import org.touchstone.model.Touchpoint;
import org.touchstone.model.TouchstonePackage;
import org.touchstone.model.Transition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Standard Revision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getEditors <em>Editors</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getDimension <em>Dimension</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getStatementEn <em>Statement En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getObservation <em>Observation</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getObservationEn <em>Observation En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getTouchpoint <em>Touchpoint</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getEffectiveDate <em>Effective Date</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getReviewIntervalMonths <em>Review Interval Months</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getRationaleEn <em>Rationale En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getCases <em>Cases</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getTransitions <em>Transitions</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getExpectationLevel <em>Expectation Level</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getContactSituations <em>Contact Situations</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getGaps <em>Gaps</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getSiteRules <em>Site Rules</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getPilotSites <em>Pilot Sites</em>}</li>
 *   <li>{@link org.touchstone.model.impl.StandardRevisionImpl#getRolloutDate <em>Rollout Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StandardRevisionImpl extends IdentifiedImpl implements StandardRevision {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final Status STATUS_EDEFAULT = Status.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected Status status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEditors() <em>Editors</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEditors()
	 * @generated
	 * @ordered
	 */
	protected EList<String> editors;

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
	 * The cached value of the '{@link #getDimension() <em>Dimension</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimension()
	 * @generated
	 * @ordered
	 */
	protected Dimension dimension;

	/**
	 * The default value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected static final String STATEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected String statement = STATEMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatementEn() <em>Statement En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatementEn()
	 * @generated
	 * @ordered
	 */
	protected static final String STATEMENT_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatementEn() <em>Statement En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatementEn()
	 * @generated
	 * @ordered
	 */
	protected String statementEn = STATEMENT_EN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<Criterion> criteria;

	/**
	 * The default value of the '{@link #getObservation() <em>Observation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservation()
	 * @generated
	 * @ordered
	 */
	protected static final String OBSERVATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObservation() <em>Observation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservation()
	 * @generated
	 * @ordered
	 */
	protected String observation = OBSERVATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getObservationEn() <em>Observation En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservationEn()
	 * @generated
	 * @ordered
	 */
	protected static final String OBSERVATION_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObservationEn() <em>Observation En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservationEn()
	 * @generated
	 * @ordered
	 */
	protected String observationEn = OBSERVATION_EN_EDEFAULT;

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
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<SegmentRule> segments;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getEffectiveDate() <em>Effective Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date EFFECTIVE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEffectiveDate() <em>Effective Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveDate()
	 * @generated
	 * @ordered
	 */
	protected Date effectiveDate = EFFECTIVE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewIntervalMonths() <em>Review Interval Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewIntervalMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int REVIEW_INTERVAL_MONTHS_EDEFAULT = 12;

	/**
	 * The cached value of the '{@link #getReviewIntervalMonths() <em>Review Interval Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewIntervalMonths()
	 * @generated
	 * @ordered
	 */
	protected int reviewIntervalMonths = REVIEW_INTERVAL_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRationaleEn() <em>Rationale En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationaleEn()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationaleEn() <em>Rationale En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationaleEn()
	 * @generated
	 * @ordered
	 */
	protected String rationaleEn = RATIONALE_EN_EDEFAULT;

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
	 * The cached value of the '{@link #getTransitions() <em>Transitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransitions()
	 * @generated
	 * @ordered
	 */
	protected EList<Transition> transitions;

	/**
	 * The default value of the '{@link #getExpectationLevel() <em>Expectation Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectationLevel()
	 * @generated
	 * @ordered
	 */
	protected static final ExpectationLevel EXPECTATION_LEVEL_EDEFAULT = ExpectationLevel.BASIC;

	/**
	 * The cached value of the '{@link #getExpectationLevel() <em>Expectation Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectationLevel()
	 * @generated
	 * @ordered
	 */
	protected ExpectationLevel expectationLevel = EXPECTATION_LEVEL_EDEFAULT;

	/**
	 * This is true if the Expectation Level attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean expectationLevelESet;

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
	 * The cached value of the '{@link #getSiteRules() <em>Site Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSiteRules()
	 * @generated
	 * @ordered
	 */
	protected EList<SiteRule> siteRules;

	/**
	 * The cached value of the '{@link #getPilotSites() <em>Pilot Sites</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPilotSites()
	 * @generated
	 * @ordered
	 */
	protected EList<Site> pilotSites;

	/**
	 * The default value of the '{@link #getRolloutDate() <em>Rollout Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRolloutDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date ROLLOUT_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRolloutDate() <em>Rollout Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRolloutDate()
	 * @generated
	 * @ordered
	 */
	protected Date rolloutDate = ROLLOUT_DATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StandardRevisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchstonePackage.Literals.STANDARD_REVISION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.STANDARD_REVISION__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Status getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(Status newStatus) {
		Status oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.STANDARD_REVISION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.STANDARD_REVISION__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEditors() {
		if (editors == null) {
			editors = new EDataTypeUniqueEList<String>(String.class, this, TouchstonePackage.STANDARD_REVISION__EDITORS);
		}
		return editors;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.STANDARD_REVISION__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.STANDARD_REVISION__TITLE_EN, oldTitleEn, titleEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dimension getDimension() {
		if (dimension != null && dimension.eIsProxy()) {
			InternalEObject oldDimension = (InternalEObject)dimension;
			dimension = (Dimension)eResolveProxy(oldDimension);
			if (dimension != oldDimension) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TouchstonePackage.STANDARD_REVISION__DIMENSION, oldDimension, dimension));
			}
		}
		return dimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Dimension basicGetDimension() {
		return dimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDimension(Dimension newDimension) {
		Dimension oldDimension = dimension;
		dimension = newDimension;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.STANDARD_REVISION__DIMENSION, oldDimension, dimension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatement() {
		return statement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatement(String newStatement) {
		String oldStatement = statement;
		statement = newStatement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.STANDARD_REVISION__STATEMENT, oldStatement, statement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatementEn() {
		return statementEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatementEn(String newStatementEn) {
		String oldStatementEn = statementEn;
		statementEn = newStatementEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.STANDARD_REVISION__STATEMENT_EN, oldStatementEn, statementEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Criterion> getCriteria() {
		if (criteria == null) {
			criteria = new EObjectContainmentEList<Criterion>(Criterion.class, this, TouchstonePackage.STANDARD_REVISION__CRITERIA);
		}
		return criteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getObservation() {
		return observation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservation(String newObservation) {
		String oldObservation = observation;
		observation = newObservation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.STANDARD_REVISION__OBSERVATION, oldObservation, observation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getObservationEn() {
		return observationEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservationEn(String newObservationEn) {
		String oldObservationEn = observationEn;
		observationEn = newObservationEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.STANDARD_REVISION__OBSERVATION_EN, oldObservationEn, observationEn));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TouchstonePackage.STANDARD_REVISION__TOUCHPOINT, oldTouchpoint, touchpoint));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.STANDARD_REVISION__TOUCHPOINT, oldTouchpoint, touchpoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SegmentRule> getSegments() {
		if (segments == null) {
			segments = new EObjectContainmentEList<SegmentRule>(SegmentRule.class, this, TouchstonePackage.STANDARD_REVISION__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.STANDARD_REVISION__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEffectiveDate() {
		return effectiveDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffectiveDate(Date newEffectiveDate) {
		Date oldEffectiveDate = effectiveDate;
		effectiveDate = newEffectiveDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.STANDARD_REVISION__EFFECTIVE_DATE, oldEffectiveDate, effectiveDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReviewIntervalMonths() {
		return reviewIntervalMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewIntervalMonths(int newReviewIntervalMonths) {
		int oldReviewIntervalMonths = reviewIntervalMonths;
		reviewIntervalMonths = newReviewIntervalMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.STANDARD_REVISION__REVIEW_INTERVAL_MONTHS, oldReviewIntervalMonths, reviewIntervalMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.STANDARD_REVISION__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationaleEn() {
		return rationaleEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationaleEn(String newRationaleEn) {
		String oldRationaleEn = rationaleEn;
		rationaleEn = newRationaleEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.STANDARD_REVISION__RATIONALE_EN, oldRationaleEn, rationaleEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CaseStudy> getCases() {
		if (cases == null) {
			cases = new EObjectResolvingEList<CaseStudy>(CaseStudy.class, this, TouchstonePackage.STANDARD_REVISION__CASES);
		}
		return cases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Transition> getTransitions() {
		if (transitions == null) {
			transitions = new EObjectContainmentEList<Transition>(Transition.class, this, TouchstonePackage.STANDARD_REVISION__TRANSITIONS);
		}
		return transitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpectationLevel getExpectationLevel() {
		return expectationLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectationLevel(ExpectationLevel newExpectationLevel) {
		ExpectationLevel oldExpectationLevel = expectationLevel;
		expectationLevel = newExpectationLevel == null ? EXPECTATION_LEVEL_EDEFAULT : newExpectationLevel;
		boolean oldExpectationLevelESet = expectationLevelESet;
		expectationLevelESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.STANDARD_REVISION__EXPECTATION_LEVEL, oldExpectationLevel, expectationLevel, !oldExpectationLevelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetExpectationLevel() {
		ExpectationLevel oldExpectationLevel = expectationLevel;
		boolean oldExpectationLevelESet = expectationLevelESet;
		expectationLevel = EXPECTATION_LEVEL_EDEFAULT;
		expectationLevelESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TouchstonePackage.STANDARD_REVISION__EXPECTATION_LEVEL, oldExpectationLevel, EXPECTATION_LEVEL_EDEFAULT, oldExpectationLevelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetExpectationLevel() {
		return expectationLevelESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContactSituation> getContactSituations() {
		if (contactSituations == null) {
			contactSituations = new EDataTypeUniqueEList<ContactSituation>(ContactSituation.class, this, TouchstonePackage.STANDARD_REVISION__CONTACT_SITUATIONS);
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
			gaps = new EDataTypeUniqueEList<ServiceGap>(ServiceGap.class, this, TouchstonePackage.STANDARD_REVISION__GAPS);
		}
		return gaps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SiteRule> getSiteRules() {
		if (siteRules == null) {
			siteRules = new EObjectContainmentEList<SiteRule>(SiteRule.class, this, TouchstonePackage.STANDARD_REVISION__SITE_RULES);
		}
		return siteRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Site> getPilotSites() {
		if (pilotSites == null) {
			pilotSites = new EObjectResolvingEList<Site>(Site.class, this, TouchstonePackage.STANDARD_REVISION__PILOT_SITES);
		}
		return pilotSites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getRolloutDate() {
		return rolloutDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRolloutDate(Date newRolloutDate) {
		Date oldRolloutDate = rolloutDate;
		rolloutDate = newRolloutDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.STANDARD_REVISION__ROLLOUT_DATE, oldRolloutDate, rolloutDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TouchstonePackage.STANDARD_REVISION__CRITERIA:
				return ((InternalEList<?>)getCriteria()).basicRemove(otherEnd, msgs);
			case TouchstonePackage.STANDARD_REVISION__SEGMENTS:
				return ((InternalEList<?>)getSegments()).basicRemove(otherEnd, msgs);
			case TouchstonePackage.STANDARD_REVISION__TRANSITIONS:
				return ((InternalEList<?>)getTransitions()).basicRemove(otherEnd, msgs);
			case TouchstonePackage.STANDARD_REVISION__SITE_RULES:
				return ((InternalEList<?>)getSiteRules()).basicRemove(otherEnd, msgs);
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
			case TouchstonePackage.STANDARD_REVISION__NUMBER:
				return getNumber();
			case TouchstonePackage.STANDARD_REVISION__STATUS:
				return getStatus();
			case TouchstonePackage.STANDARD_REVISION__AUTHOR:
				return getAuthor();
			case TouchstonePackage.STANDARD_REVISION__EDITORS:
				return getEditors();
			case TouchstonePackage.STANDARD_REVISION__TITLE:
				return getTitle();
			case TouchstonePackage.STANDARD_REVISION__TITLE_EN:
				return getTitleEn();
			case TouchstonePackage.STANDARD_REVISION__DIMENSION:
				if (resolve) return getDimension();
				return basicGetDimension();
			case TouchstonePackage.STANDARD_REVISION__STATEMENT:
				return getStatement();
			case TouchstonePackage.STANDARD_REVISION__STATEMENT_EN:
				return getStatementEn();
			case TouchstonePackage.STANDARD_REVISION__CRITERIA:
				return getCriteria();
			case TouchstonePackage.STANDARD_REVISION__OBSERVATION:
				return getObservation();
			case TouchstonePackage.STANDARD_REVISION__OBSERVATION_EN:
				return getObservationEn();
			case TouchstonePackage.STANDARD_REVISION__TOUCHPOINT:
				if (resolve) return getTouchpoint();
				return basicGetTouchpoint();
			case TouchstonePackage.STANDARD_REVISION__SEGMENTS:
				return getSegments();
			case TouchstonePackage.STANDARD_REVISION__OWNER:
				return getOwner();
			case TouchstonePackage.STANDARD_REVISION__EFFECTIVE_DATE:
				return getEffectiveDate();
			case TouchstonePackage.STANDARD_REVISION__REVIEW_INTERVAL_MONTHS:
				return getReviewIntervalMonths();
			case TouchstonePackage.STANDARD_REVISION__RATIONALE:
				return getRationale();
			case TouchstonePackage.STANDARD_REVISION__RATIONALE_EN:
				return getRationaleEn();
			case TouchstonePackage.STANDARD_REVISION__CASES:
				return getCases();
			case TouchstonePackage.STANDARD_REVISION__TRANSITIONS:
				return getTransitions();
			case TouchstonePackage.STANDARD_REVISION__EXPECTATION_LEVEL:
				return getExpectationLevel();
			case TouchstonePackage.STANDARD_REVISION__CONTACT_SITUATIONS:
				return getContactSituations();
			case TouchstonePackage.STANDARD_REVISION__GAPS:
				return getGaps();
			case TouchstonePackage.STANDARD_REVISION__SITE_RULES:
				return getSiteRules();
			case TouchstonePackage.STANDARD_REVISION__PILOT_SITES:
				return getPilotSites();
			case TouchstonePackage.STANDARD_REVISION__ROLLOUT_DATE:
				return getRolloutDate();
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
			case TouchstonePackage.STANDARD_REVISION__NUMBER:
				setNumber((Integer)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__STATUS:
				setStatus((Status)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__AUTHOR:
				setAuthor((String)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__EDITORS:
				getEditors().clear();
				getEditors().addAll((Collection<? extends String>)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__TITLE:
				setTitle((String)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__TITLE_EN:
				setTitleEn((String)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__DIMENSION:
				setDimension((Dimension)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__STATEMENT:
				setStatement((String)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__STATEMENT_EN:
				setStatementEn((String)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__CRITERIA:
				getCriteria().clear();
				getCriteria().addAll((Collection<? extends Criterion>)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__OBSERVATION:
				setObservation((String)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__OBSERVATION_EN:
				setObservationEn((String)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__TOUCHPOINT:
				setTouchpoint((Touchpoint)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends SegmentRule>)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__OWNER:
				setOwner((String)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__EFFECTIVE_DATE:
				setEffectiveDate((Date)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__REVIEW_INTERVAL_MONTHS:
				setReviewIntervalMonths((Integer)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__RATIONALE:
				setRationale((String)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__RATIONALE_EN:
				setRationaleEn((String)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__CASES:
				getCases().clear();
				getCases().addAll((Collection<? extends CaseStudy>)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__TRANSITIONS:
				getTransitions().clear();
				getTransitions().addAll((Collection<? extends Transition>)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__EXPECTATION_LEVEL:
				setExpectationLevel((ExpectationLevel)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__CONTACT_SITUATIONS:
				getContactSituations().clear();
				getContactSituations().addAll((Collection<? extends ContactSituation>)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__GAPS:
				getGaps().clear();
				getGaps().addAll((Collection<? extends ServiceGap>)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__SITE_RULES:
				getSiteRules().clear();
				getSiteRules().addAll((Collection<? extends SiteRule>)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__PILOT_SITES:
				getPilotSites().clear();
				getPilotSites().addAll((Collection<? extends Site>)newValue);
				return;
			case TouchstonePackage.STANDARD_REVISION__ROLLOUT_DATE:
				setRolloutDate((Date)newValue);
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
			case TouchstonePackage.STANDARD_REVISION__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case TouchstonePackage.STANDARD_REVISION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case TouchstonePackage.STANDARD_REVISION__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case TouchstonePackage.STANDARD_REVISION__EDITORS:
				getEditors().clear();
				return;
			case TouchstonePackage.STANDARD_REVISION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case TouchstonePackage.STANDARD_REVISION__TITLE_EN:
				setTitleEn(TITLE_EN_EDEFAULT);
				return;
			case TouchstonePackage.STANDARD_REVISION__DIMENSION:
				setDimension((Dimension)null);
				return;
			case TouchstonePackage.STANDARD_REVISION__STATEMENT:
				setStatement(STATEMENT_EDEFAULT);
				return;
			case TouchstonePackage.STANDARD_REVISION__STATEMENT_EN:
				setStatementEn(STATEMENT_EN_EDEFAULT);
				return;
			case TouchstonePackage.STANDARD_REVISION__CRITERIA:
				getCriteria().clear();
				return;
			case TouchstonePackage.STANDARD_REVISION__OBSERVATION:
				setObservation(OBSERVATION_EDEFAULT);
				return;
			case TouchstonePackage.STANDARD_REVISION__OBSERVATION_EN:
				setObservationEn(OBSERVATION_EN_EDEFAULT);
				return;
			case TouchstonePackage.STANDARD_REVISION__TOUCHPOINT:
				setTouchpoint((Touchpoint)null);
				return;
			case TouchstonePackage.STANDARD_REVISION__SEGMENTS:
				getSegments().clear();
				return;
			case TouchstonePackage.STANDARD_REVISION__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case TouchstonePackage.STANDARD_REVISION__EFFECTIVE_DATE:
				setEffectiveDate(EFFECTIVE_DATE_EDEFAULT);
				return;
			case TouchstonePackage.STANDARD_REVISION__REVIEW_INTERVAL_MONTHS:
				setReviewIntervalMonths(REVIEW_INTERVAL_MONTHS_EDEFAULT);
				return;
			case TouchstonePackage.STANDARD_REVISION__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case TouchstonePackage.STANDARD_REVISION__RATIONALE_EN:
				setRationaleEn(RATIONALE_EN_EDEFAULT);
				return;
			case TouchstonePackage.STANDARD_REVISION__CASES:
				getCases().clear();
				return;
			case TouchstonePackage.STANDARD_REVISION__TRANSITIONS:
				getTransitions().clear();
				return;
			case TouchstonePackage.STANDARD_REVISION__EXPECTATION_LEVEL:
				unsetExpectationLevel();
				return;
			case TouchstonePackage.STANDARD_REVISION__CONTACT_SITUATIONS:
				getContactSituations().clear();
				return;
			case TouchstonePackage.STANDARD_REVISION__GAPS:
				getGaps().clear();
				return;
			case TouchstonePackage.STANDARD_REVISION__SITE_RULES:
				getSiteRules().clear();
				return;
			case TouchstonePackage.STANDARD_REVISION__PILOT_SITES:
				getPilotSites().clear();
				return;
			case TouchstonePackage.STANDARD_REVISION__ROLLOUT_DATE:
				setRolloutDate(ROLLOUT_DATE_EDEFAULT);
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
			case TouchstonePackage.STANDARD_REVISION__NUMBER:
				return number != NUMBER_EDEFAULT;
			case TouchstonePackage.STANDARD_REVISION__STATUS:
				return status != STATUS_EDEFAULT;
			case TouchstonePackage.STANDARD_REVISION__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case TouchstonePackage.STANDARD_REVISION__EDITORS:
				return editors != null && !editors.isEmpty();
			case TouchstonePackage.STANDARD_REVISION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case TouchstonePackage.STANDARD_REVISION__TITLE_EN:
				return TITLE_EN_EDEFAULT == null ? titleEn != null : !TITLE_EN_EDEFAULT.equals(titleEn);
			case TouchstonePackage.STANDARD_REVISION__DIMENSION:
				return dimension != null;
			case TouchstonePackage.STANDARD_REVISION__STATEMENT:
				return STATEMENT_EDEFAULT == null ? statement != null : !STATEMENT_EDEFAULT.equals(statement);
			case TouchstonePackage.STANDARD_REVISION__STATEMENT_EN:
				return STATEMENT_EN_EDEFAULT == null ? statementEn != null : !STATEMENT_EN_EDEFAULT.equals(statementEn);
			case TouchstonePackage.STANDARD_REVISION__CRITERIA:
				return criteria != null && !criteria.isEmpty();
			case TouchstonePackage.STANDARD_REVISION__OBSERVATION:
				return OBSERVATION_EDEFAULT == null ? observation != null : !OBSERVATION_EDEFAULT.equals(observation);
			case TouchstonePackage.STANDARD_REVISION__OBSERVATION_EN:
				return OBSERVATION_EN_EDEFAULT == null ? observationEn != null : !OBSERVATION_EN_EDEFAULT.equals(observationEn);
			case TouchstonePackage.STANDARD_REVISION__TOUCHPOINT:
				return touchpoint != null;
			case TouchstonePackage.STANDARD_REVISION__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case TouchstonePackage.STANDARD_REVISION__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case TouchstonePackage.STANDARD_REVISION__EFFECTIVE_DATE:
				return EFFECTIVE_DATE_EDEFAULT == null ? effectiveDate != null : !EFFECTIVE_DATE_EDEFAULT.equals(effectiveDate);
			case TouchstonePackage.STANDARD_REVISION__REVIEW_INTERVAL_MONTHS:
				return reviewIntervalMonths != REVIEW_INTERVAL_MONTHS_EDEFAULT;
			case TouchstonePackage.STANDARD_REVISION__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case TouchstonePackage.STANDARD_REVISION__RATIONALE_EN:
				return RATIONALE_EN_EDEFAULT == null ? rationaleEn != null : !RATIONALE_EN_EDEFAULT.equals(rationaleEn);
			case TouchstonePackage.STANDARD_REVISION__CASES:
				return cases != null && !cases.isEmpty();
			case TouchstonePackage.STANDARD_REVISION__TRANSITIONS:
				return transitions != null && !transitions.isEmpty();
			case TouchstonePackage.STANDARD_REVISION__EXPECTATION_LEVEL:
				return isSetExpectationLevel();
			case TouchstonePackage.STANDARD_REVISION__CONTACT_SITUATIONS:
				return contactSituations != null && !contactSituations.isEmpty();
			case TouchstonePackage.STANDARD_REVISION__GAPS:
				return gaps != null && !gaps.isEmpty();
			case TouchstonePackage.STANDARD_REVISION__SITE_RULES:
				return siteRules != null && !siteRules.isEmpty();
			case TouchstonePackage.STANDARD_REVISION__PILOT_SITES:
				return pilotSites != null && !pilotSites.isEmpty();
			case TouchstonePackage.STANDARD_REVISION__ROLLOUT_DATE:
				return ROLLOUT_DATE_EDEFAULT == null ? rolloutDate != null : !ROLLOUT_DATE_EDEFAULT.equals(rolloutDate);
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
		result.append(" (number: ");
		result.append(number);
		result.append(", status: ");
		result.append(status);
		result.append(", author: ");
		result.append(author);
		result.append(", editors: ");
		result.append(editors);
		result.append(", title: ");
		result.append(title);
		result.append(", titleEn: ");
		result.append(titleEn);
		result.append(", statement: ");
		result.append(statement);
		result.append(", statementEn: ");
		result.append(statementEn);
		result.append(", observation: ");
		result.append(observation);
		result.append(", observationEn: ");
		result.append(observationEn);
		result.append(", owner: ");
		result.append(owner);
		result.append(", effectiveDate: ");
		result.append(effectiveDate);
		result.append(", reviewIntervalMonths: ");
		result.append(reviewIntervalMonths);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(", rationaleEn: ");
		result.append(rationaleEn);
		result.append(", expectationLevel: ");
		if (expectationLevelESet) result.append(expectationLevel); else result.append("<unset>");
		result.append(", contactSituations: ");
		result.append(contactSituations);
		result.append(", gaps: ");
		result.append(gaps);
		result.append(", rolloutDate: ");
		result.append(rolloutDate);
		result.append(')');
		return result.toString();
	}

} //StandardRevisionImpl
