package org.touchstone.cli.internal;

import org.touchstone.core.LayoutConversion;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code workspace convert}: the workspace as a whole. */
@Command(name = "workspace", subcommands = WorkspaceCommand.Convert.class)
public class WorkspaceCommand extends CommandGroup {
	/** Converts tenants kept in one file each into the layout with one file per element. */
	@Command(name = "convert")
	static class Convert implements Runnable {
		@Mixin
		GlobalOptions options;
		private final Session session;

		Convert(Session session) {
			this.session = session;
		}

		@Override
		public void run() {
			for (LayoutConversion.Converted c : LayoutConversion.convert(session.workspace(), session.actingUser())) {
				session.out.println(session.text(c.wasNeeded() ? "workspace.converted" : "workspace.alreadyConverted", c.tenant(), c.elements(), c.files()));
			}
		}
	}
}
