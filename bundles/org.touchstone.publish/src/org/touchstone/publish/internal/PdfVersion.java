package org.touchstone.publish.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.touchstone.core.TouchstoneException;
import org.touchstone.publish.Site;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The print version as a PDF ({@code handbook.pdf}), made from {@code print.html} by openhtmltopdf
 * on PDFBox: A4 pages, a bookmark per chapter, the handbook's title, edition and date and the page
 * number in every footer, table rows kept whole and table heads repeated across pages. Chinese
 * text needs a CJK font to embed: PDFBox embeds TrueType outlines only, so Noto CJK (CFF
 * outlines) cannot serve, and WenQuanYi Micro Hei or Droid Sans Fallback is looked for instead.
 * The PDF is made again only when the print version or its footer changed.
 */
public final class PdfVersion {
	public static final String FILE = "handbook.pdf";
	/** Where Debian installs the CJK TrueType fonts PDFBox can embed, in the order they are preferred. */
	private static final List<Path> CJK_FONTS = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
			Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));
	/** A font named by the user instead. */
	public static final String FONT_VARIABLE = "TOUCHSTONE_PDF_FONT";
	private static final String FAMILY = "Touchstone Text";

	/** PDFBox's loggers, held so that the level set on them stays (java.util.logging keeps loggers weakly). */
	private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

	private PdfVersion() {
	}

	/**
	 * The renderer and PDFBox report each CSS rule they skip and each base font they stand in for;
	 * the site's stylesheet is made for browsers, so those lines would bury what the command says.
	 */
	private static void quiet() {
		com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
		PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
	}

	/** The CJK font the PDF embeds, or a message that says what to install. */
	public static Path font() {
		String named = System.getenv(FONT_VARIABLE);
		if (named != null && !named.isBlank()) {
			Path font = Path.of(named);
			if (!Files.isRegularFile(font)) {
				throw new TouchstoneException(org.touchstone.core.CoreMessage.of("publish.fontNotAFile", FONT_VARIABLE, named));
			}
			return font;
		}
		return CJK_FONTS.stream().filter(Files::isRegularFile).findFirst()
				.orElseThrow(() -> new TouchstoneException(org.touchstone.core.CoreMessage.of("publish.noCjkFont", FONT_VARIABLE)));
	}

	/** Removes the PDF of an earlier publish, which would no longer match the site. */
	public static void remove(Path out) throws IOException {
		Files.deleteIfExists(out.resolve(FILE));
		Files.deleteIfExists(PublishState.folder(out).resolve("pdf.key"));
	}

	/** Writes {@code handbook.pdf} from the site's {@code print.html}; returns whether it was written (false: unchanged). */
	public static boolean write(Path out, Site site, Path font) throws IOException {
		Path print = out.resolve("print.html");
		String footer = footer(site);
		String key = Fingerprint.of(Files.readString(print, StandardCharsets.UTF_8), footer);
		Path keyFile = PublishState.folder(out).resolve("pdf.key");
		Path pdf = out.resolve(FILE);
		if (Files.isRegularFile(pdf) && Files.isRegularFile(keyFile) && Files.readString(keyFile).equals(key)) {
			return false;
		}
		quiet();
		Document html = Jsoup.parse(print.toFile(), "UTF-8", out.toUri().toString());
		html.head().appendElement("style").text(pageStyle(footer));
		Element bookmarks = html.head().appendElement("bookmarks");
		for (Element chapter : html.select("section.chapter[id]")) {
			Element title = chapter.selectFirst("h1");
			bookmarks.appendElement("bookmark").attr("name", title == null ? chapter.id() : title.text()).attr("href", "#" + chapter.id());
		}
		Path partial = Files.createTempFile(PublishState.folder(out), "handbook", ".pdf.partial");
		try {
			try (OutputStream stream = Files.newOutputStream(partial)) {
				PdfRendererBuilder builder = new PdfRendererBuilder();
				builder.useFastMode();
				builder.useFont(font.toFile(), FAMILY);
				// The PDF is made from the site's own files: nothing is fetched from a network.
				builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("file:"),
						ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
				builder.withW3cDocument(new W3CDom().fromJsoup(html), out.toUri().toString());
				builder.toStream(stream);
				builder.run();
			}
			Files.move(partial, pdf, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(partial);
		}
		Files.writeString(keyFile, key);
		return true;
	}

	/** The footer's left part: the handbook, its edition and the day it was published. */
	private static String footer(Site site) {
		HandbookWords words = new HandbookWords(site.chinese());
		Site.Edition edition = site.editions() == null ? null : site.editions().current();
		return edition == null ? site.title() : site.title() + " · " + words.format("edition.footer", edition.label(), edition.date());
	}

	private static String pageStyle(String footer) {
		return "@page { size: A4; margin: 2cm 2cm 2.4cm 2cm;"
				+ " @bottom-left { content: \"" + cssString(footer) + "\"; font-family: '" + FAMILY + "'; font-size: 8pt; color: #444; }"
				+ " @bottom-right { content: counter(page) \" / \" counter(pages); font-family: '" + FAMILY + "'; font-size: 8pt; color: #444; } }\n"
				+ "body { font-family: '" + FAMILY + "', sans-serif; font-size: 10.5pt; line-height: 1.5; }\n"
				+ "section.chapter { page-break-before: always; }\n"
				+ "table { -fs-table-paginate: paginate; border-collapse: collapse; width: 100%; }\n"
				+ "thead { display: table-header-group; }\n"
				+ "tr, img, pre, blockquote { page-break-inside: avoid; }\n"
				+ "th, td { border: 1px solid #999; padding: 3pt 5pt; vertical-align: top; }\n"
				+ "img { max-width: 100%; }\n";
	}

	/** A text inside a CSS string: quotes, backslashes and line breaks escaped. */
	private static String cssString(String text) {
		StringBuilder css = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				css.append('\\').append(c);
			} else if (c < 0x20) {
				css.append(' ');
			} else {
				css.append(c);
			}
		}
		return css.toString();
	}
}
