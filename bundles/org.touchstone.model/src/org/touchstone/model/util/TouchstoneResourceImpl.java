/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.util;

import java.util.HashMap;

import org.eclipse.emf.common.util.URI;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * <!-- begin-user-doc -->
 * The <b>Resource </b> associated with the package.
 * <!-- end-user-doc -->
 * @see org.touchstone.model.util.TouchstoneResourceFactoryImpl
 * @generated
 */
public class TouchstoneResourceImpl extends XMIResourceImpl {
	/**
	 * Creates an instance of the resource.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * Touchstone files are UTF-8 (XMI's default would escape every Chinese character as
	 * {@code &#x...;}) and keep a map from intrinsic id (the element's UUID) to element:
	 * without it, resolving id references on load is quadratic in the file's size.
	 * <!-- end-user-doc -->
	 * @param uri the URI of the new resource.
	 * @generated NOT
	 */
	public TouchstoneResourceImpl(URI uri) {
		super(uri);
		setIntrinsicIDToEObjectMap(new HashMap<>());
		setEncoding("UTF-8");
		getDefaultSaveOptions().put(XMLResource.OPTION_ENCODING, "UTF-8");
		getDefaultSaveOptions().put(XMLResource.OPTION_LINE_WIDTH, 120);
		getDefaultSaveOptions().put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		getDefaultLoadOptions().put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
	}

} //TouchstoneResourceImpl
