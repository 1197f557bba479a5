package org.touchstone.publish.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.touchstone.core.Context;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.Importer;
import org.touchstone.core.Workspace;
import org.touchstone.publish.HandbookPublisher;
import org.touchstone.publish.PublishResult;

/** A sample workspace to publish from, as its default user (an admin of every tenant). */
final class SampleSite {
	static final String USER = "me";
	final Workspace workspace;
	final Path dir;

	SampleSite(Path dir) {
		this.dir = dir;
		this.workspace = Workspace.openOrCreate(dir.resolve("ws"), USER);
	}

	PublishResult publish(String tenant, Path out) {
		try {
			return HandbookPublisher.publish(workspace, new Context(tenant, USER), null, out, false);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Imports a chapter file with this content into a tenant's handbook. */
	void chapter(String tenant, String fileName, String content) {
		try {
			Path file = dir.resolve(fileName);
			Files.writeString(file, content, StandardCharsets.UTF_8);
			new Importer(workspace, new DocumentControl(workspace, Clock.systemUTC())).importFiles(new Context(tenant, USER), List.of(file));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every file of a site, by relative path, as bytes. */
	static Map<String, byte[]> files(Path out) {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(out)) {
			for (Path p : walk.filter(Files::isRegularFile).toList()) {
				files.put(out.relativize(p).toString(), Files.readAllBytes(p));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
