package org.touchstone.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.touchstone.model.Tenant;

/**
 * {@code import --tenant T FILE...}: Markdown case studies and chapters, and CSV standards. All
 * files are read and checked first; only when every one is good does anything change, in one save.
 */
public final class Importer {
	/** What an import added or changed. */
	public record Result(int cases, int chapters, int standards) {
	}

	private final Workspace workspace;
	private final DocumentControl control;

	public Importer(Workspace workspace, DocumentControl control) {
		this.workspace = workspace;
		this.control = control;
	}

	public Result importFiles(Context context, List<Path> files) {
		Tenant current = workspace.read(context);
		List<MarkdownImport.Entry> entries = new ArrayList<>();
		List<List<StandardsCsv.Row>> csvRows = new ArrayList<>();
		List<Path> csvFiles = new ArrayList<>();
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				throw new MalformedInputException(file, 0, "no such file");
			}
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			if (name.endsWith(".md") || name.endsWith(".markdown")) {
				entries.add(MarkdownImport.read(file));
			} else if (name.endsWith(".csv")) {
				csvRows.add(StandardsCsv.read(file, current));
				csvFiles.add(file);
			} else {
				throw new MalformedInputException(file, 0, "is neither Markdown (.md) nor CSV (.csv)");
			}
		}
		if (entries.stream().anyMatch(e -> e.kind().equals("chapter")) && current.getHandbooks().isEmpty()) {
			throw new TouchstoneException("tenant '" + current.getId() + "' has no handbook to add chapters to");
		}
		List<ImageCopy> images = images(context, entries);
		Result result = workspace.change(context, Permission.WRITE, tenant -> {
			MarkdownImport.apply(tenant, entries);
			int standards = 0;
			for (int i = 0; i < csvRows.size(); i++) {
				standards += StandardsCsv.apply(tenant, control, context, csvFiles.get(i), csvRows.get(i));
			}
			int cases = (int) entries.stream().filter(e -> e.kind().equals("case")).count();
			return new Result(cases, entries.size() - cases, standards);
		});
		for (ImageCopy image : images) {
			image.copy();
		}
		return result;
	}

	/** An image a chapter refers to, to be copied from beside the chapter into the tenant's assets folder. */
	private record ImageCopy(Path from, Path to, Path assets) {
		void copy() {
			try {
				Files.createDirectories(to.getParent());
				if (!to.getParent().toRealPath().startsWith(assets.toRealPath())) {
					throw new TouchstoneException("cannot copy image " + from + ": " + to.getParent() + " is a link out of the tenant's assets folder");
				}
				Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.LinkOption.NOFOLLOW_LINKS);
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException("cannot copy image " + from + " to " + to + ": " + e.getMessage(), e);
			}
		}
	}

	/**
	 * The images the chapters refer to that lie beside them, checked before anything changes: an
	 * image reached through a link (to a file outside the chapter's folder) is refused, and so is
	 * an assets folder that is itself a link, so that an import never reads or writes outside the
	 * import folder and the workspace.
	 */
	private List<ImageCopy> images(Context context, List<MarkdownImport.Entry> entries) {
		Path assets = workspace.root().resolve(context.tenant()).resolve("assets");
		if (Files.isSymbolicLink(assets)) {
			throw new TouchstoneException(assets + " is a link; a tenant's assets folder must be a folder of the workspace itself");
		}
		List<ImageCopy> copies = new ArrayList<>();
		for (MarkdownImport.Entry entry : entries) {
			Path dir = entry.file().toAbsolutePath().getParent();
			for (String image : entry.images()) {
				Path from = dir.resolve(image).normalize();
				Path to = assets.resolve(image).normalize();
				if (!Files.isRegularFile(from) || !from.startsWith(dir) || !to.startsWith(assets)) {
					continue;
				}
				try {
					if (!from.toRealPath().startsWith(dir.toRealPath()) || Files.isSymbolicLink(from)) {
						throw new MalformedInputException(entry.file(), 0, "image '" + image + "' is a link to a file outside the folder of "
								+ entry.file().getFileName() + "; copy the file itself there (nothing was imported)");
					}
				} catch (java.io.IOException e) {
					throw new MalformedInputException(entry.file(), 0, "image '" + image + "' cannot be read: " + e.getMessage());
				}
				copies.add(new ImageCopy(from, to, assets));
			}
		}
		return copies;
	}

}
