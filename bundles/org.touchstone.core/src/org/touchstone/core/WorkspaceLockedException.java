package org.touchstone.core;

/** Another process is writing to the workspace right now. */
public class WorkspaceLockedException extends TouchstoneException {
	private static final long serialVersionUID = 1L;

	public WorkspaceLockedException(String message) {
		super(message);
	}

	public WorkspaceLockedException(CoreMessage message) {
		super(message);
	}
}
