/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer Segment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.CustomerSegment#getKey <em>Key</em>}</li>
 *   <li>{@link org.touchstone.model.CustomerSegment#getName <em>Name</em>}</li>
 *   <li>{@link org.touchstone.model.CustomerSegment#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.touchstone.model.CustomerSegment#getDescription <em>Description</em>}</li>
 *   <li>{@link org.touchstone.model.CustomerSegment#getDescriptionEn <em>Description En</em>}</li>
 *   <li>{@link org.touchstone.model.CustomerSegment#getValueTier <em>Value Tier</em>}</li>
 *   <li>{@link org.touchstone.model.CustomerSegment#getLoyaltyStage <em>Loyalty Stage</em>}</li>
 *   <li>{@link org.touchstone.model.CustomerSegment#isInternal <em>Internal</em>}</li>
 *   <li>{@link org.touchstone.model.CustomerSegment#getStyle <em>Style</em>}</li>
 *   <li>{@link org.touchstone.model.CustomerSegment#getGuidance <em>Guidance</em>}</li>
 *   <li>{@link org.touchstone.model.CustomerSegment#getGuidanceEn <em>Guidance En</em>}</li>
 * </ul>
 *
 * @see org.touchstone.model.TouchstonePackage#getCustomerSegment()
 * @model
 * @generated
 */
public interface CustomerSegment extends Identified {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.touchstone.model.TouchstonePackage#getCustomerSegment_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CustomerSegment#getKey <em>Key</em>}' attribute.
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
	 * @see org.touchstone.model.TouchstonePackage#getCustomerSegment_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CustomerSegment#getName <em>Name</em>}' attribute.
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
	 * @see org.touchstone.model.TouchstonePackage#getCustomerSegment_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CustomerSegment#getNameEn <em>Name En</em>}' attribute.
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
	 * @see org.touchstone.model.TouchstonePackage#getCustomerSegment_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CustomerSegment#getDescription <em>Description</em>}' attribute.
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
	 * @see org.touchstone.model.TouchstonePackage#getCustomerSegment_DescriptionEn()
	 * @model
	 * @generated
	 */
	String getDescriptionEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CustomerSegment#getDescriptionEn <em>Description En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description En</em>' attribute.
	 * @see #getDescriptionEn()
	 * @generated
	 */
	void setDescriptionEn(String value);

	/**
	 * Returns the value of the '<em><b>Value Tier</b></em>' attribute.
	 * The literals are from the enumeration {@link org.touchstone.model.ValueTier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value Tier</em>' attribute.
	 * @see org.touchstone.model.ValueTier
	 * @see #setValueTier(ValueTier)
	 * @see org.touchstone.model.TouchstonePackage#getCustomerSegment_ValueTier()
	 * @model
	 * @generated
	 */
	ValueTier getValueTier();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CustomerSegment#getValueTier <em>Value Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value Tier</em>' attribute.
	 * @see org.touchstone.model.ValueTier
	 * @see #getValueTier()
	 * @generated
	 */
	void setValueTier(ValueTier value);

	/**
	 * Returns the value of the '<em><b>Loyalty Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.touchstone.model.LoyaltyStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loyalty Stage</em>' attribute.
	 * @see org.touchstone.model.LoyaltyStage
	 * @see #setLoyaltyStage(LoyaltyStage)
	 * @see org.touchstone.model.TouchstonePackage#getCustomerSegment_LoyaltyStage()
	 * @model
	 * @generated
	 */
	LoyaltyStage getLoyaltyStage();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CustomerSegment#getLoyaltyStage <em>Loyalty Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loyalty Stage</em>' attribute.
	 * @see org.touchstone.model.LoyaltyStage
	 * @see #getLoyaltyStage()
	 * @generated
	 */
	void setLoyaltyStage(LoyaltyStage value);

	/**
	 * Returns the value of the '<em><b>Internal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Internal</em>' attribute.
	 * @see #setInternal(boolean)
	 * @see org.touchstone.model.TouchstonePackage#getCustomerSegment_Internal()
	 * @model
	 * @generated
	 */
	boolean isInternal();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CustomerSegment#isInternal <em>Internal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Internal</em>' attribute.
	 * @see #isInternal()
	 * @generated
	 */
	void setInternal(boolean value);

	/**
	 * Returns the value of the '<em><b>Style</b></em>' attribute.
	 * The literals are from the enumeration {@link org.touchstone.model.BehaviourStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' attribute.
	 * @see org.touchstone.model.BehaviourStyle
	 * @see #setStyle(BehaviourStyle)
	 * @see org.touchstone.model.TouchstonePackage#getCustomerSegment_Style()
	 * @model
	 * @generated
	 */
	BehaviourStyle getStyle();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CustomerSegment#getStyle <em>Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' attribute.
	 * @see org.touchstone.model.BehaviourStyle
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(BehaviourStyle value);

	/**
	 * Returns the value of the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guidance</em>' attribute.
	 * @see #setGuidance(String)
	 * @see org.touchstone.model.TouchstonePackage#getCustomerSegment_Guidance()
	 * @model
	 * @generated
	 */
	String getGuidance();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CustomerSegment#getGuidance <em>Guidance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guidance</em>' attribute.
	 * @see #getGuidance()
	 * @generated
	 */
	void setGuidance(String value);

	/**
	 * Returns the value of the '<em><b>Guidance En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guidance En</em>' attribute.
	 * @see #setGuidanceEn(String)
	 * @see org.touchstone.model.TouchstonePackage#getCustomerSegment_GuidanceEn()
	 * @model
	 * @generated
	 */
	String getGuidanceEn();

	/**
	 * Sets the value of the '{@link org.touchstone.model.CustomerSegment#getGuidanceEn <em>Guidance En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guidance En</em>' attribute.
	 * @see #getGuidanceEn()
	 * @generated
	 */
	void setGuidanceEn(String value);

} // CustomerSegment
