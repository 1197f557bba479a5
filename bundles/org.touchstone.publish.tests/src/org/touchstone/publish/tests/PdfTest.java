package org.touchstone.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.publish.HandbookPublisher;
import org.touchstone.publish.PublishProgress;

/**
 * The print version as a PDF, read back with PDFBox: its Chinese text, a bookmark per chapter, an
 * embedded CJK font, page numbers and the edition in the footer. Page 1 is drawn by poppler's
 * pdftoppm into {@code target/screenshots} for a person to look at.
 */
class PdfTest {
	@TempDir
	Path dir;

	@Test
	void theHandbookPdfHasItsChineseTextBookmarksAnEmbeddedFontAndTheEditionInEveryFooter() throws Exception {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("site");
		HandbookPublisher.publish(sample.workspace, new Context("harbor-hotel", SampleSite.USER), out,
				new HandbookPublisher.Options(null, false, "2027.1", true, false), PublishProgress.NONE);
		Path pdf = out.resolve("handbook.pdf");
		assertTrue(Files.isRegularFile(pdf), "handbook.pdf is written");

		int standardsPage = 0;
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			int pages = document.getNumberOfPages();
			assertTrue(pages > 5, "the whole handbook is in it: " + pages + " pages");
			String text = new PDFTextStripper().getText(document);
			assertTrue(text.contains("为什么要写服务标准"), "the Chinese text can be read back (the font maps to Unicode)");
			assertTrue(text.contains("G-003"), "the standards are in it");

			List<String> bookmarks = new ArrayList<>();
			for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
				bookmarks.add(item.getTitle());
			}
			assertTrue(bookmarks.contains("致每一位同事"), "a bookmark per chapter: " + bookmarks);
			assertTrue(bookmarks.size() >= 10, "every chapter has one: " + bookmarks);

			PDFTextStripper lastPage = new PDFTextStripper();
			lastPage.setStartPage(pages);
			lastPage.setEndPage(pages);
			String footer = lastPage.getText(document);
			assertTrue(footer.contains(pages + " / " + pages), "the page number of the total: " + footer);
			assertTrue(footer.contains("2027.1"), "the edition in the footer: " + footer);

			for (int page = 1; page <= pages && standardsPage == 0; page++) {
				PDFTextStripper one = new PDFTextStripper();
				one.setStartPage(page);
				one.setEndPage(page);
				standardsPage = one.getText(document).contains("G-003") ? page : 0;
			}

			boolean embeddedCjk = false;
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					embeddedCjk |= font.isEmbedded() && font.getName() != null && !font.getName().isEmpty()
							&& text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
				}
			}
			assertTrue(embeddedCjk, "the font the Chinese is set in travels with the file");
		}

		Path screenshots = Path.of("target", "screenshots");
		Files.createDirectories(screenshots);
		Process pdftoppm = new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
				screenshots.resolve("handbook-pdf-page-1").toString()).inheritIO().start();
		assertTrue(pdftoppm.waitFor(60, TimeUnit.SECONDS) && pdftoppm.exitValue() == 0, "poppler's pdftoppm draws page 1 (apt-get install poppler-utils)");
		assertTrue(Files.size(screenshots.resolve("handbook-pdf-page-1.png")) > 1000);
		new ProcessBuilder("pdftoppm", "-png", "-r", "80", "-f", "" + standardsPage, "-l", "" + standardsPage, "-singlefile", pdf.toString(),
				screenshots.resolve("handbook-pdf-standards").toString()).inheritIO().start().waitFor(60, TimeUnit.SECONDS);

		FileTime written = Files.getLastModifiedTime(pdf);
		HandbookPublisher.publish(sample.workspace, new Context("harbor-hotel", SampleSite.USER), out,
				new HandbookPublisher.Options(null, false, "2027.1", true, false), PublishProgress.NONE);
		assertEquals(written, Files.getLastModifiedTime(pdf), "an unchanged handbook's PDF is not made again");

		HandbookPublisher.publish(sample.workspace, new Context("harbor-hotel", SampleSite.USER), out,
				new HandbookPublisher.Options(null, false, "2027.1", false, false), PublishProgress.NONE);
		assertFalse(Files.exists(pdf), "a publish without the PDF removes the earlier one, which could no longer match");
	}
}
