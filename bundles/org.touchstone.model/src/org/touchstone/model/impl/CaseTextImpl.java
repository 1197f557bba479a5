/**
 * Copyright (c) 2026 the Touchstone authors.
 */
package org.touchstone.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.touchstone.model.CaseText;
import org.touchstone.model.Language;
import org.touchstone.model.TouchstonePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Case Text</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.touchstone.model.impl.CaseTextImpl#getLang <em>Lang</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CaseTextImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CaseTextImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CaseTextImpl#getStory <em>Story</em>}</li>
 *   <li>{@link org.touchstone.model.impl.CaseTextImpl#getLessons <em>Lessons</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CaseTextImpl extends MinimalEObjectImpl.Container implements CaseText {
	/**
	 * The default value of the '{@link #getLang() <em>Lang</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLang()
	 * @generated
	 * @ordered
	 */
	protected static final Language LANG_EDEFAULT = Language.ZH;

	/**
	 * The cached value of the '{@link #getLang() <em>Lang</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLang()
	 * @generated
	 * @ordered
	 */
	protected Language lang = LANG_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStory() <em>Story</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStory()
	 * @generated
	 * @ordered
	 */
	protected static final String STORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStory() <em>Story</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStory()
	 * @generated
	 * @ordered
	 */
	protected String story = STORY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLessons() <em>Lessons</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLessons()
	 * @generated
	 * @ordered
	 */
	protected EList<String> lessons;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CaseTextImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchstonePackage.Literals.CASE_TEXT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Language getLang() {
		return lang;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLang(Language newLang) {
		Language oldLang = lang;
		lang = newLang == null ? LANG_EDEFAULT : newLang;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CASE_TEXT__LANG, oldLang, lang));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CASE_TEXT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CASE_TEXT__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStory() {
		return story;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStory(String newStory) {
		String oldStory = story;
		story = newStory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchstonePackage.CASE_TEXT__STORY, oldStory, story));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLessons() {
		if (lessons == null) {
			lessons = new EDataTypeUniqueEList<String>(String.class, this, TouchstonePackage.CASE_TEXT__LESSONS);
		}
		return lessons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TouchstonePackage.CASE_TEXT__LANG:
				return getLang();
			case TouchstonePackage.CASE_TEXT__TITLE:
				return getTitle();
			case TouchstonePackage.CASE_TEXT__SUMMARY:
				return getSummary();
			case TouchstonePackage.CASE_TEXT__STORY:
				return getStory();
			case TouchstonePackage.CASE_TEXT__LESSONS:
				return getLessons();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TouchstonePackage.CASE_TEXT__LANG:
				setLang((Language)newValue);
				return;
			case TouchstonePackage.CASE_TEXT__TITLE:
				setTitle((String)newValue);
				return;
			case TouchstonePackage.CASE_TEXT__SUMMARY:
				setSummary((String)newValue);
				return;
			case TouchstonePackage.CASE_TEXT__STORY:
				setStory((String)newValue);
				return;
			case TouchstonePackage.CASE_TEXT__LESSONS:
				getLessons().clear();
				getLessons().addAll((Collection<? extends String>)newValue);
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
			case TouchstonePackage.CASE_TEXT__LANG:
				setLang(LANG_EDEFAULT);
				return;
			case TouchstonePackage.CASE_TEXT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case TouchstonePackage.CASE_TEXT__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case TouchstonePackage.CASE_TEXT__STORY:
				setStory(STORY_EDEFAULT);
				return;
			case TouchstonePackage.CASE_TEXT__LESSONS:
				getLessons().clear();
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
			case TouchstonePackage.CASE_TEXT__LANG:
				return lang != LANG_EDEFAULT;
			case TouchstonePackage.CASE_TEXT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case TouchstonePackage.CASE_TEXT__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case TouchstonePackage.CASE_TEXT__STORY:
				return STORY_EDEFAULT == null ? story != null : !STORY_EDEFAULT.equals(story);
			case TouchstonePackage.CASE_TEXT__LESSONS:
				return lessons != null && !lessons.isEmpty();
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
		result.append(" (lang: ");
		result.append(lang);
		result.append(", title: ");
		result.append(title);
		result.append(", summary: ");
		result.append(summary);
		result.append(", story: ");
		result.append(story);
		result.append(", lessons: ");
		result.append(lessons);
		result.append(')');
		return result.toString();
	}

} //CaseTextImpl
