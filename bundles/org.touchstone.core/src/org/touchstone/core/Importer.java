package org.touchstone.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.touchstone.model.Tenant;

/**
 * {@code import --tenant T FILE...}: Markdown case studies and chapters, and standards from CSV or Excel (.xlsx). All
 * files are read and checked first; only when every one is good does anything change, in one save.
 */
public final class Importer {
	/** What an import added or changed, and what a Word document held that its chapter could not keep. */
	public record Result(int cases, int chapters, int standards, List<CoreMessage> notes) {
	}

	private final Workspace workspace;
	private final DocumentControl control;

	public Importer(Workspace workspace, DocumentControl control) {
		this.workspace = workspace;
		this.control = control;
	}

	/** Every file read and checked, nothing changed yet. */
	private record Read(Tenant tenant, List<MarkdownImport.Entry> entries, List<List<StandardsCsv.Row>> csvRows, List<Path> csvFiles,
			List<CoreMessage> notes, List<Path> scratch) {
		/** Removes the folders Word documents were converted into. */
		void clean() {
			for (Path folder : scratch) {
				try {
					Folders.delete(folder);
				} catch (java.io.IOException e) {
					// A converted copy left in the temporary folder is harmless; the system clears it.
				}
			}
		}
	}

	/**
	 * What importing the files would do, one line per element, without changing anything: the
	 * same reading and checks as {@link #importFiles}, so a file it refuses is refused here too,
	 * with its name and line. Needs the write permission, as the import does.
	 */
	public List<CoreMessage> preview(Context context, List<Path> files) {
		Read read = read(context, files);
		try {
			return preview(context, read);
		} finally {
			read.clean();
		}
	}

	private List<CoreMessage> preview(Context context, Read read) {
		Access.check(read.tenant(), context.user(), Permission.WRITE);
		Tenant tenant = read.tenant();
		java.util.Set<String> cases = new java.util.HashSet<>();
		tenant.getCases().forEach(c -> cases.add(c.getKey()));
		java.util.Set<String> chapters = new java.util.HashSet<>();
		tenant.getHandbooks().stream().limit(1).flatMap(h -> h.getChapters().stream())
				.forEach(c -> chapters.add(c instanceof org.touchstone.model.AuthoredChapter a ? a.getSource() : ""));
		java.util.Map<String, org.touchstone.model.ServiceStandard> standards = new java.util.HashMap<>();
		tenant.getStandards().forEach(s -> standards.put(s.getKey(), s));
		List<CoreMessage> lines = new ArrayList<>();
		for (MarkdownImport.Entry e : read.entries()) {
			if (e.kind().equals("case")) {
				String key = e.field("key") != null ? e.field("key") : stem(e.file());
				lines.add(CoreMessage.of(cases.contains(key) ? "preview.caseChanges" : "preview.caseAdded", e.file().getFileName(), key));
			} else {
				String source = MarkdownImport.source(e.file());
				lines.add(CoreMessage.of(chapters.contains(source) ? "preview.chapterChanges" : "preview.chapterAdded", e.file().getFileName(), source));
			}
		}
		for (int i = 0; i < read.csvRows().size(); i++) {
			for (StandardsCsv.Row row : read.csvRows().get(i)) {
				org.touchstone.model.ServiceStandard existing = standards.get(row.key());
				Path file = read.csvFiles().get(i).getFileName();
				if (existing == null) {
					lines.add(CoreMessage.of("preview.standardAdded", file, row.where(), row.key()));
				} else {
					List<String> changed = StandardsCsv.changedColumns(existing, row.change());
					lines.add(changed.isEmpty() ? CoreMessage.of("preview.standardUnchanged", file, row.where(), row.key())
							: CoreMessage.of("preview.standardChanges", file, row.where(), row.key(), String.join(", ", changed)));
				}
			}
		}
		lines.addAll(read.notes());
		return lines;
	}

