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

import org.touchstone.model.StandardRevision;
import org.touchstone.model.TouchstonePackage;

/**
 * This is the item provider adapter for a {@link org.touchstone.model.StandardRevision} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class StandardRevisionItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StandardRevisionItemProvider(AdapterFactory adapterFactory) {
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

			addNumberPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addAuthorPropertyDescriptor(object);
			addEditorsPropertyDescriptor(object);
			addTitlePropertyDescriptor(object);
			addTitleEnPropertyDescriptor(object);
			addDimensionPropertyDescriptor(object);
			addStatementPropertyDescriptor(object);
			addStatementEnPropertyDescriptor(object);
			addObservationPropertyDescriptor(object);
			addObservationEnPropertyDescriptor(object);
			addTouchpointPropertyDescriptor(object);
			addOwnerPropertyDescriptor(object);
			addEffectiveDatePropertyDescriptor(object);
			addReviewIntervalMonthsPropertyDescriptor(object);
			addRationalePropertyDescriptor(object);
			addRationaleEnPropertyDescriptor(object);
			addCasesPropertyDescriptor(object);
			addExpectationLevelPropertyDescriptor(object);
			addContactSituationsPropertyDescriptor(object);
			addGapsPropertyDescriptor(object);
			addPilotSitesPropertyDescriptor(object);
			addRolloutDatePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Number feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNumberPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StandardRevision_number_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_number_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__NUMBER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StandardRevision_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_status_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Author feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAuthorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StandardRevision_author_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_author_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__AUTHOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Editors feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEditorsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StandardRevision_editors_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_editors_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__EDITORS,
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
				 getString("_UI_StandardRevision_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_title_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__TITLE,
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
				 getString("_UI_StandardRevision_titleEn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_titleEn_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__TITLE_EN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dimension feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDimensionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StandardRevision_dimension_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_dimension_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__DIMENSION,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Statement feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatementPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StandardRevision_statement_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_statement_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__STATEMENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Statement En feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatementEnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StandardRevision_statementEn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_statementEn_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__STATEMENT_EN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Observation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addObservationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StandardRevision_observation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_observation_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__OBSERVATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Observation En feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addObservationEnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StandardRevision_observationEn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_observationEn_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__OBSERVATION_EN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
				 getString("_UI_StandardRevision_touchpoint_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_touchpoint_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__TOUCHPOINT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Owner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOwnerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StandardRevision_owner_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_owner_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__OWNER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Effective Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEffectiveDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StandardRevision_effectiveDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_effectiveDate_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__EFFECTIVE_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Review Interval Months feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReviewIntervalMonthsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StandardRevision_reviewIntervalMonths_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_reviewIntervalMonths_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__REVIEW_INTERVAL_MONTHS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rationale feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRationalePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StandardRevision_rationale_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_rationale_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__RATIONALE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rationale En feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRationaleEnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StandardRevision_rationaleEn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_rationaleEn_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__RATIONALE_EN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
				 getString("_UI_StandardRevision_cases_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_cases_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__CASES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Expectation Level feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExpectationLevelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StandardRevision_expectationLevel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_expectationLevel_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__EXPECTATION_LEVEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
				 getString("_UI_StandardRevision_contactSituations_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_contactSituations_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__CONTACT_SITUATIONS,
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
				 getString("_UI_StandardRevision_gaps_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_gaps_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__GAPS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pilot Sites feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPilotSitesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StandardRevision_pilotSites_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_pilotSites_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__PILOT_SITES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rollout Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRolloutDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_StandardRevision_rolloutDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_StandardRevision_rolloutDate_feature", "_UI_StandardRevision_type"),
				 TouchstonePackage.Literals.STANDARD_REVISION__ROLLOUT_DATE,
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
			childrenFeatures.add(TouchstonePackage.Literals.STANDARD_REVISION__CRITERIA);
			childrenFeatures.add(TouchstonePackage.Literals.STANDARD_REVISION__SEGMENTS);
			childrenFeatures.add(TouchstonePackage.Literals.STANDARD_REVISION__TRANSITIONS);
			childrenFeatures.add(TouchstonePackage.Literals.STANDARD_REVISION__SITE_RULES);
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
	 * This returns StandardRevision.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/StandardRevision"));
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
		String label = ((StandardRevision)object).getTitle();
		return label == null || label.length() == 0 ?
			getString("_UI_StandardRevision_type") :
			getString("_UI_StandardRevision_type") + " " + label;
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

		switch (notification.getFeatureID(StandardRevision.class)) {
			case TouchstonePackage.STANDARD_REVISION__NUMBER:
			case TouchstonePackage.STANDARD_REVISION__STATUS:
			case TouchstonePackage.STANDARD_REVISION__AUTHOR:
			case TouchstonePackage.STANDARD_REVISION__EDITORS:
			case TouchstonePackage.STANDARD_REVISION__TITLE:
			case TouchstonePackage.STANDARD_REVISION__TITLE_EN:
			case TouchstonePackage.STANDARD_REVISION__STATEMENT:
			case TouchstonePackage.STANDARD_REVISION__STATEMENT_EN:
			case TouchstonePackage.STANDARD_REVISION__OBSERVATION:
			case TouchstonePackage.STANDARD_REVISION__OBSERVATION_EN:
			case TouchstonePackage.STANDARD_REVISION__OWNER:
			case TouchstonePackage.STANDARD_REVISION__EFFECTIVE_DATE:
			case TouchstonePackage.STANDARD_REVISION__REVIEW_INTERVAL_MONTHS:
			case TouchstonePackage.STANDARD_REVISION__RATIONALE:
			case TouchstonePackage.STANDARD_REVISION__RATIONALE_EN:
			case TouchstonePackage.STANDARD_REVISION__EXPECTATION_LEVEL:
			case TouchstonePackage.STANDARD_REVISION__CONTACT_SITUATIONS:
			case TouchstonePackage.STANDARD_REVISION__GAPS:
			case TouchstonePackage.STANDARD_REVISION__ROLLOUT_DATE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case TouchstonePackage.STANDARD_REVISION__CRITERIA:
			case TouchstonePackage.STANDARD_REVISION__SEGMENTS:
			case TouchstonePackage.STANDARD_REVISION__TRANSITIONS:
			case TouchstonePackage.STANDARD_REVISION__SITE_RULES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

}
