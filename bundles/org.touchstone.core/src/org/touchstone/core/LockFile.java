package org.touchstone.core;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An operating-system lock on a file, the one way Touchstone keeps two writers apart (the
 * workspace's write lock, one publish per output folder): held by one process at a time, and let go
 * by the kernel when that process dies, so a crash never leaves anything locked.
 */
public final class LockFile implements AutoCloseable {
	private final FileChannel channel;
	private final FileLock lock;

	private LockFile(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the lock on a file (made, with its folder, when missing), or returns null at once when
	 * another process, or another holder in this one, has it.
	 */
	public static LockFile tryTake(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
		try {
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (OverlappingFileLockException e) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				return null;
			}
			return new LockFile(channel, lock);
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
	}

	/** The locked file, to note in it who holds the lock. */
	public FileChannel channel() {
		return channel;
	}

	@Override
	public void close() {
		try {
			lock.release();
		} catch (IOException e) {
			// Closing the channel below lets go of the lock as well.
		}
		try {
			channel.close();
		} catch (IOException e) {
			// Nothing is left to let go of.
		}
	}
}
