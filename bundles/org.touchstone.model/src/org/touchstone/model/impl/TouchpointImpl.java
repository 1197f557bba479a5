/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.impl;

import java.util.Collection;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;
import org.touchstone.model.EncounterStep;
import org.touchstone.model.JourneyStage;
import org.touchstone.model.MomentStep;
import org.touchstone.model.Touchpoint;
import org.touchstone.model.TouchstonePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Touchpoint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.impl.TouchpointImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TouchpointImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TouchpointImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TouchpointImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TouchpointImpl#getDescriptionEn <em>Description En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TouchpointImpl#getStage <em>Stage</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TouchpointImpl#getProceduralStrength <em>Procedural Strength</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TouchpointImpl#getPersonalStrength <em>Personal Strength</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TouchpointImpl#getScript <em>Script</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TouchpointImpl extends IdentifiedImpl implements Touchpoint {
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
	 * The default value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected static final JourneyStage STAGE_EDEFAULT = JourneyStage.BEFORE;

	/**
	 * The cached value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected JourneyStage stage = STAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getProceduralStrength() <em>Procedural Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProceduralStrength()
	 * @generated
	 * @ordered
	 */
	protected static final int PROCEDURAL_STRENGTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getProceduralStrength() <em>Procedural Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProceduralStrength()
	 * @generated
	 * @ordered
	 */
	protected int proceduralStrength = PROCEDURAL_STRENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getPersonalStrength() <em>Personal Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonalStrength()
	 * @generated
	 * @ordered
	 */
	protected static final int PERSONAL_STRENGTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPersonalStrength() <em>Personal Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonalStrength()
	 * @generated
	 * @ordered
	 */
	protected int personalStrength = PERSONAL_STRENGTH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScript() <em>Script</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScript()
	 * @generated
	 * @ordered
	 */
	protected EList<EncounterStep> script;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TouchpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchstonePackage.Literals.TOUCHPOINT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.TOUCHPOINT__KEY, oldKey, key));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.TOUCHPOINT__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.TOUCHPOINT__NAME_EN, oldNameEn, nameEn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.TOUCHPOINT__DESCRIPTION, oldDescription, description));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.TOUCHPOINT__DESCRIPTION_EN, oldDescriptionEn, descriptionEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JourneyStage getStage() {
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStage(JourneyStage newStage) {
		JourneyStage oldStage = stage;
		stage = newStage == null ? STAGE_EDEFAULT : newStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.TOUCHPOINT__STAGE, oldStage, stage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProceduralStrength() {
		return proceduralStrength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProceduralStrength(int newProceduralStrength) {
		int oldProceduralStrength = proceduralStrength;
		proceduralStrength = newProceduralStrength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.TOUCHPOINT__PROCEDURAL_STRENGTH, oldProceduralStrength, proceduralStrength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPersonalStrength() {
		return personalStrength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersonalStrength(int newPersonalStrength) {
		int oldPersonalStrength = personalStrength;
		personalStrength = newPersonalStrength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.TOUCHPOINT__PERSONAL_STRENGTH, oldPersonalStrength, personalStrength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EncounterStep> getScript() {
		if (script == null) {
			script = new EObjectContainmentEList<EncounterStep>(EncounterStep.class, this, TouchstonePackage.TOUCHPOINT__SCRIPT);
		}
		return script;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TouchstonePackage.TOUCHPOINT__SCRIPT:
				return ((InternalEList<?>)getScript()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TouchstonePackage.TOUCHPOINT__KEY:
				return getKey();
			case TouchstonePackage.TOUCHPOINT__NAME:
				return getName();
			case TouchstonePackage.TOUCHPOINT__NAME_EN:
				return getNameEn();
			case TouchstonePackage.TOUCHPOINT__DESCRIPTION:
				return getDescription();
			case TouchstonePackage.TOUCHPOINT__DESCRIPTION_EN:
				return getDescriptionEn();
			case TouchstonePackage.TOUCHPOINT__STAGE:
				return getStage();
			case TouchstonePackage.TOUCHPOINT__PROCEDURAL_STRENGTH:
				return getProceduralStrength();
			case TouchstonePackage.TOUCHPOINT__PERSONAL_STRENGTH:
				return getPersonalStrength();
			case TouchstonePackage.TOUCHPOINT__SCRIPT:
				return getScript();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TouchstonePackage.TOUCHPOINT__KEY:
				setKey((String)newValue);
				return;
			case TouchstonePackage.TOUCHPOINT__NAME:
				setName((String)newValue);
				return;
			case TouchstonePackage.TOUCHPOINT__NAME_EN:
				setNameEn((String)newValue);
				return;
			case TouchstonePackage.TOUCHPOINT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case TouchstonePackage.TOUCHPOINT__DESCRIPTION_EN:
				setDescriptionEn((String)newValue);
				return;
			case TouchstonePackage.TOUCHPOINT__STAGE:
				setStage((JourneyStage)newValue);
				return;
			case TouchstonePackage.TOUCHPOINT__PROCEDURAL_STRENGTH:
				setProceduralStrength((Integer)newValue);
				return;
			case TouchstonePackage.TOUCHPOINT__PERSONAL_STRENGTH:
				setPersonalStrength((Integer)newValue);
				return;
			case TouchstonePackage.TOUCHPOINT__SCRIPT:
				getScript().clear();
				getScript().addAll((Collection<? extends EncounterStep>)newValue);
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
			case TouchstonePackage.TOUCHPOINT__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case TouchstonePackage.TOUCHPOINT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TouchstonePackage.TOUCHPOINT__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case TouchstonePackage.TOUCHPOINT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case TouchstonePackage.TOUCHPOINT__DESCRIPTION_EN:
				setDescriptionEn(DESCRIPTION_EN_EDEFAULT);
				return;
			case TouchstonePackage.TOUCHPOINT__STAGE:
				setStage(STAGE_EDEFAULT);
				return;
			case TouchstonePackage.TOUCHPOINT__PROCEDURAL_STRENGTH:
				setProceduralStrength(PROCEDURAL_STRENGTH_EDEFAULT);
				return;
			case TouchstonePackage.TOUCHPOINT__PERSONAL_STRENGTH:
				setPersonalStrength(PERSONAL_STRENGTH_EDEFAULT);
				return;
			case TouchstonePackage.TOUCHPOINT__SCRIPT:
				getScript().clear();
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
			case TouchstonePackage.TOUCHPOINT__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case TouchstonePackage.TOUCHPOINT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TouchstonePackage.TOUCHPOINT__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case TouchstonePackage.TOUCHPOINT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case TouchstonePackage.TOUCHPOINT__DESCRIPTION_EN:
				return DESCRIPTION_EN_EDEFAULT == null ? descriptionEn != null : !DESCRIPTION_EN_EDEFAULT.equals(descriptionEn);
			case TouchstonePackage.TOUCHPOINT__STAGE:
				return stage != STAGE_EDEFAULT;
			case TouchstonePackage.TOUCHPOINT__PROCEDURAL_STRENGTH:
				return proceduralStrength != PROCEDURAL_STRENGTH_EDEFAULT;
			case TouchstonePackage.TOUCHPOINT__PERSONAL_STRENGTH:
				return personalStrength != PERSONAL_STRENGTH_EDEFAULT;
			case TouchstonePackage.TOUCHPOINT__SCRIPT:
				return script != null && !script.isEmpty();
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
		result.append(", stage: ");
		result.append(stage);
		result.append(", proceduralStrength: ");
		result.append(proceduralStrength);
		result.append(", personalStrength: ");
		result.append(personalStrength);
		result.append(')');
		return result.toString();
	}

} //TouchpointImpl
