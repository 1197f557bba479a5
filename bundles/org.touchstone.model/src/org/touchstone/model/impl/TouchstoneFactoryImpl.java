/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.touchstone.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TouchstoneFactoryImpl extends EFactoryImpl implements TouchstoneFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static TouchstoneFactory init() {
		try {
			TouchstoneFactory theTouchstoneFactory = (TouchstoneFactory)EPackage.Registry.INSTANCE.getEFactory(TouchstonePackage.eNS_URI);
			if (theTouchstoneFactory != null) {
				return theTouchstoneFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new TouchstoneFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TouchstoneFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case TouchstonePackage.TENANT: return createTenant();
			case TouchstonePackage.BRANDING: return createBranding();
			case TouchstonePackage.USER: return createUser();
			case TouchstonePackage.DIMENSION: return createDimension();
			case TouchstonePackage.CUSTOMER_SEGMENT: return createCustomerSegment();
			case TouchstonePackage.TOUCHPOINT: return createTouchpoint();
			case TouchstonePackage.SERVICE_STANDARD: return createServiceStandard();
			case TouchstonePackage.STANDARD_REVISION: return createStandardRevision();
			case TouchstonePackage.CRITERION: return createCriterion();
			case TouchstonePackage.SEGMENT_RULE: return createSegmentRule();
			case TouchstonePackage.SITE_RULE: return createSiteRule();
			case TouchstonePackage.SITE: return createSite();
			case TouchstonePackage.COMPLAINT: return createComplaint();
			case TouchstonePackage.TRANSITION: return createTransition();
			case TouchstonePackage.RECOVERY_PLAYBOOK: return createRecoveryPlaybook();
			case TouchstonePackage.PLAYBOOK_STEP: return createPlaybookStep();
			case TouchstonePackage.CASE_STUDY: return createCaseStudy();
			case TouchstonePackage.CASE_TEXT: return createCaseText();
			case TouchstonePackage.HANDBOOK: return createHandbook();
			case TouchstonePackage.AUTHORED_CHAPTER: return createAuthoredChapter();
			case TouchstonePackage.GENERATED_SECTION: return createGeneratedSection();
			case TouchstonePackage.ENCOUNTER_STEP: return createEncounterStep();
			case TouchstonePackage.SERVICE_GUARANTEE: return createServiceGuarantee();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case TouchstonePackage.LANGUAGE:
				return createLanguageFromString(eDataType, initialValue);
			case TouchstonePackage.ROLE:
				return createRoleFromString(eDataType, initialValue);
			case TouchstonePackage.STATUS:
				return createStatusFromString(eDataType, initialValue);
			case TouchstonePackage.CUSTOMER_OUTCOME:
				return createCustomerOutcomeFromString(eDataType, initialValue);
			case TouchstonePackage.COMPARISON:
				return createComparisonFromString(eDataType, initialValue);
			case TouchstonePackage.VALUE_TIER:
				return createValueTierFromString(eDataType, initialValue);
			case TouchstonePackage.LOYALTY_STAGE:
				return createLoyaltyStageFromString(eDataType, initialValue);
			case TouchstonePackage.BEHAVIOUR_STYLE:
				return createBehaviourStyleFromString(eDataType, initialValue);
			case TouchstonePackage.JOURNEY_STAGE:
				return createJourneyStageFromString(eDataType, initialValue);
			case TouchstonePackage.MOMENT_STEP:
				return createMomentStepFromString(eDataType, initialValue);
			case TouchstonePackage.FAILURE_TYPE:
				return createFailureTypeFromString(eDataType, initialValue);
			case TouchstonePackage.RECOVERY_PRINCIPLE:
				return createRecoveryPrincipleFromString(eDataType, initialValue);
			case TouchstonePackage.SECTION_KIND:
				return createSectionKindFromString(eDataType, initialValue);
			case TouchstonePackage.EXPECTATION_LEVEL:
				return createExpectationLevelFromString(eDataType, initialValue);
			case TouchstonePackage.SERVICE_TYPE:
				return createServiceTypeFromString(eDataType, initialValue);
			case TouchstonePackage.CONTACT_SITUATION:
				return createContactSituationFromString(eDataType, initialValue);
			case TouchstonePackage.SERVICE_GAP:
				return createServiceGapFromString(eDataType, initialValue);
			case TouchstonePackage.DIFFICULT_CUSTOMER:
				return createDifficultCustomerFromString(eDataType, initialValue);
			case TouchstonePackage.FAILURE_GROUP:
				return createFailureGroupFromString(eDataType, initialValue);
			case TouchstonePackage.GUARANTEE_CAUTION:
				return createGuaranteeCautionFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case TouchstonePackage.LANGUAGE:
				return convertLanguageToString(eDataType, instanceValue);
			case TouchstonePackage.ROLE:
				return convertRoleToString(eDataType, instanceValue);
			case TouchstonePackage.STATUS:
				return convertStatusToString(eDataType, instanceValue);
			case TouchstonePackage.CUSTOMER_OUTCOME:
				return convertCustomerOutcomeToString(eDataType, instanceValue);
			case TouchstonePackage.COMPARISON:
				return convertComparisonToString(eDataType, instanceValue);
			case TouchstonePackage.VALUE_TIER:
				return convertValueTierToString(eDataType, instanceValue);
			case TouchstonePackage.LOYALTY_STAGE:
				return convertLoyaltyStageToString(eDataType, instanceValue);
			case TouchstonePackage.BEHAVIOUR_STYLE:
				return convertBehaviourStyleToString(eDataType, instanceValue);
			case TouchstonePackage.JOURNEY_STAGE:
				return convertJourneyStageToString(eDataType, instanceValue);
			case TouchstonePackage.MOMENT_STEP:
				return convertMomentStepToString(eDataType, instanceValue);
			case TouchstonePackage.FAILURE_TYPE:
				return convertFailureTypeToString(eDataType, instanceValue);
			case TouchstonePackage.RECOVERY_PRINCIPLE:
				return convertRecoveryPrincipleToString(eDataType, instanceValue);
			case TouchstonePackage.SECTION_KIND:
				return convertSectionKindToString(eDataType, instanceValue);
			case TouchstonePackage.EXPECTATION_LEVEL:
				return convertExpectationLevelToString(eDataType, instanceValue);
			case TouchstonePackage.SERVICE_TYPE:
				return convertServiceTypeToString(eDataType, instanceValue);
			case TouchstonePackage.CONTACT_SITUATION:
				return convertContactSituationToString(eDataType, instanceValue);
			case TouchstonePackage.SERVICE_GAP:
				return convertServiceGapToString(eDataType, instanceValue);
			case TouchstonePackage.DIFFICULT_CUSTOMER:
				return convertDifficultCustomerToString(eDataType, instanceValue);
			case TouchstonePackage.FAILURE_GROUP:
				return convertFailureGroupToString(eDataType, instanceValue);
			case TouchstonePackage.GUARANTEE_CAUTION:
				return convertGuaranteeCautionToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tenant createTenant() {
		TenantImpl tenant = new TenantImpl();
		return tenant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Branding createBranding() {
		BrandingImpl branding = new BrandingImpl();
		return branding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public User createUser() {
		UserImpl user = new UserImpl();
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dimension createDimension() {
		DimensionImpl dimension = new DimensionImpl();
		return dimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerSegment createCustomerSegment() {
		CustomerSegmentImpl customerSegment = new CustomerSegmentImpl();
		return customerSegment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Touchpoint createTouchpoint() {
		TouchpointImpl touchpoint = new TouchpointImpl();
		return touchpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceStandard createServiceStandard() {
		ServiceStandardImpl serviceStandard = new ServiceStandardImpl();
		return serviceStandard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StandardRevision createStandardRevision() {
		StandardRevisionImpl standardRevision = new StandardRevisionImpl();
		return standardRevision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Criterion createCriterion() {
		CriterionImpl criterion = new CriterionImpl();
		return criterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegmentRule createSegmentRule() {
		SegmentRuleImpl segmentRule = new SegmentRuleImpl();
		return segmentRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SiteRule createSiteRule() {
		SiteRuleImpl siteRule = new SiteRuleImpl();
		return siteRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site createSite() {
		SiteImpl site = new SiteImpl();
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Complaint createComplaint() {
		ComplaintImpl complaint = new ComplaintImpl();
		return complaint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Transition createTransition() {
		TransitionImpl transition = new TransitionImpl();
		return transition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecoveryPlaybook createRecoveryPlaybook() {
		RecoveryPlaybookImpl recoveryPlaybook = new RecoveryPlaybookImpl();
		return recoveryPlaybook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlaybookStep createPlaybookStep() {
		PlaybookStepImpl playbookStep = new PlaybookStepImpl();
		return playbookStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseStudy createCaseStudy() {
		CaseStudyImpl caseStudy = new CaseStudyImpl();
		return caseStudy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseText createCaseText() {
		CaseTextImpl caseText = new CaseTextImpl();
		return caseText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Handbook createHandbook() {
		HandbookImpl handbook = new HandbookImpl();
		return handbook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AuthoredChapter createAuthoredChapter() {
		AuthoredChapterImpl authoredChapter = new AuthoredChapterImpl();
		return authoredChapter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GeneratedSection createGeneratedSection() {
		GeneratedSectionImpl generatedSection = new GeneratedSectionImpl();
		return generatedSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EncounterStep createEncounterStep() {
		EncounterStepImpl encounterStep = new EncounterStepImpl();
		return encounterStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceGuarantee createServiceGuarantee() {
		ServiceGuaranteeImpl serviceGuarantee = new ServiceGuaranteeImpl();
		return serviceGuarantee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Language createLanguageFromString(EDataType eDataType, String initialValue) {
		Language result = Language.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLanguageToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role createRoleFromString(EDataType eDataType, String initialValue) {
		Role result = Role.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Status createStatusFromString(EDataType eDataType, String initialValue) {
		Status result = Status.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CustomerOutcome createCustomerOutcomeFromString(EDataType eDataType, String initialValue) {
		CustomerOutcome result = CustomerOutcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCustomerOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Comparison createComparisonFromString(EDataType eDataType, String initialValue) {
		Comparison result = Comparison.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComparisonToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ValueTier createValueTierFromString(EDataType eDataType, String initialValue) {
		ValueTier result = ValueTier.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertValueTierToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LoyaltyStage createLoyaltyStageFromString(EDataType eDataType, String initialValue) {
		LoyaltyStage result = LoyaltyStage.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLoyaltyStageToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BehaviourStyle createBehaviourStyleFromString(EDataType eDataType, String initialValue) {
		BehaviourStyle result = BehaviourStyle.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBehaviourStyleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JourneyStage createJourneyStageFromString(EDataType eDataType, String initialValue) {
		JourneyStage result = JourneyStage.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertJourneyStageToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MomentStep createMomentStepFromString(EDataType eDataType, String initialValue) {
		MomentStep result = MomentStep.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMomentStepToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FailureType createFailureTypeFromString(EDataType eDataType, String initialValue) {
		FailureType result = FailureType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFailureTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RecoveryPrinciple createRecoveryPrincipleFromString(EDataType eDataType, String initialValue) {
		RecoveryPrinciple result = RecoveryPrinciple.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRecoveryPrincipleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SectionKind createSectionKindFromString(EDataType eDataType, String initialValue) {
		SectionKind result = SectionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSectionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExpectationLevel createExpectationLevelFromString(EDataType eDataType, String initialValue) {
		ExpectationLevel result = ExpectationLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExpectationLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceType createServiceTypeFromString(EDataType eDataType, String initialValue) {
		ServiceType result = ServiceType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertServiceTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContactSituation createContactSituationFromString(EDataType eDataType, String initialValue) {
		ContactSituation result = ContactSituation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContactSituationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceGap createServiceGapFromString(EDataType eDataType, String initialValue) {
		ServiceGap result = ServiceGap.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertServiceGapToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DifficultCustomer createDifficultCustomerFromString(EDataType eDataType, String initialValue) {
		DifficultCustomer result = DifficultCustomer.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDifficultCustomerToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FailureGroup createFailureGroupFromString(EDataType eDataType, String initialValue) {
		FailureGroup result = FailureGroup.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFailureGroupToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GuaranteeCaution createGuaranteeCautionFromString(EDataType eDataType, String initialValue) {
		GuaranteeCaution result = GuaranteeCaution.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGuaranteeCautionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TouchstonePackage getTouchstonePackage() {
		return (TouchstonePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static TouchstonePackage getPackage() {
		return TouchstonePackage.eINSTANCE;
	}

} //TouchstoneFactoryImpl
