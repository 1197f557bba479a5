package org.touchstone.core;

import java.util.List;

/**
 * A quiz for trainers, made from a tenant's effective standards and its playbooks: multiple-choice
 * questions, each with one right answer and wrong answers drawn from the tenant's other standards
 * and playbooks, each traced to what it was made from.
 *
 * @param tenant    the tenant's id
 * @param questions the questions, in the order of the standards and playbooks they came from
 */
public record Quiz(String tenant, List<Question> questions) {

	/** What kind of knowledge a question asks for. */
	public enum Kind {
		/** a standard's threshold and unit */
		THRESHOLD,
		/** how a standard is observed */
		OBSERVATION,
		/** which customer segment has a tighter threshold */
		SEGMENT,
		/** which step of a playbook comes after another */
		STEP_ORDER,
		/** up to which limit staff may act on their own in a playbook */
		EMPOWERMENT,
		/** which failure type a playbook answers */
		FAILURE_TYPE,
		/** which recovery principle a playbook applies */
		PRINCIPLE
	}

	/**
	 * One question.
	 *
	 * @param id        stable across exports: kind, source and revision ({@code threshold.G-001.r2})
	 * @param kind      what it asks for
	 * @param source    the key of the standard or playbook it came from
	 * @param revision  the standard's revision it was made from (0 for a playbook, which has none)
	 * @param review    true when the source has a newer revision in the works: the question may soon be wrong
	 * @param text      the question, in both languages
	 * @param right     the right answer
	 * @param wrong     the wrong answers (at least two), none of which is also right
	 */
	public record Question(String id, Kind kind, String source, int revision, boolean review, Bilingual.Text text, Bilingual.Text right,
			List<Bilingual.Text> wrong) {
	}
}
