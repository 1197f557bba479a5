package org.touchstone.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application: runs one command and returns its exit code to the launcher. */
public class TouchstoneApplication implements IApplication {
	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		return Cli.run(args == null ? new String[0] : args, System.out, System.err, System.getenv());
	}

	@Override
	public void stop() {
		// A command runs to its end; there is nothing to interrupt.
	}
}
