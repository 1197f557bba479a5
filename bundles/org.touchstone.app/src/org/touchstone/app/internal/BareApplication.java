package org.touchstone.app.internal;

import java.lang.management.ManagementFactory;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.WorkbenchAdvisor;

/**
 * The workbench benchmark's baseline: a bare RCP window, started from the same product in the same
 * way but with no Touchstone perspective, view or workspace (of the Touchstone bundles only this
 * one is started, with the platform, as in every start of the product, and its activator reads
 * nothing for this application); prints the time from the start of the JVM to its first painted
 * window and closes.
 */
public class BareApplication implements IApplication {
	@Override
	public Object start(IApplicationContext context) {
		long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
		Display display = PlatformUI.createDisplay();
		try {
			PlatformUI.createAndRunWorkbench(display, new WorkbenchAdvisor() {
				@Override
				public String getInitialWindowPerspectiveId() {
					return null;
				}

				@Override
				public void postStartup() {
					display.asyncExec(() -> {
						display.update();
						MeasureApplication.result("bare.startup.ms", System.currentTimeMillis() - jvmStart);
						PlatformUI.getWorkbench().close();
					});
				}
			});
		} finally {
			display.dispose();
		}
		return IApplication.EXIT_OK;
	}

	@Override
	public void stop() {
	}
}
