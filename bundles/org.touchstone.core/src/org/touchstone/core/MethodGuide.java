package org.touchstone.core;

import java.util.Locale;
import java.util.ResourceBundle;

import org.touchstone.model.BehaviourStyle;
import org.touchstone.model.ContactSituation;
import org.touchstone.model.DifficultCustomer;

/**
 * The method's own advice that the handbook prints next to a tenant's standards and playbooks: how
 * to act in each contact situation, how to serve each of the four customer styles, and the tactic
 * for each kind of difficult customer. Written in our words from the training material, in Chinese
 * and English, in {@code method_guide.properties} and {@code method_guide_zh.properties}.
 */
public final class MethodGuide {
	private static final ResourceBundle ENGLISH = bundle(Locale.ROOT);
	private static final ResourceBundle CHINESE = bundle(Locale.CHINESE);

	private MethodGuide() {
	}

	private static ResourceBundle bundle(Locale locale) {
		return MessageFiles.read("org.touchstone.core.method_guide", locale, MethodGuide.class);
	}

	private static String advice(String key, boolean zh) {
		return (zh ? CHINESE : ENGLISH).getString(key);
	}

	public static String situation(ContactSituation situation, boolean zh) {
		return advice("situation." + situation.name(), zh);
	}

	public static String style(BehaviourStyle style, boolean zh) {
		return advice("style." + style.name(), zh);
	}

	public static String tactic(DifficultCustomer kind, boolean zh) {
		return advice("tactic." + kind.name(), zh);
	}
}
