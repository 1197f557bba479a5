package org.touchstone.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.touchstone.core.StandardsCsv;
import org.touchstone.core.TenantExport;
import org.touchstone.model.Tenant;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export}: a whole tenant as JSON, or its standards as CSV for Excel. */
@Command(name = "export")
public class ExportCommand extends InTenant implements Runnable {
	/** The export formats. */
	enum Format {
		json, csv, xlsx, markdown
	}

	@Option(names = "--format", required = true)
	Format format;
	@Option(names = "--out", required = true, paramLabel = "FILE")
	Path out;
	ExportCommand(Session session) {
		super(session);
	}

	@Override
	public void run() {
		Tenant t = workspace().read(context());
		workspace().requireOutside(out, "--out");
		try {
			if (format == Format.csv) {
				StandardsCsv.export(t, out);
			} else if (format == Format.xlsx) {
				org.touchstone.core.StandardsXlsx.export(t, out);
			} else if (format == Format.markdown) {
				org.touchstone.core.MarkdownExport.write(t, out);
			} else {
				TenantExport.json(t, out);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(session.text("file.cannotWrite", out, e.getMessage()), e);
		}
		session.out.println(out.toAbsolutePath());
	}

}
