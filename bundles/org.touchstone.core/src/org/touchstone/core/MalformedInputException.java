package org.touchstone.core;

import java.nio.file.Path;

/** An input file that cannot be read or does not follow its format; names the file and, where known, line and field. */
public class MalformedInputException extends TouchstoneException {
	private static final long serialVersionUID = 1L;
	private final Path file;
	private final int line;
	private final String detail;

	public MalformedInputException(Path file, int line, String detail) {
		this(file, line, detail, null);
	}

	public MalformedInputException(Path file, int line, String detail, Throwable cause) {
		super(file + (line > 0 ? ":" + line : "") + ": " + detail, cause);
		this.file = file;
		this.line = line;
		this.detail = detail;
	}

	/** What is wrong, without the file and line. */
	public String detail() {
		return detail;
	}

	public Path file() {
		return file;
	}

	/** The 1-based line of the problem, or 0 when the format has no lines or the line is unknown. */
	public int line() {
		return line;
	}
}
