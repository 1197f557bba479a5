package org.touchstone.publish.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

import org.touchstone.publish.PageSource;

/**
 * The single-page print version of a handbook ({@code print.html}): an opening with the title and
 * contents, then a section per chapter. An incremental publish splices the sections rendered now
 * into the old file by the lengths the last publish recorded, copying the rest in the kernel.
 */
public final class PrintVersion {
	private PrintVersion() {
	}

	/**
	 * Whether the print version can be updated by splicing changed chapters into the old file: its
	 * opening (title, contents) and chapter list are unchanged and the file is as the last publish
	 * left it. When it cannot, every chapter is rendered again to write it whole.
	 */
	public static boolean canSplice(Path out, List<PageSource> pages, PublishState previous, boolean sameVersion, String printKey)
			throws IOException {
		Path file = out.resolve("print.html");
		if (!sameVersion || !printKey.equals(previous.printHead()) || !Files.isRegularFile(file)
				|| !List.copyOf(previous.slugs()).equals(pages.stream().map(PageSource::slug).toList())) {
			return false;
		}
		long expected = previous.printHeadLength() + SiteTemplate.printTail().getBytes(StandardCharsets.UTF_8).length;
		for (PageSource page : pages) {
			int length = previous.page(page.slug()).printLength();
			if (length < 0) {
				return false;
			}
			expected += length;
		}
		return Files.size(file) == expected;
	}

	/** Where each part of the print version ends up: the length of its opening and of each chapter's section. */
	public record Layout(int head, int[] chapters) {
	}

	/**
	 * Writes the print version: the changed chapters spliced into the old file by their recorded
	 * lengths (its opening too is kept from the old file, being unchanged), or, when every chapter
	 * was rendered now, the whole file. The new file takes the old one's place with the site's
	 * other staged files.
	 *
	 * @param sections each chapter's section rendered now, or null where the old one is kept
	 */
	public static Layout write(Path out, SiteTemplate template, PublishState previous, byte[][] sections, StagedFiles files) throws IOException {
		List<PageSource> pages = template.site().pages();
		int[] lengths = new int[pages.size()];
		Path file = out.resolve("print.html");
		byte[] tail = SiteTemplate.printTail().getBytes(StandardCharsets.UTF_8);
		boolean all = Arrays.stream(sections).allMatch(f -> f != null);
		if (!all && Arrays.stream(sections).allMatch(f -> f == null)) {
			for (int i = 0; i < pages.size(); i++) {
				lengths[i] = previous.page(pages.get(i).slug()).printLength();
			}
			return new Layout(previous.printHeadLength(), lengths);
		}
		byte[] head = all ? template.printHead().getBytes(StandardCharsets.UTF_8) : null;
		int headLength = all ? head.length : previous.printHeadLength();
		Path temp = files.beside(file);
		try (FileChannel target = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
				FileChannel old = all ? null : FileChannel.open(file, StandardOpenOption.READ)) {
			if (all) {
				write(target, head);
			} else {
				copy(old, 0, headLength, target);
			}
			long at = headLength;
			long keepFrom = -1;
			for (int i = 0; i < pages.size(); i++) {
				int oldLength = all ? 0 : previous.page(pages.get(i).slug()).printLength();
				if (sections[i] != null) {
					if (keepFrom >= 0) {
						copy(old, keepFrom, at - keepFrom, target);
						keepFrom = -1;
					}
					write(target, sections[i]);
					lengths[i] = sections[i].length;
				} else {
					keepFrom = keepFrom < 0 ? at : keepFrom;
					lengths[i] = oldLength;
				}
				at += oldLength;
			}
			if (keepFrom >= 0) {
				copy(old, keepFrom, at - keepFrom, target);
			}
			write(target, tail);
		}
		return new Layout(headLength, lengths);
	}

	private static void write(FileChannel target, byte[] bytes) throws IOException {
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		while (buffer.hasRemaining()) {
			target.write(buffer);
		}
	}

	/** Copies part of the old print version into the new one (in the kernel where it can). */
	private static void copy(FileChannel from, long position, long count, FileChannel target) throws IOException {
		long done = 0;
		while (done < count) {
			long n = from.transferTo(position + done, count - done, target);
			if (n <= 0) {
				throw new IOException("print.html is shorter than the last publish left it");
			}
			done += n;
		}
	}
}
