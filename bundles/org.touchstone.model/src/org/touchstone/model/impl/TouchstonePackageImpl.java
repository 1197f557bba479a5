/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.touchstone.model.AuthoredChapter;
import org.touchstone.model.BehaviourStyle;
import org.touchstone.model.Branding;
import org.touchstone.model.CaseStudy;
import org.touchstone.model.CaseText;
import org.touchstone.model.Chapter;
import org.touchstone.model.Comparison;
import org.touchstone.model.Complaint;
import org.touchstone.model.ContactSituation;
import org.touchstone.model.Criterion;
import org.touchstone.model.CustomerOutcome;
import org.touchstone.model.CustomerSegment;
import org.touchstone.model.DifficultCustomer;
import org.touchstone.model.Dimension;
import org.touchstone.model.EncounterStep;
import org.touchstone.model.ExpectationLevel;
import org.touchstone.model.FailureGroup;
import org.touchstone.model.FailureType;
import org.touchstone.model.GeneratedSection;
import org.touchstone.model.GuaranteeCaution;
import org.touchstone.model.Handbook;
import org.touchstone.model.Identified;
import org.touchstone.model.JourneyStage;
import org.touchstone.model.Language;
import org.touchstone.model.LoyaltyStage;
import org.touchstone.model.MomentStep;
import org.touchstone.model.PlaybookStep;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.RecoveryPrinciple;
import org.touchstone.model.Role;
import org.touchstone.model.SectionKind;
import org.touchstone.model.SegmentRule;
import org.touchstone.model.ServiceGap;
import org.touchstone.model.ServiceGuarantee;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.ServiceType;
import org.touchstone.model.Site;
import org.touchstone.model.SiteRule;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Status;
import org.touchstone.model.Tenant;
import org.touchstone.model.Touchpoint;
import org.touchstone.model.TouchstoneFactory;
import org.touchstone.model.TouchstonePackage;
import org.touchstone.model.Transition;
import org.touchstone.model.User;
import org.touchstone.model.ValueTier;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TouchstonePackageImpl extends EPackageImpl implements TouchstonePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tenantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass brandingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass userEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dimensionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customerSegmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass touchpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceStandardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass standardRevisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass criterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass segmentRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass siteRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass siteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass complaintEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass transitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recoveryPlaybookEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass playbookStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass caseStudyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass caseTextEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass handbookEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass chapterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass authoredChapterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass generatedSectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass encounterStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceGuaranteeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum languageEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum statusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum customerOutcomeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum comparisonEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum valueTierEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum loyaltyStageEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum behaviourStyleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum journeyStageEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum momentStepEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum failureTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum recoveryPrincipleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sectionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum expectationLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum serviceTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum contactSituationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum serviceGapEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum difficultCustomerEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum failureGroupEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum guaranteeCautionEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.touchstone.model.TouchstonePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private TouchstonePackageImpl() {
		super(eNS_URI, TouchstoneFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link TouchstonePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static TouchstonePackage init() {
		if (isInited) return (TouchstonePackage)EPackage.Registry.INSTANCE.getEPackage(TouchstonePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredTouchstonePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		TouchstonePackageImpl theTouchstonePackage = registeredTouchstonePackage instanceof TouchstonePackageImpl ? (TouchstonePackageImpl)registeredTouchstonePackage : new TouchstonePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theTouchstonePackage.createPackageContents();

		// Initialize created meta-data
		theTouchstonePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theTouchstonePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(TouchstonePackage.eNS_URI, theTouchstonePackage);
		return theTouchstonePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Uuid() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTenant() {
		return tenantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTenant_SchemaVersion() {
		return (EAttribute)tenantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTenant_Id() {
		return (EAttribute)tenantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTenant_Name() {
		return (EAttribute)tenantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTenant_NameEn() {
		return (EAttribute)tenantEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTenant_Locale() {
		return (EAttribute)tenantEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTenant_Branding() {
		return (EReference)tenantEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTenant_Users() {
		return (EReference)tenantEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTenant_Dimensions() {
		return (EReference)tenantEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTenant_Segments() {
		return (EReference)tenantEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTenant_Touchpoints() {
		return (EReference)tenantEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTenant_Standards() {
		return (EReference)tenantEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTenant_Playbooks() {
		return (EReference)tenantEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTenant_Cases() {
		return (EReference)tenantEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTenant_Handbooks() {
		return (EReference)tenantEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTenant_Sites() {
		return (EReference)tenantEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTenant_Complaints() {
		return (EReference)tenantEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBranding() {
		return brandingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBranding_DisplayName() {
		return (EAttribute)brandingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBranding_DisplayNameEn() {
		return (EAttribute)brandingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBranding_Logo() {
		return (EAttribute)brandingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBranding_PrimaryColour() {
		return (EAttribute)brandingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUser() {
		return userEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_Name() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_DisplayName() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_Roles() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDimension() {
		return dimensionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimension_Code() {
		return (EAttribute)dimensionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimension_Name() {
		return (EAttribute)dimensionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimension_NameEn() {
		return (EAttribute)dimensionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimension_Description() {
		return (EAttribute)dimensionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimension_DescriptionEn() {
		return (EAttribute)dimensionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomerSegment() {
		return customerSegmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerSegment_Key() {
		return (EAttribute)customerSegmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerSegment_Name() {
		return (EAttribute)customerSegmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerSegment_NameEn() {
		return (EAttribute)customerSegmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerSegment_Description() {
		return (EAttribute)customerSegmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerSegment_DescriptionEn() {
		return (EAttribute)customerSegmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerSegment_ValueTier() {
		return (EAttribute)customerSegmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerSegment_LoyaltyStage() {
		return (EAttribute)customerSegmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerSegment_Internal() {
		return (EAttribute)customerSegmentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerSegment_Style() {
		return (EAttribute)customerSegmentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerSegment_Guidance() {
		return (EAttribute)customerSegmentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerSegment_GuidanceEn() {
		return (EAttribute)customerSegmentEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTouchpoint() {
		return touchpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Key() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Name() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_NameEn() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Description() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_DescriptionEn() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Stage() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_ProceduralStrength() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_PersonalStrength() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTouchpoint_Script() {
		return (EReference)touchpointEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceStandard() {
		return serviceStandardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceStandard_Key() {
		return (EAttribute)serviceStandardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceStandard_Revisions() {
		return (EReference)serviceStandardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStandardRevision() {
		return standardRevisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardRevision_Number() {
		return (EAttribute)standardRevisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardRevision_Status() {
		return (EAttribute)standardRevisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardRevision_Author() {
		return (EAttribute)standardRevisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardRevision_Editors() {
		return (EAttribute)standardRevisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardRevision_Title() {
		return (EAttribute)standardRevisionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardRevision_TitleEn() {
		return (EAttribute)standardRevisionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandardRevision_Dimension() {
		return (EReference)standardRevisionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardRevision_Statement() {
		return (EAttribute)standardRevisionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardRevision_StatementEn() {
		return (EAttribute)standardRevisionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandardRevision_Criteria() {
		return (EReference)standardRevisionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardRevision_Observation() {
		return (EAttribute)standardRevisionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardRevision_ObservationEn() {
		return (EAttribute)standardRevisionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandardRevision_Touchpoint() {
		return (EReference)standardRevisionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandardRevision_Segments() {
		return (EReference)standardRevisionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardRevision_Owner() {
		return (EAttribute)standardRevisionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardRevision_EffectiveDate() {
		return (EAttribute)standardRevisionEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardRevision_ReviewIntervalMonths() {
		return (EAttribute)standardRevisionEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardRevision_Rationale() {
		return (EAttribute)standardRevisionEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardRevision_RationaleEn() {
		return (EAttribute)standardRevisionEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandardRevision_Cases() {
		return (EReference)standardRevisionEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandardRevision_Transitions() {
		return (EReference)standardRevisionEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardRevision_ExpectationLevel() {
		return (EAttribute)standardRevisionEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardRevision_ContactSituations() {
		return (EAttribute)standardRevisionEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardRevision_Gaps() {
		return (EAttribute)standardRevisionEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandardRevision_SiteRules() {
		return (EReference)standardRevisionEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStandardRevision_PilotSites() {
		return (EReference)standardRevisionEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardRevision_RolloutDate() {
		return (EAttribute)standardRevisionEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCriterion() {
		return criterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_Metric() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_MetricEn() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_Comparison() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_Threshold() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_Unit() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_ComplianceTarget() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSegmentRule() {
		return segmentRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegmentRule_Segment() {
		return (EReference)segmentRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegmentRule_ThresholdOverride() {
		return (EAttribute)segmentRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSiteRule() {
		return siteRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSiteRule_Site() {
		return (EReference)siteRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSiteRule_ThresholdOverride() {
		return (EAttribute)siteRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSiteRule_Reason() {
		return (EAttribute)siteRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSiteRule_ReasonEn() {
		return (EAttribute)siteRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSite() {
		return siteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Key() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Name() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_NameEn() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Region() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_RegionEn() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_CustomersPerMonth() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComplaint() {
		return complaintEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Key() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_At() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComplaint_Site() {
		return (EReference)complaintEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComplaint_Touchpoint() {
		return (EReference)complaintEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_FailureType() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_CustomerSaid() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_CustomerSaidEn() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComplaint_Playbook() {
		return (EReference)complaintEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_FirstResponseMinutes() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_ResolutionMinutes() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Compensation() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_GuaranteeInvoked() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_FollowUpDone() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Outcome() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_OutcomeReason() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_OutcomeReasonEn() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_SatisfiedAfterRecovery() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_RecordedBy() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTransition() {
		return transitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransition_From() {
		return (EAttribute)transitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransition_To() {
		return (EAttribute)transitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransition_User() {
		return (EAttribute)transitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransition_At() {
		return (EAttribute)transitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransition_Comment() {
		return (EAttribute)transitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransition_Login() {
		return (EAttribute)transitionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransition_OverrideReason() {
		return (EAttribute)transitionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecoveryPlaybook() {
		return recoveryPlaybookEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecoveryPlaybook_Key() {
		return (EAttribute)recoveryPlaybookEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecoveryPlaybook_Title() {
		return (EAttribute)recoveryPlaybookEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecoveryPlaybook_TitleEn() {
		return (EAttribute)recoveryPlaybookEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecoveryPlaybook_FailureType() {
		return (EAttribute)recoveryPlaybookEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecoveryPlaybook_Trigger() {
		return (EAttribute)recoveryPlaybookEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecoveryPlaybook_TriggerEn() {
		return (EAttribute)recoveryPlaybookEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecoveryPlaybook_Steps() {
		return (EReference)recoveryPlaybookEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecoveryPlaybook_EmpowermentLimit() {
		return (EAttribute)recoveryPlaybookEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecoveryPlaybook_EmpowermentLimitEn() {
		return (EAttribute)recoveryPlaybookEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecoveryPlaybook_Escalation() {
		return (EAttribute)recoveryPlaybookEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecoveryPlaybook_EscalationEn() {
		return (EAttribute)recoveryPlaybookEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecoveryPlaybook_FollowUp() {
		return (EAttribute)recoveryPlaybookEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecoveryPlaybook_FollowUpEn() {
		return (EAttribute)recoveryPlaybookEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecoveryPlaybook_Principles() {
		return (EAttribute)recoveryPlaybookEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecoveryPlaybook_ServiceGuarantee() {
		return (EReference)recoveryPlaybookEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecoveryPlaybook_Standards() {
		return (EReference)recoveryPlaybookEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecoveryPlaybook_Cases() {
		return (EReference)recoveryPlaybookEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecoveryPlaybook_ContactSituations() {
		return (EAttribute)recoveryPlaybookEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecoveryPlaybook_Gaps() {
		return (EAttribute)recoveryPlaybookEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecoveryPlaybook_DifficultCustomer() {
		return (EAttribute)recoveryPlaybookEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecoveryPlaybook_EmpowermentAmount() {
		return (EAttribute)recoveryPlaybookEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlaybookStep() {
		return playbookStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlaybookStep_Action() {
		return (EAttribute)playbookStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlaybookStep_ActionEn() {
		return (EAttribute)playbookStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlaybookStep_OwnerRole() {
		return (EAttribute)playbookStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlaybookStep_OwnerRoleEn() {
		return (EAttribute)playbookStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlaybookStep_TimeLimitMinutes() {
		return (EAttribute)playbookStepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlaybookStep_Words() {
		return (EAttribute)playbookStepEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlaybookStep_WordsEn() {
		return (EAttribute)playbookStepEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCaseStudy() {
		return caseStudyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_Key() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_Company() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_Industry() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_IndustryEn() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_Region() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_RegionEn() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_Year() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_Tags() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_Principles() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_Sources() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseStudy_Texts() {
		return (EReference)caseStudyEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCaseText() {
		return caseTextEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseText_Lang() {
		return (EAttribute)caseTextEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseText_Title() {
		return (EAttribute)caseTextEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseText_Summary() {
		return (EAttribute)caseTextEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseText_Story() {
		return (EAttribute)caseTextEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseText_Lessons() {
		return (EAttribute)caseTextEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHandbook() {
		return handbookEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHandbook_Key() {
		return (EAttribute)handbookEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHandbook_Title() {
		return (EAttribute)handbookEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHandbook_TitleEn() {
		return (EAttribute)handbookEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHandbook_Chapters() {
		return (EReference)handbookEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChapter() {
		return chapterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChapter_Title() {
		return (EAttribute)chapterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChapter_TitleEn() {
		return (EAttribute)chapterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAuthoredChapter() {
		return authoredChapterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuthoredChapter_Markdown() {
		return (EAttribute)authoredChapterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuthoredChapter_MarkdownEn() {
		return (EAttribute)authoredChapterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuthoredChapter_Source() {
		return (EAttribute)authoredChapterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGeneratedSection() {
		return generatedSectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGeneratedSection_Kind() {
		return (EAttribute)generatedSectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEncounterStep() {
		return encounterStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEncounterStep_Step() {
		return (EAttribute)encounterStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEncounterStep_Action() {
		return (EAttribute)encounterStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEncounterStep_ActionEn() {
		return (EAttribute)encounterStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEncounterStep_Words() {
		return (EAttribute)encounterStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEncounterStep_WordsEn() {
		return (EAttribute)encounterStepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceGuarantee() {
		return serviceGuaranteeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceGuarantee_Promise() {
		return (EAttribute)serviceGuaranteeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceGuarantee_PromiseEn() {
		return (EAttribute)serviceGuaranteeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceGuarantee_Unconditional() {
		return (EAttribute)serviceGuaranteeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceGuarantee_Meaningful() {
		return (EAttribute)serviceGuaranteeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceGuarantee_EasyToUnderstand() {
		return (EAttribute)serviceGuaranteeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceGuarantee_EasyToInvoke() {
		return (EAttribute)serviceGuaranteeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceGuarantee_Credible() {
		return (EAttribute)serviceGuaranteeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceGuarantee_Cautions() {
		return (EAttribute)serviceGuaranteeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLanguage() {
		return languageEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRole() {
		return roleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStatus() {
		return statusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCustomerOutcome() {
		return customerOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComparison() {
		return comparisonEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getValueTier() {
		return valueTierEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLoyaltyStage() {
		return loyaltyStageEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBehaviourStyle() {
		return behaviourStyleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getJourneyStage() {
		return journeyStageEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMomentStep() {
		return momentStepEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFailureType() {
		return failureTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRecoveryPrinciple() {
		return recoveryPrincipleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSectionKind() {
		return sectionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getExpectationLevel() {
		return expectationLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getServiceType() {
		return serviceTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContactSituation() {
		return contactSituationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getServiceGap() {
		return serviceGapEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDifficultCustomer() {
		return difficultCustomerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFailureGroup() {
		return failureGroupEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGuaranteeCaution() {
		return guaranteeCautionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TouchstoneFactory getTouchstoneFactory() {
		return (TouchstoneFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__UUID);

		tenantEClass = createEClass(TENANT);
		createEAttribute(tenantEClass, TENANT__SCHEMA_VERSION);
		createEAttribute(tenantEClass, TENANT__ID);
		createEAttribute(tenantEClass, TENANT__NAME);
		createEAttribute(tenantEClass, TENANT__NAME_EN);
		createEAttribute(tenantEClass, TENANT__LOCALE);
		createEReference(tenantEClass, TENANT__BRANDING);
		createEReference(tenantEClass, TENANT__USERS);
		createEReference(tenantEClass, TENANT__DIMENSIONS);
		createEReference(tenantEClass, TENANT__SEGMENTS);
		createEReference(tenantEClass, TENANT__TOUCHPOINTS);
		createEReference(tenantEClass, TENANT__STANDARDS);
		createEReference(tenantEClass, TENANT__PLAYBOOKS);
		createEReference(tenantEClass, TENANT__CASES);
		createEReference(tenantEClass, TENANT__HANDBOOKS);
		createEReference(tenantEClass, TENANT__SITES);
		createEReference(tenantEClass, TENANT__COMPLAINTS);

		brandingEClass = createEClass(BRANDING);
		createEAttribute(brandingEClass, BRANDING__DISPLAY_NAME);
		createEAttribute(brandingEClass, BRANDING__DISPLAY_NAME_EN);
		createEAttribute(brandingEClass, BRANDING__LOGO);
		createEAttribute(brandingEClass, BRANDING__PRIMARY_COLOUR);

		userEClass = createEClass(USER);
		createEAttribute(userEClass, USER__NAME);
		createEAttribute(userEClass, USER__DISPLAY_NAME);
		createEAttribute(userEClass, USER__ROLES);

		dimensionEClass = createEClass(DIMENSION);
		createEAttribute(dimensionEClass, DIMENSION__CODE);
		createEAttribute(dimensionEClass, DIMENSION__NAME);
		createEAttribute(dimensionEClass, DIMENSION__NAME_EN);
		createEAttribute(dimensionEClass, DIMENSION__DESCRIPTION);
		createEAttribute(dimensionEClass, DIMENSION__DESCRIPTION_EN);

		customerSegmentEClass = createEClass(CUSTOMER_SEGMENT);
		createEAttribute(customerSegmentEClass, CUSTOMER_SEGMENT__KEY);
		createEAttribute(customerSegmentEClass, CUSTOMER_SEGMENT__NAME);
		createEAttribute(customerSegmentEClass, CUSTOMER_SEGMENT__NAME_EN);
		createEAttribute(customerSegmentEClass, CUSTOMER_SEGMENT__DESCRIPTION);
		createEAttribute(customerSegmentEClass, CUSTOMER_SEGMENT__DESCRIPTION_EN);
		createEAttribute(customerSegmentEClass, CUSTOMER_SEGMENT__VALUE_TIER);
		createEAttribute(customerSegmentEClass, CUSTOMER_SEGMENT__LOYALTY_STAGE);
		createEAttribute(customerSegmentEClass, CUSTOMER_SEGMENT__INTERNAL);
		createEAttribute(customerSegmentEClass, CUSTOMER_SEGMENT__STYLE);
		createEAttribute(customerSegmentEClass, CUSTOMER_SEGMENT__GUIDANCE);
		createEAttribute(customerSegmentEClass, CUSTOMER_SEGMENT__GUIDANCE_EN);

		touchpointEClass = createEClass(TOUCHPOINT);
		createEAttribute(touchpointEClass, TOUCHPOINT__KEY);
		createEAttribute(touchpointEClass, TOUCHPOINT__NAME);
		createEAttribute(touchpointEClass, TOUCHPOINT__NAME_EN);
		createEAttribute(touchpointEClass, TOUCHPOINT__DESCRIPTION);
		createEAttribute(touchpointEClass, TOUCHPOINT__DESCRIPTION_EN);
		createEAttribute(touchpointEClass, TOUCHPOINT__STAGE);
		createEAttribute(touchpointEClass, TOUCHPOINT__PROCEDURAL_STRENGTH);
		createEAttribute(touchpointEClass, TOUCHPOINT__PERSONAL_STRENGTH);
		createEReference(touchpointEClass, TOUCHPOINT__SCRIPT);

		serviceStandardEClass = createEClass(SERVICE_STANDARD);
		createEAttribute(serviceStandardEClass, SERVICE_STANDARD__KEY);
		createEReference(serviceStandardEClass, SERVICE_STANDARD__REVISIONS);

		standardRevisionEClass = createEClass(STANDARD_REVISION);
		createEAttribute(standardRevisionEClass, STANDARD_REVISION__NUMBER);
		createEAttribute(standardRevisionEClass, STANDARD_REVISION__STATUS);
		createEAttribute(standardRevisionEClass, STANDARD_REVISION__AUTHOR);
		createEAttribute(standardRevisionEClass, STANDARD_REVISION__EDITORS);
		createEAttribute(standardRevisionEClass, STANDARD_REVISION__TITLE);
		createEAttribute(standardRevisionEClass, STANDARD_REVISION__TITLE_EN);
		createEReference(standardRevisionEClass, STANDARD_REVISION__DIMENSION);
		createEAttribute(standardRevisionEClass, STANDARD_REVISION__STATEMENT);
		createEAttribute(standardRevisionEClass, STANDARD_REVISION__STATEMENT_EN);
		createEReference(standardRevisionEClass, STANDARD_REVISION__CRITERIA);
		createEAttribute(standardRevisionEClass, STANDARD_REVISION__OBSERVATION);
		createEAttribute(standardRevisionEClass, STANDARD_REVISION__OBSERVATION_EN);
		createEReference(standardRevisionEClass, STANDARD_REVISION__TOUCHPOINT);
		createEReference(standardRevisionEClass, STANDARD_REVISION__SEGMENTS);
		createEAttribute(standardRevisionEClass, STANDARD_REVISION__OWNER);
		createEAttribute(standardRevisionEClass, STANDARD_REVISION__EFFECTIVE_DATE);
		createEAttribute(standardRevisionEClass, STANDARD_REVISION__REVIEW_INTERVAL_MONTHS);
		createEAttribute(standardRevisionEClass, STANDARD_REVISION__RATIONALE);
		createEAttribute(standardRevisionEClass, STANDARD_REVISION__RATIONALE_EN);
		createEReference(standardRevisionEClass, STANDARD_REVISION__CASES);
		createEReference(standardRevisionEClass, STANDARD_REVISION__TRANSITIONS);
		createEAttribute(standardRevisionEClass, STANDARD_REVISION__EXPECTATION_LEVEL);
		createEAttribute(standardRevisionEClass, STANDARD_REVISION__CONTACT_SITUATIONS);
		createEAttribute(standardRevisionEClass, STANDARD_REVISION__GAPS);
		createEReference(standardRevisionEClass, STANDARD_REVISION__SITE_RULES);
		createEReference(standardRevisionEClass, STANDARD_REVISION__PILOT_SITES);
		createEAttribute(standardRevisionEClass, STANDARD_REVISION__ROLLOUT_DATE);

		criterionEClass = createEClass(CRITERION);
		createEAttribute(criterionEClass, CRITERION__METRIC);
		createEAttribute(criterionEClass, CRITERION__METRIC_EN);
		createEAttribute(criterionEClass, CRITERION__COMPARISON);
		createEAttribute(criterionEClass, CRITERION__THRESHOLD);
		createEAttribute(criterionEClass, CRITERION__UNIT);
		createEAttribute(criterionEClass, CRITERION__COMPLIANCE_TARGET);

		segmentRuleEClass = createEClass(SEGMENT_RULE);
		createEReference(segmentRuleEClass, SEGMENT_RULE__SEGMENT);
		createEAttribute(segmentRuleEClass, SEGMENT_RULE__THRESHOLD_OVERRIDE);

		siteRuleEClass = createEClass(SITE_RULE);
		createEReference(siteRuleEClass, SITE_RULE__SITE);
		createEAttribute(siteRuleEClass, SITE_RULE__THRESHOLD_OVERRIDE);
		createEAttribute(siteRuleEClass, SITE_RULE__REASON);
		createEAttribute(siteRuleEClass, SITE_RULE__REASON_EN);

		siteEClass = createEClass(SITE);
		createEAttribute(siteEClass, SITE__KEY);
		createEAttribute(siteEClass, SITE__NAME);
		createEAttribute(siteEClass, SITE__NAME_EN);
		createEAttribute(siteEClass, SITE__REGION);
		createEAttribute(siteEClass, SITE__REGION_EN);
		createEAttribute(siteEClass, SITE__CUSTOMERS_PER_MONTH);

		complaintEClass = createEClass(COMPLAINT);
		createEAttribute(complaintEClass, COMPLAINT__KEY);
		createEAttribute(complaintEClass, COMPLAINT__AT);
		createEReference(complaintEClass, COMPLAINT__SITE);
		createEReference(complaintEClass, COMPLAINT__TOUCHPOINT);
		createEAttribute(complaintEClass, COMPLAINT__FAILURE_TYPE);
		createEAttribute(complaintEClass, COMPLAINT__CUSTOMER_SAID);
		createEAttribute(complaintEClass, COMPLAINT__CUSTOMER_SAID_EN);
		createEReference(complaintEClass, COMPLAINT__PLAYBOOK);
		createEAttribute(complaintEClass, COMPLAINT__FIRST_RESPONSE_MINUTES);
		createEAttribute(complaintEClass, COMPLAINT__RESOLUTION_MINUTES);
		createEAttribute(complaintEClass, COMPLAINT__COMPENSATION);
		createEAttribute(complaintEClass, COMPLAINT__GUARANTEE_INVOKED);
		createEAttribute(complaintEClass, COMPLAINT__FOLLOW_UP_DONE);
		createEAttribute(complaintEClass, COMPLAINT__OUTCOME);
		createEAttribute(complaintEClass, COMPLAINT__OUTCOME_REASON);
		createEAttribute(complaintEClass, COMPLAINT__OUTCOME_REASON_EN);
		createEAttribute(complaintEClass, COMPLAINT__SATISFIED_AFTER_RECOVERY);
		createEAttribute(complaintEClass, COMPLAINT__RECORDED_BY);

		transitionEClass = createEClass(TRANSITION);
		createEAttribute(transitionEClass, TRANSITION__FROM);
		createEAttribute(transitionEClass, TRANSITION__TO);
		createEAttribute(transitionEClass, TRANSITION__USER);
		createEAttribute(transitionEClass, TRANSITION__AT);
		createEAttribute(transitionEClass, TRANSITION__COMMENT);
		createEAttribute(transitionEClass, TRANSITION__LOGIN);
		createEAttribute(transitionEClass, TRANSITION__OVERRIDE_REASON);

		recoveryPlaybookEClass = createEClass(RECOVERY_PLAYBOOK);
		createEAttribute(recoveryPlaybookEClass, RECOVERY_PLAYBOOK__KEY);
		createEAttribute(recoveryPlaybookEClass, RECOVERY_PLAYBOOK__TITLE);
		createEAttribute(recoveryPlaybookEClass, RECOVERY_PLAYBOOK__TITLE_EN);
		createEAttribute(recoveryPlaybookEClass, RECOVERY_PLAYBOOK__FAILURE_TYPE);
		createEAttribute(recoveryPlaybookEClass, RECOVERY_PLAYBOOK__TRIGGER);
		createEAttribute(recoveryPlaybookEClass, RECOVERY_PLAYBOOK__TRIGGER_EN);
		createEReference(recoveryPlaybookEClass, RECOVERY_PLAYBOOK__STEPS);
		createEAttribute(recoveryPlaybookEClass, RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT);
		createEAttribute(recoveryPlaybookEClass, RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT_EN);
		createEAttribute(recoveryPlaybookEClass, RECOVERY_PLAYBOOK__ESCALATION);
		createEAttribute(recoveryPlaybookEClass, RECOVERY_PLAYBOOK__ESCALATION_EN);
		createEAttribute(recoveryPlaybookEClass, RECOVERY_PLAYBOOK__FOLLOW_UP);
		createEAttribute(recoveryPlaybookEClass, RECOVERY_PLAYBOOK__FOLLOW_UP_EN);
		createEAttribute(recoveryPlaybookEClass, RECOVERY_PLAYBOOK__PRINCIPLES);
		createEReference(recoveryPlaybookEClass, RECOVERY_PLAYBOOK__SERVICE_GUARANTEE);
		createEReference(recoveryPlaybookEClass, RECOVERY_PLAYBOOK__STANDARDS);
		createEReference(recoveryPlaybookEClass, RECOVERY_PLAYBOOK__CASES);
		createEAttribute(recoveryPlaybookEClass, RECOVERY_PLAYBOOK__CONTACT_SITUATIONS);
		createEAttribute(recoveryPlaybookEClass, RECOVERY_PLAYBOOK__GAPS);
		createEAttribute(recoveryPlaybookEClass, RECOVERY_PLAYBOOK__DIFFICULT_CUSTOMER);
		createEAttribute(recoveryPlaybookEClass, RECOVERY_PLAYBOOK__EMPOWERMENT_AMOUNT);

		playbookStepEClass = createEClass(PLAYBOOK_STEP);
		createEAttribute(playbookStepEClass, PLAYBOOK_STEP__ACTION);
		createEAttribute(playbookStepEClass, PLAYBOOK_STEP__ACTION_EN);
		createEAttribute(playbookStepEClass, PLAYBOOK_STEP__OWNER_ROLE);
		createEAttribute(playbookStepEClass, PLAYBOOK_STEP__OWNER_ROLE_EN);
		createEAttribute(playbookStepEClass, PLAYBOOK_STEP__TIME_LIMIT_MINUTES);
		createEAttribute(playbookStepEClass, PLAYBOOK_STEP__WORDS);
		createEAttribute(playbookStepEClass, PLAYBOOK_STEP__WORDS_EN);

		caseStudyEClass = createEClass(CASE_STUDY);
		createEAttribute(caseStudyEClass, CASE_STUDY__KEY);
		createEAttribute(caseStudyEClass, CASE_STUDY__COMPANY);
		createEAttribute(caseStudyEClass, CASE_STUDY__INDUSTRY);
		createEAttribute(caseStudyEClass, CASE_STUDY__INDUSTRY_EN);
		createEAttribute(caseStudyEClass, CASE_STUDY__REGION);
		createEAttribute(caseStudyEClass, CASE_STUDY__REGION_EN);
		createEAttribute(caseStudyEClass, CASE_STUDY__YEAR);
		createEAttribute(caseStudyEClass, CASE_STUDY__TAGS);
		createEAttribute(caseStudyEClass, CASE_STUDY__PRINCIPLES);
		createEAttribute(caseStudyEClass, CASE_STUDY__SOURCES);
		createEReference(caseStudyEClass, CASE_STUDY__TEXTS);

		caseTextEClass = createEClass(CASE_TEXT);
		createEAttribute(caseTextEClass, CASE_TEXT__LANG);
		createEAttribute(caseTextEClass, CASE_TEXT__TITLE);
		createEAttribute(caseTextEClass, CASE_TEXT__SUMMARY);
		createEAttribute(caseTextEClass, CASE_TEXT__STORY);
		createEAttribute(caseTextEClass, CASE_TEXT__LESSONS);

		handbookEClass = createEClass(HANDBOOK);
		createEAttribute(handbookEClass, HANDBOOK__KEY);
		createEAttribute(handbookEClass, HANDBOOK__TITLE);
		createEAttribute(handbookEClass, HANDBOOK__TITLE_EN);
		createEReference(handbookEClass, HANDBOOK__CHAPTERS);

		chapterEClass = createEClass(CHAPTER);
		createEAttribute(chapterEClass, CHAPTER__TITLE);
		createEAttribute(chapterEClass, CHAPTER__TITLE_EN);

		authoredChapterEClass = createEClass(AUTHORED_CHAPTER);
		createEAttribute(authoredChapterEClass, AUTHORED_CHAPTER__MARKDOWN);
		createEAttribute(authoredChapterEClass, AUTHORED_CHAPTER__MARKDOWN_EN);
		createEAttribute(authoredChapterEClass, AUTHORED_CHAPTER__SOURCE);

		generatedSectionEClass = createEClass(GENERATED_SECTION);
		createEAttribute(generatedSectionEClass, GENERATED_SECTION__KIND);

		encounterStepEClass = createEClass(ENCOUNTER_STEP);
		createEAttribute(encounterStepEClass, ENCOUNTER_STEP__STEP);
		createEAttribute(encounterStepEClass, ENCOUNTER_STEP__ACTION);
		createEAttribute(encounterStepEClass, ENCOUNTER_STEP__ACTION_EN);
		createEAttribute(encounterStepEClass, ENCOUNTER_STEP__WORDS);
		createEAttribute(encounterStepEClass, ENCOUNTER_STEP__WORDS_EN);

		serviceGuaranteeEClass = createEClass(SERVICE_GUARANTEE);
		createEAttribute(serviceGuaranteeEClass, SERVICE_GUARANTEE__PROMISE);
		createEAttribute(serviceGuaranteeEClass, SERVICE_GUARANTEE__PROMISE_EN);
		createEAttribute(serviceGuaranteeEClass, SERVICE_GUARANTEE__UNCONDITIONAL);
		createEAttribute(serviceGuaranteeEClass, SERVICE_GUARANTEE__MEANINGFUL);
		createEAttribute(serviceGuaranteeEClass, SERVICE_GUARANTEE__EASY_TO_UNDERSTAND);
		createEAttribute(serviceGuaranteeEClass, SERVICE_GUARANTEE__EASY_TO_INVOKE);
		createEAttribute(serviceGuaranteeEClass, SERVICE_GUARANTEE__CREDIBLE);
		createEAttribute(serviceGuaranteeEClass, SERVICE_GUARANTEE__CAUTIONS);

		// Create enums
		languageEEnum = createEEnum(LANGUAGE);
		roleEEnum = createEEnum(ROLE);
		statusEEnum = createEEnum(STATUS);
		customerOutcomeEEnum = createEEnum(CUSTOMER_OUTCOME);
		comparisonEEnum = createEEnum(COMPARISON);
		valueTierEEnum = createEEnum(VALUE_TIER);
		loyaltyStageEEnum = createEEnum(LOYALTY_STAGE);
		behaviourStyleEEnum = createEEnum(BEHAVIOUR_STYLE);
		journeyStageEEnum = createEEnum(JOURNEY_STAGE);
		momentStepEEnum = createEEnum(MOMENT_STEP);
		failureTypeEEnum = createEEnum(FAILURE_TYPE);
		recoveryPrincipleEEnum = createEEnum(RECOVERY_PRINCIPLE);
		sectionKindEEnum = createEEnum(SECTION_KIND);
		expectationLevelEEnum = createEEnum(EXPECTATION_LEVEL);
		serviceTypeEEnum = createEEnum(SERVICE_TYPE);
		contactSituationEEnum = createEEnum(CONTACT_SITUATION);
		serviceGapEEnum = createEEnum(SERVICE_GAP);
		difficultCustomerEEnum = createEEnum(DIFFICULT_CUSTOMER);
		failureGroupEEnum = createEEnum(FAILURE_GROUP);
		guaranteeCautionEEnum = createEEnum(GUARANTEE_CAUTION);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		tenantEClass.getESuperTypes().add(this.getIdentified());
		userEClass.getESuperTypes().add(this.getIdentified());
		dimensionEClass.getESuperTypes().add(this.getIdentified());
		customerSegmentEClass.getESuperTypes().add(this.getIdentified());
		touchpointEClass.getESuperTypes().add(this.getIdentified());
		serviceStandardEClass.getESuperTypes().add(this.getIdentified());
		standardRevisionEClass.getESuperTypes().add(this.getIdentified());
		siteEClass.getESuperTypes().add(this.getIdentified());
		complaintEClass.getESuperTypes().add(this.getIdentified());
		recoveryPlaybookEClass.getESuperTypes().add(this.getIdentified());
		playbookStepEClass.getESuperTypes().add(this.getIdentified());
		caseStudyEClass.getESuperTypes().add(this.getIdentified());
		handbookEClass.getESuperTypes().add(this.getIdentified());
		chapterEClass.getESuperTypes().add(this.getIdentified());
		authoredChapterEClass.getESuperTypes().add(this.getChapter());
		generatedSectionEClass.getESuperTypes().add(this.getChapter());

		// Initialize classes and features; add operations and parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Uuid(), ecorePackage.getEString(), "uuid", null, 1, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tenantEClass, Tenant.class, "Tenant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTenant_SchemaVersion(), ecorePackage.getEInt(), "schemaVersion", null, 0, 1, Tenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTenant_Id(), ecorePackage.getEString(), "id", null, 1, 1, Tenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTenant_Name(), ecorePackage.getEString(), "name", null, 0, 1, Tenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTenant_NameEn(), ecorePackage.getEString(), "nameEn", null, 0, 1, Tenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTenant_Locale(), this.getLanguage(), "locale", null, 0, 1, Tenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTenant_Branding(), this.getBranding(), null, "branding", null, 0, 1, Tenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTenant_Users(), this.getUser(), null, "users", null, 0, -1, Tenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTenant_Dimensions(), this.getDimension(), null, "dimensions", null, 0, -1, Tenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTenant_Segments(), this.getCustomerSegment(), null, "segments", null, 0, -1, Tenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTenant_Touchpoints(), this.getTouchpoint(), null, "touchpoints", null, 0, -1, Tenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTenant_Standards(), this.getServiceStandard(), null, "standards", null, 0, -1, Tenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTenant_Playbooks(), this.getRecoveryPlaybook(), null, "playbooks", null, 0, -1, Tenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTenant_Cases(), this.getCaseStudy(), null, "cases", null, 0, -1, Tenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTenant_Handbooks(), this.getHandbook(), null, "handbooks", null, 0, -1, Tenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTenant_Sites(), this.getSite(), null, "sites", null, 0, -1, Tenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTenant_Complaints(), this.getComplaint(), null, "complaints", null, 0, -1, Tenant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(brandingEClass, Branding.class, "Branding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBranding_DisplayName(), ecorePackage.getEString(), "displayName", null, 0, 1, Branding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBranding_DisplayNameEn(), ecorePackage.getEString(), "displayNameEn", null, 0, 1, Branding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBranding_Logo(), ecorePackage.getEString(), "logo", null, 0, 1, Branding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBranding_PrimaryColour(), ecorePackage.getEString(), "primaryColour", "#1f5f8b", 0, 1, Branding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(userEClass, User.class, "User", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUser_Name(), ecorePackage.getEString(), "name", null, 1, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUser_DisplayName(), ecorePackage.getEString(), "displayName", null, 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUser_Roles(), this.getRole(), "roles", null, 0, -1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dimensionEClass, Dimension.class, "Dimension", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDimension_Code(), ecorePackage.getEString(), "code", null, 1, 1, Dimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDimension_Name(), ecorePackage.getEString(), "name", null, 0, 1, Dimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDimension_NameEn(), ecorePackage.getEString(), "nameEn", null, 0, 1, Dimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDimension_Description(), ecorePackage.getEString(), "description", null, 0, 1, Dimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDimension_DescriptionEn(), ecorePackage.getEString(), "descriptionEn", null, 0, 1, Dimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(customerSegmentEClass, CustomerSegment.class, "CustomerSegment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCustomerSegment_Key(), ecorePackage.getEString(), "key", null, 0, 1, CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerSegment_Name(), ecorePackage.getEString(), "name", null, 0, 1, CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerSegment_NameEn(), ecorePackage.getEString(), "nameEn", null, 0, 1, CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerSegment_Description(), ecorePackage.getEString(), "description", null, 0, 1, CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerSegment_DescriptionEn(), ecorePackage.getEString(), "descriptionEn", null, 0, 1, CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerSegment_ValueTier(), this.getValueTier(), "valueTier", null, 0, 1, CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerSegment_LoyaltyStage(), this.getLoyaltyStage(), "loyaltyStage", null, 0, 1, CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerSegment_Internal(), ecorePackage.getEBoolean(), "internal", null, 0, 1, CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerSegment_Style(), this.getBehaviourStyle(), "style", null, 0, 1, CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerSegment_Guidance(), ecorePackage.getEString(), "guidance", null, 0, 1, CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerSegment_GuidanceEn(), ecorePackage.getEString(), "guidanceEn", null, 0, 1, CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(touchpointEClass, Touchpoint.class, "Touchpoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTouchpoint_Key(), ecorePackage.getEString(), "key", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_Name(), ecorePackage.getEString(), "name", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_NameEn(), ecorePackage.getEString(), "nameEn", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_Description(), ecorePackage.getEString(), "description", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_DescriptionEn(), ecorePackage.getEString(), "descriptionEn", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_Stage(), this.getJourneyStage(), "stage", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_ProceduralStrength(), ecorePackage.getEInt(), "proceduralStrength", "0", 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_PersonalStrength(), ecorePackage.getEInt(), "personalStrength", "0", 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTouchpoint_Script(), this.getEncounterStep(), null, "script", null, 0, -1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceStandardEClass, ServiceStandard.class, "ServiceStandard", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServiceStandard_Key(), ecorePackage.getEString(), "key", null, 1, 1, ServiceStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceStandard_Revisions(), this.getStandardRevision(), null, "revisions", null, 1, -1, ServiceStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(standardRevisionEClass, StandardRevision.class, "StandardRevision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStandardRevision_Number(), ecorePackage.getEInt(), "number", "1", 0, 1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardRevision_Status(), this.getStatus(), "status", null, 0, 1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardRevision_Author(), ecorePackage.getEString(), "author", null, 0, 1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardRevision_Editors(), ecorePackage.getEString(), "editors", null, 0, -1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardRevision_Title(), ecorePackage.getEString(), "title", null, 0, 1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardRevision_TitleEn(), ecorePackage.getEString(), "titleEn", null, 0, 1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStandardRevision_Dimension(), this.getDimension(), null, "dimension", null, 0, 1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardRevision_Statement(), ecorePackage.getEString(), "statement", null, 0, 1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardRevision_StatementEn(), ecorePackage.getEString(), "statementEn", null, 0, 1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStandardRevision_Criteria(), this.getCriterion(), null, "criteria", null, 0, -1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardRevision_Observation(), ecorePackage.getEString(), "observation", null, 0, 1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardRevision_ObservationEn(), ecorePackage.getEString(), "observationEn", null, 0, 1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStandardRevision_Touchpoint(), this.getTouchpoint(), null, "touchpoint", null, 0, 1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStandardRevision_Segments(), this.getSegmentRule(), null, "segments", null, 0, -1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardRevision_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardRevision_EffectiveDate(), ecorePackage.getEDate(), "effectiveDate", null, 0, 1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardRevision_ReviewIntervalMonths(), ecorePackage.getEInt(), "reviewIntervalMonths", "12", 0, 1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardRevision_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardRevision_RationaleEn(), ecorePackage.getEString(), "rationaleEn", null, 0, 1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStandardRevision_Cases(), this.getCaseStudy(), null, "cases", null, 0, -1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStandardRevision_Transitions(), this.getTransition(), null, "transitions", null, 0, -1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardRevision_ExpectationLevel(), this.getExpectationLevel(), "expectationLevel", null, 0, 1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardRevision_ContactSituations(), this.getContactSituation(), "contactSituations", null, 0, -1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardRevision_Gaps(), this.getServiceGap(), "gaps", null, 0, -1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStandardRevision_SiteRules(), this.getSiteRule(), null, "siteRules", null, 0, -1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStandardRevision_PilotSites(), this.getSite(), null, "pilotSites", null, 0, -1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardRevision_RolloutDate(), ecorePackage.getEDate(), "rolloutDate", null, 0, 1, StandardRevision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(criterionEClass, Criterion.class, "Criterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCriterion_Metric(), ecorePackage.getEString(), "metric", null, 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_MetricEn(), ecorePackage.getEString(), "metricEn", null, 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_Comparison(), this.getComparison(), "comparison", null, 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_Threshold(), ecorePackage.getEDoubleObject(), "threshold", null, 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_ComplianceTarget(), ecorePackage.getEDoubleObject(), "complianceTarget", null, 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(segmentRuleEClass, SegmentRule.class, "SegmentRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSegmentRule_Segment(), this.getCustomerSegment(), null, "segment", null, 1, 1, SegmentRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegmentRule_ThresholdOverride(), ecorePackage.getEDoubleObject(), "thresholdOverride", null, 0, 1, SegmentRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(siteRuleEClass, SiteRule.class, "SiteRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSiteRule_Site(), this.getSite(), null, "site", null, 1, 1, SiteRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSiteRule_ThresholdOverride(), ecorePackage.getEDoubleObject(), "thresholdOverride", null, 0, 1, SiteRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSiteRule_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, SiteRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSiteRule_ReasonEn(), ecorePackage.getEString(), "reasonEn", null, 0, 1, SiteRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(siteEClass, Site.class, "Site", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSite_Key(), ecorePackage.getEString(), "key", null, 1, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_Name(), ecorePackage.getEString(), "name", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_NameEn(), ecorePackage.getEString(), "nameEn", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_Region(), ecorePackage.getEString(), "region", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_RegionEn(), ecorePackage.getEString(), "regionEn", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_CustomersPerMonth(), ecorePackage.getEIntegerObject(), "customersPerMonth", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(complaintEClass, Complaint.class, "Complaint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComplaint_Key(), ecorePackage.getEString(), "key", null, 1, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_At(), ecorePackage.getEDate(), "at", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComplaint_Site(), this.getSite(), null, "site", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComplaint_Touchpoint(), this.getTouchpoint(), null, "touchpoint", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_FailureType(), this.getFailureType(), "failureType", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_CustomerSaid(), ecorePackage.getEString(), "customerSaid", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_CustomerSaidEn(), ecorePackage.getEString(), "customerSaidEn", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComplaint_Playbook(), this.getRecoveryPlaybook(), null, "playbook", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_FirstResponseMinutes(), ecorePackage.getEIntegerObject(), "firstResponseMinutes", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_ResolutionMinutes(), ecorePackage.getEIntegerObject(), "resolutionMinutes", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_Compensation(), ecorePackage.getEDoubleObject(), "compensation", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_GuaranteeInvoked(), ecorePackage.getEBoolean(), "guaranteeInvoked", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_FollowUpDone(), ecorePackage.getEBoolean(), "followUpDone", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_Outcome(), this.getCustomerOutcome(), "outcome", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_OutcomeReason(), ecorePackage.getEString(), "outcomeReason", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_OutcomeReasonEn(), ecorePackage.getEString(), "outcomeReasonEn", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_SatisfiedAfterRecovery(), ecorePackage.getEBooleanObject(), "satisfiedAfterRecovery", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComplaint_RecordedBy(), ecorePackage.getEString(), "recordedBy", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(transitionEClass, Transition.class, "Transition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTransition_From(), this.getStatus(), "from", null, 0, 1, Transition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransition_To(), this.getStatus(), "to", null, 0, 1, Transition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransition_User(), ecorePackage.getEString(), "user", null, 0, 1, Transition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransition_At(), ecorePackage.getEDate(), "at", null, 0, 1, Transition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransition_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, Transition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransition_Login(), ecorePackage.getEString(), "login", null, 0, 1, Transition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransition_OverrideReason(), ecorePackage.getEString(), "overrideReason", null, 0, 1, Transition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(recoveryPlaybookEClass, RecoveryPlaybook.class, "RecoveryPlaybook", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecoveryPlaybook_Key(), ecorePackage.getEString(), "key", null, 0, 1, RecoveryPlaybook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecoveryPlaybook_Title(), ecorePackage.getEString(), "title", null, 0, 1, RecoveryPlaybook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecoveryPlaybook_TitleEn(), ecorePackage.getEString(), "titleEn", null, 0, 1, RecoveryPlaybook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecoveryPlaybook_FailureType(), this.getFailureType(), "failureType", null, 0, 1, RecoveryPlaybook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecoveryPlaybook_Trigger(), ecorePackage.getEString(), "trigger", null, 0, 1, RecoveryPlaybook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecoveryPlaybook_TriggerEn(), ecorePackage.getEString(), "triggerEn", null, 0, 1, RecoveryPlaybook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecoveryPlaybook_Steps(), this.getPlaybookStep(), null, "steps", null, 0, -1, RecoveryPlaybook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecoveryPlaybook_EmpowermentLimit(), ecorePackage.getEString(), "empowermentLimit", null, 0, 1, RecoveryPlaybook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecoveryPlaybook_EmpowermentLimitEn(), ecorePackage.getEString(), "empowermentLimitEn", null, 0, 1, RecoveryPlaybook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecoveryPlaybook_Escalation(), ecorePackage.getEString(), "escalation", null, 0, 1, RecoveryPlaybook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecoveryPlaybook_EscalationEn(), ecorePackage.getEString(), "escalationEn", null, 0, 1, RecoveryPlaybook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecoveryPlaybook_FollowUp(), ecorePackage.getEString(), "followUp", null, 0, 1, RecoveryPlaybook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecoveryPlaybook_FollowUpEn(), ecorePackage.getEString(), "followUpEn", null, 0, 1, RecoveryPlaybook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecoveryPlaybook_Principles(), this.getRecoveryPrinciple(), "principles", null, 0, -1, RecoveryPlaybook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecoveryPlaybook_ServiceGuarantee(), this.getServiceGuarantee(), null, "serviceGuarantee", null, 0, 1, RecoveryPlaybook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecoveryPlaybook_Standards(), this.getServiceStandard(), null, "standards", null, 0, -1, RecoveryPlaybook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecoveryPlaybook_Cases(), this.getCaseStudy(), null, "cases", null, 0, -1, RecoveryPlaybook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecoveryPlaybook_ContactSituations(), this.getContactSituation(), "contactSituations", null, 0, -1, RecoveryPlaybook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecoveryPlaybook_Gaps(), this.getServiceGap(), "gaps", null, 0, -1, RecoveryPlaybook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecoveryPlaybook_DifficultCustomer(), this.getDifficultCustomer(), "difficultCustomer", null, 0, 1, RecoveryPlaybook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecoveryPlaybook_EmpowermentAmount(), ecorePackage.getEDoubleObject(), "empowermentAmount", null, 0, 1, RecoveryPlaybook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(playbookStepEClass, PlaybookStep.class, "PlaybookStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlaybookStep_Action(), ecorePackage.getEString(), "action", null, 0, 1, PlaybookStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlaybookStep_ActionEn(), ecorePackage.getEString(), "actionEn", null, 0, 1, PlaybookStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlaybookStep_OwnerRole(), ecorePackage.getEString(), "ownerRole", null, 0, 1, PlaybookStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlaybookStep_OwnerRoleEn(), ecorePackage.getEString(), "ownerRoleEn", null, 0, 1, PlaybookStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlaybookStep_TimeLimitMinutes(), ecorePackage.getEInt(), "timeLimitMinutes", null, 0, 1, PlaybookStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlaybookStep_Words(), ecorePackage.getEString(), "words", null, 0, 1, PlaybookStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlaybookStep_WordsEn(), ecorePackage.getEString(), "wordsEn", null, 0, 1, PlaybookStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(caseStudyEClass, CaseStudy.class, "CaseStudy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCaseStudy_Key(), ecorePackage.getEString(), "key", null, 0, 1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseStudy_Company(), ecorePackage.getEString(), "company", null, 0, 1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseStudy_Industry(), ecorePackage.getEString(), "industry", null, 0, 1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseStudy_IndustryEn(), ecorePackage.getEString(), "industryEn", null, 0, 1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseStudy_Region(), ecorePackage.getEString(), "region", null, 0, 1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseStudy_RegionEn(), ecorePackage.getEString(), "regionEn", null, 0, 1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseStudy_Year(), ecorePackage.getEInt(), "year", null, 0, 1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseStudy_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseStudy_Principles(), ecorePackage.getEString(), "principles", null, 0, -1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseStudy_Sources(), ecorePackage.getEString(), "sources", null, 0, -1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseStudy_Texts(), this.getCaseText(), null, "texts", null, 0, -1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(caseTextEClass, CaseText.class, "CaseText", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCaseText_Lang(), this.getLanguage(), "lang", null, 0, 1, CaseText.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseText_Title(), ecorePackage.getEString(), "title", null, 0, 1, CaseText.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseText_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, CaseText.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseText_Story(), ecorePackage.getEString(), "story", null, 0, 1, CaseText.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseText_Lessons(), ecorePackage.getEString(), "lessons", null, 0, -1, CaseText.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(handbookEClass, Handbook.class, "Handbook", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHandbook_Key(), ecorePackage.getEString(), "key", null, 0, 1, Handbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHandbook_Title(), ecorePackage.getEString(), "title", null, 0, 1, Handbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHandbook_TitleEn(), ecorePackage.getEString(), "titleEn", null, 0, 1, Handbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHandbook_Chapters(), this.getChapter(), null, "chapters", null, 0, -1, Handbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(chapterEClass, Chapter.class, "Chapter", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChapter_Title(), ecorePackage.getEString(), "title", null, 0, 1, Chapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChapter_TitleEn(), ecorePackage.getEString(), "titleEn", null, 0, 1, Chapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(authoredChapterEClass, AuthoredChapter.class, "AuthoredChapter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAuthoredChapter_Markdown(), ecorePackage.getEString(), "markdown", null, 0, 1, AuthoredChapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuthoredChapter_MarkdownEn(), ecorePackage.getEString(), "markdownEn", null, 0, 1, AuthoredChapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuthoredChapter_Source(), ecorePackage.getEString(), "source", null, 0, 1, AuthoredChapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(generatedSectionEClass, GeneratedSection.class, "GeneratedSection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGeneratedSection_Kind(), this.getSectionKind(), "kind", null, 0, 1, GeneratedSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(encounterStepEClass, EncounterStep.class, "EncounterStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEncounterStep_Step(), this.getMomentStep(), "step", null, 0, 1, EncounterStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEncounterStep_Action(), ecorePackage.getEString(), "action", null, 0, 1, EncounterStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEncounterStep_ActionEn(), ecorePackage.getEString(), "actionEn", null, 0, 1, EncounterStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEncounterStep_Words(), ecorePackage.getEString(), "words", null, 0, 1, EncounterStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEncounterStep_WordsEn(), ecorePackage.getEString(), "wordsEn", null, 0, 1, EncounterStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceGuaranteeEClass, ServiceGuarantee.class, "ServiceGuarantee", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServiceGuarantee_Promise(), ecorePackage.getEString(), "promise", null, 0, 1, ServiceGuarantee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceGuarantee_PromiseEn(), ecorePackage.getEString(), "promiseEn", null, 0, 1, ServiceGuarantee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceGuarantee_Unconditional(), ecorePackage.getEBoolean(), "unconditional", null, 0, 1, ServiceGuarantee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceGuarantee_Meaningful(), ecorePackage.getEBoolean(), "meaningful", null, 0, 1, ServiceGuarantee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceGuarantee_EasyToUnderstand(), ecorePackage.getEBoolean(), "easyToUnderstand", null, 0, 1, ServiceGuarantee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceGuarantee_EasyToInvoke(), ecorePackage.getEBoolean(), "easyToInvoke", null, 0, 1, ServiceGuarantee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceGuarantee_Credible(), ecorePackage.getEBoolean(), "credible", null, 0, 1, ServiceGuarantee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceGuarantee_Cautions(), this.getGuaranteeCaution(), "cautions", null, 0, -1, ServiceGuarantee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(languageEEnum, Language.class, "Language");
		addEEnumLiteral(languageEEnum, Language.ZH);
		addEEnumLiteral(languageEEnum, Language.EN);

		initEEnum(roleEEnum, Role.class, "Role");
		addEEnumLiteral(roleEEnum, Role.ADMIN);
		addEEnumLiteral(roleEEnum, Role.QUALITY_MANAGER);
		addEEnumLiteral(roleEEnum, Role.REVIEWER);
		addEEnumLiteral(roleEEnum, Role.TRAINER);
		addEEnumLiteral(roleEEnum, Role.PUBLISHER);

		initEEnum(statusEEnum, Status.class, "Status");
		addEEnumLiteral(statusEEnum, Status.DRAFT);
		addEEnumLiteral(statusEEnum, Status.IN_REVIEW);
		addEEnumLiteral(statusEEnum, Status.APPROVED);
		addEEnumLiteral(statusEEnum, Status.EFFECTIVE);
		addEEnumLiteral(statusEEnum, Status.RETIRED);

		initEEnum(customerOutcomeEEnum, CustomerOutcome.class, "CustomerOutcome");
		addEEnumLiteral(customerOutcomeEEnum, CustomerOutcome.UNKNOWN);
		addEEnumLiteral(customerOutcomeEEnum, CustomerOutcome.KEPT);
		addEEnumLiteral(customerOutcomeEEnum, CustomerOutcome.LOST);

		initEEnum(comparisonEEnum, Comparison.class, "Comparison");
		addEEnumLiteral(comparisonEEnum, Comparison.AT_MOST);
		addEEnumLiteral(comparisonEEnum, Comparison.AT_LEAST);
		addEEnumLiteral(comparisonEEnum, Comparison.EXACTLY);

		initEEnum(valueTierEEnum, ValueTier.class, "ValueTier");
		addEEnumLiteral(valueTierEEnum, ValueTier.A);
		addEEnumLiteral(valueTierEEnum, ValueTier.B);
		addEEnumLiteral(valueTierEEnum, ValueTier.C);

		initEEnum(loyaltyStageEEnum, LoyaltyStage.class, "LoyaltyStage");
		addEEnumLiteral(loyaltyStageEEnum, LoyaltyStage.POTENTIAL);
		addEEnumLiteral(loyaltyStageEEnum, LoyaltyStage.NEW);
		addEEnumLiteral(loyaltyStageEEnum, LoyaltyStage.REGULAR);
		addEEnumLiteral(loyaltyStageEEnum, LoyaltyStage.REPEAT);
		addEEnumLiteral(loyaltyStageEEnum, LoyaltyStage.LOYAL);

		initEEnum(behaviourStyleEEnum, BehaviourStyle.class, "BehaviourStyle");
		addEEnumLiteral(behaviourStyleEEnum, BehaviourStyle.DOMINANT);
		addEEnumLiteral(behaviourStyleEEnum, BehaviourStyle.EXPRESSIVE);
		addEEnumLiteral(behaviourStyleEEnum, BehaviourStyle.STEADY);
		addEEnumLiteral(behaviourStyleEEnum, BehaviourStyle.ANALYTICAL);

		initEEnum(journeyStageEEnum, JourneyStage.class, "JourneyStage");
		addEEnumLiteral(journeyStageEEnum, JourneyStage.BEFORE);
		addEEnumLiteral(journeyStageEEnum, JourneyStage.DURING);
		addEEnumLiteral(journeyStageEEnum, JourneyStage.AFTER);

		initEEnum(momentStepEEnum, MomentStep.class, "MomentStep");
		addEEnumLiteral(momentStepEEnum, MomentStep.SET_THE_TONE);
		addEEnumLiteral(momentStepEEnum, MomentStep.DIAGNOSE);
		addEEnumLiteral(momentStepEEnum, MomentStep.SOLVE);
		addEEnumLiteral(momentStepEEnum, MomentStep.SUMMARISE);
		addEEnumLiteral(momentStepEEnum, MomentStep.FOLLOW_UP);

		initEEnum(failureTypeEEnum, FailureType.class, "FailureType");
		addEEnumLiteral(failureTypeEEnum, FailureType.UNAVAILABLE_SERVICE);
		addEEnumLiteral(failureTypeEEnum, FailureType.SLOW_SERVICE);
		addEEnumLiteral(failureTypeEEnum, FailureType.OTHER_CORE_FAILURE);
		addEEnumLiteral(failureTypeEEnum, FailureType.SPECIAL_NEEDS);
		addEEnumLiteral(failureTypeEEnum, FailureType.CUSTOMER_PREFERENCES);
		addEEnumLiteral(failureTypeEEnum, FailureType.CUSTOMER_ERROR);
		addEEnumLiteral(failureTypeEEnum, FailureType.DISRUPTIVE_OTHERS);
		addEEnumLiteral(failureTypeEEnum, FailureType.UNPROMPTED_EMPLOYEE_ACTION);
		addEEnumLiteral(failureTypeEEnum, FailureType.PROBLEM_CUSTOMER);
		addEEnumLiteral(failureTypeEEnum, FailureType.LEVEL_OF_ATTENTION);
		addEEnumLiteral(failureTypeEEnum, FailureType.UNUSUAL_ACTION);
		addEEnumLiteral(failureTypeEEnum, FailureType.CULTURAL_NORMS);
		addEEnumLiteral(failureTypeEEnum, FailureType.VERBAL_OR_PHYSICAL_ABUSE);
		addEEnumLiteral(failureTypeEEnum, FailureType.BREAKING_POLICY);
		addEEnumLiteral(failureTypeEEnum, FailureType.UNCOOPERATIVE_CUSTOMER);

		initEEnum(recoveryPrincipleEEnum, RecoveryPrinciple.class, "RecoveryPrinciple");
		addEEnumLiteral(recoveryPrincipleEEnum, RecoveryPrinciple.RIGHT_FIRST_TIME);
		addEEnumLiteral(recoveryPrincipleEEnum, RecoveryPrinciple.WELCOME_COMPLAINTS);
		addEEnumLiteral(recoveryPrincipleEEnum, RecoveryPrinciple.ACT_FAST);
		addEEnumLiteral(recoveryPrincipleEEnum, RecoveryPrinciple.TREAT_FAIRLY);
		addEEnumLiteral(recoveryPrincipleEEnum, RecoveryPrinciple.LEARN_FROM_RECOVERY);
		addEEnumLiteral(recoveryPrincipleEEnum, RecoveryPrinciple.LEARN_FROM_LOST_CUSTOMERS);
		addEEnumLiteral(recoveryPrincipleEEnum, RecoveryPrinciple.MAKE_IT_RIGHT_AGAIN);

		initEEnum(sectionKindEEnum, SectionKind.class, "SectionKind");
		addEEnumLiteral(sectionKindEEnum, SectionKind.STANDARDS_BY_DIMENSION);
		addEEnumLiteral(sectionKindEEnum, SectionKind.PLAYBOOKS);
		addEEnumLiteral(sectionKindEEnum, SectionKind.SEGMENT_GUIDE);
		addEEnumLiteral(sectionKindEEnum, SectionKind.CITED_CASES);
		addEEnumLiteral(sectionKindEEnum, SectionKind.AUDIT_CHECKLIST);
		addEEnumLiteral(sectionKindEEnum, SectionKind.TOUCHPOINTS);
		addEEnumLiteral(sectionKindEEnum, SectionKind.CONTACT_SITUATIONS);
		addEEnumLiteral(sectionKindEEnum, SectionKind.CUSTOMER_STYLES);
		addEEnumLiteral(sectionKindEEnum, SectionKind.CHANGE_LOG);
		addEEnumLiteral(sectionKindEEnum, SectionKind.RESULTS);

		initEEnum(expectationLevelEEnum, ExpectationLevel.class, "ExpectationLevel");
		addEEnumLiteral(expectationLevelEEnum, ExpectationLevel.BASIC);
		addEEnumLiteral(expectationLevelEEnum, ExpectationLevel.EXPECTED);
		addEEnumLiteral(expectationLevelEEnum, ExpectationLevel.DESIRED);
		addEEnumLiteral(expectationLevelEEnum, ExpectationLevel.UNEXPECTED);

		initEEnum(serviceTypeEEnum, ServiceType.class, "ServiceType");
		addEEnumLiteral(serviceTypeEEnum, ServiceType.COLD);
		addEEnumLiteral(serviceTypeEEnum, ServiceType.FACTORY);
		addEEnumLiteral(serviceTypeEEnum, ServiceType.FRIENDLY);
		addEEnumLiteral(serviceTypeEEnum, ServiceType.QUALITY);

		initEEnum(contactSituationEEnum, ContactSituation.class, "ContactSituation");
		addEEnumLiteral(contactSituationEEnum, ContactSituation.FIRST_CONTACT);
		addEEnumLiteral(contactSituationEEnum, ContactSituation.SPECIAL_REQUEST);
		addEEnumLiteral(contactSituationEEnum, ContactSituation.INDECISION);
		addEEnumLiteral(contactSituationEEnum, ContactSituation.AFTER_PURCHASE);
		addEEnumLiteral(contactSituationEEnum, ContactSituation.REFUSAL);
		addEEnumLiteral(contactSituationEEnum, ContactSituation.ANGER);

		initEEnum(serviceGapEEnum, ServiceGap.class, "ServiceGap");
		addEEnumLiteral(serviceGapEEnum, ServiceGap.LISTENING);
		addEEnumLiteral(serviceGapEEnum, ServiceGap.DESIGN_AND_STANDARDS);
		addEEnumLiteral(serviceGapEEnum, ServiceGap.PERFORMANCE);
		addEEnumLiteral(serviceGapEEnum, ServiceGap.COMMUNICATION);

		initEEnum(difficultCustomerEEnum, DifficultCustomer.class, "DifficultCustomer");
		addEEnumLiteral(difficultCustomerEEnum, DifficultCustomer.EMOTIONAL);
		addEEnumLiteral(difficultCustomerEEnum, DifficultCustomer.STUBBORN);
		addEEnumLiteral(difficultCustomerEEnum, DifficultCustomer.UNREASONABLE);
		addEEnumLiteral(difficultCustomerEEnum, DifficultCustomer.WELL_PREPARED);
		addEEnumLiteral(difficultCustomerEEnum, DifficultCustomer.AGGRESSIVE);

		initEEnum(failureGroupEEnum, FailureGroup.class, "FailureGroup");
		addEEnumLiteral(failureGroupEEnum, FailureGroup.DELIVERY_SYSTEM);
		addEEnumLiteral(failureGroupEEnum, FailureGroup.CUSTOMER_NEEDS);
		addEEnumLiteral(failureGroupEEnum, FailureGroup.UNPROMPTED_EMPLOYEE_ACTION);
		addEEnumLiteral(failureGroupEEnum, FailureGroup.PROBLEM_CUSTOMER);

		initEEnum(guaranteeCautionEEnum, GuaranteeCaution.class, "GuaranteeCaution");
		addEEnumLiteral(guaranteeCautionEEnum, GuaranteeCaution.POOR_QUALITY);
		addEEnumLiteral(guaranteeCautionEEnum, GuaranteeCaution.OFF_IMAGE);
		addEEnumLiteral(guaranteeCautionEEnum, GuaranteeCaution.UNCONTROLLABLE_QUALITY);
		addEEnumLiteral(guaranteeCautionEEnum, GuaranteeCaution.COST_EXCEEDS_BENEFIT);
		addEEnumLiteral(guaranteeCautionEEnum, GuaranteeCaution.NO_PERCEIVED_RISK);
		addEEnumLiteral(guaranteeCautionEEnum, GuaranteeCaution.NO_QUALITY_DIFFERENCE);

		// Create resource
		createResource(eNS_URI);
	}

} //TouchstonePackageImpl
