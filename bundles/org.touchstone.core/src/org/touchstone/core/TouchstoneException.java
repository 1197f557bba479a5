package org.touchstone.core;

/**
 * A problem a user can cause or fix: a bad file, a missing permission, an unknown name. Its
 * message is meant for the user as it is; it names the file, line, field or permission.
 */
public class TouchstoneException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public TouchstoneException(String message) {
		super(message);
	}

	public TouchstoneException(String message, Throwable cause) {
		super(message, cause);
	}
}
