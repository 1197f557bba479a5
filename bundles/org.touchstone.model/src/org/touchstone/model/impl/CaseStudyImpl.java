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
import org.eclipse.emf.ecore.util.InternalEList;

import org.touchstone.model.CaseStudy;
import org.touchstone.model.CaseText;
import org.touchstone.model.TouchstonePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Case Study</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.impl.CaseStudyImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CaseStudyImpl#getCompany <em>Company</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CaseStudyImpl#getIndustry <em>Industry</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CaseStudyImpl#getIndustryEn <em>Industry En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CaseStudyImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CaseStudyImpl#getRegionEn <em>Region En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CaseStudyImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CaseStudyImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CaseStudyImpl#getPrinciples <em>Principles</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CaseStudyImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CaseStudyImpl#getTexts <em>Texts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CaseStudyImpl extends IdentifiedImpl implements CaseStudy {
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
	 * The default value of the '{@link #getCompany() <em>Company</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompany()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPANY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompany() <em>Company</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompany()
	 * @generated
	 * @ordered
	 */
	protected String company = COMPANY_EDEFAULT;

	/**
	 * The default value of the '{@link #getIndustry() <em>Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustry()
	 * @generated
	 * @ordered
	 */
	protected static final String INDUSTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndustry() <em>Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustry()
	 * @generated
	 * @ordered
	 */
	protected String industry = INDUSTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getIndustryEn() <em>Industry En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustryEn()
	 * @generated
	 * @ordered
	 */
	protected static final String INDUSTRY_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndustryEn() <em>Industry En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndustryEn()
	 * @generated
	 * @ordered
	 */
	protected String industryEn = INDUSTRY_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected String region = REGION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegionEn() <em>Region En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegionEn()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegionEn() <em>Region En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegionEn()
	 * @generated
	 * @ordered
	 */
	protected String regionEn = REGION_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The cached value of the '{@link #getPrinciples() <em>Principles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrinciples()
	 * @generated
	 * @ordered
	 */
	protected EList<String> principles;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<String> sources;

	/**
	 * The cached value of the '{@link #getTexts() <em>Texts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTexts()
	 * @generated
	 * @ordered
	 */
	protected EList<CaseText> texts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CaseStudyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchstonePackage.Literals.CASE_STUDY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CASE_STUDY__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCompany() {
		return company;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompany(String newCompany) {
		String oldCompany = company;
		company = newCompany;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CASE_STUDY__COMPANY, oldCompany, company));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIndustry() {
		return industry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndustry(String newIndustry) {
		String oldIndustry = industry;
		industry = newIndustry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CASE_STUDY__INDUSTRY, oldIndustry, industry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIndustryEn() {
		return industryEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndustryEn(String newIndustryEn) {
		String oldIndustryEn = industryEn;
		industryEn = newIndustryEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CASE_STUDY__INDUSTRY_EN, oldIndustryEn, industryEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion) {
		String oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CASE_STUDY__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegionEn() {
		return regionEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegionEn(String newRegionEn) {
		String oldRegionEn = regionEn;
		regionEn = newRegionEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CASE_STUDY__REGION_EN, oldRegionEn, regionEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CASE_STUDY__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, TouchstonePackage.CASE_STUDY__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPrinciples() {
		if (principles == null) {
			principles = new EDataTypeUniqueEList<String>(String.class, this, TouchstonePackage.CASE_STUDY__PRINCIPLES);
		}
		return principles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSources() {
		if (sources == null) {
			sources = new EDataTypeUniqueEList<String>(String.class, this, TouchstonePackage.CASE_STUDY__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CaseText> getTexts() {
		if (texts == null) {
			texts = new EObjectContainmentEList<CaseText>(CaseText.class, this, TouchstonePackage.CASE_STUDY__TEXTS);
		}
		return texts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TouchstonePackage.CASE_STUDY__TEXTS:
				return ((InternalEList<?>)getTexts()).basicRemove(otherEnd, msgs);
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
			case TouchstonePackage.CASE_STUDY__KEY:
				return getKey();
			case TouchstonePackage.CASE_STUDY__COMPANY:
				return getCompany();
			case TouchstonePackage.CASE_STUDY__INDUSTRY:
				return getIndustry();
			case TouchstonePackage.CASE_STUDY__INDUSTRY_EN:
				return getIndustryEn();
			case TouchstonePackage.CASE_STUDY__REGION:
				return getRegion();
			case TouchstonePackage.CASE_STUDY__REGION_EN:
				return getRegionEn();
			case TouchstonePackage.CASE_STUDY__YEAR:
				return getYear();
			case TouchstonePackage.CASE_STUDY__TAGS:
				return getTags();
			case TouchstonePackage.CASE_STUDY__PRINCIPLES:
				return getPrinciples();
			case TouchstonePackage.CASE_STUDY__SOURCES:
				return getSources();
			case TouchstonePackage.CASE_STUDY__TEXTS:
				return getTexts();
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
			case TouchstonePackage.CASE_STUDY__KEY:
				setKey((String)newValue);
				return;
			case TouchstonePackage.CASE_STUDY__COMPANY:
				setCompany((String)newValue);
				return;
			case TouchstonePackage.CASE_STUDY__INDUSTRY:
				setIndustry((String)newValue);
				return;
			case TouchstonePackage.CASE_STUDY__INDUSTRY_EN:
				setIndustryEn((String)newValue);
				return;
			case TouchstonePackage.CASE_STUDY__REGION:
				setRegion((String)newValue);
				return;
			case TouchstonePackage.CASE_STUDY__REGION_EN:
				setRegionEn((String)newValue);
				return;
			case TouchstonePackage.CASE_STUDY__YEAR:
				setYear((Integer)newValue);
				return;
			case TouchstonePackage.CASE_STUDY__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case TouchstonePackage.CASE_STUDY__PRINCIPLES:
				getPrinciples().clear();
				getPrinciples().addAll((Collection<? extends String>)newValue);
				return;
			case TouchstonePackage.CASE_STUDY__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends String>)newValue);
				return;
			case TouchstonePackage.CASE_STUDY__TEXTS:
				getTexts().clear();
				getTexts().addAll((Collection<? extends CaseText>)newValue);
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
			case TouchstonePackage.CASE_STUDY__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case TouchstonePackage.CASE_STUDY__COMPANY:
				setCompany(COMPANY_EDEFAULT);
				return;
			case TouchstonePackage.CASE_STUDY__INDUSTRY:
				setIndustry(INDUSTRY_EDEFAULT);
				return;
			case TouchstonePackage.CASE_STUDY__INDUSTRY_EN:
				setIndustryEn(INDUSTRY_EN_EDEFAULT);
				return;
			case TouchstonePackage.CASE_STUDY__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case TouchstonePackage.CASE_STUDY__REGION_EN:
				setRegionEn(REGION_EN_EDEFAULT);
				return;
			case TouchstonePackage.CASE_STUDY__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case TouchstonePackage.CASE_STUDY__TAGS:
				getTags().clear();
				return;
			case TouchstonePackage.CASE_STUDY__PRINCIPLES:
				getPrinciples().clear();
				return;
			case TouchstonePackage.CASE_STUDY__SOURCES:
				getSources().clear();
				return;
			case TouchstonePackage.CASE_STUDY__TEXTS:
				getTexts().clear();
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
			case TouchstonePackage.CASE_STUDY__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case TouchstonePackage.CASE_STUDY__COMPANY:
				return COMPANY_EDEFAULT == null ? company != null : !COMPANY_EDEFAULT.equals(company);
			case TouchstonePackage.CASE_STUDY__INDUSTRY:
				return INDUSTRY_EDEFAULT == null ? industry != null : !INDUSTRY_EDEFAULT.equals(industry);
			case TouchstonePackage.CASE_STUDY__INDUSTRY_EN:
				return INDUSTRY_EN_EDEFAULT == null ? industryEn != null : !INDUSTRY_EN_EDEFAULT.equals(industryEn);
			case TouchstonePackage.CASE_STUDY__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case TouchstonePackage.CASE_STUDY__REGION_EN:
				return REGION_EN_EDEFAULT == null ? regionEn != null : !REGION_EN_EDEFAULT.equals(regionEn);
			case TouchstonePackage.CASE_STUDY__YEAR:
				return year != YEAR_EDEFAULT;
			case TouchstonePackage.CASE_STUDY__TAGS:
				return tags != null && !tags.isEmpty();
			case TouchstonePackage.CASE_STUDY__PRINCIPLES:
				return principles != null && !principles.isEmpty();
			case TouchstonePackage.CASE_STUDY__SOURCES:
				return sources != null && !sources.isEmpty();
			case TouchstonePackage.CASE_STUDY__TEXTS:
				return texts != null && !texts.isEmpty();
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
		result.append(", company: ");
		result.append(company);
		result.append(", industry: ");
		result.append(industry);
		result.append(", industryEn: ");
		result.append(industryEn);
		result.append(", region: ");
		result.append(region);
		result.append(", regionEn: ");
		result.append(regionEn);
		result.append(", year: ");
		result.append(year);
		result.append(", tags: ");
		result.append(tags);
		result.append(", principles: ");
		result.append(principles);
		result.append(", sources: ");
		result.append(sources);
		result.append(')');
		return result.toString();
	}

} //CaseStudyImpl
