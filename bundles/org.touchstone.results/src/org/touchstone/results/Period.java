package org.touchstone.results;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The length of the periods a trend is counted in. */
public enum Period {
	WEEK, MONTH, QUARTER;

	/** The period a day falls in, named so that names sort in time: 2026-W05, 2026-02, 2026-Q1. */
	public String of(LocalDate day) {
		return switch (this) {
		case WEEK -> String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		case MONTH -> String.format("%d-%02d", day.getYear(), day.getMonthValue());
		case QUARTER -> day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
		};
	}
}
