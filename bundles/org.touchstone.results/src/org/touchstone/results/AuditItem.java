package org.touchstone.results;

import org.touchstone.core.Bilingual;
import org.touchstone.model.Comparison;

/**
 * One line of an audit form: a criterion of the revision of a standard in force at the site, with
 * the threshold that applies there (the site's own, when it has one).
 *
 * @param criterion the criterion's place in the revision, from 1
 * @param threshold null for a yes/no item
 * @param segmentThresholds segments' own thresholds, as "SEG-VIP 15", for an observer who serves one
 */
public record AuditItem(String touchpoint, Bilingual.Text touchpointName, String standard, int revision, int criterion, Bilingual.Text title,
		Bilingual.Text metric, Comparison comparison, Double threshold, String unit, Answer answer, Bilingual.Text method, String segmentThresholds) {
}
