/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.TouchstonePackage;

/**
 * This is the item provider adapter for a {@link org.touchstone.model.RecoveryPlaybook} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class RecoveryPlaybookItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RecoveryPlaybookItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addKeyPropertyDescriptor(object);
			addTitlePropertyDescriptor(object);
			addTitleEnPropertyDescriptor(object);
			addFailureTypePropertyDescriptor(object);
			addTriggerPropertyDescriptor(object);
			addTriggerEnPropertyDescriptor(object);
			addEmpowermentLimitPropertyDescriptor(object);
			addEmpowermentLimitEnPropertyDescriptor(object);
			addEscalationPropertyDescriptor(object);
			addEscalationEnPropertyDescriptor(object);
			addFollowUpPropertyDescriptor(object);
			addFollowUpEnPropertyDescriptor(object);
			addPrinciplesPropertyDescriptor(object);
			addStandardsPropertyDescriptor(object);
			addCasesPropertyDescriptor(object);
			addContactSituationsPropertyDescriptor(object);
			addGapsPropertyDescriptor(object);
			addDifficultCustomerPropertyDescriptor(object);
			addEmpowermentAmountPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Key feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKeyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RecoveryPlaybook_key_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RecoveryPlaybook_key_feature", "_UI_RecoveryPlaybook_type"),
				 TouchstonePackage.Literals.RECOVERY_PLAYBOOK__KEY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RecoveryPlaybook_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RecoveryPlaybook_title_feature", "_UI_RecoveryPlaybook_type"),
				 TouchstonePackage.Literals.RECOVERY_PLAYBOOK__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Title En feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitleEnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RecoveryPlaybook_titleEn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RecoveryPlaybook_titleEn_feature", "_UI_RecoveryPlaybook_type"),
				 TouchstonePackage.Literals.RECOVERY_PLAYBOOK__TITLE_EN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Failure Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFailureTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RecoveryPlaybook_failureType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RecoveryPlaybook_failureType_feature", "_UI_RecoveryPlaybook_type"),
				 TouchstonePackage.Literals.RECOVERY_PLAYBOOK__FAILURE_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Trigger feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTriggerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RecoveryPlaybook_trigger_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RecoveryPlaybook_trigger_feature", "_UI_RecoveryPlaybook_type"),
				 TouchstonePackage.Literals.RECOVERY_PLAYBOOK__TRIGGER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Trigger En feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTriggerEnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RecoveryPlaybook_triggerEn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RecoveryPlaybook_triggerEn_feature", "_UI_RecoveryPlaybook_type"),
				 TouchstonePackage.Literals.RECOVERY_PLAYBOOK__TRIGGER_EN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Empowerment Limit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEmpowermentLimitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RecoveryPlaybook_empowermentLimit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RecoveryPlaybook_empowermentLimit_feature", "_UI_RecoveryPlaybook_type"),
				 TouchstonePackage.Literals.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Empowerment Limit En feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEmpowermentLimitEnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RecoveryPlaybook_empowermentLimitEn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RecoveryPlaybook_empowermentLimitEn_feature", "_UI_RecoveryPlaybook_type"),
				 TouchstonePackage.Literals.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT_EN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Escalation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEscalationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RecoveryPlaybook_escalation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RecoveryPlaybook_escalation_feature", "_UI_RecoveryPlaybook_type"),
				 TouchstonePackage.Literals.RECOVERY_PLAYBOOK__ESCALATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Escalation En feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEscalationEnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RecoveryPlaybook_escalationEn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RecoveryPlaybook_escalationEn_feature", "_UI_RecoveryPlaybook_type"),
				 TouchstonePackage.Literals.RECOVERY_PLAYBOOK__ESCALATION_EN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Follow Up feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFollowUpPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RecoveryPlaybook_followUp_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RecoveryPlaybook_followUp_feature", "_UI_RecoveryPlaybook_type"),
				 TouchstonePackage.Literals.RECOVERY_PLAYBOOK__FOLLOW_UP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Follow Up En feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFollowUpEnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RecoveryPlaybook_followUpEn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RecoveryPlaybook_followUpEn_feature", "_UI_RecoveryPlaybook_type"),
				 TouchstonePackage.Literals.RECOVERY_PLAYBOOK__FOLLOW_UP_EN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Principles feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPrinciplesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RecoveryPlaybook_principles_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RecoveryPlaybook_principles_feature", "_UI_RecoveryPlaybook_type"),
				 TouchstonePackage.Literals.RECOVERY_PLAYBOOK__PRINCIPLES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Standards feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStandardsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RecoveryPlaybook_standards_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RecoveryPlaybook_standards_feature", "_UI_RecoveryPlaybook_type"),
				 TouchstonePackage.Literals.RECOVERY_PLAYBOOK__STANDARDS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cases feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCasesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RecoveryPlaybook_cases_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RecoveryPlaybook_cases_feature", "_UI_RecoveryPlaybook_type"),
				 TouchstonePackage.Literals.RECOVERY_PLAYBOOK__CASES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Contact Situations feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addContactSituationsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RecoveryPlaybook_contactSituations_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RecoveryPlaybook_contactSituations_feature", "_UI_RecoveryPlaybook_type"),
				 TouchstonePackage.Literals.RECOVERY_PLAYBOOK__CONTACT_SITUATIONS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Gaps feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGapsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RecoveryPlaybook_gaps_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RecoveryPlaybook_gaps_feature", "_UI_RecoveryPlaybook_type"),
				 TouchstonePackage.Literals.RECOVERY_PLAYBOOK__GAPS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Difficult Customer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDifficultCustomerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RecoveryPlaybook_difficultCustomer_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RecoveryPlaybook_difficultCustomer_feature", "_UI_RecoveryPlaybook_type"),
				 TouchstonePackage.Literals.RECOVERY_PLAYBOOK__DIFFICULT_CUSTOMER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Empowerment Amount feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEmpowermentAmountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RecoveryPlaybook_empowermentAmount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RecoveryPlaybook_empowermentAmount_feature", "_UI_RecoveryPlaybook_type"),
				 TouchstonePackage.Literals.RECOVERY_PLAYBOOK__EMPOWERMENT_AMOUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(TouchstonePackage.Literals.RECOVERY_PLAYBOOK__STEPS);
			childrenFeatures.add(TouchstonePackage.Literals.RECOVERY_PLAYBOOK__SERVICE_GUARANTEE);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns RecoveryPlaybook.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/RecoveryPlaybook"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((RecoveryPlaybook)object).getTitle();
		return label == null || label.length() == 0 ?
			getString("_UI_RecoveryPlaybook_type") :
			getString("_UI_RecoveryPlaybook_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(RecoveryPlaybook.class)) {
			case TouchstonePackage.RECOVERY_PLAYBOOK__KEY:
			case TouchstonePackage.RECOVERY_PLAYBOOK__TITLE:
			case TouchstonePackage.RECOVERY_PLAYBOOK__TITLE_EN:
			case TouchstonePackage.RECOVERY_PLAYBOOK__FAILURE_TYPE:
			case TouchstonePackage.RECOVERY_PLAYBOOK__TRIGGER:
			case TouchstonePackage.RECOVERY_PLAYBOOK__TRIGGER_EN:
			case TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT:
			case TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT_EN:
			case TouchstonePackage.RECOVERY_PLAYBOOK__ESCALATION:
			case TouchstonePackage.RECOVERY_PLAYBOOK__ESCALATION_EN:
			case TouchstonePackage.RECOVERY_PLAYBOOK__FOLLOW_UP:
			case TouchstonePackage.RECOVERY_PLAYBOOK__FOLLOW_UP_EN:
			case TouchstonePackage.RECOVERY_PLAYBOOK__PRINCIPLES:
			case TouchstonePackage.RECOVERY_PLAYBOOK__CONTACT_SITUATIONS:
			case TouchstonePackage.RECOVERY_PLAYBOOK__GAPS:
			case TouchstonePackage.RECOVERY_PLAYBOOK__DIFFICULT_CUSTOMER:
			case TouchstonePackage.RECOVERY_PLAYBOOK__EMPOWERMENT_AMOUNT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case TouchstonePackage.RECOVERY_PLAYBOOK__STEPS:
			case TouchstonePackage.RECOVERY_PLAYBOOK__SERVICE_GUARANTEE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

}
