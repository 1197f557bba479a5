/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Authored Chapter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.AuthoredChapter#getMarkdown <em>Markdown</em>}</li>
 *   <li>{@link org.touchstone.model.AuthoredChapter#getMarkdownEn <em>Markdown En</em>}</li>
 *   <li>{@link org.touchstone.model.AuthoredChapter#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.touchstone.model.TouchstonePackage#getAuthoredChapter()
 * @model
 * @generated
 */
public interface AuthoredChapter extends Chapter {
	/**
	 * Returns the value of the '<em><b>Markdown</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Markdown</em>' attribute.
	 * @see #setMarkdown(String)
	 * @see org.touchstone.model.TouchstonePackage#getAuthoredChapter_Markdown()
	 * @model
	 * @generated
	 */
	String getMarkdown();

	/**
	 * Sets the value of the '{@link org.touchstone.model.AuthoredChapter#getMarkdown <em>Markdown</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Markdown</em>' attribute.
	 * @see #getMarkdown()
	 * @generated
	 */
	void setMarkdown(String value);

	/**
	 * Returns the value of the '<em><b>Markdown En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Markdown En</em>' attribute.
	 * @see #setMarkdownEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getAuthoredChapter_MarkdownEn()
	 * @model
	 * @generated
	 */
	String getMarkdownEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.AuthoredChapter#getMarkdownEn <em>Markdown En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Markdown En</em>' attribute.
	 * @see #getMarkdownEn()
	 * @generated
	 */
	void setMarkdownEn(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.touchstone.model.TouchstonePackage#getAuthoredChapter_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.touchstone.model.AuthoredChapter#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

} // AuthoredChapter
