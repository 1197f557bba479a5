/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Case Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.CaseStudy#getKey <em>Key</em>}</li>
 *   <li>{@link org.touchstone.model.CaseStudy#getCompany <em>Company</em>}</li>
 *   <li>{@link org.touchstone.model.CaseStudy#getIndustry <em>Industry</em>}</li>
 *   <li>{@link org.touchstone.model.CaseStudy#getIndustryEn <em>Industry En</em>}</li>
 *   <li>{@link org.touchstone.model.CaseStudy#getRegion <em>Region</em>}</li>
 *   <li>{@link org.touchstone.model.CaseStudy#getRegionEn <em>Region En</em>}</li>
 *   <li>{@link org.touchstone.model.CaseStudy#getYear <em>Year</em>}</li>
 *   <li>{@link org.touchstone.model.CaseStudy#getTags <em>Tags</em>}</li>
 *   <li>{@link org.touchstone.model.CaseStudy#getPrinciples <em>Principles</em>}</li>
 *   <li>{@link org.touchstone.model.CaseStudy#getSources <em>Sources</em>}</li>
 *   <li>{@link org.touchstone.model.CaseStudy#getTexts <em>Texts</em>}</li>
 * </ul>
 *
 * @see org.touchstone.model.TouchstonePackage#getCaseStudy()
 * @model
 * @generated
 */
public interface CaseStudy extends Identified {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.touchstone.model.TouchstonePackage#getCaseStudy_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CaseStudy#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Company</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Company</em>' attribute.
	 * @see #setCompany(String)
	 * @see org.touchstone.model.TouchstonePackage#getCaseStudy_Company()
	 * @model
	 * @generated
	 */
	String getCompany();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CaseStudy#getCompany <em>Company</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Company</em>' attribute.
	 * @see #getCompany()
	 * @generated
	 */
	void setCompany(String value);

	/**
	 * Returns the value of the '<em><b>Industry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Industry</em>' attribute.
	 * @see #setIndustry(String)
	 * @see org.touchstone.model.TouchstonePackage#getCaseStudy_Industry()
	 * @model
	 * @generated
	 */
	String getIndustry();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CaseStudy#getIndustry <em>Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Industry</em>' attribute.
	 * @see #getIndustry()
	 * @generated
	 */
	void setIndustry(String value);

	/**
	 * Returns the value of the '<em><b>Industry En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Industry En</em>' attribute.
	 * @see #setIndustryEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getCaseStudy_IndustryEn()
	 * @model
	 * @generated
	 */
	String getIndustryEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CaseStudy#getIndustryEn <em>Industry En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Industry En</em>' attribute.
	 * @see #getIndustryEn()
	 * @generated
	 */
	void setIndustryEn(String value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see org.touchstone.model.TouchstonePackage#getCaseStudy_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CaseStudy#getRegion <em>Region</em>}' attribute.
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
	 * @see org.touchstone.model.TouchstonePackage#getCaseStudy_RegionEn()
	 * @model
	 * @generated
	 */
	String getRegionEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CaseStudy#getRegionEn <em>Region En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region En</em>' attribute.
	 * @see #getRegionEn()
	 * @generated
	 */
	void setRegionEn(String value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.touchstone.model.TouchstonePackage#getCaseStudy_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CaseStudy#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.touchstone.model.TouchstonePackage#getCaseStudy_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Principles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Principles</em>' attribute list.
	 * @see org.touchstone.model.TouchstonePackage#getCaseStudy_Principles()
	 * @model
	 * @generated
	 */
	EList<String> getPrinciples();

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' attribute list.
	 * @see org.touchstone.model.TouchstonePackage#getCaseStudy_Sources()
	 * @model
	 * @generated
	 */
	EList<String> getSources();

	/**
	 * Returns the value of the '<em><b>Texts</b></em>' containment reference list.
	 * The list contents are of type {@link org.touchstone.model.CaseText}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Texts</em>' containment reference list.
	 * @see org.touchstone.model.TouchstonePackage#getCaseStudy_Texts()
	 * @model containment="true"
	 * @generated
	 */
	EList<CaseText> getTexts();

} // CaseStudy
