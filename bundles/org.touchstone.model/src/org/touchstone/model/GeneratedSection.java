/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Generated Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.GeneratedSection#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.touchstone.model.TouchstonePackage#getGeneratedSection()
 * @model
 * @generated
 */
public interface GeneratedSection extends Chapter {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.touchstone.model.SectionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.touchstone.model.SectionKind
	 * @see #setKind(SectionKind)
	 * @see org.touchstone.model.TouchstonePackage#getGeneratedSection_Kind()
	 * @model
	 * @generated
	 */
	SectionKind getKind();

	/**
	 * Sets the value of the '{@link org.touchstone.model.GeneratedSection#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.touchstone.model.SectionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SectionKind value);

} // GeneratedSection
