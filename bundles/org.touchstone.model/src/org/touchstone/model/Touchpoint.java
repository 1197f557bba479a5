/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;


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
 *   <li>{@link org.touchstone.model.Touchpoint#getDescription <em>Description</em>}</li>
 *   <li>{@link org.touchstone.model.Touchpoint#getStage <em>Stage</em>}</li>
 *   <li>{@link org.touchstone.model.Touchpoint#getMomentStep <em>Moment Step</em>}</li>
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
	 * Returns the value of the '<em><b>Moment Step</b></em>' attribute.
	 * The literals are from the enumeration {@link org.touchstone.model.MomentStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Moment Step</em>' attribute.
	 * @see org.touchstone.model.MomentStep
	 * @see #setMomentStep(MomentStep)
	 * @see org.touchstone.model.TouchstonePackage#getTouchpoint_MomentStep()
	 * @model
	 * @generated
	 */
	MomentStep getMomentStep();

	/**
	 * Sets the value of the '{@link org.touchstone.model.Touchpoint#getMomentStep <em>Moment Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Moment Step</em>' attribute.
	 * @see org.touchstone.model.MomentStep
	 * @see #getMomentStep()
	 * @generated
	 */
	void setMomentStep(MomentStep value);

} // Touchpoint