	private static String stem(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	public Result importFiles(Context context, List<Path> files) {
		Read read = read(context, files);
		try {
			return importRead(context, read);
		} finally {
			read.clean();
		}
	}

	private Result importRead(Context context, Read read) {
		List<MarkdownImport.Entry> entries = read.entries();
		List<List<StandardsCsv.Row>> csvRows = read.csvRows();
		List<Path> csvFiles = read.csvFiles();
		List<ImageCopy> images = images(context, entries);
		Result result = workspace.change(context, Permission.WRITE, tenant -> {
			MarkdownImport.apply(tenant, entries);
			int standards = 0;
			for (int i = 0; i < csvRows.size(); i++) {
				standards += StandardsCsv.apply(tenant, control, context, csvFiles.get(i), csvRows.get(i));
			}
			int cases = (int) entries.stream().filter(e -> e.kind().equals("case")).count();
			return new Result(cases, entries.size() - cases, standards, read.notes());
		});
		for (ImageCopy image : images) {
			image.copy();
		}
		return result;
	}

	/** Reads and checks every file; a file that cannot be used is refused by name (and line) before anything changes. */
	private Read read(Context context, List<Path> files) {
		Tenant current = workspace.read(context);
		List<MarkdownImport.Entry> entries = new ArrayList<>();
		List<List<StandardsCsv.Row>> csvRows = new ArrayList<>();
		List<Path> csvFiles = new ArrayList<>();
		List<CoreMessage> notes = new ArrayList<>();
		List<Path> scratch = new ArrayList<>();
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				throw new MalformedInputException(file, 0, CoreMessage.of("file.missing"));
			}
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			if (name.endsWith(".md") || name.endsWith(".markdown")) {
				entries.add(MarkdownImport.read(file));
			} else if (name.endsWith(".csv")) {
				csvRows.add(StandardsCsv.read(file, current));
				csvFiles.add(file);
			} else if (name.endsWith(".xlsx")) {
				csvRows.add(StandardsXlsx.read(file, current));
				csvFiles.add(file);
			} else if (name.endsWith(".docx")) {
				// Converted into a folder of its own, with its images beside it, then read as any chapter.
				try {
					Path folder = Files.createTempDirectory("touchstone-docx");
					scratch.add(folder);
					DocxImport.Converted converted = DocxImport.convert(file, folder);
					try {
						entries.add(MarkdownImport.read(converted.markdown()));
					} catch (MalformedInputException e) {
						// The Markdown is ours, made in a temporary folder: the user is told of the document.
						throw new MalformedInputException(file, 0, CoreMessage.of("docx.asMarkdown", e.detailMessage()), e);
					}
					notes.addAll(converted.lost());
				} catch (java.io.IOException e) {
					throw new MalformedInputException(file, 0, CoreMessage.of("docx.cannotConvert", e.getMessage()));
				}
			} else {
				throw new MalformedInputException(file, 0, CoreMessage.of("import.unknownKind"));
			}
		}
		if (entries.stream().anyMatch(e -> e.kind().equals("chapter")) && current.getHandbooks().isEmpty()) {
			throw new TouchstoneException(CoreMessage.of("import.noHandbook", current.getId()));
		}
		return new Read(current, entries, csvRows, csvFiles, notes, scratch);
	}

	/** An image a chapter refers to, to be copied from beside the chapter into the tenant's assets folder. */
	private record ImageCopy(Path from, Path to, Path assets) {
		void copy() {
			try {
				Files.createDirectories(to.getParent());
				if (!to.getParent().toRealPath().startsWith(assets.toRealPath())) {
					throw new TouchstoneException(CoreMessage.of("import.imageLinkOut", from, to.getParent()));
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
			throw new TouchstoneException(CoreMessage.of("import.assetsLink", assets));
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
						throw new MalformedInputException(entry.file(), 0, CoreMessage.of("import.imageOutside", image, entry.file().getFileName()));
					}
				} catch (java.io.IOException e) {
					throw new MalformedInputException(entry.file(), 0, CoreMessage.of("import.imageUnreadable", image, e.getMessage()));
				}
				copies.add(new ImageCopy(from, to, assets));
			}
		}
		return copies;
	}

}
