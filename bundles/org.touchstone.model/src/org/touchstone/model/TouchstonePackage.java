/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Touchstone's model. Every text a user writes is held in Chinese and in English: an attribute named for the text holds the Chinese (the language of the method the product teaches) and its twin with the suffix En holds the English; either may be empty. org.touchstone.core.Bilingual pairs them.
 * <!-- end-model-doc -->
 * @see org.touchstone.model.TouchstoneFactory
 * @model kind="package"
 * @generated
 */
public interface TouchstonePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://touchstone.org/model/1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "ts";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TouchstonePackage eINSTANCE = org.touchstone.model.impl.TouchstonePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.IdentifiedImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__UUID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.TenantImpl <em>Tenant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.TenantImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getTenant()
	 * @generated
	 */
	int TENANT = 1;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENANT__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Schema Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENANT__SCHEMA_VERSION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENANT__ID = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENANT__NAME = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENANT__NAME_EN = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Locale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENANT__LOCALE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Branding</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENANT__BRANDING = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Users</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENANT__USERS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENANT__DIMENSIONS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENANT__SEGMENTS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Touchpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENANT__TOUCHPOINTS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Standards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENANT__STANDARDS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Playbooks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENANT__PLAYBOOKS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENANT__CASES = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Handbooks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENANT__HANDBOOKS = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENANT__SITES = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Complaints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENANT__COMPLAINTS = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Tenant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENANT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.BrandingImpl <em>Branding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.BrandingImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getBranding()
	 * @generated
	 */
	int BRANDING = 2;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANDING__DISPLAY_NAME = 0;

	/**
	 * The feature id for the '<em><b>Display Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANDING__DISPLAY_NAME_EN = 1;

	/**
	 * The feature id for the '<em><b>Logo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANDING__LOGO = 2;

	/**
	 * The feature id for the '<em><b>Primary Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANDING__PRIMARY_COLOUR = 3;

	/**
	 * The number of structural features of the '<em>Branding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANDING_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.UserImpl <em>User</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.UserImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getUser()
	 * @generated
	 */
	int USER = 3;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__DISPLAY_NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ROLES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.DimensionImpl <em>Dimension</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.DimensionImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getDimension()
	 * @generated
	 */
	int DIMENSION = 4;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__NAME_EN = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Description En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__DESCRIPTION_EN = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Dimension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.CustomerSegmentImpl <em>Customer Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.CustomerSegmentImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getCustomerSegment()
	 * @generated
	 */
	int CUSTOMER_SEGMENT = 5;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__KEY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__NAME_EN = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Description En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__DESCRIPTION_EN = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Value Tier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__VALUE_TIER = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Loyalty Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__LOYALTY_STAGE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Internal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__INTERNAL = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__STYLE = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__GUIDANCE = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Guidance En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__GUIDANCE_EN = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Customer Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.TouchpointImpl <em>Touchpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.TouchpointImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getTouchpoint()
	 * @generated
	 */
	int TOUCHPOINT = 6;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__KEY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__NAME_EN = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Description En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__DESCRIPTION_EN = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__STAGE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Procedural Strength</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__PROCEDURAL_STRENGTH = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Personal Strength</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__PERSONAL_STRENGTH = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Script</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__SCRIPT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Touchpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.ServiceStandardImpl <em>Service Standard</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.ServiceStandardImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getServiceStandard()
	 * @generated
	 */
	int SERVICE_STANDARD = 7;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_STANDARD__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_STANDARD__KEY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Revisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_STANDARD__REVISIONS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Service Standard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_STANDARD_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.StandardRevisionImpl <em>Standard Revision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.StandardRevisionImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getStandardRevision()
	 * @generated
	 */
	int STANDARD_REVISION = 8;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__NUMBER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__STATUS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__AUTHOR = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Editors</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__EDITORS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__TITLE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__TITLE_EN = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Dimension</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__DIMENSION = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__STATEMENT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Statement En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__STATEMENT_EN = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__CRITERIA = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Observation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__OBSERVATION = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Observation En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__OBSERVATION_EN = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Touchpoint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__TOUCHPOINT = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__SEGMENTS = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__OWNER = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Effective Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__EFFECTIVE_DATE = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Review Interval Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__REVIEW_INTERVAL_MONTHS = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__RATIONALE = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Rationale En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__RATIONALE_EN = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__CASES = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Transitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__TRANSITIONS = IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Expectation Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__EXPECTATION_LEVEL = IDENTIFIED_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Contact Situations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__CONTACT_SITUATIONS = IDENTIFIED_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Gaps</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__GAPS = IDENTIFIED_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Site Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__SITE_RULES = IDENTIFIED_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Pilot Sites</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__PILOT_SITES = IDENTIFIED_FEATURE_COUNT + 25;

	/**
	 * The feature id for the '<em><b>Rollout Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION__ROLLOUT_DATE = IDENTIFIED_FEATURE_COUNT + 26;

	/**
	 * The number of structural features of the '<em>Standard Revision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REVISION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 27;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.CriterionImpl <em>Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.CriterionImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getCriterion()
	 * @generated
	 */
	int CRITERION = 9;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__METRIC = 0;

	/**
	 * The feature id for the '<em><b>Metric En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__METRIC_EN = 1;

	/**
	 * The feature id for the '<em><b>Comparison</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__COMPARISON = 2;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__THRESHOLD = 3;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__UNIT = 4;

	/**
	 * The feature id for the '<em><b>Compliance Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__COMPLIANCE_TARGET = 5;

	/**
	 * The number of structural features of the '<em>Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.SegmentRuleImpl <em>Segment Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.SegmentRuleImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getSegmentRule()
	 * @generated
	 */
	int SEGMENT_RULE = 10;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_RULE__SEGMENT = 0;

	/**
	 * The feature id for the '<em><b>Threshold Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_RULE__THRESHOLD_OVERRIDE = 1;

	/**
	 * The number of structural features of the '<em>Segment Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_RULE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.SiteRuleImpl <em>Site Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.SiteRuleImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getSiteRule()
	 * @generated
	 */
	int SITE_RULE = 11;

	/**
	 * The feature id for the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_RULE__SITE = 0;

	/**
	 * The feature id for the '<em><b>Threshold Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_RULE__THRESHOLD_OVERRIDE = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_RULE__REASON = 2;

	/**
	 * The feature id for the '<em><b>Reason En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_RULE__REASON_EN = 3;

	/**
	 * The number of structural features of the '<em>Site Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_RULE_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.SiteImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getSite()
	 * @generated
	 */
	int SITE = 12;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__KEY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME_EN = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__REGION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Region En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__REGION_EN = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Customers Per Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__CUSTOMERS_PER_MONTH = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.ComplaintImpl <em>Complaint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.ComplaintImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getComplaint()
	 * @generated
	 */
	int COMPLAINT = 13;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__KEY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__AT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__SITE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Touchpoint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__TOUCHPOINT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Failure Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__FAILURE_TYPE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Customer Said</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__CUSTOMER_SAID = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Customer Said En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__CUSTOMER_SAID_EN = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Playbook</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__PLAYBOOK = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>First Response Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__FIRST_RESPONSE_MINUTES = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Resolution Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__RESOLUTION_MINUTES = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Compensation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__COMPENSATION = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Guarantee Invoked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__GUARANTEE_INVOKED = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Follow Up Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__FOLLOW_UP_DONE = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__OUTCOME = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Outcome Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__OUTCOME_REASON = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Outcome Reason En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__OUTCOME_REASON_EN = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Satisfied After Recovery</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__SATISFIED_AFTER_RECOVERY = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Recorded By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__RECORDED_BY = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The number of structural features of the '<em>Complaint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.TransitionImpl <em>Transition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.TransitionImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getTransition()
	 * @generated
	 */
	int TRANSITION = 14;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__FROM = 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__TO = 1;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__USER = 2;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__AT = 3;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__COMMENT = 4;

	/**
	 * The feature id for the '<em><b>Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__LOGIN = 5;

	/**
	 * The feature id for the '<em><b>Override Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION__OVERRIDE_REASON = 6;

	/**
	 * The number of structural features of the '<em>Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_FEATURE_COUNT = 7;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.RecoveryPlaybookImpl <em>Recovery Playbook</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.RecoveryPlaybookImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getRecoveryPlaybook()
	 * @generated
	 */
	int RECOVERY_PLAYBOOK = 15;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__KEY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__TITLE_EN = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Failure Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__FAILURE_TYPE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Trigger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__TRIGGER = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Trigger En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__TRIGGER_EN = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__STEPS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Empowerment Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Empowerment Limit En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT_EN = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Escalation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__ESCALATION = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Escalation En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__ESCALATION_EN = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Follow Up</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__FOLLOW_UP = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Follow Up En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__FOLLOW_UP_EN = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Principles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__PRINCIPLES = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Service Guarantee</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__SERVICE_GUARANTEE = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Standards</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__STANDARDS = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__CASES = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Contact Situations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__CONTACT_SITUATIONS = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Gaps</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__GAPS = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Difficult Customer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__DIFFICULT_CUSTOMER = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Empowerment Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK__EMPOWERMENT_AMOUNT = IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The number of structural features of the '<em>Recovery Playbook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOVERY_PLAYBOOK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 21;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.PlaybookStepImpl <em>Playbook Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.PlaybookStepImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getPlaybookStep()
	 * @generated
	 */
	int PLAYBOOK_STEP = 16;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK_STEP__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK_STEP__ACTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Action En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK_STEP__ACTION_EN = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Owner Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK_STEP__OWNER_ROLE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Owner Role En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK_STEP__OWNER_ROLE_EN = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Time Limit Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK_STEP__TIME_LIMIT_MINUTES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Words</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK_STEP__WORDS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Words En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK_STEP__WORDS_EN = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Playbook Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAYBOOK_STEP_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.CaseStudyImpl <em>Case Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.CaseStudyImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getCaseStudy()
	 * @generated
	 */
	int CASE_STUDY = 17;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__KEY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Company</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__COMPANY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Industry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__INDUSTRY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Industry En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__INDUSTRY_EN = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__REGION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Region En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__REGION_EN = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__YEAR = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__TAGS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Principles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__PRINCIPLES = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__SOURCES = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Texts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__TEXTS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Case Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.CaseTextImpl <em>Case Text</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.CaseTextImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getCaseText()
	 * @generated
	 */
	int CASE_TEXT = 18;

	/**
	 * The feature id for the '<em><b>Lang</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_TEXT__LANG = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_TEXT__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_TEXT__SUMMARY = 2;

	/**
	 * The feature id for the '<em><b>Story</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_TEXT__STORY = 3;

	/**
	 * The feature id for the '<em><b>Lessons</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_TEXT__LESSONS = 4;

	/**
	 * The number of structural features of the '<em>Case Text</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_TEXT_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.HandbookImpl <em>Handbook</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.HandbookImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getHandbook()
	 * @generated
	 */
	int HANDBOOK = 19;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HANDBOOK__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HANDBOOK__KEY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HANDBOOK__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HANDBOOK__TITLE_EN = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Chapters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HANDBOOK__CHAPTERS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Handbook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HANDBOOK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.ChapterImpl <em>Chapter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.ChapterImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getChapter()
	 * @generated
	 */
	int CHAPTER = 20;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER__TITLE_EN = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Chapter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHAPTER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.AuthoredChapterImpl <em>Authored Chapter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.AuthoredChapterImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getAuthoredChapter()
	 * @generated
	 */
	int AUTHORED_CHAPTER = 21;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORED_CHAPTER__UUID = CHAPTER__UUID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORED_CHAPTER__TITLE = CHAPTER__TITLE;

	/**
	 * The feature id for the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORED_CHAPTER__TITLE_EN = CHAPTER__TITLE_EN;

	/**
	 * The feature id for the '<em><b>Markdown</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORED_CHAPTER__MARKDOWN = CHAPTER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Markdown En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORED_CHAPTER__MARKDOWN_EN = CHAPTER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORED_CHAPTER__SOURCE = CHAPTER_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Authored Chapter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORED_CHAPTER_FEATURE_COUNT = CHAPTER_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.GeneratedSectionImpl <em>Generated Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.GeneratedSectionImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getGeneratedSection()
	 * @generated
	 */
	int GENERATED_SECTION = 22;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATED_SECTION__UUID = CHAPTER__UUID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATED_SECTION__TITLE = CHAPTER__TITLE;

	/**
	 * The feature id for the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATED_SECTION__TITLE_EN = CHAPTER__TITLE_EN;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATED_SECTION__KIND = CHAPTER_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Generated Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERATED_SECTION_FEATURE_COUNT = CHAPTER_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.EncounterStepImpl <em>Encounter Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.EncounterStepImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getEncounterStep()
	 * @generated
	 */
	int ENCOUNTER_STEP = 23;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCOUNTER_STEP__STEP = 0;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCOUNTER_STEP__ACTION = 1;

	/**
	 * The feature id for the '<em><b>Action En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCOUNTER_STEP__ACTION_EN = 2;

	/**
	 * The feature id for the '<em><b>Words</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCOUNTER_STEP__WORDS = 3;

	/**
	 * The feature id for the '<em><b>Words En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCOUNTER_STEP__WORDS_EN = 4;

	/**
	 * The number of structural features of the '<em>Encounter Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENCOUNTER_STEP_FEATURE_COUNT = 5;

	/**
	 * The meta object id for the '{@link org.touchstone.model.impl.ServiceGuaranteeImpl <em>Service Guarantee</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.impl.ServiceGuaranteeImpl
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getServiceGuarantee()
	 * @generated
	 */
	int SERVICE_GUARANTEE = 24;

	/**
	 * The feature id for the '<em><b>Promise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_GUARANTEE__PROMISE = 0;

	/**
	 * The feature id for the '<em><b>Promise En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_GUARANTEE__PROMISE_EN = 1;

	/**
	 * The feature id for the '<em><b>Unconditional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_GUARANTEE__UNCONDITIONAL = 2;

	/**
	 * The feature id for the '<em><b>Meaningful</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_GUARANTEE__MEANINGFUL = 3;

	/**
	 * The feature id for the '<em><b>Easy To Understand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_GUARANTEE__EASY_TO_UNDERSTAND = 4;

	/**
	 * The feature id for the '<em><b>Easy To Invoke</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_GUARANTEE__EASY_TO_INVOKE = 5;

	/**
	 * The feature id for the '<em><b>Credible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_GUARANTEE__CREDIBLE = 6;

	/**
	 * The feature id for the '<em><b>Cautions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_GUARANTEE__CAUTIONS = 7;

	/**
	 * The number of structural features of the '<em>Service Guarantee</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_GUARANTEE_FEATURE_COUNT = 8;

	/**
	 * The meta object id for the '{@link org.touchstone.model.Language <em>Language</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.Language
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getLanguage()
	 * @generated
	 */
	int LANGUAGE = 25;

	/**
	 * The meta object id for the '{@link org.touchstone.model.Role <em>Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.Role
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 26;

	/**
	 * The meta object id for the '{@link org.touchstone.model.Status <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.Status
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getStatus()
	 * @generated
	 */
	int STATUS = 27;

	/**
	 * The meta object id for the '{@link org.touchstone.model.CustomerOutcome <em>Customer Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.CustomerOutcome
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getCustomerOutcome()
	 * @generated
	 */
	int CUSTOMER_OUTCOME = 28;

	/**
	 * The meta object id for the '{@link org.touchstone.model.Comparison <em>Comparison</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.Comparison
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getComparison()
	 * @generated
	 */
	int COMPARISON = 29;

	/**
	 * The meta object id for the '{@link org.touchstone.model.ValueTier <em>Value Tier</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.ValueTier
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getValueTier()
	 * @generated
	 */
	int VALUE_TIER = 30;

	/**
	 * The meta object id for the '{@link org.touchstone.model.LoyaltyStage <em>Loyalty Stage</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.LoyaltyStage
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getLoyaltyStage()
	 * @generated
	 */
	int LOYALTY_STAGE = 31;

	/**
	 * The meta object id for the '{@link org.touchstone.model.BehaviourStyle <em>Behaviour Style</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.BehaviourStyle
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getBehaviourStyle()
	 * @generated
	 */
	int BEHAVIOUR_STYLE = 32;

	/**
	 * The meta object id for the '{@link org.touchstone.model.JourneyStage <em>Journey Stage</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.JourneyStage
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getJourneyStage()
	 * @generated
	 */
	int JOURNEY_STAGE = 33;

	/**
	 * The meta object id for the '{@link org.touchstone.model.MomentStep <em>Moment Step</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.MomentStep
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getMomentStep()
	 * @generated
	 */
	int MOMENT_STEP = 34;

	/**
	 * The meta object id for the '{@link org.touchstone.model.FailureType <em>Failure Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.FailureType
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getFailureType()
	 * @generated
	 */
	int FAILURE_TYPE = 35;

	/**
	 * The meta object id for the '{@link org.touchstone.model.RecoveryPrinciple <em>Recovery Principle</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.RecoveryPrinciple
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getRecoveryPrinciple()
	 * @generated
	 */
	int RECOVERY_PRINCIPLE = 36;

	/**
	 * The meta object id for the '{@link org.touchstone.model.SectionKind <em>Section Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.SectionKind
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getSectionKind()
	 * @generated
	 */
	int SECTION_KIND = 37;


	/**
	 * The meta object id for the '{@link org.touchstone.model.ExpectationLevel <em>Expectation Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.ExpectationLevel
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getExpectationLevel()
	 * @generated
	 */
	int EXPECTATION_LEVEL = 38;

	/**
	 * The meta object id for the '{@link org.touchstone.model.ServiceType <em>Service Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.ServiceType
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getServiceType()
	 * @generated
	 */
	int SERVICE_TYPE = 39;

	/**
	 * The meta object id for the '{@link org.touchstone.model.ContactSituation <em>Contact Situation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.ContactSituation
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getContactSituation()
	 * @generated
	 */
	int CONTACT_SITUATION = 40;

	/**
	 * The meta object id for the '{@link org.touchstone.model.ServiceGap <em>Service Gap</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.ServiceGap
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getServiceGap()
	 * @generated
	 */
	int SERVICE_GAP = 41;

	/**
	 * The meta object id for the '{@link org.touchstone.model.DifficultCustomer <em>Difficult Customer</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.DifficultCustomer
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getDifficultCustomer()
	 * @generated
	 */
	int DIFFICULT_CUSTOMER = 42;

	/**
	 * The meta object id for the '{@link org.touchstone.model.FailureGroup <em>Failure Group</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.FailureGroup
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getFailureGroup()
	 * @generated
	 */
	int FAILURE_GROUP = 43;

	/**
	 * The meta object id for the '{@link org.touchstone.model.GuaranteeCaution <em>Guarantee Caution</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.touchstone.model.GuaranteeCaution
	 * @see org.touchstone.model.impl.TouchstonePackageImpl#getGuaranteeCaution()
	 * @generated
	 */
	int GUARANTEE_CAUTION = 44;


	/**
	 * Returns the meta object for class '{@link org.touchstone.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.touchstone.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Identified#getUuid <em>Uuid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uuid</em>'.
	 * @see org.touchstone.model.Identified#getUuid()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Uuid();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.Tenant <em>Tenant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tenant</em>'.
	 * @see org.touchstone.model.Tenant
	 * @generated
	 */
	EClass getTenant();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Tenant#getSchemaVersion <em>Schema Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Schema Version</em>'.
	 * @see org.touchstone.model.Tenant#getSchemaVersion()
	 * @see #getTenant()
	 * @generated
	 */
	EAttribute getTenant_SchemaVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Tenant#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.touchstone.model.Tenant#getId()
	 * @see #getTenant()
	 * @generated
	 */
	EAttribute getTenant_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Tenant#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.touchstone.model.Tenant#getName()
	 * @see #getTenant()
	 * @generated
	 */
	EAttribute getTenant_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Tenant#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.touchstone.model.Tenant#getNameEn()
	 * @see #getTenant()
	 * @generated
	 */
	EAttribute getTenant_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Tenant#getLocale <em>Locale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Locale</em>'.
	 * @see org.touchstone.model.Tenant#getLocale()
	 * @see #getTenant()
	 * @generated
	 */
	EAttribute getTenant_Locale();

	/**
	 * Returns the meta object for the containment reference '{@link org.touchstone.model.Tenant#getBranding <em>Branding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Branding</em>'.
	 * @see org.touchstone.model.Tenant#getBranding()
	 * @see #getTenant()
	 * @generated
	 */
	EReference getTenant_Branding();

	/**
	 * Returns the meta object for the containment reference list '{@link org.touchstone.model.Tenant#getUsers <em>Users</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Users</em>'.
	 * @see org.touchstone.model.Tenant#getUsers()
	 * @see #getTenant()
	 * @generated
	 */
	EReference getTenant_Users();

	/**
	 * Returns the meta object for the containment reference list '{@link org.touchstone.model.Tenant#getDimensions <em>Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dimensions</em>'.
	 * @see org.touchstone.model.Tenant#getDimensions()
	 * @see #getTenant()
	 * @generated
	 */
	EReference getTenant_Dimensions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.touchstone.model.Tenant#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segments</em>'.
	 * @see org.touchstone.model.Tenant#getSegments()
	 * @see #getTenant()
	 * @generated
	 */
	EReference getTenant_Segments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.touchstone.model.Tenant#getTouchpoints <em>Touchpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Touchpoints</em>'.
	 * @see org.touchstone.model.Tenant#getTouchpoints()
	 * @see #getTenant()
	 * @generated
	 */
	EReference getTenant_Touchpoints();

	/**
	 * Returns the meta object for the containment reference list '{@link org.touchstone.model.Tenant#getStandards <em>Standards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Standards</em>'.
	 * @see org.touchstone.model.Tenant#getStandards()
	 * @see #getTenant()
	 * @generated
	 */
	EReference getTenant_Standards();

	/**
	 * Returns the meta object for the containment reference list '{@link org.touchstone.model.Tenant#getPlaybooks <em>Playbooks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Playbooks</em>'.
	 * @see org.touchstone.model.Tenant#getPlaybooks()
	 * @see #getTenant()
	 * @generated
	 */
	EReference getTenant_Playbooks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.touchstone.model.Tenant#getCases <em>Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cases</em>'.
	 * @see org.touchstone.model.Tenant#getCases()
	 * @see #getTenant()
	 * @generated
	 */
	EReference getTenant_Cases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.touchstone.model.Tenant#getHandbooks <em>Handbooks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Handbooks</em>'.
	 * @see org.touchstone.model.Tenant#getHandbooks()
	 * @see #getTenant()
	 * @generated
	 */
	EReference getTenant_Handbooks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.touchstone.model.Tenant#getSites <em>Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sites</em>'.
	 * @see org.touchstone.model.Tenant#getSites()
	 * @see #getTenant()
	 * @generated
	 */
	EReference getTenant_Sites();

	/**
	 * Returns the meta object for the containment reference list '{@link org.touchstone.model.Tenant#getComplaints <em>Complaints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Complaints</em>'.
	 * @see org.touchstone.model.Tenant#getComplaints()
	 * @see #getTenant()
	 * @generated
	 */
	EReference getTenant_Complaints();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.Branding <em>Branding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Branding</em>'.
	 * @see org.touchstone.model.Branding
	 * @generated
	 */
	EClass getBranding();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Branding#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see org.touchstone.model.Branding#getDisplayName()
	 * @see #getBranding()
	 * @generated
	 */
	EAttribute getBranding_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Branding#getDisplayNameEn <em>Display Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name En</em>'.
	 * @see org.touchstone.model.Branding#getDisplayNameEn()
	 * @see #getBranding()
	 * @generated
	 */
	EAttribute getBranding_DisplayNameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Branding#getLogo <em>Logo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Logo</em>'.
	 * @see org.touchstone.model.Branding#getLogo()
	 * @see #getBranding()
	 * @generated
	 */
	EAttribute getBranding_Logo();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Branding#getPrimaryColour <em>Primary Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Primary Colour</em>'.
	 * @see org.touchstone.model.Branding#getPrimaryColour()
	 * @see #getBranding()
	 * @generated
	 */
	EAttribute getBranding_PrimaryColour();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.User <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User</em>'.
	 * @see org.touchstone.model.User
	 * @generated
	 */
	EClass getUser();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.User#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.touchstone.model.User#getName()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.User#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see org.touchstone.model.User#getDisplayName()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_DisplayName();

	/**
	 * Returns the meta object for the attribute list '{@link org.touchstone.model.User#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Roles</em>'.
	 * @see org.touchstone.model.User#getRoles()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Roles();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.Dimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dimension</em>'.
	 * @see org.touchstone.model.Dimension
	 * @generated
	 */
	EClass getDimension();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Dimension#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.touchstone.model.Dimension#getCode()
	 * @see #getDimension()
	 * @generated
	 */
	EAttribute getDimension_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Dimension#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.touchstone.model.Dimension#getName()
	 * @see #getDimension()
	 * @generated
	 */
	EAttribute getDimension_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Dimension#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.touchstone.model.Dimension#getNameEn()
	 * @see #getDimension()
	 * @generated
	 */
	EAttribute getDimension_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Dimension#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.touchstone.model.Dimension#getDescription()
	 * @see #getDimension()
	 * @generated
	 */
	EAttribute getDimension_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Dimension#getDescriptionEn <em>Description En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description En</em>'.
	 * @see org.touchstone.model.Dimension#getDescriptionEn()
	 * @see #getDimension()
	 * @generated
	 */
	EAttribute getDimension_DescriptionEn();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.CustomerSegment <em>Customer Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer Segment</em>'.
	 * @see org.touchstone.model.CustomerSegment
	 * @generated
	 */
	EClass getCustomerSegment();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CustomerSegment#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.touchstone.model.CustomerSegment#getKey()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CustomerSegment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.touchstone.model.CustomerSegment#getName()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CustomerSegment#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.touchstone.model.CustomerSegment#getNameEn()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CustomerSegment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.touchstone.model.CustomerSegment#getDescription()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CustomerSegment#getDescriptionEn <em>Description En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description En</em>'.
	 * @see org.touchstone.model.CustomerSegment#getDescriptionEn()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_DescriptionEn();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CustomerSegment#getValueTier <em>Value Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Tier</em>'.
	 * @see org.touchstone.model.CustomerSegment#getValueTier()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_ValueTier();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CustomerSegment#getLoyaltyStage <em>Loyalty Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Loyalty Stage</em>'.
	 * @see org.touchstone.model.CustomerSegment#getLoyaltyStage()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_LoyaltyStage();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CustomerSegment#isInternal <em>Internal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Internal</em>'.
	 * @see org.touchstone.model.CustomerSegment#isInternal()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_Internal();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CustomerSegment#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Style</em>'.
	 * @see org.touchstone.model.CustomerSegment#getStyle()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_Style();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CustomerSegment#getGuidance <em>Guidance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guidance</em>'.
	 * @see org.touchstone.model.CustomerSegment#getGuidance()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_Guidance();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CustomerSegment#getGuidanceEn <em>Guidance En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guidance En</em>'.
	 * @see org.touchstone.model.CustomerSegment#getGuidanceEn()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_GuidanceEn();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.Touchpoint <em>Touchpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Touchpoint</em>'.
	 * @see org.touchstone.model.Touchpoint
	 * @generated
	 */
	EClass getTouchpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Touchpoint#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.touchstone.model.Touchpoint#getKey()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Touchpoint#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.touchstone.model.Touchpoint#getName()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Touchpoint#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.touchstone.model.Touchpoint#getNameEn()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Touchpoint#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.touchstone.model.Touchpoint#getDescription()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Touchpoint#getDescriptionEn <em>Description En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description En</em>'.
	 * @see org.touchstone.model.Touchpoint#getDescriptionEn()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_DescriptionEn();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Touchpoint#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see org.touchstone.model.Touchpoint#getStage()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Stage();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Touchpoint#getProceduralStrength <em>Procedural Strength</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Procedural Strength</em>'.
	 * @see org.touchstone.model.Touchpoint#getProceduralStrength()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_ProceduralStrength();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Touchpoint#getPersonalStrength <em>Personal Strength</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Personal Strength</em>'.
	 * @see org.touchstone.model.Touchpoint#getPersonalStrength()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_PersonalStrength();

	/**
	 * Returns the meta object for the containment reference list '{@link org.touchstone.model.Touchpoint#getScript <em>Script</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Script</em>'.
	 * @see org.touchstone.model.Touchpoint#getScript()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_Script();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.ServiceStandard <em>Service Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Standard</em>'.
	 * @see org.touchstone.model.ServiceStandard
	 * @generated
	 */
	EClass getServiceStandard();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.ServiceStandard#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.touchstone.model.ServiceStandard#getKey()
	 * @see #getServiceStandard()
	 * @generated
	 */
	EAttribute getServiceStandard_Key();

	/**
	 * Returns the meta object for the containment reference list '{@link org.touchstone.model.ServiceStandard#getRevisions <em>Revisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Revisions</em>'.
	 * @see org.touchstone.model.ServiceStandard#getRevisions()
	 * @see #getServiceStandard()
	 * @generated
	 */
	EReference getServiceStandard_Revisions();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.StandardRevision <em>Standard Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Standard Revision</em>'.
	 * @see org.touchstone.model.StandardRevision
	 * @generated
	 */
	EClass getStandardRevision();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.StandardRevision#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.touchstone.model.StandardRevision#getNumber()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EAttribute getStandardRevision_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.StandardRevision#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.touchstone.model.StandardRevision#getStatus()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EAttribute getStandardRevision_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.StandardRevision#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.touchstone.model.StandardRevision#getAuthor()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EAttribute getStandardRevision_Author();

	/**
	 * Returns the meta object for the attribute list '{@link org.touchstone.model.StandardRevision#getEditors <em>Editors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Editors</em>'.
	 * @see org.touchstone.model.StandardRevision#getEditors()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EAttribute getStandardRevision_Editors();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.StandardRevision#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.touchstone.model.StandardRevision#getTitle()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EAttribute getStandardRevision_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.StandardRevision#getTitleEn <em>Title En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title En</em>'.
	 * @see org.touchstone.model.StandardRevision#getTitleEn()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EAttribute getStandardRevision_TitleEn();

	/**
	 * Returns the meta object for the reference '{@link org.touchstone.model.StandardRevision#getDimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dimension</em>'.
	 * @see org.touchstone.model.StandardRevision#getDimension()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EReference getStandardRevision_Dimension();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.StandardRevision#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.touchstone.model.StandardRevision#getStatement()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EAttribute getStandardRevision_Statement();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.StandardRevision#getStatementEn <em>Statement En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement En</em>'.
	 * @see org.touchstone.model.StandardRevision#getStatementEn()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EAttribute getStandardRevision_StatementEn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.touchstone.model.StandardRevision#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see org.touchstone.model.StandardRevision#getCriteria()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EReference getStandardRevision_Criteria();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.StandardRevision#getObservation <em>Observation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observation</em>'.
	 * @see org.touchstone.model.StandardRevision#getObservation()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EAttribute getStandardRevision_Observation();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.StandardRevision#getObservationEn <em>Observation En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observation En</em>'.
	 * @see org.touchstone.model.StandardRevision#getObservationEn()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EAttribute getStandardRevision_ObservationEn();

	/**
	 * Returns the meta object for the reference '{@link org.touchstone.model.StandardRevision#getTouchpoint <em>Touchpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Touchpoint</em>'.
	 * @see org.touchstone.model.StandardRevision#getTouchpoint()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EReference getStandardRevision_Touchpoint();

	/**
	 * Returns the meta object for the containment reference list '{@link org.touchstone.model.StandardRevision#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segments</em>'.
	 * @see org.touchstone.model.StandardRevision#getSegments()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EReference getStandardRevision_Segments();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.StandardRevision#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.touchstone.model.StandardRevision#getOwner()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EAttribute getStandardRevision_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.StandardRevision#getEffectiveDate <em>Effective Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective Date</em>'.
	 * @see org.touchstone.model.StandardRevision#getEffectiveDate()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EAttribute getStandardRevision_EffectiveDate();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.StandardRevision#getReviewIntervalMonths <em>Review Interval Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Interval Months</em>'.
	 * @see org.touchstone.model.StandardRevision#getReviewIntervalMonths()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EAttribute getStandardRevision_ReviewIntervalMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.StandardRevision#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.touchstone.model.StandardRevision#getRationale()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EAttribute getStandardRevision_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.StandardRevision#getRationaleEn <em>Rationale En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale En</em>'.
	 * @see org.touchstone.model.StandardRevision#getRationaleEn()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EAttribute getStandardRevision_RationaleEn();

	/**
	 * Returns the meta object for the reference list '{@link org.touchstone.model.StandardRevision#getCases <em>Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Cases</em>'.
	 * @see org.touchstone.model.StandardRevision#getCases()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EReference getStandardRevision_Cases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.touchstone.model.StandardRevision#getTransitions <em>Transitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Transitions</em>'.
	 * @see org.touchstone.model.StandardRevision#getTransitions()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EReference getStandardRevision_Transitions();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.StandardRevision#getExpectationLevel <em>Expectation Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expectation Level</em>'.
	 * @see org.touchstone.model.StandardRevision#getExpectationLevel()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EAttribute getStandardRevision_ExpectationLevel();

	/**
	 * Returns the meta object for the attribute list '{@link org.touchstone.model.StandardRevision#getContactSituations <em>Contact Situations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Contact Situations</em>'.
	 * @see org.touchstone.model.StandardRevision#getContactSituations()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EAttribute getStandardRevision_ContactSituations();

	/**
	 * Returns the meta object for the attribute list '{@link org.touchstone.model.StandardRevision#getGaps <em>Gaps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Gaps</em>'.
	 * @see org.touchstone.model.StandardRevision#getGaps()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EAttribute getStandardRevision_Gaps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.touchstone.model.StandardRevision#getSiteRules <em>Site Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Site Rules</em>'.
	 * @see org.touchstone.model.StandardRevision#getSiteRules()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EReference getStandardRevision_SiteRules();

	/**
	 * Returns the meta object for the reference list '{@link org.touchstone.model.StandardRevision#getPilotSites <em>Pilot Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Pilot Sites</em>'.
	 * @see org.touchstone.model.StandardRevision#getPilotSites()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EReference getStandardRevision_PilotSites();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.StandardRevision#getRolloutDate <em>Rollout Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rollout Date</em>'.
	 * @see org.touchstone.model.StandardRevision#getRolloutDate()
	 * @see #getStandardRevision()
	 * @generated
	 */
	EAttribute getStandardRevision_RolloutDate();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.Criterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criterion</em>'.
	 * @see org.touchstone.model.Criterion
	 * @generated
	 */
	EClass getCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Criterion#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see org.touchstone.model.Criterion#getMetric()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Metric();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Criterion#getMetricEn <em>Metric En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric En</em>'.
	 * @see org.touchstone.model.Criterion#getMetricEn()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_MetricEn();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Criterion#getComparison <em>Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comparison</em>'.
	 * @see org.touchstone.model.Criterion#getComparison()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Comparison();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Criterion#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold</em>'.
	 * @see org.touchstone.model.Criterion#getThreshold()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Threshold();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Criterion#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.touchstone.model.Criterion#getUnit()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Criterion#getComplianceTarget <em>Compliance Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Compliance Target</em>'.
	 * @see org.touchstone.model.Criterion#getComplianceTarget()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_ComplianceTarget();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.SegmentRule <em>Segment Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment Rule</em>'.
	 * @see org.touchstone.model.SegmentRule
	 * @generated
	 */
	EClass getSegmentRule();

	/**
	 * Returns the meta object for the reference '{@link org.touchstone.model.SegmentRule#getSegment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Segment</em>'.
	 * @see org.touchstone.model.SegmentRule#getSegment()
	 * @see #getSegmentRule()
	 * @generated
	 */
	EReference getSegmentRule_Segment();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.SegmentRule#getThresholdOverride <em>Threshold Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold Override</em>'.
	 * @see org.touchstone.model.SegmentRule#getThresholdOverride()
	 * @see #getSegmentRule()
	 * @generated
	 */
	EAttribute getSegmentRule_ThresholdOverride();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.SiteRule <em>Site Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site Rule</em>'.
	 * @see org.touchstone.model.SiteRule
	 * @generated
	 */
	EClass getSiteRule();

	/**
	 * Returns the meta object for the reference '{@link org.touchstone.model.SiteRule#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Site</em>'.
	 * @see org.touchstone.model.SiteRule#getSite()
	 * @see #getSiteRule()
	 * @generated
	 */
	EReference getSiteRule_Site();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.SiteRule#getThresholdOverride <em>Threshold Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold Override</em>'.
	 * @see org.touchstone.model.SiteRule#getThresholdOverride()
	 * @see #getSiteRule()
	 * @generated
	 */
	EAttribute getSiteRule_ThresholdOverride();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.SiteRule#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.touchstone.model.SiteRule#getReason()
	 * @see #getSiteRule()
	 * @generated
	 */
	EAttribute getSiteRule_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.SiteRule#getReasonEn <em>Reason En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason En</em>'.
	 * @see org.touchstone.model.SiteRule#getReasonEn()
	 * @see #getSiteRule()
	 * @generated
	 */
	EAttribute getSiteRule_ReasonEn();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see org.touchstone.model.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Site#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.touchstone.model.Site#getKey()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Site#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.touchstone.model.Site#getName()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Site#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.touchstone.model.Site#getNameEn()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Site#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.touchstone.model.Site#getRegion()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Site#getRegionEn <em>Region En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region En</em>'.
	 * @see org.touchstone.model.Site#getRegionEn()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_RegionEn();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Site#getCustomersPerMonth <em>Customers Per Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customers Per Month</em>'.
	 * @see org.touchstone.model.Site#getCustomersPerMonth()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_CustomersPerMonth();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.Complaint <em>Complaint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Complaint</em>'.
	 * @see org.touchstone.model.Complaint
	 * @generated
	 */
	EClass getComplaint();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Complaint#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.touchstone.model.Complaint#getKey()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Complaint#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.touchstone.model.Complaint#getAt()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_At();

	/**
	 * Returns the meta object for the reference '{@link org.touchstone.model.Complaint#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Site</em>'.
	 * @see org.touchstone.model.Complaint#getSite()
	 * @see #getComplaint()
	 * @generated
	 */
	EReference getComplaint_Site();

	/**
	 * Returns the meta object for the reference '{@link org.touchstone.model.Complaint#getTouchpoint <em>Touchpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Touchpoint</em>'.
	 * @see org.touchstone.model.Complaint#getTouchpoint()
	 * @see #getComplaint()
	 * @generated
	 */
	EReference getComplaint_Touchpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Complaint#getFailureType <em>Failure Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure Type</em>'.
	 * @see org.touchstone.model.Complaint#getFailureType()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_FailureType();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Complaint#getCustomerSaid <em>Customer Said</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Said</em>'.
	 * @see org.touchstone.model.Complaint#getCustomerSaid()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_CustomerSaid();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Complaint#getCustomerSaidEn <em>Customer Said En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Said En</em>'.
	 * @see org.touchstone.model.Complaint#getCustomerSaidEn()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_CustomerSaidEn();

	/**
	 * Returns the meta object for the reference '{@link org.touchstone.model.Complaint#getPlaybook <em>Playbook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Playbook</em>'.
	 * @see org.touchstone.model.Complaint#getPlaybook()
	 * @see #getComplaint()
	 * @generated
	 */
	EReference getComplaint_Playbook();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Complaint#getFirstResponseMinutes <em>First Response Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Response Minutes</em>'.
	 * @see org.touchstone.model.Complaint#getFirstResponseMinutes()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_FirstResponseMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Complaint#getResolutionMinutes <em>Resolution Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolution Minutes</em>'.
	 * @see org.touchstone.model.Complaint#getResolutionMinutes()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_ResolutionMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Complaint#getCompensation <em>Compensation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Compensation</em>'.
	 * @see org.touchstone.model.Complaint#getCompensation()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Compensation();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Complaint#isGuaranteeInvoked <em>Guarantee Invoked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guarantee Invoked</em>'.
	 * @see org.touchstone.model.Complaint#isGuaranteeInvoked()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_GuaranteeInvoked();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Complaint#isFollowUpDone <em>Follow Up Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Follow Up Done</em>'.
	 * @see org.touchstone.model.Complaint#isFollowUpDone()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_FollowUpDone();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Complaint#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.touchstone.model.Complaint#getOutcome()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Complaint#getOutcomeReason <em>Outcome Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome Reason</em>'.
	 * @see org.touchstone.model.Complaint#getOutcomeReason()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_OutcomeReason();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Complaint#getOutcomeReasonEn <em>Outcome Reason En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome Reason En</em>'.
	 * @see org.touchstone.model.Complaint#getOutcomeReasonEn()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_OutcomeReasonEn();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Complaint#getSatisfiedAfterRecovery <em>Satisfied After Recovery</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Satisfied After Recovery</em>'.
	 * @see org.touchstone.model.Complaint#getSatisfiedAfterRecovery()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_SatisfiedAfterRecovery();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Complaint#getRecordedBy <em>Recorded By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorded By</em>'.
	 * @see org.touchstone.model.Complaint#getRecordedBy()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_RecordedBy();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.Transition <em>Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Transition</em>'.
	 * @see org.touchstone.model.Transition
	 * @generated
	 */
	EClass getTransition();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Transition#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see org.touchstone.model.Transition#getFrom()
	 * @see #getTransition()
	 * @generated
	 */
	EAttribute getTransition_From();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Transition#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see org.touchstone.model.Transition#getTo()
	 * @see #getTransition()
	 * @generated
	 */
	EAttribute getTransition_To();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Transition#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see org.touchstone.model.Transition#getUser()
	 * @see #getTransition()
	 * @generated
	 */
	EAttribute getTransition_User();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Transition#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.touchstone.model.Transition#getAt()
	 * @see #getTransition()
	 * @generated
	 */
	EAttribute getTransition_At();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Transition#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.touchstone.model.Transition#getComment()
	 * @see #getTransition()
	 * @generated
	 */
	EAttribute getTransition_Comment();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Transition#getLogin <em>Login</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Login</em>'.
	 * @see org.touchstone.model.Transition#getLogin()
	 * @see #getTransition()
	 * @generated
	 */
	EAttribute getTransition_Login();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Transition#getOverrideReason <em>Override Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Override Reason</em>'.
	 * @see org.touchstone.model.Transition#getOverrideReason()
	 * @see #getTransition()
	 * @generated
	 */
	EAttribute getTransition_OverrideReason();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.RecoveryPlaybook <em>Recovery Playbook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recovery Playbook</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook
	 * @generated
	 */
	EClass getRecoveryPlaybook();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.RecoveryPlaybook#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook#getKey()
	 * @see #getRecoveryPlaybook()
	 * @generated
	 */
	EAttribute getRecoveryPlaybook_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.RecoveryPlaybook#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook#getTitle()
	 * @see #getRecoveryPlaybook()
	 * @generated
	 */
	EAttribute getRecoveryPlaybook_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.RecoveryPlaybook#getTitleEn <em>Title En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title En</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook#getTitleEn()
	 * @see #getRecoveryPlaybook()
	 * @generated
	 */
	EAttribute getRecoveryPlaybook_TitleEn();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.RecoveryPlaybook#getFailureType <em>Failure Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure Type</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook#getFailureType()
	 * @see #getRecoveryPlaybook()
	 * @generated
	 */
	EAttribute getRecoveryPlaybook_FailureType();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.RecoveryPlaybook#getTrigger <em>Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trigger</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook#getTrigger()
	 * @see #getRecoveryPlaybook()
	 * @generated
	 */
	EAttribute getRecoveryPlaybook_Trigger();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.RecoveryPlaybook#getTriggerEn <em>Trigger En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trigger En</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook#getTriggerEn()
	 * @see #getRecoveryPlaybook()
	 * @generated
	 */
	EAttribute getRecoveryPlaybook_TriggerEn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.touchstone.model.RecoveryPlaybook#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook#getSteps()
	 * @see #getRecoveryPlaybook()
	 * @generated
	 */
	EReference getRecoveryPlaybook_Steps();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.RecoveryPlaybook#getEmpowermentLimit <em>Empowerment Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Empowerment Limit</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook#getEmpowermentLimit()
	 * @see #getRecoveryPlaybook()
	 * @generated
	 */
	EAttribute getRecoveryPlaybook_EmpowermentLimit();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.RecoveryPlaybook#getEmpowermentLimitEn <em>Empowerment Limit En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Empowerment Limit En</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook#getEmpowermentLimitEn()
	 * @see #getRecoveryPlaybook()
	 * @generated
	 */
	EAttribute getRecoveryPlaybook_EmpowermentLimitEn();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.RecoveryPlaybook#getEscalation <em>Escalation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Escalation</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook#getEscalation()
	 * @see #getRecoveryPlaybook()
	 * @generated
	 */
	EAttribute getRecoveryPlaybook_Escalation();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.RecoveryPlaybook#getEscalationEn <em>Escalation En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Escalation En</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook#getEscalationEn()
	 * @see #getRecoveryPlaybook()
	 * @generated
	 */
	EAttribute getRecoveryPlaybook_EscalationEn();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.RecoveryPlaybook#getFollowUp <em>Follow Up</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Follow Up</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook#getFollowUp()
	 * @see #getRecoveryPlaybook()
	 * @generated
	 */
	EAttribute getRecoveryPlaybook_FollowUp();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.RecoveryPlaybook#getFollowUpEn <em>Follow Up En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Follow Up En</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook#getFollowUpEn()
	 * @see #getRecoveryPlaybook()
	 * @generated
	 */
	EAttribute getRecoveryPlaybook_FollowUpEn();

	/**
	 * Returns the meta object for the attribute list '{@link org.touchstone.model.RecoveryPlaybook#getPrinciples <em>Principles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Principles</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook#getPrinciples()
	 * @see #getRecoveryPlaybook()
	 * @generated
	 */
	EAttribute getRecoveryPlaybook_Principles();

	/**
	 * Returns the meta object for the containment reference '{@link org.touchstone.model.RecoveryPlaybook#getServiceGuarantee <em>Service Guarantee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Service Guarantee</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook#getServiceGuarantee()
	 * @see #getRecoveryPlaybook()
	 * @generated
	 */
	EReference getRecoveryPlaybook_ServiceGuarantee();

	/**
	 * Returns the meta object for the reference list '{@link org.touchstone.model.RecoveryPlaybook#getStandards <em>Standards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Standards</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook#getStandards()
	 * @see #getRecoveryPlaybook()
	 * @generated
	 */
	EReference getRecoveryPlaybook_Standards();

	/**
	 * Returns the meta object for the reference list '{@link org.touchstone.model.RecoveryPlaybook#getCases <em>Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Cases</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook#getCases()
	 * @see #getRecoveryPlaybook()
	 * @generated
	 */
	EReference getRecoveryPlaybook_Cases();

	/**
	 * Returns the meta object for the attribute list '{@link org.touchstone.model.RecoveryPlaybook#getContactSituations <em>Contact Situations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Contact Situations</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook#getContactSituations()
	 * @see #getRecoveryPlaybook()
	 * @generated
	 */
	EAttribute getRecoveryPlaybook_ContactSituations();

	/**
	 * Returns the meta object for the attribute list '{@link org.touchstone.model.RecoveryPlaybook#getGaps <em>Gaps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Gaps</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook#getGaps()
	 * @see #getRecoveryPlaybook()
	 * @generated
	 */
	EAttribute getRecoveryPlaybook_Gaps();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.RecoveryPlaybook#getDifficultCustomer <em>Difficult Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Difficult Customer</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook#getDifficultCustomer()
	 * @see #getRecoveryPlaybook()
	 * @generated
	 */
	EAttribute getRecoveryPlaybook_DifficultCustomer();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.RecoveryPlaybook#getEmpowermentAmount <em>Empowerment Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Empowerment Amount</em>'.
	 * @see org.touchstone.model.RecoveryPlaybook#getEmpowermentAmount()
	 * @see #getRecoveryPlaybook()
	 * @generated
	 */
	EAttribute getRecoveryPlaybook_EmpowermentAmount();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.PlaybookStep <em>Playbook Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Playbook Step</em>'.
	 * @see org.touchstone.model.PlaybookStep
	 * @generated
	 */
	EClass getPlaybookStep();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.PlaybookStep#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.touchstone.model.PlaybookStep#getAction()
	 * @see #getPlaybookStep()
	 * @generated
	 */
	EAttribute getPlaybookStep_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.PlaybookStep#getActionEn <em>Action En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action En</em>'.
	 * @see org.touchstone.model.PlaybookStep#getActionEn()
	 * @see #getPlaybookStep()
	 * @generated
	 */
	EAttribute getPlaybookStep_ActionEn();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.PlaybookStep#getOwnerRole <em>Owner Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner Role</em>'.
	 * @see org.touchstone.model.PlaybookStep#getOwnerRole()
	 * @see #getPlaybookStep()
	 * @generated
	 */
	EAttribute getPlaybookStep_OwnerRole();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.PlaybookStep#getOwnerRoleEn <em>Owner Role En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner Role En</em>'.
	 * @see org.touchstone.model.PlaybookStep#getOwnerRoleEn()
	 * @see #getPlaybookStep()
	 * @generated
	 */
	EAttribute getPlaybookStep_OwnerRoleEn();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.PlaybookStep#getTimeLimitMinutes <em>Time Limit Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Limit Minutes</em>'.
	 * @see org.touchstone.model.PlaybookStep#getTimeLimitMinutes()
	 * @see #getPlaybookStep()
	 * @generated
	 */
	EAttribute getPlaybookStep_TimeLimitMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.PlaybookStep#getWords <em>Words</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Words</em>'.
	 * @see org.touchstone.model.PlaybookStep#getWords()
	 * @see #getPlaybookStep()
	 * @generated
	 */
	EAttribute getPlaybookStep_Words();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.PlaybookStep#getWordsEn <em>Words En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Words En</em>'.
	 * @see org.touchstone.model.PlaybookStep#getWordsEn()
	 * @see #getPlaybookStep()
	 * @generated
	 */
	EAttribute getPlaybookStep_WordsEn();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.CaseStudy <em>Case Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case Study</em>'.
	 * @see org.touchstone.model.CaseStudy
	 * @generated
	 */
	EClass getCaseStudy();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CaseStudy#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.touchstone.model.CaseStudy#getKey()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CaseStudy#getCompany <em>Company</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Company</em>'.
	 * @see org.touchstone.model.CaseStudy#getCompany()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_Company();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CaseStudy#getIndustry <em>Industry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Industry</em>'.
	 * @see org.touchstone.model.CaseStudy#getIndustry()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_Industry();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CaseStudy#getIndustryEn <em>Industry En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Industry En</em>'.
	 * @see org.touchstone.model.CaseStudy#getIndustryEn()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_IndustryEn();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CaseStudy#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.touchstone.model.CaseStudy#getRegion()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CaseStudy#getRegionEn <em>Region En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region En</em>'.
	 * @see org.touchstone.model.CaseStudy#getRegionEn()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_RegionEn();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CaseStudy#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.touchstone.model.CaseStudy#getYear()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_Year();

	/**
	 * Returns the meta object for the attribute list '{@link org.touchstone.model.CaseStudy#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.touchstone.model.CaseStudy#getTags()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_Tags();

	/**
	 * Returns the meta object for the attribute list '{@link org.touchstone.model.CaseStudy#getPrinciples <em>Principles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Principles</em>'.
	 * @see org.touchstone.model.CaseStudy#getPrinciples()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_Principles();

	/**
	 * Returns the meta object for the attribute list '{@link org.touchstone.model.CaseStudy#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sources</em>'.
	 * @see org.touchstone.model.CaseStudy#getSources()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.touchstone.model.CaseStudy#getTexts <em>Texts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Texts</em>'.
	 * @see org.touchstone.model.CaseStudy#getTexts()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EReference getCaseStudy_Texts();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.CaseText <em>Case Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case Text</em>'.
	 * @see org.touchstone.model.CaseText
	 * @generated
	 */
	EClass getCaseText();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CaseText#getLang <em>Lang</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lang</em>'.
	 * @see org.touchstone.model.CaseText#getLang()
	 * @see #getCaseText()
	 * @generated
	 */
	EAttribute getCaseText_Lang();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CaseText#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.touchstone.model.CaseText#getTitle()
	 * @see #getCaseText()
	 * @generated
	 */
	EAttribute getCaseText_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CaseText#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.touchstone.model.CaseText#getSummary()
	 * @see #getCaseText()
	 * @generated
	 */
	EAttribute getCaseText_Summary();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.CaseText#getStory <em>Story</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Story</em>'.
	 * @see org.touchstone.model.CaseText#getStory()
	 * @see #getCaseText()
	 * @generated
	 */
	EAttribute getCaseText_Story();

	/**
	 * Returns the meta object for the attribute list '{@link org.touchstone.model.CaseText#getLessons <em>Lessons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Lessons</em>'.
	 * @see org.touchstone.model.CaseText#getLessons()
	 * @see #getCaseText()
	 * @generated
	 */
	EAttribute getCaseText_Lessons();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.Handbook <em>Handbook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Handbook</em>'.
	 * @see org.touchstone.model.Handbook
	 * @generated
	 */
	EClass getHandbook();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Handbook#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.touchstone.model.Handbook#getKey()
	 * @see #getHandbook()
	 * @generated
	 */
	EAttribute getHandbook_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Handbook#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.touchstone.model.Handbook#getTitle()
	 * @see #getHandbook()
	 * @generated
	 */
	EAttribute getHandbook_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Handbook#getTitleEn <em>Title En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title En</em>'.
	 * @see org.touchstone.model.Handbook#getTitleEn()
	 * @see #getHandbook()
	 * @generated
	 */
	EAttribute getHandbook_TitleEn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.touchstone.model.Handbook#getChapters <em>Chapters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Chapters</em>'.
	 * @see org.touchstone.model.Handbook#getChapters()
	 * @see #getHandbook()
	 * @generated
	 */
	EReference getHandbook_Chapters();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.Chapter <em>Chapter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Chapter</em>'.
	 * @see org.touchstone.model.Chapter
	 * @generated
	 */
	EClass getChapter();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Chapter#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.touchstone.model.Chapter#getTitle()
	 * @see #getChapter()
	 * @generated
	 */
	EAttribute getChapter_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.Chapter#getTitleEn <em>Title En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title En</em>'.
	 * @see org.touchstone.model.Chapter#getTitleEn()
	 * @see #getChapter()
	 * @generated
	 */
	EAttribute getChapter_TitleEn();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.AuthoredChapter <em>Authored Chapter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Authored Chapter</em>'.
	 * @see org.touchstone.model.AuthoredChapter
	 * @generated
	 */
	EClass getAuthoredChapter();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.AuthoredChapter#getMarkdown <em>Markdown</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Markdown</em>'.
	 * @see org.touchstone.model.AuthoredChapter#getMarkdown()
	 * @see #getAuthoredChapter()
	 * @generated
	 */
	EAttribute getAuthoredChapter_Markdown();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.AuthoredChapter#getMarkdownEn <em>Markdown En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Markdown En</em>'.
	 * @see org.touchstone.model.AuthoredChapter#getMarkdownEn()
	 * @see #getAuthoredChapter()
	 * @generated
	 */
	EAttribute getAuthoredChapter_MarkdownEn();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.AuthoredChapter#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.touchstone.model.AuthoredChapter#getSource()
	 * @see #getAuthoredChapter()
	 * @generated
	 */
	EAttribute getAuthoredChapter_Source();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.GeneratedSection <em>Generated Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Generated Section</em>'.
	 * @see org.touchstone.model.GeneratedSection
	 * @generated
	 */
	EClass getGeneratedSection();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.GeneratedSection#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.touchstone.model.GeneratedSection#getKind()
	 * @see #getGeneratedSection()
	 * @generated
	 */
	EAttribute getGeneratedSection_Kind();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.EncounterStep <em>Encounter Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Encounter Step</em>'.
	 * @see org.touchstone.model.EncounterStep
	 * @generated
	 */
	EClass getEncounterStep();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.EncounterStep#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see org.touchstone.model.EncounterStep#getStep()
	 * @see #getEncounterStep()
	 * @generated
	 */
	EAttribute getEncounterStep_Step();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.EncounterStep#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.touchstone.model.EncounterStep#getAction()
	 * @see #getEncounterStep()
	 * @generated
	 */
	EAttribute getEncounterStep_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.EncounterStep#getActionEn <em>Action En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action En</em>'.
	 * @see org.touchstone.model.EncounterStep#getActionEn()
	 * @see #getEncounterStep()
	 * @generated
	 */
	EAttribute getEncounterStep_ActionEn();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.EncounterStep#getWords <em>Words</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Words</em>'.
	 * @see org.touchstone.model.EncounterStep#getWords()
	 * @see #getEncounterStep()
	 * @generated
	 */
	EAttribute getEncounterStep_Words();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.EncounterStep#getWordsEn <em>Words En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Words En</em>'.
	 * @see org.touchstone.model.EncounterStep#getWordsEn()
	 * @see #getEncounterStep()
	 * @generated
	 */
	EAttribute getEncounterStep_WordsEn();

	/**
	 * Returns the meta object for class '{@link org.touchstone.model.ServiceGuarantee <em>Service Guarantee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Guarantee</em>'.
	 * @see org.touchstone.model.ServiceGuarantee
	 * @generated
	 */
	EClass getServiceGuarantee();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.ServiceGuarantee#getPromise <em>Promise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Promise</em>'.
	 * @see org.touchstone.model.ServiceGuarantee#getPromise()
	 * @see #getServiceGuarantee()
	 * @generated
	 */
	EAttribute getServiceGuarantee_Promise();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.ServiceGuarantee#getPromiseEn <em>Promise En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Promise En</em>'.
	 * @see org.touchstone.model.ServiceGuarantee#getPromiseEn()
	 * @see #getServiceGuarantee()
	 * @generated
	 */
	EAttribute getServiceGuarantee_PromiseEn();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.ServiceGuarantee#isUnconditional <em>Unconditional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unconditional</em>'.
	 * @see org.touchstone.model.ServiceGuarantee#isUnconditional()
	 * @see #getServiceGuarantee()
	 * @generated
	 */
	EAttribute getServiceGuarantee_Unconditional();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.ServiceGuarantee#isMeaningful <em>Meaningful</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meaningful</em>'.
	 * @see org.touchstone.model.ServiceGuarantee#isMeaningful()
	 * @see #getServiceGuarantee()
	 * @generated
	 */
	EAttribute getServiceGuarantee_Meaningful();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.ServiceGuarantee#isEasyToUnderstand <em>Easy To Understand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Easy To Understand</em>'.
	 * @see org.touchstone.model.ServiceGuarantee#isEasyToUnderstand()
	 * @see #getServiceGuarantee()
	 * @generated
	 */
	EAttribute getServiceGuarantee_EasyToUnderstand();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.ServiceGuarantee#isEasyToInvoke <em>Easy To Invoke</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Easy To Invoke</em>'.
	 * @see org.touchstone.model.ServiceGuarantee#isEasyToInvoke()
	 * @see #getServiceGuarantee()
	 * @generated
	 */
	EAttribute getServiceGuarantee_EasyToInvoke();

	/**
	 * Returns the meta object for the attribute '{@link org.touchstone.model.ServiceGuarantee#isCredible <em>Credible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credible</em>'.
	 * @see org.touchstone.model.ServiceGuarantee#isCredible()
	 * @see #getServiceGuarantee()
	 * @generated
	 */
	EAttribute getServiceGuarantee_Credible();

	/**
	 * Returns the meta object for the attribute list '{@link org.touchstone.model.ServiceGuarantee#getCautions <em>Cautions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Cautions</em>'.
	 * @see org.touchstone.model.ServiceGuarantee#getCautions()
	 * @see #getServiceGuarantee()
	 * @generated
	 */
	EAttribute getServiceGuarantee_Cautions();

	/**
	 * Returns the meta object for enum '{@link org.touchstone.model.Language <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Language</em>'.
	 * @see org.touchstone.model.Language
	 * @generated
	 */
	EEnum getLanguage();

	/**
	 * Returns the meta object for enum '{@link org.touchstone.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Role</em>'.
	 * @see org.touchstone.model.Role
	 * @generated
	 */
	EEnum getRole();

	/**
	 * Returns the meta object for enum '{@link org.touchstone.model.Status <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see org.touchstone.model.Status
	 * @generated
	 */
	EEnum getStatus();

	/**
	 * Returns the meta object for enum '{@link org.touchstone.model.CustomerOutcome <em>Customer Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Customer Outcome</em>'.
	 * @see org.touchstone.model.CustomerOutcome
	 * @generated
	 */
	EEnum getCustomerOutcome();

	/**
	 * Returns the meta object for enum '{@link org.touchstone.model.Comparison <em>Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Comparison</em>'.
	 * @see org.touchstone.model.Comparison
	 * @generated
	 */
	EEnum getComparison();

	/**
	 * Returns the meta object for enum '{@link org.touchstone.model.ValueTier <em>Value Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Value Tier</em>'.
	 * @see org.touchstone.model.ValueTier
	 * @generated
	 */
	EEnum getValueTier();

	/**
	 * Returns the meta object for enum '{@link org.touchstone.model.LoyaltyStage <em>Loyalty Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Loyalty Stage</em>'.
	 * @see org.touchstone.model.LoyaltyStage
	 * @generated
	 */
	EEnum getLoyaltyStage();

	/**
	 * Returns the meta object for enum '{@link org.touchstone.model.BehaviourStyle <em>Behaviour Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Behaviour Style</em>'.
	 * @see org.touchstone.model.BehaviourStyle
	 * @generated
	 */
	EEnum getBehaviourStyle();

	/**
	 * Returns the meta object for enum '{@link org.touchstone.model.JourneyStage <em>Journey Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Journey Stage</em>'.
	 * @see org.touchstone.model.JourneyStage
	 * @generated
	 */
	EEnum getJourneyStage();

	/**
	 * Returns the meta object for enum '{@link org.touchstone.model.MomentStep <em>Moment Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Moment Step</em>'.
	 * @see org.touchstone.model.MomentStep
	 * @generated
	 */
	EEnum getMomentStep();

	/**
	 * Returns the meta object for enum '{@link org.touchstone.model.FailureType <em>Failure Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Failure Type</em>'.
	 * @see org.touchstone.model.FailureType
	 * @generated
	 */
	EEnum getFailureType();

	/**
	 * Returns the meta object for enum '{@link org.touchstone.model.RecoveryPrinciple <em>Recovery Principle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Recovery Principle</em>'.
	 * @see org.touchstone.model.RecoveryPrinciple
	 * @generated
	 */
	EEnum getRecoveryPrinciple();

	/**
	 * Returns the meta object for enum '{@link org.touchstone.model.SectionKind <em>Section Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Section Kind</em>'.
	 * @see org.touchstone.model.SectionKind
	 * @generated
	 */
	EEnum getSectionKind();

	/**
	 * Returns the meta object for enum '{@link org.touchstone.model.ExpectationLevel <em>Expectation Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Expectation Level</em>'.
	 * @see org.touchstone.model.ExpectationLevel
	 * @generated
	 */
	EEnum getExpectationLevel();

	/**
	 * Returns the meta object for enum '{@link org.touchstone.model.ServiceType <em>Service Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Service Type</em>'.
	 * @see org.touchstone.model.ServiceType
	 * @generated
	 */
	EEnum getServiceType();

	/**
	 * Returns the meta object for enum '{@link org.touchstone.model.ContactSituation <em>Contact Situation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Contact Situation</em>'.
	 * @see org.touchstone.model.ContactSituation
	 * @generated
	 */
	EEnum getContactSituation();

	/**
	 * Returns the meta object for enum '{@link org.touchstone.model.ServiceGap <em>Service Gap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Service Gap</em>'.
	 * @see org.touchstone.model.ServiceGap
	 * @generated
	 */
	EEnum getServiceGap();

	/**
	 * Returns the meta object for enum '{@link org.touchstone.model.DifficultCustomer <em>Difficult Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Difficult Customer</em>'.
	 * @see org.touchstone.model.DifficultCustomer
	 * @generated
	 */
	EEnum getDifficultCustomer();

	/**
	 * Returns the meta object for enum '{@link org.touchstone.model.FailureGroup <em>Failure Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Failure Group</em>'.
	 * @see org.touchstone.model.FailureGroup
	 * @generated
	 */
	EEnum getFailureGroup();

	/**
	 * Returns the meta object for enum '{@link org.touchstone.model.GuaranteeCaution <em>Guarantee Caution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Guarantee Caution</em>'.
	 * @see org.touchstone.model.GuaranteeCaution
	 * @generated
	 */
	EEnum getGuaranteeCaution();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TouchstoneFactory getTouchstoneFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.IdentifiedImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Uuid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__UUID = eINSTANCE.getIdentified_Uuid();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.TenantImpl <em>Tenant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.TenantImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getTenant()
		 * @generated
		 */
		EClass TENANT = eINSTANCE.getTenant();

		/**
		 * The meta object literal for the '<em><b>Schema Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TENANT__SCHEMA_VERSION = eINSTANCE.getTenant_SchemaVersion();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TENANT__ID = eINSTANCE.getTenant_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TENANT__NAME = eINSTANCE.getTenant_Name();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TENANT__NAME_EN = eINSTANCE.getTenant_NameEn();

		/**
		 * The meta object literal for the '<em><b>Locale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TENANT__LOCALE = eINSTANCE.getTenant_Locale();

		/**
		 * The meta object literal for the '<em><b>Branding</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TENANT__BRANDING = eINSTANCE.getTenant_Branding();

		/**
		 * The meta object literal for the '<em><b>Users</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TENANT__USERS = eINSTANCE.getTenant_Users();

		/**
		 * The meta object literal for the '<em><b>Dimensions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TENANT__DIMENSIONS = eINSTANCE.getTenant_Dimensions();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TENANT__SEGMENTS = eINSTANCE.getTenant_Segments();

		/**
		 * The meta object literal for the '<em><b>Touchpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TENANT__TOUCHPOINTS = eINSTANCE.getTenant_Touchpoints();

		/**
		 * The meta object literal for the '<em><b>Standards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TENANT__STANDARDS = eINSTANCE.getTenant_Standards();

		/**
		 * The meta object literal for the '<em><b>Playbooks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TENANT__PLAYBOOKS = eINSTANCE.getTenant_Playbooks();

		/**
		 * The meta object literal for the '<em><b>Cases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TENANT__CASES = eINSTANCE.getTenant_Cases();

		/**
		 * The meta object literal for the '<em><b>Handbooks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TENANT__HANDBOOKS = eINSTANCE.getTenant_Handbooks();

		/**
		 * The meta object literal for the '<em><b>Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TENANT__SITES = eINSTANCE.getTenant_Sites();

		/**
		 * The meta object literal for the '<em><b>Complaints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TENANT__COMPLAINTS = eINSTANCE.getTenant_Complaints();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.BrandingImpl <em>Branding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.BrandingImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getBranding()
		 * @generated
		 */
		EClass BRANDING = eINSTANCE.getBranding();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRANDING__DISPLAY_NAME = eINSTANCE.getBranding_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Display Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRANDING__DISPLAY_NAME_EN = eINSTANCE.getBranding_DisplayNameEn();

		/**
		 * The meta object literal for the '<em><b>Logo</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRANDING__LOGO = eINSTANCE.getBranding_Logo();

		/**
		 * The meta object literal for the '<em><b>Primary Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRANDING__PRIMARY_COLOUR = eINSTANCE.getBranding_PrimaryColour();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.UserImpl <em>User</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.UserImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getUser()
		 * @generated
		 */
		EClass USER = eINSTANCE.getUser();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__NAME = eINSTANCE.getUser_Name();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__DISPLAY_NAME = eINSTANCE.getUser_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__ROLES = eINSTANCE.getUser_Roles();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.DimensionImpl <em>Dimension</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.DimensionImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getDimension()
		 * @generated
		 */
		EClass DIMENSION = eINSTANCE.getDimension();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION__CODE = eINSTANCE.getDimension_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION__NAME = eINSTANCE.getDimension_Name();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION__NAME_EN = eINSTANCE.getDimension_NameEn();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION__DESCRIPTION = eINSTANCE.getDimension_Description();

		/**
		 * The meta object literal for the '<em><b>Description En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION__DESCRIPTION_EN = eINSTANCE.getDimension_DescriptionEn();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.CustomerSegmentImpl <em>Customer Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.CustomerSegmentImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getCustomerSegment()
		 * @generated
		 */
		EClass CUSTOMER_SEGMENT = eINSTANCE.getCustomerSegment();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__KEY = eINSTANCE.getCustomerSegment_Key();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__NAME = eINSTANCE.getCustomerSegment_Name();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__NAME_EN = eINSTANCE.getCustomerSegment_NameEn();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__DESCRIPTION = eINSTANCE.getCustomerSegment_Description();

		/**
		 * The meta object literal for the '<em><b>Description En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__DESCRIPTION_EN = eINSTANCE.getCustomerSegment_DescriptionEn();

		/**
		 * The meta object literal for the '<em><b>Value Tier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__VALUE_TIER = eINSTANCE.getCustomerSegment_ValueTier();

		/**
		 * The meta object literal for the '<em><b>Loyalty Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__LOYALTY_STAGE = eINSTANCE.getCustomerSegment_LoyaltyStage();

		/**
		 * The meta object literal for the '<em><b>Internal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__INTERNAL = eINSTANCE.getCustomerSegment_Internal();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__STYLE = eINSTANCE.getCustomerSegment_Style();

		/**
		 * The meta object literal for the '<em><b>Guidance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__GUIDANCE = eINSTANCE.getCustomerSegment_Guidance();

		/**
		 * The meta object literal for the '<em><b>Guidance En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__GUIDANCE_EN = eINSTANCE.getCustomerSegment_GuidanceEn();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.TouchpointImpl <em>Touchpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.TouchpointImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getTouchpoint()
		 * @generated
		 */
		EClass TOUCHPOINT = eINSTANCE.getTouchpoint();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__KEY = eINSTANCE.getTouchpoint_Key();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__NAME = eINSTANCE.getTouchpoint_Name();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__NAME_EN = eINSTANCE.getTouchpoint_NameEn();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__DESCRIPTION = eINSTANCE.getTouchpoint_Description();

		/**
		 * The meta object literal for the '<em><b>Description En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__DESCRIPTION_EN = eINSTANCE.getTouchpoint_DescriptionEn();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__STAGE = eINSTANCE.getTouchpoint_Stage();

		/**
		 * The meta object literal for the '<em><b>Procedural Strength</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__PROCEDURAL_STRENGTH = eINSTANCE.getTouchpoint_ProceduralStrength();

		/**
		 * The meta object literal for the '<em><b>Personal Strength</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__PERSONAL_STRENGTH = eINSTANCE.getTouchpoint_PersonalStrength();

		/**
		 * The meta object literal for the '<em><b>Script</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__SCRIPT = eINSTANCE.getTouchpoint_Script();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.ServiceStandardImpl <em>Service Standard</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.ServiceStandardImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getServiceStandard()
		 * @generated
		 */
		EClass SERVICE_STANDARD = eINSTANCE.getServiceStandard();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_STANDARD__KEY = eINSTANCE.getServiceStandard_Key();

		/**
		 * The meta object literal for the '<em><b>Revisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_STANDARD__REVISIONS = eINSTANCE.getServiceStandard_Revisions();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.StandardRevisionImpl <em>Standard Revision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.StandardRevisionImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getStandardRevision()
		 * @generated
		 */
		EClass STANDARD_REVISION = eINSTANCE.getStandardRevision();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_REVISION__NUMBER = eINSTANCE.getStandardRevision_Number();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_REVISION__STATUS = eINSTANCE.getStandardRevision_Status();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_REVISION__AUTHOR = eINSTANCE.getStandardRevision_Author();

		/**
		 * The meta object literal for the '<em><b>Editors</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_REVISION__EDITORS = eINSTANCE.getStandardRevision_Editors();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_REVISION__TITLE = eINSTANCE.getStandardRevision_Title();

		/**
		 * The meta object literal for the '<em><b>Title En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_REVISION__TITLE_EN = eINSTANCE.getStandardRevision_TitleEn();

		/**
		 * The meta object literal for the '<em><b>Dimension</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDARD_REVISION__DIMENSION = eINSTANCE.getStandardRevision_Dimension();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_REVISION__STATEMENT = eINSTANCE.getStandardRevision_Statement();

		/**
		 * The meta object literal for the '<em><b>Statement En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_REVISION__STATEMENT_EN = eINSTANCE.getStandardRevision_StatementEn();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDARD_REVISION__CRITERIA = eINSTANCE.getStandardRevision_Criteria();

		/**
		 * The meta object literal for the '<em><b>Observation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_REVISION__OBSERVATION = eINSTANCE.getStandardRevision_Observation();

		/**
		 * The meta object literal for the '<em><b>Observation En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_REVISION__OBSERVATION_EN = eINSTANCE.getStandardRevision_ObservationEn();

		/**
		 * The meta object literal for the '<em><b>Touchpoint</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDARD_REVISION__TOUCHPOINT = eINSTANCE.getStandardRevision_Touchpoint();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDARD_REVISION__SEGMENTS = eINSTANCE.getStandardRevision_Segments();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_REVISION__OWNER = eINSTANCE.getStandardRevision_Owner();

		/**
		 * The meta object literal for the '<em><b>Effective Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_REVISION__EFFECTIVE_DATE = eINSTANCE.getStandardRevision_EffectiveDate();

		/**
		 * The meta object literal for the '<em><b>Review Interval Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_REVISION__REVIEW_INTERVAL_MONTHS = eINSTANCE.getStandardRevision_ReviewIntervalMonths();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_REVISION__RATIONALE = eINSTANCE.getStandardRevision_Rationale();

		/**
		 * The meta object literal for the '<em><b>Rationale En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_REVISION__RATIONALE_EN = eINSTANCE.getStandardRevision_RationaleEn();

		/**
		 * The meta object literal for the '<em><b>Cases</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDARD_REVISION__CASES = eINSTANCE.getStandardRevision_Cases();

		/**
		 * The meta object literal for the '<em><b>Transitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDARD_REVISION__TRANSITIONS = eINSTANCE.getStandardRevision_Transitions();

		/**
		 * The meta object literal for the '<em><b>Expectation Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_REVISION__EXPECTATION_LEVEL = eINSTANCE.getStandardRevision_ExpectationLevel();

		/**
		 * The meta object literal for the '<em><b>Contact Situations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_REVISION__CONTACT_SITUATIONS = eINSTANCE.getStandardRevision_ContactSituations();

		/**
		 * The meta object literal for the '<em><b>Gaps</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_REVISION__GAPS = eINSTANCE.getStandardRevision_Gaps();

		/**
		 * The meta object literal for the '<em><b>Site Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDARD_REVISION__SITE_RULES = eINSTANCE.getStandardRevision_SiteRules();

		/**
		 * The meta object literal for the '<em><b>Pilot Sites</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDARD_REVISION__PILOT_SITES = eINSTANCE.getStandardRevision_PilotSites();

		/**
		 * The meta object literal for the '<em><b>Rollout Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_REVISION__ROLLOUT_DATE = eINSTANCE.getStandardRevision_RolloutDate();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.CriterionImpl <em>Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.CriterionImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getCriterion()
		 * @generated
		 */
		EClass CRITERION = eINSTANCE.getCriterion();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__METRIC = eINSTANCE.getCriterion_Metric();

		/**
		 * The meta object literal for the '<em><b>Metric En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__METRIC_EN = eINSTANCE.getCriterion_MetricEn();

		/**
		 * The meta object literal for the '<em><b>Comparison</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__COMPARISON = eINSTANCE.getCriterion_Comparison();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__THRESHOLD = eINSTANCE.getCriterion_Threshold();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__UNIT = eINSTANCE.getCriterion_Unit();

		/**
		 * The meta object literal for the '<em><b>Compliance Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__COMPLIANCE_TARGET = eINSTANCE.getCriterion_ComplianceTarget();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.SegmentRuleImpl <em>Segment Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.SegmentRuleImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getSegmentRule()
		 * @generated
		 */
		EClass SEGMENT_RULE = eINSTANCE.getSegmentRule();

		/**
		 * The meta object literal for the '<em><b>Segment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT_RULE__SEGMENT = eINSTANCE.getSegmentRule_Segment();

		/**
		 * The meta object literal for the '<em><b>Threshold Override</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT_RULE__THRESHOLD_OVERRIDE = eINSTANCE.getSegmentRule_ThresholdOverride();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.SiteRuleImpl <em>Site Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.SiteRuleImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getSiteRule()
		 * @generated
		 */
		EClass SITE_RULE = eINSTANCE.getSiteRule();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE_RULE__SITE = eINSTANCE.getSiteRule_Site();

		/**
		 * The meta object literal for the '<em><b>Threshold Override</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE_RULE__THRESHOLD_OVERRIDE = eINSTANCE.getSiteRule_ThresholdOverride();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE_RULE__REASON = eINSTANCE.getSiteRule_Reason();

		/**
		 * The meta object literal for the '<em><b>Reason En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE_RULE__REASON_EN = eINSTANCE.getSiteRule_ReasonEn();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.SiteImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__KEY = eINSTANCE.getSite_Key();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__NAME = eINSTANCE.getSite_Name();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__NAME_EN = eINSTANCE.getSite_NameEn();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__REGION = eINSTANCE.getSite_Region();

		/**
		 * The meta object literal for the '<em><b>Region En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__REGION_EN = eINSTANCE.getSite_RegionEn();

		/**
		 * The meta object literal for the '<em><b>Customers Per Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__CUSTOMERS_PER_MONTH = eINSTANCE.getSite_CustomersPerMonth();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.ComplaintImpl <em>Complaint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.ComplaintImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getComplaint()
		 * @generated
		 */
		EClass COMPLAINT = eINSTANCE.getComplaint();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__KEY = eINSTANCE.getComplaint_Key();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__AT = eINSTANCE.getComplaint_At();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPLAINT__SITE = eINSTANCE.getComplaint_Site();

		/**
		 * The meta object literal for the '<em><b>Touchpoint</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPLAINT__TOUCHPOINT = eINSTANCE.getComplaint_Touchpoint();

		/**
		 * The meta object literal for the '<em><b>Failure Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__FAILURE_TYPE = eINSTANCE.getComplaint_FailureType();

		/**
		 * The meta object literal for the '<em><b>Customer Said</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__CUSTOMER_SAID = eINSTANCE.getComplaint_CustomerSaid();

		/**
		 * The meta object literal for the '<em><b>Customer Said En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__CUSTOMER_SAID_EN = eINSTANCE.getComplaint_CustomerSaidEn();

		/**
		 * The meta object literal for the '<em><b>Playbook</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPLAINT__PLAYBOOK = eINSTANCE.getComplaint_Playbook();

		/**
		 * The meta object literal for the '<em><b>First Response Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__FIRST_RESPONSE_MINUTES = eINSTANCE.getComplaint_FirstResponseMinutes();

		/**
		 * The meta object literal for the '<em><b>Resolution Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__RESOLUTION_MINUTES = eINSTANCE.getComplaint_ResolutionMinutes();

		/**
		 * The meta object literal for the '<em><b>Compensation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__COMPENSATION = eINSTANCE.getComplaint_Compensation();

		/**
		 * The meta object literal for the '<em><b>Guarantee Invoked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__GUARANTEE_INVOKED = eINSTANCE.getComplaint_GuaranteeInvoked();

		/**
		 * The meta object literal for the '<em><b>Follow Up Done</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__FOLLOW_UP_DONE = eINSTANCE.getComplaint_FollowUpDone();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__OUTCOME = eINSTANCE.getComplaint_Outcome();

		/**
		 * The meta object literal for the '<em><b>Outcome Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__OUTCOME_REASON = eINSTANCE.getComplaint_OutcomeReason();

		/**
		 * The meta object literal for the '<em><b>Outcome Reason En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__OUTCOME_REASON_EN = eINSTANCE.getComplaint_OutcomeReasonEn();

		/**
		 * The meta object literal for the '<em><b>Satisfied After Recovery</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__SATISFIED_AFTER_RECOVERY = eINSTANCE.getComplaint_SatisfiedAfterRecovery();

		/**
		 * The meta object literal for the '<em><b>Recorded By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__RECORDED_BY = eINSTANCE.getComplaint_RecordedBy();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.TransitionImpl <em>Transition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.TransitionImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getTransition()
		 * @generated
		 */
		EClass TRANSITION = eINSTANCE.getTransition();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION__FROM = eINSTANCE.getTransition_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION__TO = eINSTANCE.getTransition_To();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION__USER = eINSTANCE.getTransition_User();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION__AT = eINSTANCE.getTransition_At();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION__COMMENT = eINSTANCE.getTransition_Comment();

		/**
		 * The meta object literal for the '<em><b>Login</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION__LOGIN = eINSTANCE.getTransition_Login();

		/**
		 * The meta object literal for the '<em><b>Override Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION__OVERRIDE_REASON = eINSTANCE.getTransition_OverrideReason();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.RecoveryPlaybookImpl <em>Recovery Playbook</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.RecoveryPlaybookImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getRecoveryPlaybook()
		 * @generated
		 */
		EClass RECOVERY_PLAYBOOK = eINSTANCE.getRecoveryPlaybook();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOVERY_PLAYBOOK__KEY = eINSTANCE.getRecoveryPlaybook_Key();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOVERY_PLAYBOOK__TITLE = eINSTANCE.getRecoveryPlaybook_Title();

		/**
		 * The meta object literal for the '<em><b>Title En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOVERY_PLAYBOOK__TITLE_EN = eINSTANCE.getRecoveryPlaybook_TitleEn();

		/**
		 * The meta object literal for the '<em><b>Failure Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOVERY_PLAYBOOK__FAILURE_TYPE = eINSTANCE.getRecoveryPlaybook_FailureType();

		/**
		 * The meta object literal for the '<em><b>Trigger</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOVERY_PLAYBOOK__TRIGGER = eINSTANCE.getRecoveryPlaybook_Trigger();

		/**
		 * The meta object literal for the '<em><b>Trigger En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOVERY_PLAYBOOK__TRIGGER_EN = eINSTANCE.getRecoveryPlaybook_TriggerEn();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOVERY_PLAYBOOK__STEPS = eINSTANCE.getRecoveryPlaybook_Steps();

		/**
		 * The meta object literal for the '<em><b>Empowerment Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT = eINSTANCE.getRecoveryPlaybook_EmpowermentLimit();

		/**
		 * The meta object literal for the '<em><b>Empowerment Limit En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT_EN = eINSTANCE.getRecoveryPlaybook_EmpowermentLimitEn();

		/**
		 * The meta object literal for the '<em><b>Escalation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOVERY_PLAYBOOK__ESCALATION = eINSTANCE.getRecoveryPlaybook_Escalation();

		/**
		 * The meta object literal for the '<em><b>Escalation En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOVERY_PLAYBOOK__ESCALATION_EN = eINSTANCE.getRecoveryPlaybook_EscalationEn();

		/**
		 * The meta object literal for the '<em><b>Follow Up</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOVERY_PLAYBOOK__FOLLOW_UP = eINSTANCE.getRecoveryPlaybook_FollowUp();

		/**
		 * The meta object literal for the '<em><b>Follow Up En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOVERY_PLAYBOOK__FOLLOW_UP_EN = eINSTANCE.getRecoveryPlaybook_FollowUpEn();

		/**
		 * The meta object literal for the '<em><b>Principles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOVERY_PLAYBOOK__PRINCIPLES = eINSTANCE.getRecoveryPlaybook_Principles();

		/**
		 * The meta object literal for the '<em><b>Service Guarantee</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOVERY_PLAYBOOK__SERVICE_GUARANTEE = eINSTANCE.getRecoveryPlaybook_ServiceGuarantee();

		/**
		 * The meta object literal for the '<em><b>Standards</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOVERY_PLAYBOOK__STANDARDS = eINSTANCE.getRecoveryPlaybook_Standards();

		/**
		 * The meta object literal for the '<em><b>Cases</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOVERY_PLAYBOOK__CASES = eINSTANCE.getRecoveryPlaybook_Cases();

		/**
		 * The meta object literal for the '<em><b>Contact Situations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOVERY_PLAYBOOK__CONTACT_SITUATIONS = eINSTANCE.getRecoveryPlaybook_ContactSituations();

		/**
		 * The meta object literal for the '<em><b>Gaps</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOVERY_PLAYBOOK__GAPS = eINSTANCE.getRecoveryPlaybook_Gaps();

		/**
		 * The meta object literal for the '<em><b>Difficult Customer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOVERY_PLAYBOOK__DIFFICULT_CUSTOMER = eINSTANCE.getRecoveryPlaybook_DifficultCustomer();

		/**
		 * The meta object literal for the '<em><b>Empowerment Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOVERY_PLAYBOOK__EMPOWERMENT_AMOUNT = eINSTANCE.getRecoveryPlaybook_EmpowermentAmount();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.PlaybookStepImpl <em>Playbook Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.PlaybookStepImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getPlaybookStep()
		 * @generated
		 */
		EClass PLAYBOOK_STEP = eINSTANCE.getPlaybookStep();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYBOOK_STEP__ACTION = eINSTANCE.getPlaybookStep_Action();

		/**
		 * The meta object literal for the '<em><b>Action En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYBOOK_STEP__ACTION_EN = eINSTANCE.getPlaybookStep_ActionEn();

		/**
		 * The meta object literal for the '<em><b>Owner Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYBOOK_STEP__OWNER_ROLE = eINSTANCE.getPlaybookStep_OwnerRole();

		/**
		 * The meta object literal for the '<em><b>Owner Role En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYBOOK_STEP__OWNER_ROLE_EN = eINSTANCE.getPlaybookStep_OwnerRoleEn();

		/**
		 * The meta object literal for the '<em><b>Time Limit Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYBOOK_STEP__TIME_LIMIT_MINUTES = eINSTANCE.getPlaybookStep_TimeLimitMinutes();

		/**
		 * The meta object literal for the '<em><b>Words</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYBOOK_STEP__WORDS = eINSTANCE.getPlaybookStep_Words();

		/**
		 * The meta object literal for the '<em><b>Words En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAYBOOK_STEP__WORDS_EN = eINSTANCE.getPlaybookStep_WordsEn();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.CaseStudyImpl <em>Case Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.CaseStudyImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getCaseStudy()
		 * @generated
		 */
		EClass CASE_STUDY = eINSTANCE.getCaseStudy();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__KEY = eINSTANCE.getCaseStudy_Key();

		/**
		 * The meta object literal for the '<em><b>Company</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__COMPANY = eINSTANCE.getCaseStudy_Company();

		/**
		 * The meta object literal for the '<em><b>Industry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__INDUSTRY = eINSTANCE.getCaseStudy_Industry();

		/**
		 * The meta object literal for the '<em><b>Industry En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__INDUSTRY_EN = eINSTANCE.getCaseStudy_IndustryEn();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__REGION = eINSTANCE.getCaseStudy_Region();

		/**
		 * The meta object literal for the '<em><b>Region En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__REGION_EN = eINSTANCE.getCaseStudy_RegionEn();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__YEAR = eINSTANCE.getCaseStudy_Year();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__TAGS = eINSTANCE.getCaseStudy_Tags();

		/**
		 * The meta object literal for the '<em><b>Principles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__PRINCIPLES = eINSTANCE.getCaseStudy_Principles();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__SOURCES = eINSTANCE.getCaseStudy_Sources();

		/**
		 * The meta object literal for the '<em><b>Texts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_STUDY__TEXTS = eINSTANCE.getCaseStudy_Texts();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.CaseTextImpl <em>Case Text</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.CaseTextImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getCaseText()
		 * @generated
		 */
		EClass CASE_TEXT = eINSTANCE.getCaseText();

		/**
		 * The meta object literal for the '<em><b>Lang</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_TEXT__LANG = eINSTANCE.getCaseText_Lang();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_TEXT__TITLE = eINSTANCE.getCaseText_Title();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_TEXT__SUMMARY = eINSTANCE.getCaseText_Summary();

		/**
		 * The meta object literal for the '<em><b>Story</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_TEXT__STORY = eINSTANCE.getCaseText_Story();

		/**
		 * The meta object literal for the '<em><b>Lessons</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_TEXT__LESSONS = eINSTANCE.getCaseText_Lessons();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.HandbookImpl <em>Handbook</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.HandbookImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getHandbook()
		 * @generated
		 */
		EClass HANDBOOK = eINSTANCE.getHandbook();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HANDBOOK__KEY = eINSTANCE.getHandbook_Key();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HANDBOOK__TITLE = eINSTANCE.getHandbook_Title();

		/**
		 * The meta object literal for the '<em><b>Title En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HANDBOOK__TITLE_EN = eINSTANCE.getHandbook_TitleEn();

		/**
		 * The meta object literal for the '<em><b>Chapters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HANDBOOK__CHAPTERS = eINSTANCE.getHandbook_Chapters();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.ChapterImpl <em>Chapter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.ChapterImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getChapter()
		 * @generated
		 */
		EClass CHAPTER = eINSTANCE.getChapter();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHAPTER__TITLE = eINSTANCE.getChapter_Title();

		/**
		 * The meta object literal for the '<em><b>Title En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHAPTER__TITLE_EN = eINSTANCE.getChapter_TitleEn();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.AuthoredChapterImpl <em>Authored Chapter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.AuthoredChapterImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getAuthoredChapter()
		 * @generated
		 */
		EClass AUTHORED_CHAPTER = eINSTANCE.getAuthoredChapter();

		/**
		 * The meta object literal for the '<em><b>Markdown</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHORED_CHAPTER__MARKDOWN = eINSTANCE.getAuthoredChapter_Markdown();

		/**
		 * The meta object literal for the '<em><b>Markdown En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHORED_CHAPTER__MARKDOWN_EN = eINSTANCE.getAuthoredChapter_MarkdownEn();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHORED_CHAPTER__SOURCE = eINSTANCE.getAuthoredChapter_Source();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.GeneratedSectionImpl <em>Generated Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.GeneratedSectionImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getGeneratedSection()
		 * @generated
		 */
		EClass GENERATED_SECTION = eINSTANCE.getGeneratedSection();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERATED_SECTION__KIND = eINSTANCE.getGeneratedSection_Kind();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.EncounterStepImpl <em>Encounter Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.EncounterStepImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getEncounterStep()
		 * @generated
		 */
		EClass ENCOUNTER_STEP = eINSTANCE.getEncounterStep();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENCOUNTER_STEP__STEP = eINSTANCE.getEncounterStep_Step();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENCOUNTER_STEP__ACTION = eINSTANCE.getEncounterStep_Action();

		/**
		 * The meta object literal for the '<em><b>Action En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENCOUNTER_STEP__ACTION_EN = eINSTANCE.getEncounterStep_ActionEn();

		/**
		 * The meta object literal for the '<em><b>Words</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENCOUNTER_STEP__WORDS = eINSTANCE.getEncounterStep_Words();

		/**
		 * The meta object literal for the '<em><b>Words En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENCOUNTER_STEP__WORDS_EN = eINSTANCE.getEncounterStep_WordsEn();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.impl.ServiceGuaranteeImpl <em>Service Guarantee</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.impl.ServiceGuaranteeImpl
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getServiceGuarantee()
		 * @generated
		 */
		EClass SERVICE_GUARANTEE = eINSTANCE.getServiceGuarantee();

		/**
		 * The meta object literal for the '<em><b>Promise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_GUARANTEE__PROMISE = eINSTANCE.getServiceGuarantee_Promise();

		/**
		 * The meta object literal for the '<em><b>Promise En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_GUARANTEE__PROMISE_EN = eINSTANCE.getServiceGuarantee_PromiseEn();

		/**
		 * The meta object literal for the '<em><b>Unconditional</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_GUARANTEE__UNCONDITIONAL = eINSTANCE.getServiceGuarantee_Unconditional();

		/**
		 * The meta object literal for the '<em><b>Meaningful</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_GUARANTEE__MEANINGFUL = eINSTANCE.getServiceGuarantee_Meaningful();

		/**
		 * The meta object literal for the '<em><b>Easy To Understand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_GUARANTEE__EASY_TO_UNDERSTAND = eINSTANCE.getServiceGuarantee_EasyToUnderstand();

		/**
		 * The meta object literal for the '<em><b>Easy To Invoke</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_GUARANTEE__EASY_TO_INVOKE = eINSTANCE.getServiceGuarantee_EasyToInvoke();

		/**
		 * The meta object literal for the '<em><b>Credible</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_GUARANTEE__CREDIBLE = eINSTANCE.getServiceGuarantee_Credible();

		/**
		 * The meta object literal for the '<em><b>Cautions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_GUARANTEE__CAUTIONS = eINSTANCE.getServiceGuarantee_Cautions();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.Language <em>Language</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.Language
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getLanguage()
		 * @generated
		 */
		EEnum LANGUAGE = eINSTANCE.getLanguage();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.Role <em>Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.Role
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getRole()
		 * @generated
		 */
		EEnum ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.Status <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.Status
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getStatus()
		 * @generated
		 */
		EEnum STATUS = eINSTANCE.getStatus();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.CustomerOutcome <em>Customer Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.CustomerOutcome
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getCustomerOutcome()
		 * @generated
		 */
		EEnum CUSTOMER_OUTCOME = eINSTANCE.getCustomerOutcome();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.Comparison <em>Comparison</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.Comparison
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getComparison()
		 * @generated
		 */
		EEnum COMPARISON = eINSTANCE.getComparison();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.ValueTier <em>Value Tier</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.ValueTier
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getValueTier()
		 * @generated
		 */
		EEnum VALUE_TIER = eINSTANCE.getValueTier();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.LoyaltyStage <em>Loyalty Stage</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.LoyaltyStage
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getLoyaltyStage()
		 * @generated
		 */
		EEnum LOYALTY_STAGE = eINSTANCE.getLoyaltyStage();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.BehaviourStyle <em>Behaviour Style</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.BehaviourStyle
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getBehaviourStyle()
		 * @generated
		 */
		EEnum BEHAVIOUR_STYLE = eINSTANCE.getBehaviourStyle();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.JourneyStage <em>Journey Stage</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.JourneyStage
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getJourneyStage()
		 * @generated
		 */
		EEnum JOURNEY_STAGE = eINSTANCE.getJourneyStage();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.MomentStep <em>Moment Step</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.MomentStep
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getMomentStep()
		 * @generated
		 */
		EEnum MOMENT_STEP = eINSTANCE.getMomentStep();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.FailureType <em>Failure Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.FailureType
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getFailureType()
		 * @generated
		 */
		EEnum FAILURE_TYPE = eINSTANCE.getFailureType();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.RecoveryPrinciple <em>Recovery Principle</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.RecoveryPrinciple
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getRecoveryPrinciple()
		 * @generated
		 */
		EEnum RECOVERY_PRINCIPLE = eINSTANCE.getRecoveryPrinciple();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.SectionKind <em>Section Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.SectionKind
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getSectionKind()
		 * @generated
		 */
		EEnum SECTION_KIND = eINSTANCE.getSectionKind();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.ExpectationLevel <em>Expectation Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.ExpectationLevel
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getExpectationLevel()
		 * @generated
		 */
		EEnum EXPECTATION_LEVEL = eINSTANCE.getExpectationLevel();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.ServiceType <em>Service Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.ServiceType
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getServiceType()
		 * @generated
		 */
		EEnum SERVICE_TYPE = eINSTANCE.getServiceType();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.ContactSituation <em>Contact Situation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.ContactSituation
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getContactSituation()
		 * @generated
		 */
		EEnum CONTACT_SITUATION = eINSTANCE.getContactSituation();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.ServiceGap <em>Service Gap</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.ServiceGap
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getServiceGap()
		 * @generated
		 */
		EEnum SERVICE_GAP = eINSTANCE.getServiceGap();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.DifficultCustomer <em>Difficult Customer</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.DifficultCustomer
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getDifficultCustomer()
		 * @generated
		 */
		EEnum DIFFICULT_CUSTOMER = eINSTANCE.getDifficultCustomer();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.FailureGroup <em>Failure Group</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.FailureGroup
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getFailureGroup()
		 * @generated
		 */
		EEnum FAILURE_GROUP = eINSTANCE.getFailureGroup();

		/**
		 * The meta object literal for the '{@link org.touchstone.model.GuaranteeCaution <em>Guarantee Caution</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.touchstone.model.GuaranteeCaution
		 * @see org.touchstone.model.impl.TouchstonePackageImpl#getGuaranteeCaution()
		 * @generated
		 */
		EEnum GUARANTEE_CAUTION = eINSTANCE.getGuaranteeCaution();

	}

} //TouchstonePackage
