package org.touchstone.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

import org.touchstone.core.Context;
import org.touchstone.core.Workspace;
import org.touchstone.core.WorkspaceProblem;
import org.touchstone.model.Language;

/**
 * What a command runs with: the environment, the output streams, the global options wherever they
 * stood on the command line, and, once opened, the workspace.
 */
public final class Session {
	final Map<String, String> env;
	final PrintStream out;
	final PrintStream err;
	Path workspaceFolder;
	String requestedUser;
	boolean debug;
	/** The language the command line speaks in this run. */
	final Language language;
	/** The language {@code --lang} named, or null: for what has a language of its own otherwise (a quiz's questions). */
	Language askedLanguage;
	final CliMessages messages;
	private Workspace workspace;

	Session(Map<String, String> env, Language language, PrintStream out, PrintStream err) {
		this.env = env;
		this.language = language;
		this.messages = new CliMessages(language);
		this.out = out;
		this.err = err;
	}

	/** A message in the command line's language. */
	String text(String key, Object... args) {
		return messages.text(key, args);
	}

	/**
	 * Opens the workspace named by the options, creating it from the sample content on first use. A
	 * new sample workspace makes the default user ($TOUCHSTONE_USER, else the login name) an admin
	 * of every tenant, whoever --user names for this one command.
	 */
	/**
	 * The login on a Git server for sync and clone, from {@code TOUCHSTONE_GIT_PASSWORD} (and
	 * {@code TOUCHSTONE_GIT_USER}, else the acting user's name); null without a password. Taken from
	 * the environment for one command and never written anywhere.
	 */
	org.touchstone.team.TenantGit.ServerLogin serverLogin() {
		String password = env.get("TOUCHSTONE_GIT_PASSWORD");
		if (password == null || password.isEmpty()) {
			return null;
		}
		String user = env.get("TOUCHSTONE_GIT_USER");
		return new org.touchstone.team.TenantGit.ServerLogin(user == null || user.isBlank() ? actingUser() : user, password.toCharArray());
	}

	Workspace workspace() {
		if (workspace == null) {
			Path folder = workspaceFolder != null ? workspaceFolder : Workspace.defaultLocation(env);
			workspace = Workspace.openOrCreate(folder, Workspace.defaultUser(env));
			// A tenant kept in Git records each save as a commit by the user who saved it.
			org.touchstone.team.TenantGit.recordSaves(workspace);
			if (workspace.created()) {
				// A year of made-up audits and complaints, so that report and validate show something at once.
				org.touchstone.results.SampleResults.addTo(workspace, Workspace.defaultUser(env));
				err.println(text("workspace.created", workspace.root()));
			}
			for (WorkspaceProblem problem : workspace.problems()) {
				err.println(text("workspace.problem", problem));
			}
		}
		return workspace;
	}

	/** The user this command acts as: --user, else $TOUCHSTONE_USER, else the login, as the workspace allows. */
	String actingUser() {
		return workspace().actingUser(requestedUser(), Workspace.login(env));
	}

	Context context(String tenant) {
		return workspace().context(tenant, requestedUser(), Workspace.login(env));
	}

	private String requestedUser() {
		return requestedUser != null ? requestedUser : env.get("TOUCHSTONE_USER");
	}
}
