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
		Result result = workspace.change(context, Permission.WRITE, tenant -> {
			MarkdownImport.apply(tenant, entries);
			int standards = 0;
			for (int i = 0; i < csvRows.size(); i++) {
				standards += StandardsCsv.apply(tenant, control, context, csvFiles.get(i), csvRows.get(i));
			}
			int cases = (int) entries.stream().filter(e -> e.kind().equals("case")).count();
			return new Result(cases, entries.size() - cases, standards);
		});
		copyImages(context, entries);
		return result;
	}

	/** Copies the images a chapter refers to, found next to it, into the tenant's assets folder where the publisher looks. */
	private void copyImages(Context context, List<MarkdownImport.Entry> entries) {
		Path assets = workspace.root().resolve(context.tenant()).resolve("assets");
		for (MarkdownImport.Entry entry : entries) {
			Path dir = entry.file().toAbsolutePath().getParent();
			for (String image : entry.images()) {
				Path from = dir.resolve(image).normalize();
				Path to = assets.resolve(image).normalize();
				if (Files.isRegularFile(from) && from.startsWith(dir) && to.startsWith(assets)) {
					try {
						Files.createDirectories(to.getParent());
						Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
					} catch (java.io.IOException e) {
						throw new java.io.UncheckedIOException("cannot copy image " + from + " to " + to + ": " + e.getMessage(), e);
					}
				}
			}
		}
	}

}
