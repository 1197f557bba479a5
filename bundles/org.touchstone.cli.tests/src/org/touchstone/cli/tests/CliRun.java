package org.touchstone.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.touchstone.cli.Cli;

/** One run of the command line in this JVM, with its own environment, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {
	static CliRun run(Path home, String... args) {
		Map<String, String> env = new HashMap<>();
		env.put("HOME", home.toString());
		env.put("USER", "tester");
		return run(env, args);
	}

	static CliRun run(Map<String, String> env, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code;
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			code = Cli.run(args, o, e, env);
		}
		return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
