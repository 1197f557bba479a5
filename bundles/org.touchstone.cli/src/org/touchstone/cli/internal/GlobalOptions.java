package org.touchstone.cli.internal;

import java.nio.file.Path;
import java.util.Map;

import org.touchstone.core.Workspace;

import picocli.CommandLine.Option;

/** The options every command understands. */
public class GlobalOptions {
	@Option(names = "--workspace", paramLabel = "DIR", description = "The workspace folder (default: $TOUCHSTONE_WORKSPACE, else ~/.touchstone/workspace).")
	Path workspace;

	@Option(names = "--user", paramLabel = "NAME", description = "Act as this user (default: $TOUCHSTONE_USER, else the operating-system user).")
	String user;

	@Option(names = "--debug", description = "Show stack traces of errors.")
	boolean debug;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
	boolean help;

	@Option(names = { "-V", "--version" }, versionHelp = true, description = "Show the version and exit.")
	boolean version;

	Path workspace(Map<String, String> env) {
		return workspace != null ? workspace : Workspace.defaultLocation(env);
	}

	String user(Map<String, String> env) {
		return user != null && !user.isBlank() ? user : Workspace.defaultUser(env);
	}
}
