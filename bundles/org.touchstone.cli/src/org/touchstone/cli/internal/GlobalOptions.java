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
	final Session session;

	@Option(names = { "-h", "--help" }, usageHelp = true)
	boolean help;

	@Option(names = { "-V", "--version" }, versionHelp = true)
	boolean version;

	GlobalOptions(Session session) {
		this.session = session;
	}

	@Option(names = "--workspace", paramLabel = "DIR")
	void workspace(Path folder) {
		if (folder != null) {
			session.workspaceFolder = folder;
		}
	}

	@Option(names = "--user", paramLabel = "NAME")
	void user(String name) {
		if (name != null && !name.isBlank()) {
			session.requestedUser = name;
		}
	}

	@Option(names = "--lang", paramLabel = "LANG")
	void lang(String language) {
		// Read before the command line is parsed (CliLanguage), so that the help speaks it too.
		if (language != null) {
			session.askedLanguage = org.touchstone.model.Language.get(language);
		}
	}

	@Option(names = "--debug")
	void debug(boolean debug) {
		if (debug) {
			session.debug = true;
		}
	}
}
