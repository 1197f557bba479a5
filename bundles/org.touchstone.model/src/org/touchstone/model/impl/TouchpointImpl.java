/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

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
 *   <li>{@link org.touchstone.model.impl.TouchpointImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TouchpointImpl#getStage <em>Stage</em>}</li>
 *   <li>{@link org.touchstone.model.impl.TouchpointImpl#getMomentStep <em>Moment Step</em>}</li>
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
	 * The default value of the '{@link #getMomentStep() <em>Moment Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMomentStep()
	 * @generated
	 * @ordered
	 */
	protected static final MomentStep MOMENT_STEP_EDEFAULT = MomentStep.SET_THE_TONE;

	/**
	 * The cached value of the '{@link #getMomentStep() <em>Moment Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMomentStep()
	 * @generated
	 * @ordered
	 */
	protected MomentStep momentStep = MOMENT_STEP_EDEFAULT;

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
	public MomentStep getMomentStep() {
		return momentStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMomentStep(MomentStep newMomentStep) {
		MomentStep oldMomentStep = momentStep;
		momentStep = newMomentStep == null ? MOMENT_STEP_EDEFAULT : newMomentStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.TOUCHPOINT__MOMENT_STEP, oldMomentStep, momentStep));
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
			case TouchstonePackage.TOUCHPOINT__DESCRIPTION:
				return getDescription();
			case TouchstonePackage.TOUCHPOINT__STAGE:
				return getStage();
			case TouchstonePackage.TOUCHPOINT__MOMENT_STEP:
				return getMomentStep();
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
			case TouchstonePackage.TOUCHPOINT__KEY:
				setKey((String)newValue);
				return;
			case TouchstonePackage.TOUCHPOINT__NAME:
				setName((String)newValue);
				return;
			case TouchstonePackage.TOUCHPOINT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case TouchstonePackage.TOUCHPOINT__STAGE:
				setStage((JourneyStage)newValue);
				return;
			case TouchstonePackage.TOUCHPOINT__MOMENT_STEP:
				setMomentStep((MomentStep)newValue);
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
			case TouchstonePackage.TOUCHPOINT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case TouchstonePackage.TOUCHPOINT__STAGE:
				setStage(STAGE_EDEFAULT);
				return;
			case TouchstonePackage.TOUCHPOINT__MOMENT_STEP:
				setMomentStep(MOMENT_STEP_EDEFAULT);
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
			case TouchstonePackage.TOUCHPOINT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case TouchstonePackage.TOUCHPOINT__STAGE:
				return stage != STAGE_EDEFAULT;
			case TouchstonePackage.TOUCHPOINT__MOMENT_STEP:
				return momentStep != MOMENT_STEP_EDEFAULT;
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
		result.append(", description: ");
		result.append(description);
		result.append(", stage: ");
		result.append(stage);
		result.append(", momentStep: ");
		result.append(momentStep);
		result.append(')');
		return result.toString();
	}

} //TouchpointImpl
