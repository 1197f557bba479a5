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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.touchstone.model.Branding;
import org.touchstone.model.CaseStudy;
import org.touchstone.model.Complaint;
import org.touchstone.model.CustomerSegment;
import org.touchstone.model.Dimension;
import org.touchstone.model.Handbook;
import org.touchstone.model.Language;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.Site;
import org.touchstone.model.Tenant;
import org.touchstone.model.Touchpoint;
import org.touchstone.model.TouchstonePackage;
import org.touchstone.model.User;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Tenant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.impl.TenantImpl#getSchemaVersion <em>Schema Version</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TenantImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TenantImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TenantImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TenantImpl#getLocale <em>Locale</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TenantImpl#getBranding <em>Branding</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TenantImpl#getUsers <em>Users</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TenantImpl#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TenantImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TenantImpl#getTouchpoints <em>Touchpoints</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TenantImpl#getStandards <em>Standards</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TenantImpl#getPlaybooks <em>Playbooks</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TenantImpl#getCases <em>Cases</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TenantImpl#getHandbooks <em>Handbooks</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TenantImpl#getSites <em>Sites</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TenantImpl#getComplaints <em>Complaints</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TenantImpl extends IdentifiedImpl implements Tenant {
	/**
	 * The default value of the '{@link #getSchemaVersion() <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemaVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int SCHEMA_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSchemaVersion() <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemaVersion()
	 * @generated
	 * @ordered
	 */
	protected int schemaVersion = SCHEMA_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected String nameEn = NAME_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocale() <em>Locale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocale()
	 * @generated
	 * @ordered
	 */
	protected static final Language LOCALE_EDEFAULT = Language.ZH;

	/**
	 * The cached value of the '{@link #getLocale() <em>Locale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocale()
	 * @generated
	 * @ordered
	 */
	protected Language locale = LOCALE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBranding() <em>Branding</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBranding()
	 * @generated
	 * @ordered
	 */
	protected Branding branding;

	/**
	 * The cached value of the '{@link #getUsers() <em>Users</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsers()
	 * @generated
	 * @ordered
	 */
	protected EList<User> users;

	/**
	 * The cached value of the '{@link #getDimensions() <em>Dimensions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensions()
	 * @generated
	 * @ordered
	 */
	protected EList<Dimension> dimensions;

	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomerSegment> segments;

	/**
	 * The cached value of the '{@link #getTouchpoints() <em>Touchpoints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTouchpoints()
	 * @generated
	 * @ordered
	 */
	protected EList<Touchpoint> touchpoints;

	/**
	 * The cached value of the '{@link #getStandards() <em>Standards</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandards()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceStandard> standards;

	/**
	 * The cached value of the '{@link #getPlaybooks() <em>Playbooks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaybooks()
	 * @generated
	 * @ordered
	 */
	protected EList<RecoveryPlaybook> playbooks;

	/**
	 * The cached value of the '{@link #getCases() <em>Cases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCases()
	 * @generated
	 * @ordered
	 */
	protected EList<CaseStudy> cases;

	/**
	 * The cached value of the '{@link #getHandbooks() <em>Handbooks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandbooks()
	 * @generated
	 * @ordered
	 */
	protected EList<Handbook> handbooks;

	/**
	 * The cached value of the '{@link #getSites() <em>Sites</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSites()
	 * @generated
	 * @ordered
	 */
	protected EList<Site> sites;

	/**
	 * The cached value of the '{@link #getComplaints() <em>Complaints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplaints()
	 * @generated
	 * @ordered
	 */
	protected EList<Complaint> complaints;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TenantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchstonePackage.Literals.TENANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSchemaVersion() {
		return schemaVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchemaVersion(int newSchemaVersion) {
		int oldSchemaVersion = schemaVersion;
		schemaVersion = newSchemaVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.TENANT__SCHEMA_VERSION, oldSchemaVersion, schemaVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.TENANT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.TENANT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameEn() {
		return nameEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameEn(String newNameEn) {
		String oldNameEn = nameEn;
		nameEn = newNameEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.TENANT__NAME_EN, oldNameEn, nameEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Language getLocale() {
		return locale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocale(Language newLocale) {
		Language oldLocale = locale;
		locale = newLocale == null ? LOCALE_EDEFAULT : newLocale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.TENANT__LOCALE, oldLocale, locale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Branding getBranding() {
		return branding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBranding(Branding newBranding, NotificationChain msgs) {
		Branding oldBranding = branding;
		branding = newBranding;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TouchstonePackage.TENANT__BRANDING, oldBranding, newBranding);
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
	public void setBranding(Branding newBranding) {
		if (newBranding != branding) {
			NotificationChain msgs = null;
			if (branding != null)
				msgs = ((InternalEObject)branding).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TouchstonePackage.TENANT__BRANDING, null, msgs);
			if (newBranding != null)
				msgs = ((InternalEObject)newBranding).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TouchstonePackage.TENANT__BRANDING, null, msgs);
			msgs = basicSetBranding(newBranding, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.TENANT__BRANDING, newBranding, newBranding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<User> getUsers() {
		if (users == null) {
			users = new EObjectContainmentEList<User>(User.class, this, TouchstonePackage.TENANT__USERS);
		}
		return users;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Dimension> getDimensions() {
		if (dimensions == null) {
			dimensions = new EObjectContainmentEList<Dimension>(Dimension.class, this, TouchstonePackage.TENANT__DIMENSIONS);
		}
		return dimensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomerSegment> getSegments() {
		if (segments == null) {
			segments = new EObjectContainmentEList<CustomerSegment>(CustomerSegment.class, this, TouchstonePackage.TENANT__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Touchpoint> getTouchpoints() {
		if (touchpoints == null) {
			touchpoints = new EObjectContainmentEList<Touchpoint>(Touchpoint.class, this, TouchstonePackage.TENANT__TOUCHPOINTS);
		}
		return touchpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceStandard> getStandards() {
		if (standards == null) {
			standards = new EObjectContainmentEList<ServiceStandard>(ServiceStandard.class, this, TouchstonePackage.TENANT__STANDARDS);
		}
		return standards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RecoveryPlaybook> getPlaybooks() {
		if (playbooks == null) {
			playbooks = new EObjectContainmentEList<RecoveryPlaybook>(RecoveryPlaybook.class, this, TouchstonePackage.TENANT__PLAYBOOKS);
		}
		return playbooks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CaseStudy> getCases() {
		if (cases == null) {
			cases = new EObjectContainmentEList<CaseStudy>(CaseStudy.class, this, TouchstonePackage.TENANT__CASES);
		}
		return cases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Handbook> getHandbooks() {
		if (handbooks == null) {
			handbooks = new EObjectContainmentEList<Handbook>(Handbook.class, this, TouchstonePackage.TENANT__HANDBOOKS);
		}
		return handbooks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Site> getSites() {
		if (sites == null) {
			sites = new EObjectContainmentEList<Site>(Site.class, this, TouchstonePackage.TENANT__SITES);
		}
		return sites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Complaint> getComplaints() {
		if (complaints == null) {
			complaints = new EObjectContainmentEList<Complaint>(Complaint.class, this, TouchstonePackage.TENANT__COMPLAINTS);
		}
		return complaints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TouchstonePackage.TENANT__BRANDING:
				return basicSetBranding(null, msgs);
			case TouchstonePackage.TENANT__USERS:
				return ((InternalEList<?>)getUsers()).basicRemove(otherEnd, msgs);
			case TouchstonePackage.TENANT__DIMENSIONS:
				return ((InternalEList<?>)getDimensions()).basicRemove(otherEnd, msgs);
			case TouchstonePackage.TENANT__SEGMENTS:
				return ((InternalEList<?>)getSegments()).basicRemove(otherEnd, msgs);
			case TouchstonePackage.TENANT__TOUCHPOINTS:
				return ((InternalEList<?>)getTouchpoints()).basicRemove(otherEnd, msgs);
			case TouchstonePackage.TENANT__STANDARDS:
				return ((InternalEList<?>)getStandards()).basicRemove(otherEnd, msgs);
			case TouchstonePackage.TENANT__PLAYBOOKS:
				return ((InternalEList<?>)getPlaybooks()).basicRemove(otherEnd, msgs);
			case TouchstonePackage.TENANT__CASES:
				return ((InternalEList<?>)getCases()).basicRemove(otherEnd, msgs);
			case TouchstonePackage.TENANT__HANDBOOKS:
				return ((InternalEList<?>)getHandbooks()).basicRemove(otherEnd, msgs);
			case TouchstonePackage.TENANT__SITES:
				return ((InternalEList<?>)getSites()).basicRemove(otherEnd, msgs);
			case TouchstonePackage.TENANT__COMPLAINTS:
				return ((InternalEList<?>)getComplaints()).basicRemove(otherEnd, msgs);
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
			case TouchstonePackage.TENANT__SCHEMA_VERSION:
				return getSchemaVersion();
			case TouchstonePackage.TENANT__ID:
				return getId();
			case TouchstonePackage.TENANT__NAME:
				return getName();
			case TouchstonePackage.TENANT__NAME_EN:
				return getNameEn();
			case TouchstonePackage.TENANT__LOCALE:
				return getLocale();
			case TouchstonePackage.TENANT__BRANDING:
				return getBranding();
			case TouchstonePackage.TENANT__USERS:
				return getUsers();
			case TouchstonePackage.TENANT__DIMENSIONS:
				return getDimensions();
			case TouchstonePackage.TENANT__SEGMENTS:
				return getSegments();
			case TouchstonePackage.TENANT__TOUCHPOINTS:
				return getTouchpoints();
			case TouchstonePackage.TENANT__STANDARDS:
				return getStandards();
			case TouchstonePackage.TENANT__PLAYBOOKS:
				return getPlaybooks();
			case TouchstonePackage.TENANT__CASES:
				return getCases();
			case TouchstonePackage.TENANT__HANDBOOKS:
				return getHandbooks();
			case TouchstonePackage.TENANT__SITES:
				return getSites();
			case TouchstonePackage.TENANT__COMPLAINTS:
				return getComplaints();
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
			case TouchstonePackage.TENANT__SCHEMA_VERSION:
				setSchemaVersion((Integer)newValue);
				return;
			case TouchstonePackage.TENANT__ID:
				setId((String)newValue);
				return;
			case TouchstonePackage.TENANT__NAME:
				setName((String)newValue);
				return;
			case TouchstonePackage.TENANT__NAME_EN:
				setNameEn((String)newValue);
				return;
			case TouchstonePackage.TENANT__LOCALE:
				setLocale((Language)newValue);
				return;
			case TouchstonePackage.TENANT__BRANDING:
				setBranding((Branding)newValue);
				return;
			case TouchstonePackage.TENANT__USERS:
				getUsers().clear();
				getUsers().addAll((Collection<? extends User>)newValue);
				return;
			case TouchstonePackage.TENANT__DIMENSIONS:
				getDimensions().clear();
				getDimensions().addAll((Collection<? extends Dimension>)newValue);
				return;
			case TouchstonePackage.TENANT__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends CustomerSegment>)newValue);
				return;
			case TouchstonePackage.TENANT__TOUCHPOINTS:
				getTouchpoints().clear();
				getTouchpoints().addAll((Collection<? extends Touchpoint>)newValue);
				return;
			case TouchstonePackage.TENANT__STANDARDS:
				getStandards().clear();
				getStandards().addAll((Collection<? extends ServiceStandard>)newValue);
				return;
			case TouchstonePackage.TENANT__PLAYBOOKS:
				getPlaybooks().clear();
				getPlaybooks().addAll((Collection<? extends RecoveryPlaybook>)newValue);
				return;
			case TouchstonePackage.TENANT__CASES:
				getCases().clear();
				getCases().addAll((Collection<? extends CaseStudy>)newValue);
				return;
			case TouchstonePackage.TENANT__HANDBOOKS:
				getHandbooks().clear();
				getHandbooks().addAll((Collection<? extends Handbook>)newValue);
				return;
			case TouchstonePackage.TENANT__SITES:
				getSites().clear();
				getSites().addAll((Collection<? extends Site>)newValue);
				return;
			case TouchstonePackage.TENANT__COMPLAINTS:
				getComplaints().clear();
				getComplaints().addAll((Collection<? extends Complaint>)newValue);
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
			case TouchstonePackage.TENANT__SCHEMA_VERSION:
				setSchemaVersion(SCHEMA_VERSION_EDEFAULT);
				return;
			case TouchstonePackage.TENANT__ID:
				setId(ID_EDEFAULT);
				return;
			case TouchstonePackage.TENANT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TouchstonePackage.TENANT__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case TouchstonePackage.TENANT__LOCALE:
				setLocale(LOCALE_EDEFAULT);
				return;
			case TouchstonePackage.TENANT__BRANDING:
				setBranding((Branding)null);
				return;
			case TouchstonePackage.TENANT__USERS:
				getUsers().clear();
				return;
			case TouchstonePackage.TENANT__DIMENSIONS:
				getDimensions().clear();
				return;
			case TouchstonePackage.TENANT__SEGMENTS:
				getSegments().clear();
				return;
			case TouchstonePackage.TENANT__TOUCHPOINTS:
				getTouchpoints().clear();
				return;
			case TouchstonePackage.TENANT__STANDARDS:
				getStandards().clear();
				return;
			case TouchstonePackage.TENANT__PLAYBOOKS:
				getPlaybooks().clear();
				return;
			case TouchstonePackage.TENANT__CASES:
				getCases().clear();
				return;
			case TouchstonePackage.TENANT__HANDBOOKS:
				getHandbooks().clear();
				return;
			case TouchstonePackage.TENANT__SITES:
				getSites().clear();
				return;
			case TouchstonePackage.TENANT__COMPLAINTS:
				getComplaints().clear();
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
			case TouchstonePackage.TENANT__SCHEMA_VERSION:
				return schemaVersion != SCHEMA_VERSION_EDEFAULT;
			case TouchstonePackage.TENANT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case TouchstonePackage.TENANT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TouchstonePackage.TENANT__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case TouchstonePackage.TENANT__LOCALE:
				return locale != LOCALE_EDEFAULT;
			case TouchstonePackage.TENANT__BRANDING:
				return branding != null;
			case TouchstonePackage.TENANT__USERS:
				return users != null && !users.isEmpty();
			case TouchstonePackage.TENANT__DIMENSIONS:
				return dimensions != null && !dimensions.isEmpty();
			case TouchstonePackage.TENANT__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case TouchstonePackage.TENANT__TOUCHPOINTS:
				return touchpoints != null && !touchpoints.isEmpty();
			case TouchstonePackage.TENANT__STANDARDS:
				return standards != null && !standards.isEmpty();
			case TouchstonePackage.TENANT__PLAYBOOKS:
				return playbooks != null && !playbooks.isEmpty();
			case TouchstonePackage.TENANT__CASES:
				return cases != null && !cases.isEmpty();
			case TouchstonePackage.TENANT__HANDBOOKS:
				return handbooks != null && !handbooks.isEmpty();
			case TouchstonePackage.TENANT__SITES:
				return sites != null && !sites.isEmpty();
			case TouchstonePackage.TENANT__COMPLAINTS:
				return complaints != null && !complaints.isEmpty();
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
		result.append(" (schemaVersion: ");
		result.append(schemaVersion);
		result.append(", id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", nameEn: ");
		result.append(nameEn);
		result.append(", locale: ");
		result.append(locale);
		result.append(')');
		return result.toString();
	}

} //TenantImpl
