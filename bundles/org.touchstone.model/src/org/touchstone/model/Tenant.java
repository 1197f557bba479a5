/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tenant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.Tenant#getSchemaVersion <em>Schema Version</em>}</li>
 *   <li>{@link org.touchstone.model.Tenant#getId <em>Id</em>}</li>
 *   <li>{@link org.touchstone.model.Tenant#getName <em>Name</em>}</li>
 *   <li>{@link org.touchstone.model.Tenant#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.touchstone.model.Tenant#getLocale <em>Locale</em>}</li>
 *   <li>{@link org.touchstone.model.Tenant#getBranding <em>Branding</em>}</li>
 *   <li>{@link org.touchstone.model.Tenant#getUsers <em>Users</em>}</li>
 *   <li>{@link org.touchstone.model.Tenant#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link org.touchstone.model.Tenant#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.touchstone.model.Tenant#getTouchpoints <em>Touchpoints</em>}</li>
 *   <li>{@link org.touchstone.model.Tenant#getStandards <em>Standards</em>}</li>
 *   <li>{@link org.touchstone.model.Tenant#getPlaybooks <em>Playbooks</em>}</li>
 *   <li>{@link org.touchstone.model.Tenant#getCases <em>Cases</em>}</li>
 *   <li>{@link org.touchstone.model.Tenant#getHandbooks <em>Handbooks</em>}</li>
 *   <li>{@link org.touchstone.model.Tenant#getSites <em>Sites</em>}</li>
 *   <li>{@link org.touchstone.model.Tenant#getComplaints <em>Complaints</em>}</li>
 * </ul>
 *
 * @see org.touchstone.model.TouchstonePackage#getTenant()
 * @model
 * @generated
 */
public interface Tenant extends Identified {
	/**
	 * Returns the value of the '<em><b>Schema Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Schema Version</em>' attribute.
	 * @see #setSchemaVersion(int)
	 * @see org.touchstone.model.TouchstonePackage#getTenant_SchemaVersion()
	 * @model
	 * @generated
	 */
	int getSchemaVersion();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Tenant#getSchemaVersion <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schema Version</em>' attribute.
	 * @see #getSchemaVersion()
	 * @generated
	 */
	void setSchemaVersion(int value);

	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.touchstone.model.TouchstonePackage#getTenant_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Tenant#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.touchstone.model.TouchstonePackage#getTenant_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Tenant#getName <em>Name</em>}' attribute.
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
	 * @see org.touchstone.model.TouchstonePackage#getTenant_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Tenant#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Locale</b></em>' attribute.
	 * The literals are from the enumeration {@link org.touchstone.model.Language}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Locale</em>' attribute.
	 * @see org.touchstone.model.Language
	 * @see #setLocale(Language)
	 * @see org.touchstone.model.TouchstonePackage#getTenant_Locale()
	 * @model
	 * @generated
	 */
	Language getLocale();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Tenant#getLocale <em>Locale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Locale</em>' attribute.
	 * @see org.touchstone.model.Language
	 * @see #getLocale()
	 * @generated
	 */
	void setLocale(Language value);

	/**
	 * Returns the value of the '<em><b>Branding</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Branding</em>' containment reference.
	 * @see #setBranding(Branding)
	 * @see org.touchstone.model.TouchstonePackage#getTenant_Branding()
	 * @model containment="true"
	 * @generated
	 */
	Branding getBranding();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Tenant#getBranding <em>Branding</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Branding</em>' containment reference.
	 * @see #getBranding()
	 * @generated
	 */
	void setBranding(Branding value);

	/**
	 * Returns the value of the '<em><b>Users</b></em>' containment reference list.
	 * The list contents are of type {@link org.touchstone.model.User}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Users</em>' containment reference list.
	 * @see org.touchstone.model.TouchstonePackage#getTenant_Users()
	 * @model containment="true"
	 * @generated
	 */
	EList<User> getUsers();

	/**
	 * Returns the value of the '<em><b>Dimensions</b></em>' containment reference list.
	 * The list contents are of type {@link org.touchstone.model.Dimension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimensions</em>' containment reference list.
	 * @see org.touchstone.model.TouchstonePackage#getTenant_Dimensions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Dimension> getDimensions();

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' containment reference list.
	 * The list contents are of type {@link org.touchstone.model.CustomerSegment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segments</em>' containment reference list.
	 * @see org.touchstone.model.TouchstonePackage#getTenant_Segments()
	 * @model containment="true"
	 * @generated
	 */
	EList<CustomerSegment> getSegments();

	/**
	 * Returns the value of the '<em><b>Touchpoints</b></em>' containment reference list.
	 * The list contents are of type {@link org.touchstone.model.Touchpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Touchpoints</em>' containment reference list.
	 * @see org.touchstone.model.TouchstonePackage#getTenant_Touchpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Touchpoint> getTouchpoints();

	/**
	 * Returns the value of the '<em><b>Standards</b></em>' containment reference list.
	 * The list contents are of type {@link org.touchstone.model.ServiceStandard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Standards</em>' containment reference list.
	 * @see org.touchstone.model.TouchstonePackage#getTenant_Standards()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServiceStandard> getStandards();

	/**
	 * Returns the value of the '<em><b>Playbooks</b></em>' containment reference list.
	 * The list contents are of type {@link org.touchstone.model.RecoveryPlaybook}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Playbooks</em>' containment reference list.
	 * @see org.touchstone.model.TouchstonePackage#getTenant_Playbooks()
	 * @model containment="true"
	 * @generated
	 */
	EList<RecoveryPlaybook> getPlaybooks();

	/**
	 * Returns the value of the '<em><b>Cases</b></em>' containment reference list.
	 * The list contents are of type {@link org.touchstone.model.CaseStudy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cases</em>' containment reference list.
	 * @see org.touchstone.model.TouchstonePackage#getTenant_Cases()
	 * @model containment="true"
	 * @generated
	 */
	EList<CaseStudy> getCases();

	/**
	 * Returns the value of the '<em><b>Handbooks</b></em>' containment reference list.
	 * The list contents are of type {@link org.touchstone.model.Handbook}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handbooks</em>' containment reference list.
	 * @see org.touchstone.model.TouchstonePackage#getTenant_Handbooks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Handbook> getHandbooks();

	/**
	 * Returns the value of the '<em><b>Sites</b></em>' containment reference list.
	 * The list contents are of type {@link org.touchstone.model.Site}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sites</em>' containment reference list.
	 * @see org.touchstone.model.TouchstonePackage#getTenant_Sites()
	 * @model containment="true"
	 * @generated
	 */
	EList<Site> getSites();

	/**
	 * Returns the value of the '<em><b>Complaints</b></em>' containment reference list.
	 * The list contents are of type {@link org.touchstone.model.Complaint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Complaints</em>' containment reference list.
	 * @see org.touchstone.model.TouchstonePackage#getTenant_Complaints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Complaint> getComplaints();

} // Tenant
