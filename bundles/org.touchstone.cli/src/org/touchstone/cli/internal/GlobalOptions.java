package org.touchstone.cli.internal;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * The options every command understands. Every command has its own copy (so that each one's
 * {@code --help} lists them), and each copy hands what it is given to the one {@link Session}: an
 * option works the same before the command's name ({@code touchstone --user lin.qm standard new})
 * as after it.
 */
public class GlobalOptions {
	private final Session session;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
	boolean help;

	@Option(names = { "-V", "--version" }, versionHelp = true, description = "Show the version and exit.")
	boolean version;

	GlobalOptions(Session session) {
		this.session = session;
	}

	@Option(names = "--workspace", paramLabel = "DIR", description = "The workspace folder (default: $TOUCHSTONE_WORKSPACE, else ~/.touchstone/workspace).")
	void workspace(Path folder) {
		if (folder != null) {
			session.workspaceFolder = folder;
		}
	}

	@Option(names = "--user", paramLabel = "NAME", description = "Act as this user (default: $TOUCHSTONE_USER, else your login); "
			+ "only a shared demo or training workspace lets you name someone else.")
	void user(String name) {
		if (name != null && !name.isBlank()) {
			session.requestedUser = name;
		}
	}

	@Option(names = "--debug", description = "Show stack traces of errors.")
	void debug(boolean debug) {
		if (debug) {
			session.debug = true;
		}
	}
}
