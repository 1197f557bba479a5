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
import java.util.concurrent.TimeUnit;

/**
 * Writes pages on a thread of its own while the publisher goes on rendering: creating thousands
 * of files mostly waits on the file system, so the writes and the rendering overlap. One thread,
 * not several: files created at once in one folder take turns on the folder's lock in the kernel,
 * and the waiting threads spin for it, so more writers are slower, not faster (the figures are in
 * the publish benchmark's history). {@link #close} waits for every
 * write and reports the first that failed.
 */
public final class PageWriter implements AutoCloseable {
	private final ExecutorService threads = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "touchstone-page-writer");
		thread.setDaemon(true);
		return thread;
	});
	private final List<Future<?>> writes = new ArrayList<>();

	/** Writes a file on the writer's thread; may be called from several threads. */
	public void write(Path file, byte[] content) {
		Future<?> write = threads.submit(() -> {
			Files.write(file, content);
			return null;
		});
		synchronized (writes) {
			writes.add(write);
		}
	}

	/** Stops writing: the writes not yet begun are dropped, and this returns when the others are done. */
	public void abandon() {
		threads.shutdownNow();
		try {
			threads.awaitTermination(1, TimeUnit.MINUTES);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Waits for every write (once; later calls return at once) and reports the first that failed. */
	@Override
	public void close() throws IOException {
		if (threads.isShutdown()) {
			return;
		}
		try {
			List<Future<?>> all;
			synchronized (writes) {
				all = List.copyOf(writes);
			}
			for (Future<?> write : all) {
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
