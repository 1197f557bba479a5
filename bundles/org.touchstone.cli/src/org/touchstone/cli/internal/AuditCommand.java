package org.touchstone.cli.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.touchstone.core.Bilingual;
import org.touchstone.model.TouchstonePackage.Literals;
import org.touchstone.results.AuditForm;
import org.touchstone.results.AuditFormFiles;
import org.touchstone.results.Observation;
import org.touchstone.results.Results;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code audit}: a site's audit form generated from the standards in force, and its results brought back. */
@Command(name = "audit", subcommands = { AuditCommand.Form.class, AuditCommand.Import.class })
public class AuditCommand extends CommandGroup {
	/** The form of the standards in force at a site on a day: CSV, JSON or a printable page. */
	@Command(name = "form")
	static class Form extends InTenant implements Runnable {
		@Option(names = "--site", required = true, paramLabel = "SITE")
		String site;
		@Option(names = "--date", paramLabel = "YYYY-MM-DD")
		String date;
		@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv")
		String format;
		@Option(names = "--out", paramLabel = "FILE")
		Path out;

		Form(Session session) {
			super(session);
		}

		@Override
		public void run() {
			LocalDate day = date == null ? LocalDate.now() : ReportCommand.day(session, "--date", date);
			if (!List.of("csv", "json", "html").contains(format)) {
				throw new UsageException(session.text("audit.badFormat", format));
			}
			AuditForm form = new Results(workspace()).form(context(), site, day);
			StringWriter text = new StringWriter();
			try {
				write(form, text);
				if (out == null) {
					session.out.print(text);
				} else {
					workspace().requireOutside(out, "--out");
					try (Writer file = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
						file.write(text.toString());
					}
					session.err.println(session.text("audit.formWritten", form.items().size(), form.id(), out.toAbsolutePath()));
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		private void write(AuditForm form, Writer to) throws IOException {
			switch (format) {
			case "json" -> AuditFormFiles.json(form, session.language, to);
			case "html" -> AuditFormFiles.html(form, Bilingual.of(form.site(), Literals.SITE__NAME).shown(session.language).text(), session.language, to);
			default -> AuditFormFiles.csv(form, session.language, to);
			}
		}
	}

	/** A filled form's results into the tenant: all of them, or none when a row is bad. */
	@Command(name = "import")
	static class Import extends InTenant implements Runnable {
		@Parameters(paramLabel = "FILE", descriptionKey = "resultsFile")
		Path file;
		@Option(names = "--dry-run")
		boolean dryRun;

		Import(Session session) {
			super(session);
		}

		@Override
		public void run() {
			List<Observation> rows = new Results(workspace()).importFile(context(), file, dryRun);
			long audits = rows.stream().map(Observation::audit).distinct().count();
			session.out.println(session.text(dryRun ? "audit.wouldImport" : "audit.imported", rows.size(), audits, file));
		}
	}
}
