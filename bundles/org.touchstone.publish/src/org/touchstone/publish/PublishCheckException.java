package org.touchstone.publish;

import java.util.List;

import org.touchstone.core.TouchstoneException;

/** A check failed: a broken internal link or a missing image. Nothing was written. */
public class PublishCheckException extends TouchstoneException {
	private static final long serialVersionUID = 1L;
	private final List<String> problems;

	public PublishCheckException(List<String> problems) {
		super(problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
		this.problems = List.copyOf(problems);
	}

	/** Every problem found, each naming file and line. */
	public List<String> problems() {
		return problems;
	}
}
