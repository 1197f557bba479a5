package org.touchstone.core;

/** A value given by the user that is not valid where it was given: a malformed id, an unknown dimension. */
public class InvalidValueException extends TouchstoneException {
	private static final long serialVersionUID = 1L;

	public InvalidValueException(String message) {
		super(message);
	}

	public InvalidValueException(CoreMessage message) {
		super(message);
	}
}
