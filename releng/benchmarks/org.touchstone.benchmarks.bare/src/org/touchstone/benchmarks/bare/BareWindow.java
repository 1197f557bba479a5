package org.touchstone.benchmarks.bare;

import java.lang.management.ManagementFactory;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.WorkbenchAdvisor;

/**
 * The workbench benchmark's baseline ({@code releng/benchmarks/run.sh workbench}): a bare RCP
 * window, with no perspective, view or menu, in a product of its own that holds the platform the
 * workbench runs on and no Touchstone bundle but this one; started the same way as the workbench,
 * it prints the time from the start of the JVM to its first painted window and closes.
 */
public class BareWindow implements IApplication {
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
						System.out.println("RESULT bare.startup.ms " + (System.currentTimeMillis() - jvmStart));
						System.out.flush();
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
