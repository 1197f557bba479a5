package org.touchstone.publish;

import java.util.List;

import org.touchstone.core.TouchstoneException;

/** A check failed: a broken internal link or a missing image. Nothing was written. */
public class PublishCheckException extends TouchstoneException {
	private static final long serialVersionUID = 1L;
	private final List<String> problems;

	/** Problems found in the pages (links, images), each naming file and line; these are told in English. */
	public PublishCheckException(List<String> problems) {
		super(problems.size() > 1 ? org.touchstone.core.CoreMessage.of("publish.problems", problems.get(0), problems.size() - 1)
				: org.touchstone.core.CoreMessage.of("text", problems.get(0)));
		this.problems = List.copyOf(problems);
	}

	/** One problem with the publish as a whole, in the user's language. */
	public PublishCheckException(org.touchstone.core.CoreMessage problem) {
		super(problem);
		this.problems = List.of(problem.toString());
	}

	/** Every problem found, each naming file and line. */
	public List<String> problems() {
		return problems;
	}
}
