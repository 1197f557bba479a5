/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.touchstone.model.BehaviourStyle;
import org.touchstone.model.CustomerSegment;
import org.touchstone.model.LoyaltyStage;
import org.touchstone.model.TouchstonePackage;
import org.touchstone.model.ValueTier;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Customer Segment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.impl.CustomerSegmentImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CustomerSegmentImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CustomerSegmentImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CustomerSegmentImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CustomerSegmentImpl#getDescriptionEn <em>Description En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CustomerSegmentImpl#getValueTier <em>Value Tier</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CustomerSegmentImpl#getLoyaltyStage <em>Loyalty Stage</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CustomerSegmentImpl#isInternal <em>Internal</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CustomerSegmentImpl#getStyle <em>Style</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CustomerSegmentImpl#getGuidance <em>Guidance</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CustomerSegmentImpl#getGuidanceEn <em>Guidance En</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomerSegmentImpl extends IdentifiedImpl implements CustomerSegment {
	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected String nameEn = NAME_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescriptionEn() <em>Description En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionEn()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescriptionEn() <em>Description En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionEn()
	 * @generated
	 * @ordered
	 */
	protected String descriptionEn = DESCRIPTION_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getValueTier() <em>Value Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueTier()
	 * @generated
	 * @ordered
	 */
	protected static final ValueTier VALUE_TIER_EDEFAULT = ValueTier.A;

	/**
	 * The cached value of the '{@link #getValueTier() <em>Value Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueTier()
	 * @generated
	 * @ordered
	 */
	protected ValueTier valueTier = VALUE_TIER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLoyaltyStage() <em>Loyalty Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoyaltyStage()
	 * @generated
	 * @ordered
	 */
	protected static final LoyaltyStage LOYALTY_STAGE_EDEFAULT = LoyaltyStage.POTENTIAL;

	/**
	 * The cached value of the '{@link #getLoyaltyStage() <em>Loyalty Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoyaltyStage()
	 * @generated
	 * @ordered
	 */
	protected LoyaltyStage loyaltyStage = LOYALTY_STAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #isInternal() <em>Internal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInternal()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INTERNAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isInternal() <em>Internal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInternal()
	 * @generated
	 * @ordered
	 */
	protected boolean internal = INTERNAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getStyle() <em>Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected static final BehaviourStyle STYLE_EDEFAULT = BehaviourStyle.DOMINANT;

	/**
	 * The cached value of the '{@link #getStyle() <em>Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected BehaviourStyle style = STYLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGuidance() <em>Guidance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidance()
	 * @generated
	 * @ordered
	 */
	protected static final String GUIDANCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGuidance() <em>Guidance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidance()
	 * @generated
	 * @ordered
	 */
	protected String guidance = GUIDANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGuidanceEn() <em>Guidance En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidanceEn()
	 * @generated
	 * @ordered
	 */
	protected static final String GUIDANCE_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGuidanceEn() <em>Guidance En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidanceEn()
	 * @generated
	 * @ordered
	 */
	protected String guidanceEn = GUIDANCE_EN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomerSegmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchstonePackage.Literals.CUSTOMER_SEGMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey) {
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CUSTOMER_SEGMENT__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CUSTOMER_SEGMENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameEn() {
		return nameEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameEn(String newNameEn) {
		String oldNameEn = nameEn;
		nameEn = newNameEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CUSTOMER_SEGMENT__NAME_EN, oldNameEn, nameEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CUSTOMER_SEGMENT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescriptionEn() {
		return descriptionEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescriptionEn(String newDescriptionEn) {
		String oldDescriptionEn = descriptionEn;
		descriptionEn = newDescriptionEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CUSTOMER_SEGMENT__DESCRIPTION_EN, oldDescriptionEn, descriptionEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValueTier getValueTier() {
		return valueTier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValueTier(ValueTier newValueTier) {
		ValueTier oldValueTier = valueTier;
		valueTier = newValueTier == null ? VALUE_TIER_EDEFAULT : newValueTier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CUSTOMER_SEGMENT__VALUE_TIER, oldValueTier, valueTier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LoyaltyStage getLoyaltyStage() {
		return loyaltyStage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoyaltyStage(LoyaltyStage newLoyaltyStage) {
		LoyaltyStage oldLoyaltyStage = loyaltyStage;
		loyaltyStage = newLoyaltyStage == null ? LOYALTY_STAGE_EDEFAULT : newLoyaltyStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CUSTOMER_SEGMENT__LOYALTY_STAGE, oldLoyaltyStage, loyaltyStage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInternal() {
		return internal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInternal(boolean newInternal) {
		boolean oldInternal = internal;
		internal = newInternal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CUSTOMER_SEGMENT__INTERNAL, oldInternal, internal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BehaviourStyle getStyle() {
		return style;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStyle(BehaviourStyle newStyle) {
		BehaviourStyle oldStyle = style;
		style = newStyle == null ? STYLE_EDEFAULT : newStyle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CUSTOMER_SEGMENT__STYLE, oldStyle, style));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGuidance() {
		return guidance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuidance(String newGuidance) {
		String oldGuidance = guidance;
		guidance = newGuidance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CUSTOMER_SEGMENT__GUIDANCE, oldGuidance, guidance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGuidanceEn() {
		return guidanceEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuidanceEn(String newGuidanceEn) {
		String oldGuidanceEn = guidanceEn;
		guidanceEn = newGuidanceEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CUSTOMER_SEGMENT__GUIDANCE_EN, oldGuidanceEn, guidanceEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TouchstonePackage.CUSTOMER_SEGMENT__KEY:
				return getKey();
			case TouchstonePackage.CUSTOMER_SEGMENT__NAME:
				return getName();
			case TouchstonePackage.CUSTOMER_SEGMENT__NAME_EN:
				return getNameEn();
			case TouchstonePackage.CUSTOMER_SEGMENT__DESCRIPTION:
				return getDescription();
			case TouchstonePackage.CUSTOMER_SEGMENT__DESCRIPTION_EN:
				return getDescriptionEn();
			case TouchstonePackage.CUSTOMER_SEGMENT__VALUE_TIER:
				return getValueTier();
			case TouchstonePackage.CUSTOMER_SEGMENT__LOYALTY_STAGE:
				return getLoyaltyStage();
			case TouchstonePackage.CUSTOMER_SEGMENT__INTERNAL:
				return isInternal();
			case TouchstonePackage.CUSTOMER_SEGMENT__STYLE:
				return getStyle();
			case TouchstonePackage.CUSTOMER_SEGMENT__GUIDANCE:
				return getGuidance();
			case TouchstonePackage.CUSTOMER_SEGMENT__GUIDANCE_EN:
				return getGuidanceEn();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TouchstonePackage.CUSTOMER_SEGMENT__KEY:
				setKey((String)newValue);
				return;
			case TouchstonePackage.CUSTOMER_SEGMENT__NAME:
				setName((String)newValue);
				return;
			case TouchstonePackage.CUSTOMER_SEGMENT__NAME_EN:
				setNameEn((String)newValue);
				return;
			case TouchstonePackage.CUSTOMER_SEGMENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case TouchstonePackage.CUSTOMER_SEGMENT__DESCRIPTION_EN:
				setDescriptionEn((String)newValue);
				return;
			case TouchstonePackage.CUSTOMER_SEGMENT__VALUE_TIER:
				setValueTier((ValueTier)newValue);
				return;
			case TouchstonePackage.CUSTOMER_SEGMENT__LOYALTY_STAGE:
				setLoyaltyStage((LoyaltyStage)newValue);
				return;
			case TouchstonePackage.CUSTOMER_SEGMENT__INTERNAL:
				setInternal((Boolean)newValue);
				return;
			case TouchstonePackage.CUSTOMER_SEGMENT__STYLE:
				setStyle((BehaviourStyle)newValue);
				return;
			case TouchstonePackage.CUSTOMER_SEGMENT__GUIDANCE:
				setGuidance((String)newValue);
				return;
			case TouchstonePackage.CUSTOMER_SEGMENT__GUIDANCE_EN:
				setGuidanceEn((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TouchstonePackage.CUSTOMER_SEGMENT__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case TouchstonePackage.CUSTOMER_SEGMENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TouchstonePackage.CUSTOMER_SEGMENT__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case TouchstonePackage.CUSTOMER_SEGMENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case TouchstonePackage.CUSTOMER_SEGMENT__DESCRIPTION_EN:
				setDescriptionEn(DESCRIPTION_EN_EDEFAULT);
				return;
			case TouchstonePackage.CUSTOMER_SEGMENT__VALUE_TIER:
				setValueTier(VALUE_TIER_EDEFAULT);
				return;
			case TouchstonePackage.CUSTOMER_SEGMENT__LOYALTY_STAGE:
				setLoyaltyStage(LOYALTY_STAGE_EDEFAULT);
				return;
			case TouchstonePackage.CUSTOMER_SEGMENT__INTERNAL:
				setInternal(INTERNAL_EDEFAULT);
				return;
			case TouchstonePackage.CUSTOMER_SEGMENT__STYLE:
				setStyle(STYLE_EDEFAULT);
				return;
			case TouchstonePackage.CUSTOMER_SEGMENT__GUIDANCE:
				setGuidance(GUIDANCE_EDEFAULT);
				return;
			case TouchstonePackage.CUSTOMER_SEGMENT__GUIDANCE_EN:
				setGuidanceEn(GUIDANCE_EN_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TouchstonePackage.CUSTOMER_SEGMENT__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case TouchstonePackage.CUSTOMER_SEGMENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TouchstonePackage.CUSTOMER_SEGMENT__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case TouchstonePackage.CUSTOMER_SEGMENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case TouchstonePackage.CUSTOMER_SEGMENT__DESCRIPTION_EN:
				return DESCRIPTION_EN_EDEFAULT == null ? descriptionEn != null : !DESCRIPTION_EN_EDEFAULT.equals(descriptionEn);
			case TouchstonePackage.CUSTOMER_SEGMENT__VALUE_TIER:
				return valueTier != VALUE_TIER_EDEFAULT;
			case TouchstonePackage.CUSTOMER_SEGMENT__LOYALTY_STAGE:
				return loyaltyStage != LOYALTY_STAGE_EDEFAULT;
			case TouchstonePackage.CUSTOMER_SEGMENT__INTERNAL:
				return internal != INTERNAL_EDEFAULT;
			case TouchstonePackage.CUSTOMER_SEGMENT__STYLE:
				return style != STYLE_EDEFAULT;
			case TouchstonePackage.CUSTOMER_SEGMENT__GUIDANCE:
				return GUIDANCE_EDEFAULT == null ? guidance != null : !GUIDANCE_EDEFAULT.equals(guidance);
			case TouchstonePackage.CUSTOMER_SEGMENT__GUIDANCE_EN:
				return GUIDANCE_EN_EDEFAULT == null ? guidanceEn != null : !GUIDANCE_EN_EDEFAULT.equals(guidanceEn);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (key: ");
		result.append(key);
		result.append(", name: ");
		result.append(name);
		result.append(", nameEn: ");
		result.append(nameEn);
		result.append(", description: ");
		result.append(description);
		result.append(", descriptionEn: ");
		result.append(descriptionEn);
		result.append(", valueTier: ");
		result.append(valueTier);
		result.append(", loyaltyStage: ");
		result.append(loyaltyStage);
		result.append(", internal: ");
		result.append(internal);
		result.append(", style: ");
		result.append(style);
		result.append(", guidance: ");
		result.append(guidance);
		result.append(", guidanceEn: ");
		result.append(guidanceEn);
		result.append(')');
		return result.toString();
	}

} //CustomerSegmentImpl
