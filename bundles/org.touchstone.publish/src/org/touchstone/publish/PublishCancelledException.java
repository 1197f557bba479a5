package org.touchstone.publish;

import org.touchstone.core.TouchstoneException;

/** A publish stopped because its user cancelled it; the output folder is as it was before it began. */
public class PublishCancelledException extends TouchstoneException {
	private static final long serialVersionUID = 1L;

	public PublishCancelledException(java.nio.file.Path out) {
		super("publishing into " + out + " was cancelled; the folder is as it was before");
	}
}
