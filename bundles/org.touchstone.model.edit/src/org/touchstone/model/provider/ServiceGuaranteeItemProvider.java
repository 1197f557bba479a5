/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.provider;


import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.touchstone.model.ServiceGuarantee;
import org.touchstone.model.TouchstonePackage;

/**
 * This is the item provider adapter for a {@link org.touchstone.model.ServiceGuarantee} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ServiceGuaranteeItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceGuaranteeItemProvider(AdapterFactory adapterFactory) {
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

			addPromisePropertyDescriptor(object);
			addPromiseEnPropertyDescriptor(object);
			addUnconditionalPropertyDescriptor(object);
			addMeaningfulPropertyDescriptor(object);
			addEasyToUnderstandPropertyDescriptor(object);
			addEasyToInvokePropertyDescriptor(object);
			addCrediblePropertyDescriptor(object);
			addCautionsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Promise feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPromisePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceGuarantee_promise_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceGuarantee_promise_feature", "_UI_ServiceGuarantee_type"),
				 TouchstonePackage.Literals.SERVICE_GUARANTEE__PROMISE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Promise En feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPromiseEnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceGuarantee_promiseEn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceGuarantee_promiseEn_feature", "_UI_ServiceGuarantee_type"),
				 TouchstonePackage.Literals.SERVICE_GUARANTEE__PROMISE_EN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Unconditional feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUnconditionalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceGuarantee_unconditional_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceGuarantee_unconditional_feature", "_UI_ServiceGuarantee_type"),
				 TouchstonePackage.Literals.SERVICE_GUARANTEE__UNCONDITIONAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Meaningful feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMeaningfulPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceGuarantee_meaningful_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceGuarantee_meaningful_feature", "_UI_ServiceGuarantee_type"),
				 TouchstonePackage.Literals.SERVICE_GUARANTEE__MEANINGFUL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Easy To Understand feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEasyToUnderstandPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceGuarantee_easyToUnderstand_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceGuarantee_easyToUnderstand_feature", "_UI_ServiceGuarantee_type"),
				 TouchstonePackage.Literals.SERVICE_GUARANTEE__EASY_TO_UNDERSTAND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Easy To Invoke feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEasyToInvokePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceGuarantee_easyToInvoke_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceGuarantee_easyToInvoke_feature", "_UI_ServiceGuarantee_type"),
				 TouchstonePackage.Literals.SERVICE_GUARANTEE__EASY_TO_INVOKE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Credible feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCrediblePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceGuarantee_credible_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceGuarantee_credible_feature", "_UI_ServiceGuarantee_type"),
				 TouchstonePackage.Literals.SERVICE_GUARANTEE__CREDIBLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cautions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCautionsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceGuarantee_cautions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceGuarantee_cautions_feature", "_UI_ServiceGuarantee_type"),
				 TouchstonePackage.Literals.SERVICE_GUARANTEE__CAUTIONS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns ServiceGuarantee.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ServiceGuarantee"));
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
		String label = ((ServiceGuarantee)object).getPromise();
		return label == null || label.length() == 0 ?
			getString("_UI_ServiceGuarantee_type") :
			getString("_UI_ServiceGuarantee_type") + " " + label;
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

		switch (notification.getFeatureID(ServiceGuarantee.class)) {
			case TouchstonePackage.SERVICE_GUARANTEE__PROMISE:
			case TouchstonePackage.SERVICE_GUARANTEE__PROMISE_EN:
			case TouchstonePackage.SERVICE_GUARANTEE__UNCONDITIONAL:
			case TouchstonePackage.SERVICE_GUARANTEE__MEANINGFUL:
			case TouchstonePackage.SERVICE_GUARANTEE__EASY_TO_UNDERSTAND:
			case TouchstonePackage.SERVICE_GUARANTEE__EASY_TO_INVOKE:
			case TouchstonePackage.SERVICE_GUARANTEE__CREDIBLE:
			case TouchstonePackage.SERVICE_GUARANTEE__CAUTIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return TouchstoneEditPlugin.INSTANCE;
	}

}
