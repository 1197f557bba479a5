package org.touchstone.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDK selection shared by {@code ./touchstone} and {@code ./mvnw}, run by bash against folders
 * laid out like {@code /usr/lib/jvm}, holding JDKs of known versions.
 */
class LaunchScriptTest {
	private static final Path ROOT = Path.of(System.getProperty("touchstone.root", "../.."));

	@TempDir
	Path jvms;

	@Test
	void withoutAJdk21TheLauncherStopsWithOneLineSayingWhatIsNeeded() throws Exception {
		Path old = fakeJdk("java-17-openjdk-amd64", "17.0.15");
		Result result = bash(Map.of("JAVA_HOME", old.toString(), "TOUCHSTONE_JVM_ROOT", jvms.toString()),
				ROOT.resolve("touchstone").toString(), "--version");
		assertEquals(1, result.code());
		assertEquals(1, result.err().lines().count(), result.err());
		assertTrue(result.err().contains("JDK 21 or newer is needed"), result.err());
		assertTrue(result.err().contains("Java 17"), result.err());
	}

	@Test
	void takesJavaHomeWhenItIsNewEnough() throws Exception {
		Path jdk21 = fakeJdk("jdk-21", "21.0.4");
		fakeJdk("jdk-25", "25.0.1");
		Result result = bash(Map.of("JAVA_HOME", jdk21.toString(), "TOUCHSTONE_JVM_ROOT", jvms.toString()), "-c",
				". '" + ROOT.resolve("releng/jdk.sh") + "' && echo \"$JAVA_HOME\"");
		assertEquals(0, result.code(), result.err());
		assertEquals(jdk21.toString(), result.out().strip());
	}

	@Test
	void otherwisePicksTheNewestJdkUnderTheJvmFolder() throws Exception {
		Path old = fakeJdk("java-17-openjdk-amd64", "17.0.15");
		fakeJdk("jdk-21", "21.0.4");
		Path newest = fakeJdk("temurin-25-jdk-amd64", "25.0.1");
		Files.createDirectories(jvms.resolve("jre-only-26"));
		Result result = bash(Map.of("JAVA_HOME", old.toString(), "TOUCHSTONE_JVM_ROOT", jvms.toString()), "-c",
				". '" + ROOT.resolve("releng/jdk.sh") + "' && echo \"$JAVA_HOME\"");
		assertEquals(0, result.code(), result.err());
		assertEquals(newest.toString(), result.out().strip());
	}

	private Path fakeJdk(String name, String version) throws IOException {
		Path home = jvms.resolve(name);
		Files.createDirectories(home.resolve("bin"));
		Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
		for (String tool : new String[] { "java", "javac" }) {
			Path file = home.resolve("bin").resolve(tool);
			Files.writeString(file, "#!/bin/sh\nexit 0\n");
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		return home;
	}

	private record Result(int code, String out, String err) {
	}

	private static Result bash(Map<String, String> env, String... args) throws Exception {
		String[] command = new String[args.length + 1];
		command[0] = "bash";
		System.arraycopy(args, 0, command, 1, args.length);
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().remove("JAVA_HOME");
		builder.environment().putAll(env);
		Process process = builder.start();
		process.getOutputStream().close();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		return new Result(process.waitFor(), out, err);
	}
}
