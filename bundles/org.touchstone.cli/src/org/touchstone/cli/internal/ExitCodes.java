package org.touchstone.cli.internal;

import java.io.PrintStream;
import java.io.UncheckedIOException;

import org.touchstone.core.AccessDeniedException;
import org.touchstone.core.InvalidValueException;
import org.touchstone.core.MalformedInputException;
import org.touchstone.core.NotFoundException;
import org.touchstone.core.TouchstoneException;

/** The exit codes of every command, and the one line on stderr that goes with a failure. */
public final class ExitCodes {
	public static final int OK = 0;
	public static final int FINDINGS = 1;
	public static final int USAGE = 2;
	public static final int PERMISSION_DENIED = 3;
	public static final int BAD_INPUT = 4;

	private ExitCodes() {
	}

	/** Prints one line for the error (and its stack trace only when asked for with --debug) and returns its exit code. */
	public static int report(Exception e, PrintStream err, boolean debug, CliMessages messages) {
		err.println("touchstone: " + message(e, messages));
		if (debug) {
			e.printStackTrace(err);
		} else if (!(e instanceof TouchstoneException)) {
			err.println(messages.text("debug.hint"));
		}
		return code(e);
	}

	static int code(Exception e) {
		if (e instanceof AccessDeniedException) {
			return PERMISSION_DENIED;
		}
		if (e instanceof MalformedInputException) {
			return BAD_INPUT;
		}
		if (e instanceof NotFoundException || e instanceof InvalidValueException || e instanceof UsageException) {
			return USAGE;
		}
		return FINDINGS;
	}

	private static String message(Exception e, CliMessages messages) {
		if (e instanceof TouchstoneException t) {
			return t.message(messages.language());
		}
		if (e instanceof UncheckedIOException io) {
			return io.getMessage();
		}
		return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
	}
}
