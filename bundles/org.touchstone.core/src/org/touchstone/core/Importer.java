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
		return workspace.change(context, Permission.WRITE, tenant -> {
			MarkdownImport.apply(tenant, entries);
			int standards = 0;
			for (int i = 0; i < csvRows.size(); i++) {
				standards += StandardsCsv.apply(tenant, control, context, csvFiles.get(i), csvRows.get(i));
			}
			int cases = (int) entries.stream().filter(e -> e.kind().equals("case")).count();
			return new Result(cases, entries.size() - cases, standards);
		});
	}

}
