package org.touchstone.core;

/** A login asked to act as another user on a workspace that does not allow it. */
public class ImpersonationException extends AccessDeniedException {
	private static final long serialVersionUID = 1L;

	public ImpersonationException(String message) {
		super(message);
	}

	public ImpersonationException(CoreMessage message) {
		super(message);
	}
}
