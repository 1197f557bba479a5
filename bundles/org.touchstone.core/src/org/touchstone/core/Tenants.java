package org.touchstone.core;

import java.util.UUID;

import org.touchstone.model.Branding;
import org.touchstone.model.Dimension;
import org.touchstone.model.GeneratedSection;
import org.touchstone.model.Handbook;
import org.touchstone.model.Language;
import org.touchstone.model.SectionKind;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstoneFactory;

/** What every new tenant starts with. */
public final class Tenants {
	/** The four dimensions of a service standard named in the training material. */
	public static final String[] STANDARD_DIMENSIONS = { "timeliness", "anticipation", "attitude", "feedback" };

	private Tenants() {
	}

	/**
	 * A tenant with the four standard dimensions and a default handbook whose chapters are the
	 * generated sections (authored chapters are added in front of them as they are imported).
	 */
	public static Tenant newTenant(String id, String name, Language locale) {
		TouchstoneFactory f = TouchstoneFactory.eINSTANCE;
		Tenant tenant = f.createTenant();
		tenant.setUuid(UUID.randomUUID().toString());
		tenant.setId(id);
		tenant.setName(name == null || name.isBlank() ? id : name);
		tenant.setLocale(locale == null ? Language.ZH : locale);
		Branding branding = f.createBranding();
		branding.setDisplayName(tenant.getName());
		tenant.setBranding(branding);
		boolean zh = tenant.getLocale() == Language.ZH;
		for (String code : STANDARD_DIMENSIONS) {
			Dimension d = f.createDimension();
			d.setUuid(UUID.randomUUID().toString());
			d.setCode(code);
			d.setName(Labels.dimension(code, zh));
			tenant.getDimensions().add(d);
		}
		Handbook handbook = f.createHandbook();
		handbook.setUuid(UUID.randomUUID().toString());
		handbook.setKey("handbook");
		handbook.setTitle(Labels.handbookTitle(tenant.getName(), zh));
		for (SectionKind kind : SectionKind.VALUES) {
			GeneratedSection section = f.createGeneratedSection();
			section.setUuid(UUID.randomUUID().toString());
			section.setKind(kind);
			section.setTitle(Labels.section(kind, zh));
			handbook.getChapters().add(section);
		}
		tenant.getHandbooks().add(handbook);
		return tenant;
	}
}
