package org.touchstone.cli.internal;

import java.io.PrintStream;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IVersionProvider;

/** The top of the command tree. */
@Command(name = "touchstone", versionProvider = TouchstoneCommand.Version.class,
		subcommands = { TenantCommand.class, StandardCommand.class, ValidateCommand.class, CoverageCommand.class, ImportCommand.class, ExportCommand.class,
				PublishCommand.class, QuizCommand.class, SearchCommand.class, IndexCommand.class, SiteCommand.class, AuditCommand.class, ComplaintCommand.class, ReportCommand.class,
				WorkspaceCommand.class, SyncCommand.class, CloneCommand.class, WorkbenchCommand.class })
public class TouchstoneCommand extends CommandGroup {

	/** The command tree in English. */
	public static CommandLine commandLine(Map<String, String> env, PrintStream out, PrintStream err) {
		return commandLine(env, org.touchstone.model.Language.EN, out, err);
	}

	/** The command tree, speaking {@code language} in its help and messages. */
	public static CommandLine commandLine(Map<String, String> env, org.touchstone.model.Language language, PrintStream out, PrintStream err) {
		Session session = new Session(env, language, out, err);
		IFactory defaults = CommandLine.defaultFactory();
		IFactory factory = new IFactory() {
			@Override
			public <K> K create(Class<K> type) throws Exception {
				try {
					return type.getDeclaredConstructor(Session.class).newInstance(session);
				} catch (NoSuchMethodException e) {
					return defaults.create(type);
				}
			}
		};
		CommandLine commandLine = new CommandLine(TouchstoneCommand.class, factory);
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		// After the subcommands are added: picocli hands the file down to each of them.
		commandLine.setResourceBundle(session.messages.bundle());
		return commandLine;
	}

	/** The version of the installed Touchstone bundles. */
	public static class Version implements IVersionProvider {
		@Override
		public String[] getVersion() {
			Bundle bundle = FrameworkUtil.getBundle(TouchstoneCommand.class);
			String version = bundle == null ? "development" : bundle.getVersion().toString();
			return new String[] { "Touchstone " + version, "Java " + Runtime.version() };
		}
	}
}
