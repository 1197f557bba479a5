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

import org.touchstone.model.CustomerSegment;
import org.touchstone.model.TouchstonePackage;

/**
 * This is the item provider adapter for a {@link org.touchstone.model.CustomerSegment} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CustomerSegmentItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CustomerSegmentItemProvider(AdapterFactory adapterFactory) {
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
			addNamePropertyDescriptor(object);
			addNameEnPropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addDescriptionEnPropertyDescriptor(object);
			addValueTierPropertyDescriptor(object);
			addLoyaltyStagePropertyDescriptor(object);
			addInternalPropertyDescriptor(object);
			addStylePropertyDescriptor(object);
			addGuidancePropertyDescriptor(object);
			addGuidanceEnPropertyDescriptor(object);
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
				 getString("_UI_CustomerSegment_key_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CustomerSegment_key_feature", "_UI_CustomerSegment_type"),
				 TouchstonePackage.Literals.CUSTOMER_SEGMENT__KEY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CustomerSegment_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CustomerSegment_name_feature", "_UI_CustomerSegment_type"),
				 TouchstonePackage.Literals.CUSTOMER_SEGMENT__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Name En feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNameEnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CustomerSegment_nameEn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CustomerSegment_nameEn_feature", "_UI_CustomerSegment_type"),
				 TouchstonePackage.Literals.CUSTOMER_SEGMENT__NAME_EN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CustomerSegment_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CustomerSegment_description_feature", "_UI_CustomerSegment_type"),
				 TouchstonePackage.Literals.CUSTOMER_SEGMENT__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description En feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionEnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CustomerSegment_descriptionEn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CustomerSegment_descriptionEn_feature", "_UI_CustomerSegment_type"),
				 TouchstonePackage.Literals.CUSTOMER_SEGMENT__DESCRIPTION_EN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Value Tier feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addValueTierPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CustomerSegment_valueTier_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CustomerSegment_valueTier_feature", "_UI_CustomerSegment_type"),
				 TouchstonePackage.Literals.CUSTOMER_SEGMENT__VALUE_TIER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Loyalty Stage feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLoyaltyStagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CustomerSegment_loyaltyStage_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CustomerSegment_loyaltyStage_feature", "_UI_CustomerSegment_type"),
				 TouchstonePackage.Literals.CUSTOMER_SEGMENT__LOYALTY_STAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Internal feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInternalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CustomerSegment_internal_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CustomerSegment_internal_feature", "_UI_CustomerSegment_type"),
				 TouchstonePackage.Literals.CUSTOMER_SEGMENT__INTERNAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Style feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStylePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CustomerSegment_style_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CustomerSegment_style_feature", "_UI_CustomerSegment_type"),
				 TouchstonePackage.Literals.CUSTOMER_SEGMENT__STYLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Guidance feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGuidancePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CustomerSegment_guidance_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CustomerSegment_guidance_feature", "_UI_CustomerSegment_type"),
				 TouchstonePackage.Literals.CUSTOMER_SEGMENT__GUIDANCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Guidance En feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGuidanceEnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CustomerSegment_guidanceEn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CustomerSegment_guidanceEn_feature", "_UI_CustomerSegment_type"),
				 TouchstonePackage.Literals.CUSTOMER_SEGMENT__GUIDANCE_EN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns CustomerSegment.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CustomerSegment"));
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
		String label = ((CustomerSegment)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_CustomerSegment_type") :
			getString("_UI_CustomerSegment_type") + " " + label;
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

		switch (notification.getFeatureID(CustomerSegment.class)) {
			case TouchstonePackage.CUSTOMER_SEGMENT__KEY:
			case TouchstonePackage.CUSTOMER_SEGMENT__NAME:
			case TouchstonePackage.CUSTOMER_SEGMENT__NAME_EN:
			case TouchstonePackage.CUSTOMER_SEGMENT__DESCRIPTION:
			case TouchstonePackage.CUSTOMER_SEGMENT__DESCRIPTION_EN:
			case TouchstonePackage.CUSTOMER_SEGMENT__VALUE_TIER:
			case TouchstonePackage.CUSTOMER_SEGMENT__LOYALTY_STAGE:
			case TouchstonePackage.CUSTOMER_SEGMENT__INTERNAL:
			case TouchstonePackage.CUSTOMER_SEGMENT__STYLE:
			case TouchstonePackage.CUSTOMER_SEGMENT__GUIDANCE:
			case TouchstonePackage.CUSTOMER_SEGMENT__GUIDANCE_EN:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

}
