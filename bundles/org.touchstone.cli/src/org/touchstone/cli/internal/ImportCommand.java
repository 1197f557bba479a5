package org.touchstone.cli.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.touchstone.core.DocumentControl;
import org.touchstone.core.Importer;
import org.touchstone.core.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code import}: Markdown cases and chapters, CSV standards; all files or none. */
@Command(name = "import", description = "Import Markdown case studies (front matter 'kind: case') and handbook chapters "
		+ "('kind: chapter'), and standards from CSV (id,title,dimension,statement,threshold,unit,observation,owner). "
		+ "Every file is checked first; a bad one imports nothing.")
public class ImportCommand extends InTenant implements Runnable {
	@Parameters(paramLabel = "FILE", arity = "1..*", description = "Markdown (.md) or CSV (.csv) files.")
	List<Path> files;
	ImportCommand(Session session) {
		super(session);
	}

	@Override
	public void run() {
		Workspace workspace = workspace();
		Importer.Result result = new Importer(workspace, new DocumentControl(workspace, Clock.systemUTC())).importFiles(context(), files);
		session.out.println("imported into " + tenant.tenant + ": " + result.cases() + " cases, " + result.chapters() + " chapters, "
				+ result.standards() + " standards");
	}
}
