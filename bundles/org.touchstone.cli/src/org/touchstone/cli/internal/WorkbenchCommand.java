package org.touchstone.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Listed so that help shows it; the launch script starts the workbench product instead of the CLI. */
@Command(name = "workbench")
public class WorkbenchCommand implements Runnable {
	@Mixin
	GlobalOptions options;

	@Override
	public void run() {
		throw new UsageException(options.session.text("workbench.separate"));
	}
}
