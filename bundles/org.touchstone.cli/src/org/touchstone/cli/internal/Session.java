package org.touchstone.cli.internal;

import java.io.PrintStream;
import java.util.Map;

import org.touchstone.core.Context;
import org.touchstone.core.Workspace;
import org.touchstone.core.WorkspaceProblem;

/** What a command runs with: the environment, the output streams and, once opened, the workspace. */
public final class Session {
	final Map<String, String> env;
	final PrintStream out;
	final PrintStream err;

	Session(Map<String, String> env, PrintStream out, PrintStream err) {
		this.env = env;
		this.out = out;
		this.err = err;
	}

	/**
	 * Opens the workspace named by the options, creating it from the sample content on first use. A
	 * new sample workspace makes the default user ($TOUCHSTONE_USER, else the login name) an admin
	 * of every tenant, whoever --user names for this one command.
	 */
	Workspace workspace(GlobalOptions options) {
		Workspace workspace = Workspace.openOrCreate(options.workspace(env), Workspace.defaultUser(env));
		if (workspace.created()) {
			err.println("touchstone: created workspace " + workspace.root() + " from the sample content");
		}
		for (WorkspaceProblem problem : workspace.problems()) {
			err.println("touchstone: warning: " + problem + " (skipped; the rest of the workspace is open)");
		}
		return workspace;
	}

	Context context(GlobalOptions options, String tenant) {
		return new Context(tenant, options.user(env));
	}
}
