package org.touchstone.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders Touchstone made, copies and takes away again: a search index to rebuild, a cut-short or replaced site, an earlier edition. */
public final class Folders {
	private Folders() {
	}

	/** Deletes a folder and all it holds; nothing when it is not there. A link inside is deleted, not followed. */
	public static void delete(Path folder) throws IOException {
		deleteTree(folder, false);
	}

	/** Copies a file, or a folder with all it holds, to a place that does not exist yet. */
	public static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path source : walk.toList()) {
				Path copy = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(source, copy, java.nio.file.LinkOption.NOFOLLOW_LINKS);
				}
			}
		}
	}

	/** Deletes all a folder holds and keeps the folder (its permissions, a link to it). */
	public static void empty(Path folder) throws IOException {
		deleteTree(folder, true);
	}

	private static void deleteTree(Path folder, boolean keepFolder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				if (!keepFolder || !p.equals(folder)) {
					Files.delete(p);
				}
			}
		}
	}
}
