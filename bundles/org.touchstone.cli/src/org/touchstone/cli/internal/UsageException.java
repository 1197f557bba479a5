package org.touchstone.cli.internal;

import org.touchstone.core.TouchstoneException;

/** A command given options that do not fit together; exits 2 like picocli's own usage errors. */
public class UsageException extends TouchstoneException {
	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
