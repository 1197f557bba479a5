package org.touchstone.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.touchstone.publish.HandbookPublisher;
import org.touchstone.publish.PublishProgress;
import org.touchstone.publish.PublishResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code publish}: a tenant's handbook as a static HTML site; prints the path of its index.html. */
@Command(name = "publish")
public class PublishCommand extends InTenant implements Runnable {
	@Option(names = "--handbook", paramLabel = "KEY")
	String handbook;
	@Option(names = "--out", required = true, paramLabel = "DIR")
	Path out;
	@Option(names = "--clean")
	boolean clean;
	@Option(names = "--edition", paramLabel = "LABEL")
	String edition;
	@Option(names = "--pdf")
	boolean pdf;
	@Option(names = "--quiz")
	boolean quiz;

	PublishCommand(Session session) {
		super(session);
	}

	@Override
	public void run() {
		PublishResult result;
		try {
			result = HandbookPublisher.publish(workspace(), context(), out, new HandbookPublisher.Options(handbook, clean, edition, pdf, quiz), PublishProgress.NONE);
		} catch (IOException e) {
			throw new UncheckedIOException(session.text("file.cannotWriteTo", out, e.getMessage()), e);
		}
		for (org.touchstone.core.CoreMessage warning : result.warnings()) {
			session.err.println(session.text("warning", warning.in(session.language)));
		}
		session.err.println(session.text("publish.done", result.pages(), result.written(), result.pages() - result.written()));
		if (pdf) {
			session.err.println(session.text("publish.pdf", out.resolve("handbook.pdf").toAbsolutePath().normalize()));
		}
		if (edition != null) {
			session.err.println(java.nio.file.Files.isDirectory(out.resolve("editions")) ? session.text("publish.editionWithEarlier", edition, out.resolve("editions"))
					: session.text("publish.edition", edition));
		}
		session.out.println(result.index().toAbsolutePath().normalize());
	}
}
