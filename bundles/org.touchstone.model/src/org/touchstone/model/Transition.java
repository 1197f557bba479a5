/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Transition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.Transition#getFrom <em>From</em>}</li>
 *   <li>{@link org.touchstone.model.Transition#getTo <em>To</em>}</li>
 *   <li>{@link org.touchstone.model.Transition#getUser <em>User</em>}</li>
 *   <li>{@link org.touchstone.model.Transition#getAt <em>At</em>}</li>
 *   <li>{@link org.touchstone.model.Transition#getComment <em>Comment</em>}</li>
 *   <li>{@link org.touchstone.model.Transition#getLogin <em>Login</em>}</li>
 *   <li>{@link org.touchstone.model.Transition#getOverrideReason <em>Override Reason</em>}</li>
 * </ul>
 *
 * @see org.touchstone.model.TouchstonePackage#getTransition()
 * @model
 * @generated
 */
public interface Transition extends EObject {
	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * The literals are from the enumeration {@link org.touchstone.model.Status}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see org.touchstone.model.Status
	 * @see #setFrom(Status)
	 * @see org.touchstone.model.TouchstonePackage#getTransition_From()
	 * @model
	 * @generated
	 */
	Status getFrom();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Transition#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see org.touchstone.model.Status
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(Status value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * The literals are from the enumeration {@link org.touchstone.model.Status}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see org.touchstone.model.Status
	 * @see #setTo(Status)
	 * @see org.touchstone.model.TouchstonePackage#getTransition_To()
	 * @model
	 * @generated
	 */
	Status getTo();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Transition#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see org.touchstone.model.Status
	 * @see #getTo()
	 * @generated
	 */
	void setTo(Status value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see org.touchstone.model.TouchstonePackage#getTransition_User()
	 * @model
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Transition#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Date)
	 * @see org.touchstone.model.TouchstonePackage#getTransition_At()
	 * @model
	 * @generated
	 */
	Date getAt();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Transition#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Date value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.touchstone.model.TouchstonePackage#getTransition_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Transition#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

	/**
	 * Returns the value of the '<em><b>Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Login</em>' attribute.
	 * @see #setLogin(String)
	 * @see org.touchstone.model.TouchstonePackage#getTransition_Login()
	 * @model
	 * @generated
	 */
	String getLogin();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Transition#getLogin <em>Login</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Login</em>' attribute.
	 * @see #getLogin()
	 * @generated
	 */
	void setLogin(String value);

	/**
	 * Returns the value of the '<em><b>Override Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Override Reason</em>' attribute.
	 * @see #setOverrideReason(String)
	 * @see org.touchstone.model.TouchstonePackage#getTransition_OverrideReason()
	 * @model
	 * @generated
	 */
	String getOverrideReason();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Transition#getOverrideReason <em>Override Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Override Reason</em>' attribute.
	 * @see #getOverrideReason()
	 * @generated
	 */
	void setOverrideReason(String value);

} // Transition
