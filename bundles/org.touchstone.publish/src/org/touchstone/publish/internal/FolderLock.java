package org.touchstone.publish.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.touchstone.core.LockFile;
import org.touchstone.core.TouchstoneException;

/**
 * One publish into a folder at a time, across threads and across processes of the same user (two
 * command lines, or one and the workbench): interleaved, two publishes could leave pages of one
 * with the state of the other. The lock is an operating-system lock on a file kept in the user's
 * cache ({@code ~/.cache/touchstone/publish-locks}), not in the folder, so that nothing is written
 * into a folder before the publisher has checked that it may write there, and a crash cannot
 * leave it held. A second publish does not wait: it stops with a message naming the folder.
 */
public final class FolderLock implements AutoCloseable {
	/** The folders this process is publishing into (the operating system's lock is per process). */
	private static final Set<Path> IN_THIS_PROCESS = ConcurrentHashMap.newKeySet();

	private final Path folder;
	/** The operating-system lock, or null when there is no place for lock files. */
	private final LockFile lock;

	private FolderLock(Path folder, LockFile lock) {
		this.folder = folder;
		this.lock = lock;
	}

	/** Takes the folder's lock, or throws naming the folder when another publish holds it. */
	public static FolderLock take(Path folder) {
		Path key = realPath(folder);
		if (!IN_THIS_PROCESS.add(key)) {
			throw busy(key);
		}
		LockFile lock;
		try {
			lock = LockFile.tryTake(lockFolder().resolve(fileName(key)));
		} catch (IOException e) {
			// No place for lock files (a read-only home, say): publishes in this process still
			// take turns, and this one goes on.
			return new FolderLock(key, null);
		}
		if (lock == null) {
			IN_THIS_PROCESS.remove(key);
			throw busy(key);
		}
		return new FolderLock(key, lock);
	}

	/** The folder as the file system knows it, so that a link to it and its own path share one lock. */
	private static Path realPath(Path folder) {
		try {
			return folder.toRealPath();
		} catch (IOException e) {
			return folder.toAbsolutePath().normalize(); // not made yet
		}
	}

	/**
	 * The lock file's name: the folder's path, encoded, so that it names the folder; very long paths
	 * by their hash. (Not a fingerprint: Lucene's hash is slow to set up in a
	 * fresh JVM, before anything else could overlap it.)
	 */
	static String fileName(Path folder) {
		String path = folder.toString();
		String encoded = java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
		return (encoded.length() <= 200 ? encoded : "long-" + Integer.toHexString(path.hashCode()) + "-" + path.length()) + ".lock";
	}

	private static TouchstoneException busy(Path folder) {
		return new TouchstoneException(org.touchstone.core.CoreMessage.of("publish.folderBusy", folder));
	}

	private static Path lockFolder() throws IOException {
		String cache = System.getenv("XDG_CACHE_HOME");
		Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
		return Files.createDirectories(base.resolve("touchstone").resolve("publish-locks"));
	}

	@Override
	public void close() {
		try {
			if (lock != null) {
				lock.close();
			}
		} finally {
			IN_THIS_PROCESS.remove(folder);
		}
	}
}
