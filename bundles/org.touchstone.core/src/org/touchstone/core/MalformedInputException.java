package org.touchstone.core;

import java.nio.file.Path;

/** An input file that cannot be read or does not follow its format; names the file and, where known, line and field. */
public class MalformedInputException extends TouchstoneException {
	private static final long serialVersionUID = 1L;
	private final Path file;
	private final int line;
	private final CoreMessage detail;

	public MalformedInputException(Path file, int line, String detail) {
		this(file, line, detail, null);
	}

	public MalformedInputException(Path file, int line, String detail, Throwable cause) {
		this(file, line, CoreMessage.of("text", detail), cause);
	}

	public MalformedInputException(Path file, int line, CoreMessage detail) {
		this(file, line, detail, null);
	}

	public MalformedInputException(Path file, int line, CoreMessage detail, Throwable cause) {
		super(line > 0 ? CoreMessage.of("malformed.atLine", file, line, detail) : CoreMessage.of("malformed.inFile", file, detail), cause);
		this.file = file;
		this.line = line;
		this.detail = detail;
	}

	/** What is wrong, without the file and line, in English. */
	public String detail() {
		return detail.toString();
	}

	/** What is wrong, without the file and line. */
	public CoreMessage detailMessage() {
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
