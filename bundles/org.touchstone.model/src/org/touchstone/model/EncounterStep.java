/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Encounter Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.EncounterStep#getStep <em>Step</em>}</li>
 *   <li>{@link org.touchstone.model.EncounterStep#getAction <em>Action</em>}</li>
 *   <li>{@link org.touchstone.model.EncounterStep#getActionEn <em>Action En</em>}</li>
 *   <li>{@link org.touchstone.model.EncounterStep#getWords <em>Words</em>}</li>
 *   <li>{@link org.touchstone.model.EncounterStep#getWordsEn <em>Words En</em>}</li>
 * </ul>
 *
 * @see org.touchstone.model.TouchstonePackage#getEncounterStep()
 * @model
 * @generated
 */
public interface EncounterStep extends EObject {
	/**
	 * Returns the value of the '<em><b>Step</b></em>' attribute.
	 * The literals are from the enumeration {@link org.touchstone.model.MomentStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step</em>' attribute.
	 * @see org.touchstone.model.MomentStep
	 * @see #setStep(MomentStep)
	 * @see org.touchstone.model.TouchstonePackage#getEncounterStep_Step()
	 * @model
	 * @generated
	 */
	MomentStep getStep();

	/**
	 * Sets the value of the '{@link org.touchstone.model.EncounterStep#getStep <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' attribute.
	 * @see org.touchstone.model.MomentStep
	 * @see #getStep()
	 * @generated
	 */
	void setStep(MomentStep value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see #setAction(String)
	 * @see org.touchstone.model.TouchstonePackage#getEncounterStep_Action()
	 * @model
	 * @generated
	 */
	String getAction();

	/**
	 * Sets the value of the '{@link org.touchstone.model.EncounterStep#getAction <em>Action</em>}' attribute.
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
	 * @see org.touchstone.model.TouchstonePackage#getEncounterStep_ActionEn()
	 * @model
	 * @generated
	 */
	String getActionEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.EncounterStep#getActionEn <em>Action En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action En</em>' attribute.
	 * @see #getActionEn()
	 * @generated
	 */
	void setActionEn(String value);

	/**
	 * Returns the value of the '<em><b>Words</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Words</em>' attribute.
	 * @see #setWords(String)
	 * @see org.touchstone.model.TouchstonePackage#getEncounterStep_Words()
	 * @model
	 * @generated
	 */
	String getWords();

	/**
	 * Sets the value of the '{@link org.touchstone.model.EncounterStep#getWords <em>Words</em>}' attribute.
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
	 * @see org.touchstone.model.TouchstonePackage#getEncounterStep_WordsEn()
	 * @model
	 * @generated
	 */
	String getWordsEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.EncounterStep#getWordsEn <em>Words En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Words En</em>' attribute.
	 * @see #getWordsEn()
	 * @generated
	 */
	void setWordsEn(String value);

} // EncounterStep
