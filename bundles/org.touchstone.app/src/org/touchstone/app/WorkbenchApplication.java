package org.touchstone.app;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.touchstone.app.internal.TouchstoneWorkbenchAdvisor;
import org.touchstone.core.Workspace;

/**
 * The workbench application. Understands {@code --workspace DIR} and {@code --user NAME}; without
 * them it opens the same workspace, as the same user, as the command line would: the login,
 * unless the workspace is a shared demo (see {@link TouchstoneWorkbenchAdvisor}).
 */
public class WorkbenchApplication implements IApplication {
	/**
	 * The workspace and user the workbench opens, from its arguments and environment: read the same
	 * way by the application and by the reading that starts with the platform.
	 *
	 * @param user the user asked for (null: the login)
	 */
	public record Arguments(Path workspace, String user, String login) {
		public static Arguments of(String[] args, Map<String, String> env) {
			Path workspace = Workspace.defaultLocation(env);
			String user = env.get("TOUCHSTONE_USER");
			for (int i = 0; args != null && i + 1 < args.length; i++) {
				if (args[i].equals("--workspace")) {
					workspace = Path.of(args[++i]);
				} else if (args[i].equals("--user")) {
					user = args[++i];
				}
			}
			return new Arguments(workspace, user, Workspace.login(env));
		}
	}

	@Override
	public Object start(IApplicationContext context) {
		Arguments arguments = Arguments.of((String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS), System.getenv());
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new TouchstoneWorkbenchAdvisor(arguments.workspace(), arguments.user(), arguments.login()));
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
