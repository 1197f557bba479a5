package org.touchstone.publish.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files a publish changes in an earlier site, written beside their targets first and put in
 * place together. A write that fails (a full disk, a file that cannot be replaced) happens before
 * any target is touched, so the earlier site stays as it was; putting the files in place is a
 * rename each, which needs no space. Files whose content is unchanged are not written at all.
 */
public final class StagedFiles {
	private static final String SUFFIX = ".touchstone-new";
	private final Map<Path, Path> staged = new LinkedHashMap<>();

	/** The file to write a target's new content into; it takes the target's place on {@link #commit}. */
	public synchronized Path beside(Path target) throws IOException {
		if (Files.isDirectory(target)) {
			throw new IOException(target + " is a folder; a page of the site cannot replace it");
		}
		Files.createDirectories(target.getParent());
		Path temp = target.resolveSibling("." + target.getFileName() + SUFFIX);
		staged.put(target, temp);
		return temp;
	}

	public void write(Path target, byte[] content) throws IOException {
		if (Files.isRegularFile(target) && Files.size(target) == content.length && Arrays.equals(Files.readAllBytes(target), content)) {
			return;
		}
		Files.write(beside(target), content);
	}

	public void write(Path target, String content) throws IOException {
		write(target, content.getBytes(StandardCharsets.UTF_8));
	}

	public void copy(Path from, Path target) throws IOException {
		write(target, Files.readAllBytes(from));
	}

	/** Puts every written file in its target's place. */
	public synchronized void commit() throws IOException {
		for (Map.Entry<Path, Path> e : staged.entrySet()) {
			Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		staged.clear();
	}

	/** Removes every file written so far; no target has been touched. */
	public synchronized void discard() {
		List<Path> temps = new ArrayList<>(staged.values());
		staged.clear();
		for (Path temp : temps) {
			try {
				Files.deleteIfExists(temp);
			} catch (IOException e) {
				// Left beside the site: a later publish overwrites it, and it is never taken for a page.
			}
		}
	}
}
