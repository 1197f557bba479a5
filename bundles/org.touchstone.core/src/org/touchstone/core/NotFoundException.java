package org.touchstone.core;

/** A tenant, standard, revision or other element named by the user does not exist. */
public class NotFoundException extends TouchstoneException {
	private static final long serialVersionUID = 1L;

	public NotFoundException(String message) {
		super(message);
	}

	public NotFoundException(CoreMessage message) {
		super(message);
	}
}
