/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.touchstone.model.Site;
import org.touchstone.model.TouchstonePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.impl.SiteImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.touchstone.model.impl.SiteImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.touchstone.model.impl.SiteImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.SiteImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.touchstone.model.impl.SiteImpl#getRegionEn <em>Region En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.SiteImpl#getCustomersPerMonth <em>Customers Per Month</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SiteImpl extends IdentifiedImpl implements Site {
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
	 * The default value of the '{@link #getCustomersPerMonth() <em>Customers Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomersPerMonth()
	 * @generated
	 * @ordered
	 */
	protected static final Integer CUSTOMERS_PER_MONTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomersPerMonth() <em>Customers Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomersPerMonth()
	 * @generated
	 * @ordered
	 */
	protected Integer customersPerMonth = CUSTOMERS_PER_MONTH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SiteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchstonePackage.Literals.SITE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.SITE__KEY, oldKey, key));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.SITE__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.SITE__NAME_EN, oldNameEn, nameEn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.SITE__REGION, oldRegion, region));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.SITE__REGION_EN, oldRegionEn, regionEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getCustomersPerMonth() {
		return customersPerMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomersPerMonth(Integer newCustomersPerMonth) {
		Integer oldCustomersPerMonth = customersPerMonth;
		customersPerMonth = newCustomersPerMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.SITE__CUSTOMERS_PER_MONTH, oldCustomersPerMonth, customersPerMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TouchstonePackage.SITE__KEY:
				return getKey();
			case TouchstonePackage.SITE__NAME:
				return getName();
			case TouchstonePackage.SITE__NAME_EN:
				return getNameEn();
			case TouchstonePackage.SITE__REGION:
				return getRegion();
			case TouchstonePackage.SITE__REGION_EN:
				return getRegionEn();
			case TouchstonePackage.SITE__CUSTOMERS_PER_MONTH:
				return getCustomersPerMonth();
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
			case TouchstonePackage.SITE__KEY:
				setKey((String)newValue);
				return;
			case TouchstonePackage.SITE__NAME:
				setName((String)newValue);
				return;
			case TouchstonePackage.SITE__NAME_EN:
				setNameEn((String)newValue);
				return;
			case TouchstonePackage.SITE__REGION:
				setRegion((String)newValue);
				return;
			case TouchstonePackage.SITE__REGION_EN:
				setRegionEn((String)newValue);
				return;
			case TouchstonePackage.SITE__CUSTOMERS_PER_MONTH:
				setCustomersPerMonth((Integer)newValue);
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
			case TouchstonePackage.SITE__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case TouchstonePackage.SITE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TouchstonePackage.SITE__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case TouchstonePackage.SITE__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case TouchstonePackage.SITE__REGION_EN:
				setRegionEn(REGION_EN_EDEFAULT);
				return;
			case TouchstonePackage.SITE__CUSTOMERS_PER_MONTH:
				setCustomersPerMonth(CUSTOMERS_PER_MONTH_EDEFAULT);
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
			case TouchstonePackage.SITE__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case TouchstonePackage.SITE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TouchstonePackage.SITE__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case TouchstonePackage.SITE__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case TouchstonePackage.SITE__REGION_EN:
				return REGION_EN_EDEFAULT == null ? regionEn != null : !REGION_EN_EDEFAULT.equals(regionEn);
			case TouchstonePackage.SITE__CUSTOMERS_PER_MONTH:
				return CUSTOMERS_PER_MONTH_EDEFAULT == null ? customersPerMonth != null : !CUSTOMERS_PER_MONTH_EDEFAULT.equals(customersPerMonth);
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
		result.append(", name: ");
		result.append(name);
		result.append(", nameEn: ");
		result.append(nameEn);
		result.append(", region: ");
		result.append(region);
		result.append(", regionEn: ");
		result.append(regionEn);
		result.append(", customersPerMonth: ");
		result.append(customersPerMonth);
		result.append(')');
		return result.toString();
	}

} //SiteImpl
