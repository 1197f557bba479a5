/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Standard</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.ServiceStandard#getKey <em>Key</em>}</li>
 *   <li>{@link org.touchstone.model.ServiceStandard#getRevisions <em>Revisions</em>}</li>
 * </ul>
 *
 * @see org.touchstone.model.TouchstonePackage#getServiceStandard()
 * @model
 * @generated
 */
public interface ServiceStandard extends Identified {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.touchstone.model.TouchstonePackage#getServiceStandard_Key()
	 * @model required="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.touchstone.model.ServiceStandard#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Revisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.touchstone.model.StandardRevision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revisions</em>' containment reference list.
	 * @see org.touchstone.model.TouchstonePackage#getServiceStandard_Revisions()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<StandardRevision> getRevisions();

} // ServiceStandard
