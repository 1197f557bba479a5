package org.touchstone.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.touchstone.cli.internal.CliLanguage;
import org.touchstone.cli.internal.CliMessages;
import org.touchstone.cli.internal.ExitCodes;
import org.touchstone.cli.internal.TouchstoneCommand;
import org.touchstone.cli.internal.UsageException;
import org.touchstone.model.Language;

import picocli.CommandLine;

/**
 * The command line: {@code touchstone COMMAND [OPTIONS]}. Used by the headless application and by
 * tests, which pass their own streams and environment.
 */
public final class Cli {
	private Cli() {
	}

	/**
	 * Runs one command.
	 *
	 * @param env the environment ({@code TOUCHSTONE_WORKSPACE}, {@code TOUCHSTONE_USER}, {@code HOME}, {@code USER},
	 *            and {@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG} for the language, unless {@code --lang} names one)
	 * @return the exit code: 0 ok, 1 findings or a failed check, 2 usage error, 3 permission denied,
	 *         4 unreadable or malformed input file
	 */
	public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
		boolean debug = Arrays.asList(args).contains("--debug");
		Language language;
		try {
			language = CliLanguage.of(args, env);
		} catch (UsageException e) {
			return ExitCodes.report(e, err, debug, new CliMessages(Language.EN));
		}
		CliMessages messages = new CliMessages(language);
		CommandLine commandLine = TouchstoneCommand.commandLine(env, language, out, err);
		commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
		commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
		commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> ExitCodes.report(e, err, debug, messages));
		try {
			return commandLine.execute(args);
		} catch (Exception | Error e) {
			// Errors too (a stack overflow, a missing class): reported and a failing exit code,
			// never left to the framework's log with exit 0.
			return ExitCodes.report(e instanceof Exception ex ? ex : new IllegalStateException(messages.text("internal.error", e), e), err, debug, messages);
		} finally {
			out.flush();
			err.flush();
		}
	}
}
