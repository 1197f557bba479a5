package org.touchstone.publish;

import java.util.List;

import org.touchstone.core.TouchstoneException;

/** A check failed: a broken internal link or a missing image. Nothing was written. */
public class PublishCheckException extends TouchstoneException {
	private static final long serialVersionUID = 1L;
	private final List<org.touchstone.core.CoreMessage> problems;

	/** Problems found in the pages (links, images), each naming file and line. */
	public PublishCheckException(List<org.touchstone.core.CoreMessage> problems) {
		super(problems.size() > 1 ? org.touchstone.core.CoreMessage.of("publish.problems", problems.get(0), problems.size() - 1) : problems.get(0));
		this.problems = List.copyOf(problems);
	}

	/** One problem with the publish as a whole. */
	public PublishCheckException(org.touchstone.core.CoreMessage problem) {
		this(List.of(problem));
	}

	/** Every problem found, each naming file and line, in both languages. */
	public List<org.touchstone.core.CoreMessage> messages() {
		return problems;
	}

	/** Every problem found, each naming file and line. */
	public List<String> problems() {
		return problems.stream().map(org.touchstone.core.CoreMessage::toString).toList();
	}
}
