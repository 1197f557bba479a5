package org.touchstone.core;

import java.nio.file.Path;

/**
 * A file of the workspace that could not be read. The rest of the workspace opens without it.
 *
 * @param file    the file
 * @param line    the 1-based line of the problem, or 0 when unknown
 * @param message what is wrong
 */
public record WorkspaceProblem(Path file, int line, String message) {
	@Override
	public String toString() {
		return file + (line > 0 ? ":" + line : "") + ": " + message;
	}
}
