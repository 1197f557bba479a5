package org.touchstone.core;

import java.nio.file.Path;

/** A tenant edited in memory cannot be saved: another process saved its file since it was read. */
public class TenantChangedOnDiskException extends TouchstoneException {
	private static final long serialVersionUID = 1L;
	private final Path file;

	public TenantChangedOnDiskException(Path file) {
		super(CoreMessage.of("tenant.changedOnDisk", file));
		this.file = file;
	}

	public Path file() {
		return file;
	}
}
