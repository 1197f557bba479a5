/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Case Text</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.CaseText#getLang <em>Lang</em>}</li>
 *   <li>{@link org.touchstone.model.CaseText#getTitle <em>Title</em>}</li>
 *   <li>{@link org.touchstone.model.CaseText#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.touchstone.model.CaseText#getStory <em>Story</em>}</li>
 *   <li>{@link org.touchstone.model.CaseText#getLessons <em>Lessons</em>}</li>
 * </ul>
 *
 * @see org.touchstone.model.TouchstonePackage#getCaseText()
 * @model
 * @generated
 */
public interface CaseText extends EObject {
	/**
	 * Returns the value of the '<em><b>Lang</b></em>' attribute.
	 * The literals are from the enumeration {@link org.touchstone.model.Language}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lang</em>' attribute.
	 * @see org.touchstone.model.Language
	 * @see #setLang(Language)
	 * @see org.touchstone.model.TouchstonePackage#getCaseText_Lang()
	 * @model
	 * @generated
	 */
	Language getLang();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CaseText#getLang <em>Lang</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lang</em>' attribute.
	 * @see org.touchstone.model.Language
	 * @see #getLang()
	 * @generated
	 */
	void setLang(Language value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.touchstone.model.TouchstonePackage#getCaseText_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CaseText#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.touchstone.model.TouchstonePackage#getCaseText_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CaseText#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Story</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Story</em>' attribute.
	 * @see #setStory(String)
	 * @see org.touchstone.model.TouchstonePackage#getCaseText_Story()
	 * @model
	 * @generated
	 */
	String getStory();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CaseText#getStory <em>Story</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Story</em>' attribute.
	 * @see #getStory()
	 * @generated
	 */
	void setStory(String value);

	/**
	 * Returns the value of the '<em><b>Lessons</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lessons</em>' attribute list.
	 * @see org.touchstone.model.TouchstonePackage#getCaseText_Lessons()
	 * @model
	 * @generated
	 */
	EList<String> getLessons();

} // CaseText
