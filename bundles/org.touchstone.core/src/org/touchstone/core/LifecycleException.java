package org.touchstone.core;

/** An act that the document-control lifecycle does not allow from the current status. */
public class LifecycleException extends TouchstoneException {
	private static final long serialVersionUID = 1L;

	public LifecycleException(String message) {
		super(message);
	}

	public LifecycleException(CoreMessage message) {
		super(message);
	}
}
