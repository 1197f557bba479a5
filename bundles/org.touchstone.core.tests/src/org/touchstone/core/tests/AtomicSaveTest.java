package org.touchstone.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.internal.AtomicFile;

class AtomicSaveTest {
	@TempDir
	Path dir;

	@Test
	void aSaveInterruptedMidWriteLeavesThePreviousFileIntact() throws Exception {
		Path file = dir.resolve("tenant.xmi");
		byte[] previous = "<previous/>".getBytes(StandardCharsets.UTF_8);
		Files.write(file, previous);

		IOException crash = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
			out.write("<half-writ".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertEquals("disk full", crash.getMessage());
		assertArrayEquals(previous, Files.readAllBytes(file));
		try (Stream<Path> left = Files.list(dir)) {
			assertEquals(1, left.count(), "no temporary file is left behind");
		}
	}

	@Test
	void aCompletedSaveReplacesTheFile() throws Exception {
		Path file = dir.resolve("tenant.xmi");
		Files.writeString(file, "old");
		AtomicFile.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
		assertEquals("new", Files.readString(file));
	}
}
