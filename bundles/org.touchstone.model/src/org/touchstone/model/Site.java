/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.Site#getKey <em>Key</em>}</li>
 *   <li>{@link org.touchstone.model.Site#getName <em>Name</em>}</li>
 *   <li>{@link org.touchstone.model.Site#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.touchstone.model.Site#getRegion <em>Region</em>}</li>
 *   <li>{@link org.touchstone.model.Site#getRegionEn <em>Region En</em>}</li>
 *   <li>{@link org.touchstone.model.Site#getCustomersPerMonth <em>Customers Per Month</em>}</li>
 * </ul>
 *
 * @see org.touchstone.model.TouchstonePackage#getSite()
 * @model
 * @generated
 */
public interface Site extends Identified {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.touchstone.model.TouchstonePackage#getSite_Key()
	 * @model required="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Site#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.touchstone.model.TouchstonePackage#getSite_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Site#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getSite_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Site#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see org.touchstone.model.TouchstonePackage#getSite_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Site#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Region En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region En</em>' attribute.
	 * @see #setRegionEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getSite_RegionEn()
	 * @model
	 * @generated
	 */
	String getRegionEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Site#getRegionEn <em>Region En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region En</em>' attribute.
	 * @see #getRegionEn()
	 * @generated
	 */
	void setRegionEn(String value);

	/**
	 * Returns the value of the '<em><b>Customers Per Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customers Per Month</em>' attribute.
	 * @see #setCustomersPerMonth(Integer)
	 * @see org.touchstone.model.TouchstonePackage#getSite_CustomersPerMonth()
	 * @model
	 * @generated
	 */
	Integer getCustomersPerMonth();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Site#getCustomersPerMonth <em>Customers Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customers Per Month</em>' attribute.
	 * @see #getCustomersPerMonth()
	 * @generated
	 */
	void setCustomersPerMonth(Integer value);

} // Site
