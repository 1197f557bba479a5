/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;

import org.eclipse.emf.common.util.EList;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Touchpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.Touchpoint#getKey <em>Key</em>}</li>
 *   <li>{@link org.touchstone.model.Touchpoint#getName <em>Name</em>}</li>
 *   <li>{@link org.touchstone.model.Touchpoint#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.touchstone.model.Touchpoint#getDescription <em>Description</em>}</li>
 *   <li>{@link org.touchstone.model.Touchpoint#getDescriptionEn <em>Description En</em>}</li>
 *   <li>{@link org.touchstone.model.Touchpoint#getStage <em>Stage</em>}</li>
 *   <li>{@link org.touchstone.model.Touchpoint#getProceduralStrength <em>Procedural Strength</em>}</li>
 *   <li>{@link org.touchstone.model.Touchpoint#getPersonalStrength <em>Personal Strength</em>}</li>
 *   <li>{@link org.touchstone.model.Touchpoint#getScript <em>Script</em>}</li>
 * </ul>
 *
 * @see org.touchstone.model.TouchstonePackage#getTouchpoint()
 * @model
 * @generated
 */
public interface Touchpoint extends Identified {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.touchstone.model.TouchstonePackage#getTouchpoint_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Touchpoint#getKey <em>Key</em>}' attribute.
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
	 * @see org.touchstone.model.TouchstonePackage#getTouchpoint_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Touchpoint#getName <em>Name</em>}' attribute.
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
	 * @see org.touchstone.model.TouchstonePackage#getTouchpoint_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Touchpoint#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.touchstone.model.TouchstonePackage#getTouchpoint_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Touchpoint#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Description En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description En</em>' attribute.
	 * @see #setDescriptionEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getTouchpoint_DescriptionEn()
	 * @model
	 * @generated
	 */
	String getDescriptionEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Touchpoint#getDescriptionEn <em>Description En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description En</em>' attribute.
	 * @see #getDescriptionEn()
	 * @generated
	 */
	void setDescriptionEn(String value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.touchstone.model.JourneyStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see org.touchstone.model.JourneyStage
	 * @see #setStage(JourneyStage)
	 * @see org.touchstone.model.TouchstonePackage#getTouchpoint_Stage()
	 * @model
	 * @generated
	 */
	JourneyStage getStage();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Touchpoint#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see org.touchstone.model.JourneyStage
	 * @see #getStage()
	 * @generated
	 */
	void setStage(JourneyStage value);

	/**
	 * Returns the value of the '<em><b>Procedural Strength</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Procedural Strength</em>' attribute.
	 * @see #setProceduralStrength(int)
	 * @see org.touchstone.model.TouchstonePackage#getTouchpoint_ProceduralStrength()
	 * @model default="0"
	 * @generated
	 */
	int getProceduralStrength();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Touchpoint#getProceduralStrength <em>Procedural Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Procedural Strength</em>' attribute.
	 * @see #getProceduralStrength()
	 * @generated
	 */
	void setProceduralStrength(int value);

	/**
	 * Returns the value of the '<em><b>Personal Strength</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Personal Strength</em>' attribute.
	 * @see #setPersonalStrength(int)
	 * @see org.touchstone.model.TouchstonePackage#getTouchpoint_PersonalStrength()
	 * @model default="0"
	 * @generated
	 */
	int getPersonalStrength();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Touchpoint#getPersonalStrength <em>Personal Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Personal Strength</em>' attribute.
	 * @see #getPersonalStrength()
	 * @generated
	 */
	void setPersonalStrength(int value);

	/**
	 * Returns the value of the '<em><b>Script</b></em>' containment reference list.
	 * The list contents are of type {@link org.touchstone.model.EncounterStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Script</em>' containment reference list.
	 * @see org.touchstone.model.TouchstonePackage#getTouchpoint_Script()
	 * @model containment="true"
	 * @generated
	 */
	EList<EncounterStep> getScript();

} // Touchpoint
