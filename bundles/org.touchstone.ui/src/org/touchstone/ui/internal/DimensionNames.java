package org.touchstone.ui.internal;

import java.util.function.Supplier;

import org.touchstone.core.Labels;
import org.touchstone.model.Dimension;
import org.touchstone.model.Tenant;

/**
 * A dimension as the workbench names it, in the navigator and in the choices of the editor and the
 * New Standard wizard: in the workbench's language, the name core gives the four dimensions every
 * tenant starts with, else the tenant's own name for it; its code follows when the name is not just
 * the code written otherwise ({@code 及时性 (timeliness)}, {@code Timeliness}), since the command
 * line and the files know a dimension by its code.
 */
final class DimensionNames {
	private DimensionNames() {
	}

	/** @param tenant looked at only for a dimension core has no name for */
	static String of(Supplier<Tenant> tenant, String code) {
		boolean zh = UiLanguage.chinese();
		String name = Labels.dimension(code, zh);
		if (name.equals(code)) {
			for (Dimension d : tenant.get().getDimensions()) {
				String own = zh || d.getNameEn() == null || d.getNameEn().isBlank() ? d.getName() : d.getNameEn();
				if (code.equals(d.getCode()) && own != null && !own.isBlank()) {
					name = own;
				}
			}
		}
		return name.equalsIgnoreCase(code) ? name : name + " (" + code + ")";
	}
}
