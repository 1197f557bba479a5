package org.touchstone.core;

/**
 * A problem a user can cause or fix: a bad file, a missing permission, an unknown name. Its
 * message is meant for the user as it is; it names the file, line, field or permission.
 */
public class TouchstoneException extends RuntimeException {
	private static final long serialVersionUID = 1L;
	/** The message in both languages, or null when it was given as a string (in English). */
	private final transient CoreMessage message;

	public TouchstoneException(String message) {
		super(message);
		this.message = null;
	}

	public TouchstoneException(String message, Throwable cause) {
		super(message, cause);
		this.message = null;
	}

	/** A problem told in the user's language; {@link #getMessage()} is its English. */
	public TouchstoneException(CoreMessage message) {
		this(message, null);
	}

	public TouchstoneException(CoreMessage message, Throwable cause) {
		super(message.toString(), cause);
		this.message = message;
	}

	/** The message, in both languages where it has them. */
	public CoreMessage coreMessage() {
		return message != null ? message : CoreMessage.of("text", getMessage());
	}

	/** The message in a language (English where it exists only in English). */
	public String message(org.touchstone.model.Language language) {
		return message == null ? getMessage() : message.in(language);
	}
}
