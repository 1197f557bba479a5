package org.touchstone.app.internal;

import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.service.environment.EnvironmentInfo;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.touchstone.app.WorkbenchApplication;

/**
 * The bundle's activator. The workbench product starts this bundle with the platform (start level
 * 4), and when the application about to run is the workbench (or its benchmark), the workspace it
 * will open is read from then on, while the platform is still starting: the workbench would
 * otherwise wait for it, or share the processors with it, while it builds its window. Any other
 * application (the command line the product also holds, the tests) reads nothing here.
 */
public final class EarlyReading implements BundleActivator {
	/** The applications that open the workspace the way {@link WorkbenchApplication.Arguments} reads it. */
	private static final Set<String> WORKBENCHES = Set.of("org.touchstone.app.workbench", "org.touchstone.app.measure");

	@Override
	public void start(BundleContext context) {
		try {
			ServiceReference<EnvironmentInfo> reference = context.getServiceReference(EnvironmentInfo.class);
			if (reference == null) {
				return;
			}
			String[] args = context.getService(reference).getNonFrameworkArgs();
			WorkbenchApplication.Arguments arguments = argumentsToRead(args, context.getProperty("eclipse.application"), System.getenv());
			if (arguments != null) {
				WorkspaceReading.startEarly(arguments.workspace(), arguments.user(), arguments.login());
			}
		} catch (RuntimeException | LinkageError e) {
			// An activator that fails stops the bundle, and with it the application. Reading early
			// only saves time: the workbench reads the workspace itself and names any trouble.
		}
	}

	/**
	 * What the application about to run will open, or null when it is not a workbench. The
	 * application named by {@code -application} among the arguments runs; without one, the
	 * product's ({@code eclipse.application}, which names the product's application even when
	 * another is asked for on the command line).
	 */
	static WorkbenchApplication.Arguments argumentsToRead(String[] args, String productApplication, Map<String, String> env) {
		String application = productApplication;
		for (int i = 0; args != null && i + 1 < args.length; i++) {
			if (args[i].equals("-application")) {
				application = args[i + 1];
			}
		}
		return application != null && WORKBENCHES.contains(application) ? WorkbenchApplication.Arguments.of(args, env) : null;
	}

	@Override
	public void stop(BundleContext context) {
	}
}
