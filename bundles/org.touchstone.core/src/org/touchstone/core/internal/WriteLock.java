package org.touchstone.core.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.touchstone.core.WorkspaceLockedException;

/**
 * The workspace's write lock: an operating-system lock on {@code .lock}, so the kernel releases it
 * when a process dies and a crash cannot leave the workspace stuck. The file's text (who holds the
 * lock, since when) only serves the message shown to a second writer.
 */
public final class WriteLock implements AutoCloseable {
	private final FileChannel channel;
	private final FileLock lock;

	private WriteLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	public static WriteLock acquire(Path workspace) {
		Path file = workspace.resolve(".lock");
		FileChannel channel = null;
		try {
			Files.createDirectories(workspace);
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (OverlappingFileLockException e) {
				lock = null;
			}
			if (lock == null) {
				String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
				channel.close();
				throw new WorkspaceLockedException("workspace " + workspace + " is being changed by another Touchstone process"
						+ (holder.isEmpty() ? "" : " (" + holder + ")") + "; try again when it has finished");
			}
			channel.truncate(0);
			String holder = "pid " + ManagementFactory.getRuntimeMXBean().getPid() + " since " + Instant.now();
			channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
			return new WriteLock(channel, lock);
		} catch (IOException e) {
			closeQuietly(channel);
			throw new WorkspaceLockedException("cannot lock workspace " + workspace + ": " + e.getMessage());
		}
	}

	@Override
	public void close() {
		try {
			channel.truncate(0);
			lock.release();
		} catch (IOException e) {
			// The lock goes with the channel below in any case.
		}
		closeQuietly(channel);
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			} catch (IOException e) {
				// Nothing left to release.
			}
		}
	}
}
