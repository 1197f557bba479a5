package org.touchstone.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * Which version of a file was read. Saves replace the file by renaming a new one over it, so each
 * save gives a new file (inode) as well as a new time; comparing all three catches a save that fell
 * in the same clock tick as the last one. Take it <em>before</em> reading: a save that lands while
 * the file is being parsed then shows up as a changed version, and the file is read again before
 * anything is written over it.
 */
public record FileVersion(Object fileKey, FileTime modified, long size) {
	public static FileVersion of(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return new FileVersion(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the attributes of " + file + ": " + e.getMessage(), e);
		}
	}
}
