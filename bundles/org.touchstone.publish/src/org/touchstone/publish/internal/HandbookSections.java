package org.touchstone.publish.internal;

import org.touchstone.model.GeneratedSection;
import org.touchstone.model.Tenant;

/** The Markdown of a handbook section generated from the model. */
public final class HandbookSections {
	private HandbookSections() {
	}

	public static String markdown(Tenant tenant, GeneratedSection section, String title) {
		return new SectionWriter(tenant).write(section.getKind(), title);
	}
}
