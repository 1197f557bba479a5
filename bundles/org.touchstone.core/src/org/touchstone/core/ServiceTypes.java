package org.touchstone.core;

import org.touchstone.model.ServiceType;
import org.touchstone.model.Touchpoint;

/**
 * Where a touchpoint stands on the procedural and the personal side of service. Each side is
 * assessed from 1 (weak) to 5 (strong), 0 meaning not assessed; 3 and above is strong. Weak on both
 * sides is cold service, strong procedure without warmth is factory service, warmth without
 * procedure is friendly service, and strong on both is quality service.
 */
public final class ServiceTypes {
	public static final int STRONG = 3;
	public static final int HIGHEST = 5;

	private ServiceTypes() {
	}

	public static boolean isAssessed(Touchpoint touchpoint) {
		return touchpoint.getProceduralStrength() > 0 && touchpoint.getPersonalStrength() > 0;
	}

	/** The touchpoint's service type, or null when it has not been assessed. */
	public static ServiceType of(Touchpoint touchpoint) {
		if (!isAssessed(touchpoint)) {
			return null;
		}
		boolean procedural = touchpoint.getProceduralStrength() >= STRONG;
		boolean personal = touchpoint.getPersonalStrength() >= STRONG;
		if (procedural) {
			return personal ? ServiceType.QUALITY : ServiceType.FACTORY;
		}
		return personal ? ServiceType.FRIENDLY : ServiceType.COLD;
	}
}
