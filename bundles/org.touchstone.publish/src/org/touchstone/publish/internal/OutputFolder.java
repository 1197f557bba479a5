package org.touchstone.publish.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.touchstone.core.Folders;
import org.touchstone.core.TouchstoneException;

/**
 * The output folder of a publish: whether it may be written (new, empty, or a site of ours), which
 * files in it are not ours, what an earlier publish left that the new site no longer has, and the
 * writes that leave a file alone when its bytes would not change.
 */
public final class OutputFolder {
	private OutputFolder() {
	}

	/**
	 * The files of an earlier site that no publish of ours wrote: not in the new site, not a
	 * chapter page the earlier publish made, not under the folders the publisher owns (search,
	 * assets, its state). Replacing the folder would silently delete them.
	 */
	public static List<String> filesNotOurs(Path old, Path fresh) throws IOException {
		PublishState previous = PublishState.read(old);
		Set<String> owned = Set.of("search", "assets", EditionArchive.FOLDER, PdfVersion.FILE, SiteTemplate.QUIZ, "quiz.js", PublishState.folder(old).getFileName().toString());
		List<String> added = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(old)) {
			for (Path file : walk.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
				Path relative = old.relativize(file);
				String name = relative.toString();
				boolean earlierPage = relative.getNameCount() == 1 && name.endsWith(".html")
						&& previous.page(name.substring(0, name.length() - ".html".length())) != null;
				if (!Files.exists(fresh.resolve(relative), java.nio.file.LinkOption.NOFOLLOW_LINKS) && !earlierPage
						&& !owned.contains(relative.getName(0).toString())) {
					added.add(name);
				}
			}
		}
		added.sort(null);
		return added;
	}

	/** Carries a site's earlier editions and their record into the folder that is to replace it. */
	public static void keepEditions(Path old, Path fresh) throws IOException {
		Path editions = old.resolve(EditionArchive.FOLDER);
		if (Files.isDirectory(editions)) {
			Folders.copy(editions, fresh.resolve(EditionArchive.FOLDER));
		}
		Path history = EditionHistory.file(old);
		if (Files.isRegularFile(history)) {
			Files.createDirectories(EditionHistory.file(fresh).getParent());
			Files.copy(history, EditionHistory.file(fresh));
		}
	}

	public static void copyPermissions(Path from, Path to) throws IOException {
		java.nio.file.attribute.PosixFileAttributeView view = Files.getFileAttributeView(from, java.nio.file.attribute.PosixFileAttributeView.class);
		if (view != null) {
			Files.setPosixFilePermissions(to, view.readAttributes().permissions());
		}
	}

	/**
	 * Deletes a folder and what it holds, or only what it holds: what a failed publish wrote into a
	 * folder that held nothing before, or a site that was replaced.
	 */
	public static void delete(Path folder, boolean keepFolder) throws IOException {
		if (keepFolder) {
			Folders.empty(folder);
		} else {
			Folders.delete(folder);
		}
	}

	/** The names of the files in a folder (none when it does not exist); one listing instead of a look-up per page. */
	public static Set<String> fileNames(Path folder) {
		String[] names = folder.toFile().list();
		return names == null ? Set.of() : new HashSet<>(Arrays.asList(names));
	}

	/** Checks the output folder; returns whether it holds nothing (or is still to be made). */
	public static boolean prepare(Path out) throws IOException {
		if (Files.exists(out) && !Files.isDirectory(out)) {
			throw new TouchstoneException(org.touchstone.core.CoreMessage.of("publish.outIsFile", out));
		}
		if (!Files.isDirectory(out)) {
			return true;
		}
		boolean ours = PublishState.exists(out);
		boolean empty;
		try (Stream<Path> entries = Files.list(out)) {
			empty = entries.findAny().isEmpty();
		}
		if (!ours && !empty) {
			throw new TouchstoneException(org.touchstone.core.CoreMessage.of("publish.outNotOurs", out));
		}
		return empty;
	}

	public static void writeIfChanged(Path file, String content) throws IOException {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		if (Files.isRegularFile(file) && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes)) {
			return;
		}
		Files.createDirectories(file.getParent());
		Files.write(file, bytes);
	}

	public static void removeStale(Path out, PublishState previous, PublishState next, int shards) throws IOException {
		for (String slug : previous.slugs()) {
			// The state file is read from the output folder, where anyone may have written it: only
			// a valid page name is ever turned into a file to delete.
			if (next.page(slug) == null && PageNames.isChapterName(slug)) {
				Files.deleteIfExists(out.resolve(slug + ".html"));
			}
		}
		for (Path folder : List.of(out.resolve("search"), PublishState.folder(out))) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> files = Files.list(folder)) {
				for (Path f : files.toList()) {
					String name = f.getFileName().toString();
					boolean staleScript = name.matches("shard-\\d+\\.js") && Integer.parseInt(name.replaceAll("\\D", "")) >= shards;
					boolean oldCache = folder.equals(PublishState.folder(out)) && name.startsWith("shard-");
					if (staleScript || oldCache) {
						Files.delete(f);
					}
				}
			}
		}
	}
}
