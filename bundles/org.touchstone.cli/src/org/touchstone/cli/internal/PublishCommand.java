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
@Command(name = "publish", description = "Publish a tenant's handbook as a static website that works from a folder or an intranet "
		+ "(no network needed). Prints the path of index.html. Unsafe raw HTML is removed with a warning; a broken internal "
		+ "link or a missing image fails the publish (exit 1). Publishing again into the same folder rewrites only what changed.")
public class PublishCommand extends InTenant implements Runnable {
	@Option(names = "--handbook", paramLabel = "KEY", description = "The handbook to publish (default: the tenant's first).")
	String handbook;
	@Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the site to.")
	Path out;
	@Option(names = "--clean", description = "Write every page anew, replacing the earlier publish in the folder once the new site has passed its checks (a failed check leaves the earlier site as it was).")
	boolean clean;
	@Option(names = "--edition", paramLabel = "LABEL", description = "Publish as a controlled edition, e.g. 2027.1: the site gets a change log "
			+ "against the previous edition, and the edition it showed until now is kept under editions/ with every page marked superseded. "
			+ "A label is used once.")
	String edition;
	@Option(names = "--pdf", description = "Write the print version as a PDF too (handbook.pdf): bookmarks per chapter, page numbers, the "
			+ "edition and date in the footer. Chinese text needs a CJK TrueType font to embed (Debian: fonts-wqy-microhei).")
	boolean pdf;
	@Option(names = "--quiz", description = "Add a quiz page (quiz.html) with questions made from the standards in force and the playbooks; "
			+ "it works offline, and its script is the site's own.")
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
			throw new UncheckedIOException("cannot write to " + out + ": " + e.getMessage(), e);
		}
		for (String warning : result.warnings()) {
			session.err.println("touchstone: warning: " + warning);
		}
		session.err.println("touchstone: published " + result.pages() + " pages (" + result.written() + " written, "
				+ (result.pages() - result.written()) + " unchanged)");
		if (pdf) {
			session.err.println("touchstone: the print version as a PDF: " + out.resolve("handbook.pdf").toAbsolutePath().normalize());
		}
		if (edition != null) {
			session.err.println("touchstone: edition " + edition + " published"
					+ (java.nio.file.Files.isDirectory(out.resolve("editions")) ? "; earlier editions are under " + out.resolve("editions") : ""));
		}
		session.out.println(result.index().toAbsolutePath().normalize());
	}
}
