/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Playbook Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.PlaybookStep#getAction <em>Action</em>}</li>
 *   <li>{@link org.touchstone.model.PlaybookStep#getActionEn <em>Action En</em>}</li>
 *   <li>{@link org.touchstone.model.PlaybookStep#getOwnerRole <em>Owner Role</em>}</li>
 *   <li>{@link org.touchstone.model.PlaybookStep#getOwnerRoleEn <em>Owner Role En</em>}</li>
 *   <li>{@link org.touchstone.model.PlaybookStep#getTimeLimitMinutes <em>Time Limit Minutes</em>}</li>
 *   <li>{@link org.touchstone.model.PlaybookStep#getWords <em>Words</em>}</li>
 *   <li>{@link org.touchstone.model.PlaybookStep#getWordsEn <em>Words En</em>}</li>
 * </ul>
 *
 * @see org.touchstone.model.TouchstonePackage#getPlaybookStep()
 * @model
 * @generated
 */
public interface PlaybookStep extends Identified {
	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see #setAction(String)
	 * @see org.touchstone.model.TouchstonePackage#getPlaybookStep_Action()
	 * @model
	 * @generated
	 */
	String getAction();

	/**
	 * Sets the value of the '{@link org.touchstone.model.PlaybookStep#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(String value);

	/**
	 * Returns the value of the '<em><b>Action En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action En</em>' attribute.
	 * @see #setActionEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getPlaybookStep_ActionEn()
	 * @model
	 * @generated
	 */
	String getActionEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.PlaybookStep#getActionEn <em>Action En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action En</em>' attribute.
	 * @see #getActionEn()
	 * @generated
	 */
	void setActionEn(String value);

	/**
	 * Returns the value of the '<em><b>Owner Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner Role</em>' attribute.
	 * @see #setOwnerRole(String)
	 * @see org.touchstone.model.TouchstonePackage#getPlaybookStep_OwnerRole()
	 * @model
	 * @generated
	 */
	String getOwnerRole();

	/**
	 * Sets the value of the '{@link org.touchstone.model.PlaybookStep#getOwnerRole <em>Owner Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Role</em>' attribute.
	 * @see #getOwnerRole()
	 * @generated
	 */
	void setOwnerRole(String value);

	/**
	 * Returns the value of the '<em><b>Owner Role En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner Role En</em>' attribute.
	 * @see #setOwnerRoleEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getPlaybookStep_OwnerRoleEn()
	 * @model
	 * @generated
	 */
	String getOwnerRoleEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.PlaybookStep#getOwnerRoleEn <em>Owner Role En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Role En</em>' attribute.
	 * @see #getOwnerRoleEn()
	 * @generated
	 */
	void setOwnerRoleEn(String value);

	/**
	 * Returns the value of the '<em><b>Time Limit Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Limit Minutes</em>' attribute.
	 * @see #setTimeLimitMinutes(int)
	 * @see org.touchstone.model.TouchstonePackage#getPlaybookStep_TimeLimitMinutes()
	 * @model
	 * @generated
	 */
	int getTimeLimitMinutes();

	/**
	 * Sets the value of the '{@link org.touchstone.model.PlaybookStep#getTimeLimitMinutes <em>Time Limit Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Limit Minutes</em>' attribute.
	 * @see #getTimeLimitMinutes()
	 * @generated
	 */
	void setTimeLimitMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Words</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Words</em>' attribute.
	 * @see #setWords(String)
	 * @see org.touchstone.model.TouchstonePackage#getPlaybookStep_Words()
	 * @model
	 * @generated
	 */
	String getWords();

	/**
	 * Sets the value of the '{@link org.touchstone.model.PlaybookStep#getWords <em>Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Words</em>' attribute.
	 * @see #getWords()
	 * @generated
	 */
	void setWords(String value);

	/**
	 * Returns the value of the '<em><b>Words En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Words En</em>' attribute.
	 * @see #setWordsEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getPlaybookStep_WordsEn()
	 * @model
	 * @generated
	 */
	String getWordsEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.PlaybookStep#getWordsEn <em>Words En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Words En</em>' attribute.
	 * @see #getWordsEn()
	 * @generated
	 */
	void setWordsEn(String value);

} // PlaybookStep
