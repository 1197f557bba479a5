package org.touchstone.publish.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes pages on threads of its own while the publisher goes on with the search index and the
 * print version: creating thousands of files mostly waits on the file system, so the writes and
 * that work overlap. {@link #close} waits for every write and reports the first that failed.
 */
public final class PageWriter implements AutoCloseable {
	private static final int THREADS = 3;

	private final ExecutorService threads = Executors.newFixedThreadPool(THREADS, task -> {
		Thread thread = new Thread(task, "touchstone-page-writer");
		thread.setDaemon(true);
		return thread;
	});
	private final List<Future<?>> writes = new ArrayList<>();

	public void write(Path file, byte[] content) {
		writes.add(threads.submit(() -> {
			Files.write(file, content);
			return null;
		}));
	}

	@Override
	public void close() throws IOException {
		try {
			for (Future<?> write : writes) {
				write.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while writing pages", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			throw new UncheckedIOException(new IOException(e.getCause()));
		} finally {
			threads.shutdownNow();
		}
	}
}
