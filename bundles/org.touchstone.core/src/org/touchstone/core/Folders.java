package org.touchstone.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders Touchstone made and takes away again: a search index to rebuild, a cut-short or replaced site. */
public final class Folders {
	private Folders() {
	}

	/** Deletes a folder and all it holds; nothing when it is not there. A link inside is deleted, not followed. */
	public static void delete(Path folder) throws IOException {
		deleteTree(folder, false);
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
