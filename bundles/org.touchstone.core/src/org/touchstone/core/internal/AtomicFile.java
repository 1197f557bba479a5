package org.touchstone.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a reader, or the next start after a crash, sees either the old or the
 * new content, never a mix: write a temporary file beside it, force it to disk, rename it over
 * the old one, then force the directory entry.
 */
public final class AtomicFile {
	/** Writes the new content to a stream. */
	@FunctionalInterface
	public interface Writer {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFile() {
	}

	public static void write(Path target, Writer writer) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
		boolean moved = false;
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
				OutputStream out = Channels.newOutputStream(channel);
				writer.writeTo(out);
				out.flush();
				channel.force(true);
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			moved = true;
			forceDirectory(dir);
		} finally {
			if (!moved) {
				Files.deleteIfExists(temp);
			}
		}
	}

	private static void forceDirectory(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// Some file systems cannot open a directory for reading; the rename is still atomic there.
		}
	}
}
