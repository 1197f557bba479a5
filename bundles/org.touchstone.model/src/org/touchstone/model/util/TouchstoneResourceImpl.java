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

	/**
	 * Writes dates in UTC: EMF's own form uses the machine's time zone, so the same date saved in
	 * Shanghai and in London would give different bytes, a needless change to a shared file.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	protected org.eclipse.emf.ecore.xmi.XMLHelper createXMLHelper() {
		return new org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl(this) {
			@Override
			public String convertToString(org.eclipse.emf.ecore.EFactory factory, org.eclipse.emf.ecore.EDataType dataType, Object value) {
				if (value instanceof java.util.Date date && dataType.getInstanceClass() == java.util.Date.class) {
					java.text.SimpleDateFormat utc = new java.text.SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ", java.util.Locale.ROOT);
					utc.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
					return utc.format(date);
				}
				return super.convertToString(factory, dataType, value);
			}
		};
	}

} //TouchstoneResourceImpl
