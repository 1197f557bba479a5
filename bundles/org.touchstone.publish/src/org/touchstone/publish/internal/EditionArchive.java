package org.touchstone.publish.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.touchstone.core.Folders;

/**
 * The earlier editions a site keeps, each a whole copy of the site as it was, in
 * {@code editions/LABEL/}. Before a publish replaces the edition the site shows, that edition is
 * copied aside; it takes its place among the earlier editions only when the publish has passed
 * its checks. Every page of an earlier edition carries a banner that says it is superseded, by
 * what and when, with a link to the current version of the page (ISO 9001 7.5.3: no unintended
 * use of obsolete documents), and links to the same page in the other earlier editions.
 */
public final class EditionArchive {
	public static final String FOLDER = "editions";
	private static final String START = "<!--touchstone:superseded-->";
	private static final String END = "<!--/touchstone:superseded-->";
	private static final Pattern BANNER = Pattern.compile(Pattern.quote(START) + ".*?" + Pattern.quote(END) + "\n?", Pattern.DOTALL);
	private static final Pattern BODY = Pattern.compile("<body[^>]*>\n?");

	private final Path partial;
	private final Path target;

	private EditionArchive(Path partial, Path target) {
		this.partial = partial;
		this.target = target;
	}

	/**
	 * Copies the edition the site shows aside when the publish to come replaces it with another
	 * edition, or with a publish that is none; null when there is nothing to keep.
	 */
	public static EditionArchive begin(Path out, EditionHistory history, String label) throws IOException {
		EditionHistory.Entry shown = history.current();
		if (shown == null || shown.label().equals(label)) {
			return null;
		}
		Path editions = out.resolve(FOLDER);
		Path partial = editions.resolve("." + shown.label() + ".partial");
		Folders.delete(partial);
		Files.createDirectories(partial);
		try (Stream<Path> top = Files.list(out)) {
			for (Path entry : top.toList()) {
				String name = entry.getFileName().toString();
				if (!name.equals(FOLDER) && !entry.equals(PublishState.folder(out))) {
					Folders.copy(entry, partial.resolve(name));
				}
			}
		}
		return new EditionArchive(partial, editions.resolve(shown.label()));
	}

	/** The publish failed or was cancelled: the copy goes, the site stays as it was. */
	public void discard() throws IOException {
		Folders.delete(partial);
	}

	/** The publish passed: the copy becomes an earlier edition. */
	public void commit() throws IOException {
		Folders.delete(target);
		Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Writes the banner on every page of every earlier edition, as the history says now: the
	 * current version of a page may have gone since, and then the banner leads to the current
	 * edition's front page instead.
	 */
	public static void banners(Path out, EditionHistory history, String handbookTitle, boolean chinese) throws IOException {
		HandbookWords words = new HandbookWords(chinese);
		for (EditionHistory.Entry edition : history.entries()) {
			Path folder = out.resolve(FOLDER).resolve(edition.label());
			if (edition.supersededOn() == null || !Files.isDirectory(folder)) {
				continue;
			}
			EditionHistory.Entry successor = history.after(edition.label());
			String notice = successor != null
					? words.format("edition.superseded-by", edition.label(), handbookTitle, successor.label(), edition.supersededOn())
					: words.format("edition.superseded", edition.label(), handbookTitle, edition.supersededOn());
			List<Path> pages;
			try (Stream<Path> files = Files.list(folder)) {
				pages = files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList();
			}
			for (Path page : pages) {
				String name = page.getFileName().toString();
				boolean stillThere = Files.isRegularFile(out.resolve(name));
				StringBuilder switcher = new StringBuilder();
				for (EditionHistory.Entry other : history.entries()) {
					Path otherPage = out.resolve(FOLDER).resolve(other.label()).resolve(name);
					if (other != edition && other.supersededOn() != null && Files.isRegularFile(otherPage)) {
						switcher.append(" · <a href=\"../").append(Html.escape(other.label())).append('/').append(Html.escape(name)).append("\">")
								.append(Html.escape(other.label())).append("</a>");
					}
				}
				String banner = START + "<div class=\"superseded\" role=\"note\"><p><strong>" + Html.escape(notice) + "</strong></p><p><a href=\"../../"
						+ Html.escape(stillThere ? name : "index.html") + "\">"
						+ Html.escape(words.get(stillThere ? "edition.current-page" : "edition.current-index")) + "</a> · <a href=\"../../index.html#editions\">"
						+ Html.escape(words.get("edition.all")) + "</a></p>"
						+ (switcher.isEmpty() ? "" : "<p>" + Html.escape(words.get("edition.this-page-in")) + switcher.substring(3) + "</p>") + "</div>" + END
						+ "\n";
				String html = Files.readString(page, StandardCharsets.UTF_8);
				String without = BANNER.matcher(html).replaceFirst("");
				Matcher body = BODY.matcher(without);
				if (body.find()) {
					OutputFolder.writeIfChanged(page, without.substring(0, body.end()) + banner + without.substring(body.end()));
				}
			}
		}
	}
}
