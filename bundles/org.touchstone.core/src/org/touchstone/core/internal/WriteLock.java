package org.touchstone.core.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.touchstone.core.CoreMessage;
import org.touchstone.core.LockFile;
import org.touchstone.core.WorkspaceLockedException;

/**
 * The workspace's write lock: an operating-system lock on {@code .lock}, so the kernel releases it
 * when a process dies and a crash cannot leave the workspace stuck. The file's text (who holds the
 * lock, since when) only serves the message shown to a second writer.
 */
public final class WriteLock implements AutoCloseable {
	private final LockFile lock;

	private WriteLock(LockFile lock) {
		this.lock = lock;
	}

	public static WriteLock acquire(Path workspace) {
		Path file = workspace.resolve(".lock");
		LockFile lock = null;
		try {
			lock = LockFile.tryTake(file);
			if (lock == null) {
				String holder = Files.isRegularFile(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim() : "";
				throw new WorkspaceLockedException(holder.isEmpty() ? CoreMessage.of("workspace.locked", workspace)
						: CoreMessage.of("workspace.lockedBy", workspace, holder));
			}
			lock.channel().truncate(0);
			String holder = "pid " + ManagementFactory.getRuntimeMXBean().getPid() + " since " + Instant.now();
			lock.channel().write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
			return new WriteLock(lock);
		} catch (IOException e) {
			if (lock != null) {
				lock.close();
			}
			throw new WorkspaceLockedException(CoreMessage.of("workspace.cannotLock", workspace, e.getMessage()));
		}
	}

	@Override
	public void close() {
		try {
			lock.channel().truncate(0);
		} catch (IOException e) {
			// The note of who held it is only for messages; the lock goes below in any case.
		}
		lock.close();
	}
}
