package org.touchstone.cli.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.touchstone.core.DocumentControl;
import org.touchstone.core.Importer;
import org.touchstone.core.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import}: Markdown cases and chapters, CSV standards; all files or none. */
@Command(name = "import")
public class ImportCommand extends InTenant implements Runnable {
	@Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "importFiles")
	List<Path> files;
	@Option(names = "--dry-run")
	boolean dryRun;
	ImportCommand(Session session) {
		super(session);
	}

	@Override
	public void run() {
		Workspace workspace = workspace();
		if (dryRun) {
			List<String> lines = new Importer(workspace, new DocumentControl(workspace, Clock.systemUTC())).preview(context(), files).stream()
					.map(line -> line.in(session.language)).toList();
			lines.forEach(session.out::println);
			session.err.println(session.text("import.dryRun", lines.size()));
			return;
		}
		Importer.Result result = new Importer(workspace, new DocumentControl(workspace, Clock.systemUTC())).importFiles(context(), files);
		for (org.touchstone.core.CoreMessage note : result.notes()) {
			session.err.println(session.text("warning", note.in(session.language)));
		}
		session.out.println(session.text("import.done", tenant.tenant, result.cases(), result.chapters(), result.standards()));
	}
}
