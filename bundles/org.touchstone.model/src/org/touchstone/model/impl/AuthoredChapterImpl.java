/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.touchstone.model.AuthoredChapter;
import org.touchstone.model.TouchstonePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Authored Chapter</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.impl.AuthoredChapterImpl#getMarkdown <em>Markdown</em>}</li>
 *   <li>{@link org.touchstone.model.impl.AuthoredChapterImpl#getMarkdownEn <em>Markdown En</em>}</li>
 *   <li>{@link org.touchstone.model.impl.AuthoredChapterImpl#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AuthoredChapterImpl extends ChapterImpl implements AuthoredChapter {
	/**
	 * The default value of the '{@link #getMarkdown() <em>Markdown</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarkdown()
	 * @generated
	 * @ordered
	 */
	protected static final String MARKDOWN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMarkdown() <em>Markdown</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarkdown()
	 * @generated
	 * @ordered
	 */
	protected String markdown = MARKDOWN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMarkdownEn() <em>Markdown En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarkdownEn()
	 * @generated
	 * @ordered
	 */
	protected static final String MARKDOWN_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMarkdownEn() <em>Markdown En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarkdownEn()
	 * @generated
	 * @ordered
	 */
	protected String markdownEn = MARKDOWN_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AuthoredChapterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchstonePackage.Literals.AUTHORED_CHAPTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMarkdown() {
		return markdown;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMarkdown(String newMarkdown) {
		String oldMarkdown = markdown;
		markdown = newMarkdown;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.AUTHORED_CHAPTER__MARKDOWN, oldMarkdown, markdown));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMarkdownEn() {
		return markdownEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMarkdownEn(String newMarkdownEn) {
		String oldMarkdownEn = markdownEn;
		markdownEn = newMarkdownEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.AUTHORED_CHAPTER__MARKDOWN_EN, oldMarkdownEn, markdownEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.AUTHORED_CHAPTER__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TouchstonePackage.AUTHORED_CHAPTER__MARKDOWN:
				return getMarkdown();
			case TouchstonePackage.AUTHORED_CHAPTER__MARKDOWN_EN:
				return getMarkdownEn();
			case TouchstonePackage.AUTHORED_CHAPTER__SOURCE:
				return getSource();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TouchstonePackage.AUTHORED_CHAPTER__MARKDOWN:
				setMarkdown((String)newValue);
				return;
			case TouchstonePackage.AUTHORED_CHAPTER__MARKDOWN_EN:
				setMarkdownEn((String)newValue);
				return;
			case TouchstonePackage.AUTHORED_CHAPTER__SOURCE:
				setSource((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TouchstonePackage.AUTHORED_CHAPTER__MARKDOWN:
				setMarkdown(MARKDOWN_EDEFAULT);
				return;
			case TouchstonePackage.AUTHORED_CHAPTER__MARKDOWN_EN:
				setMarkdownEn(MARKDOWN_EN_EDEFAULT);
				return;
			case TouchstonePackage.AUTHORED_CHAPTER__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TouchstonePackage.AUTHORED_CHAPTER__MARKDOWN:
				return MARKDOWN_EDEFAULT == null ? markdown != null : !MARKDOWN_EDEFAULT.equals(markdown);
			case TouchstonePackage.AUTHORED_CHAPTER__MARKDOWN_EN:
				return MARKDOWN_EN_EDEFAULT == null ? markdownEn != null : !MARKDOWN_EN_EDEFAULT.equals(markdownEn);
			case TouchstonePackage.AUTHORED_CHAPTER__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (markdown: ");
		result.append(markdown);
		result.append(", markdownEn: ");
		result.append(markdownEn);
		result.append(", source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //AuthoredChapterImpl
