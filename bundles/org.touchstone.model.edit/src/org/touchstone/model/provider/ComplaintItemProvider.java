/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.provider;


import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.touchstone.model.Complaint;
import org.touchstone.model.TouchstonePackage;

/**
 * This is the item provider adapter for a {@link org.touchstone.model.Complaint} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ComplaintItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComplaintItemProvider(AdapterFactory adapterFactory) {
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
			addAtPropertyDescriptor(object);
			addSitePropertyDescriptor(object);
			addTouchpointPropertyDescriptor(object);
			addFailureTypePropertyDescriptor(object);
			addCustomerSaidPropertyDescriptor(object);
			addCustomerSaidEnPropertyDescriptor(object);
			addPlaybookPropertyDescriptor(object);
			addFirstResponseMinutesPropertyDescriptor(object);
			addResolutionMinutesPropertyDescriptor(object);
			addCompensationPropertyDescriptor(object);
			addGuaranteeInvokedPropertyDescriptor(object);
			addFollowUpDonePropertyDescriptor(object);
			addOutcomePropertyDescriptor(object);
			addOutcomeReasonPropertyDescriptor(object);
			addOutcomeReasonEnPropertyDescriptor(object);
			addSatisfiedAfterRecoveryPropertyDescriptor(object);
			addRecordedByPropertyDescriptor(object);
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
				 getString("_UI_Complaint_key_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Complaint_key_feature", "_UI_Complaint_type"),
				 TouchstonePackage.Literals.COMPLAINT__KEY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Complaint_at_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Complaint_at_feature", "_UI_Complaint_type"),
				 TouchstonePackage.Literals.COMPLAINT__AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Site feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSitePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Complaint_site_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Complaint_site_feature", "_UI_Complaint_type"),
				 TouchstonePackage.Literals.COMPLAINT__SITE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Touchpoint feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTouchpointPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Complaint_touchpoint_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Complaint_touchpoint_feature", "_UI_Complaint_type"),
				 TouchstonePackage.Literals.COMPLAINT__TOUCHPOINT,
				 true,
				 false,
				 true,
				 null,
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
				 getString("_UI_Complaint_failureType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Complaint_failureType_feature", "_UI_Complaint_type"),
				 TouchstonePackage.Literals.COMPLAINT__FAILURE_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Customer Said feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCustomerSaidPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Complaint_customerSaid_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Complaint_customerSaid_feature", "_UI_Complaint_type"),
				 TouchstonePackage.Literals.COMPLAINT__CUSTOMER_SAID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Customer Said En feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCustomerSaidEnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Complaint_customerSaidEn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Complaint_customerSaidEn_feature", "_UI_Complaint_type"),
				 TouchstonePackage.Literals.COMPLAINT__CUSTOMER_SAID_EN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Playbook feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlaybookPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Complaint_playbook_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Complaint_playbook_feature", "_UI_Complaint_type"),
				 TouchstonePackage.Literals.COMPLAINT__PLAYBOOK,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the First Response Minutes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFirstResponseMinutesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Complaint_firstResponseMinutes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Complaint_firstResponseMinutes_feature", "_UI_Complaint_type"),
				 TouchstonePackage.Literals.COMPLAINT__FIRST_RESPONSE_MINUTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Resolution Minutes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResolutionMinutesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Complaint_resolutionMinutes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Complaint_resolutionMinutes_feature", "_UI_Complaint_type"),
				 TouchstonePackage.Literals.COMPLAINT__RESOLUTION_MINUTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Compensation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCompensationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Complaint_compensation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Complaint_compensation_feature", "_UI_Complaint_type"),
				 TouchstonePackage.Literals.COMPLAINT__COMPENSATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Guarantee Invoked feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGuaranteeInvokedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Complaint_guaranteeInvoked_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Complaint_guaranteeInvoked_feature", "_UI_Complaint_type"),
				 TouchstonePackage.Literals.COMPLAINT__GUARANTEE_INVOKED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Follow Up Done feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFollowUpDonePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Complaint_followUpDone_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Complaint_followUpDone_feature", "_UI_Complaint_type"),
				 TouchstonePackage.Literals.COMPLAINT__FOLLOW_UP_DONE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Outcome feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOutcomePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Complaint_outcome_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Complaint_outcome_feature", "_UI_Complaint_type"),
				 TouchstonePackage.Literals.COMPLAINT__OUTCOME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Outcome Reason feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOutcomeReasonPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Complaint_outcomeReason_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Complaint_outcomeReason_feature", "_UI_Complaint_type"),
				 TouchstonePackage.Literals.COMPLAINT__OUTCOME_REASON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Outcome Reason En feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOutcomeReasonEnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Complaint_outcomeReasonEn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Complaint_outcomeReasonEn_feature", "_UI_Complaint_type"),
				 TouchstonePackage.Literals.COMPLAINT__OUTCOME_REASON_EN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Satisfied After Recovery feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSatisfiedAfterRecoveryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Complaint_satisfiedAfterRecovery_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Complaint_satisfiedAfterRecovery_feature", "_UI_Complaint_type"),
				 TouchstonePackage.Literals.COMPLAINT__SATISFIED_AFTER_RECOVERY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Recorded By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRecordedByPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Complaint_recordedBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Complaint_recordedBy_feature", "_UI_Complaint_type"),
				 TouchstonePackage.Literals.COMPLAINT__RECORDED_BY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns Complaint.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Complaint"));
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
		String label = ((Complaint)object).getKey();
		return label == null || label.length() == 0 ?
			getString("_UI_Complaint_type") :
			getString("_UI_Complaint_type") + " " + label;
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

		switch (notification.getFeatureID(Complaint.class)) {
			case TouchstonePackage.COMPLAINT__KEY:
			case TouchstonePackage.COMPLAINT__AT:
			case TouchstonePackage.COMPLAINT__FAILURE_TYPE:
			case TouchstonePackage.COMPLAINT__CUSTOMER_SAID:
			case TouchstonePackage.COMPLAINT__CUSTOMER_SAID_EN:
			case TouchstonePackage.COMPLAINT__FIRST_RESPONSE_MINUTES:
			case TouchstonePackage.COMPLAINT__RESOLUTION_MINUTES:
			case TouchstonePackage.COMPLAINT__COMPENSATION:
			case TouchstonePackage.COMPLAINT__GUARANTEE_INVOKED:
			case TouchstonePackage.COMPLAINT__FOLLOW_UP_DONE:
			case TouchstonePackage.COMPLAINT__OUTCOME:
			case TouchstonePackage.COMPLAINT__OUTCOME_REASON:
			case TouchstonePackage.COMPLAINT__OUTCOME_REASON_EN:
			case TouchstonePackage.COMPLAINT__SATISFIED_AFTER_RECOVERY:
			case TouchstonePackage.COMPLAINT__RECORDED_BY:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

}
