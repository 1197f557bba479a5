package org.touchstone.app.internal;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.touchstone.model.Tenant;
import org.touchstone.ui.internal.FindingsView;
import org.touchstone.ui.internal.StandardEditor;
import org.touchstone.ui.internal.TenantsView;

/**
 * The workbench benchmark's application ({@code releng/benchmarks/run.sh workbench}): opens the
 * workbench on a workspace as a user would and prints, as RESULT lines, the time to the first
 * painted window (from the start of the JVM), to check the tenant's findings, to expand its
 * standards in the navigator, to open a standard's editor, from a change in a field to the updated
 * findings (median, first and worst of several), and for each of these phases (and for 3 s of doing nothing) the longest the UI
 * thread was away from its event loop ({@code ui-freeze}: how long a key press would have waited)
 * and the longest a task posted with {@code asyncExec} waited ({@code ui-async-wait}).
 * Arguments: --workspace DIR --user NAME (read as the workbench reads them) --tenant ID --key STANDARD [--changes N].
 */
public class MeasureApplication implements IApplication {
	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		org.touchstone.app.WorkbenchApplication.Arguments arguments = org.touchstone.app.WorkbenchApplication.Arguments.of(args, System.getenv());
		String tenant = arg(args, "--tenant", "bench");
		String key = arg(args, "--key", "S-5000");
		int changes = Integer.parseInt(arg(args, "--changes", "15"));
		long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
		Display display = PlatformUI.createDisplay();
		try {
			PlatformUI.createAndRunWorkbench(display, new TouchstoneWorkbenchAdvisor(arguments.workspace(), arguments.user(), arguments.login()) {
				@Override
				public void postStartup() {
					super.postStartup();
					display.asyncExec(() -> {
						display.update();
						result("workbench.startup.ms", System.currentTimeMillis() - jvmStart);
						try {
							measure(display, tenant, key, changes);
						} finally {
							PlatformUI.getWorkbench().close();
						}
					});
				}
			});
		} finally {
			display.dispose();
		}
		return IApplication.EXIT_OK;
	}

	private static void measure(Display display, String tenantId, String key, int changes) {
		Heartbeat heartbeat = new Heartbeat(display);
		Watchdog watchdog = new Watchdog(display);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		TenantsView tenants = (TenantsView) page.findView(TenantsView.ID);
		FindingsView findings = (FindingsView) page.findView(FindingsView.ID);
		Object tenant = java.util.Arrays.stream(tenants.viewer().getTree().getItems()).map(i -> i.getData())
				.filter(d -> d instanceof Tenant t && t.getId().equals(tenantId)).findFirst().orElseThrow();
		long start = System.nanoTime();
		tenants.viewer().setSelection(new StructuredSelection(tenant), true);
		spinUntil(display, findings::isUpToDate);
		result("workbench.findings.all.ms", ms(start));
		result("workbench.ui-freeze.checking.ms", heartbeat.reset());
		result("workbench.ui-async-wait.checking.ms", watchdog.reset());

		Object standards = ((ITreeContentProvider) tenants.viewer().getContentProvider()).getChildren(tenant)[0];
		start = System.nanoTime();
		// As a user opens the standards: the dimensions, and under each its standards (or their runs).
		tenants.viewer().expandToLevel(standards, 2);
		display.update();
		result("workbench.navigator.expand.ms", ms(start));
		spinUntil(display, () -> false, 200);
		result("workbench.ui-freeze.expanding.ms", heartbeat.reset());
		result("workbench.ui-async-wait.expanding.ms", watchdog.reset());

		// Doing nothing, for longer than the look for files changed by another program takes to come
		// round: what the workbench does on its own (a timer, a watch) must not hold the UI either.
		spinUntil(display, () -> false, org.touchstone.ui.DiskWatcher.INTERVAL_MS + 1000);
		result("workbench.ui-freeze.idle.ms", heartbeat.reset());
		result("workbench.ui-async-wait.idle.ms", watchdog.reset());

		start = System.nanoTime();
		StandardEditor editor = (StandardEditor) tenants.openStandard(tenantId, key);
		display.update();
		result("workbench.editor.open.ms", ms(start));
		spinUntil(display, () -> false, 200);
		result("workbench.ui-freeze.opening.ms", heartbeat.reset());
		result("workbench.ui-async-wait.opening.ms", watchdog.reset());

		StandardEditor.consent = message -> true;
		Text threshold = (Text) field(editor.getSite().getShell(), "threshold");
		List<Long> latencies = new ArrayList<>();
		for (int i = 0; i < changes; i++) {
			Object before = findings.viewer().getInput();
			threshold.setText(i % 2 == 0 ? "4000" : "30");
			start = System.nanoTime();
			threshold.notifyListeners(SWT.DefaultSelection, new Event());
			spinUntil(display, () -> findings.viewer().getInput() != before);
			latencies.add(ms(start));
			spinUntil(display, () -> false, 50);
		}
		result("workbench.change-to-finding.first.ms", latencies.get(0));
		Collections.sort(latencies);
		result("workbench.change-to-finding.median.ms", latencies.get(latencies.size() / 2));
		result("workbench.change-to-finding.max.ms", latencies.get(latencies.size() - 1));
		result("workbench.ui-freeze.changing.ms", heartbeat.stop());
		result("workbench.ui-async-wait.changing.ms", watchdog.stop());
		page.closeEditor(editor, false);
	}

	private static Control field(Control root, String name) {
		if (name.equals(root.getData(StandardEditor.FIELD))) {
			return root;
		}
		if (root instanceof org.eclipse.swt.widgets.Composite c) {
			for (Control child : c.getChildren()) {
				Control found = field(child, name);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void spinUntil(Display display, java.util.function.BooleanSupplier done) {
		spinUntil(display, done, 120_000);
	}

	/** Runs the event loop until done, or for at most {@code ms} (so that the watchdog's tasks run too). */
	private static void spinUntil(Display display, java.util.function.BooleanSupplier done, long ms) {
		long until = System.nanoTime() + ms * 1_000_000;
		while (!done.getAsBoolean() && System.nanoTime() < until) {
			if (!display.readAndDispatch()) {
				display.timerExec(5, () -> {
				});
				display.sleep();
			}
		}
	}

	private static long ms(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

	static void result(String name, long value) {
		System.out.println("RESULT " + name + " " + value);
		System.out.flush();
	}

	private static String arg(String[] args, String name, String otherwise) {
		for (int i = 0; args != null && i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return otherwise;
	}

	@Override
	public void stop() {
	}

	/**
	 * A timer on the UI thread every 10 ms that keeps the longest gap between two of its ticks,
	 * less the 10 ms: the longest the UI thread was away from its event loop. A timer is dispatched
	 * by GTK as a key press or a click is, at any depth of nested event loops, so this is how long
	 * a user's input would have waited. The measuring code's own work counts too.
	 */
	private static final class Heartbeat implements Runnable {
		private static final int PERIOD_MS = 10;
		private final Display display;
		private boolean running = true;
		private long last = System.nanoTime();
		private long longest;

		Heartbeat(Display display) {
			this.display = display;
			display.timerExec(PERIOD_MS, this);
		}

		@Override
		public void run() {
			long now = System.nanoTime();
			longest = Math.max(longest, (now - last) / 1_000_000 - PERIOD_MS);
			last = now;
			if (running && !display.isDisposed()) {
				display.timerExec(PERIOD_MS, this);
			}
		}

		/** The longest gap since the last reset, and starts counting again. */
		long reset() {
			run();
			long l = longest;
			longest = 0;
			return l;
		}

		long stop() {
			long l = reset();
			running = false;
			return l;
		}
	}

	/**
	 * Asks the UI thread every 10 ms, from a thread of its own, to run a trivial task and keeps the
	 * longest wait. SWT runs one such task per pass of the event loop, and none while GTK has
	 * events to dispatch, so the tasks posted during a long event queue up behind each other: this
	 * figure is at least the longest freeze, and often more.
	 */
	private static final class Watchdog {
		private volatile boolean running = true;
		private volatile long longest;
		private final Thread thread;

		Watchdog(Display display) {
			thread = new Thread(() -> {
				while (running && !display.isDisposed()) {
					long posted = System.nanoTime();
					display.asyncExec(() -> longest = Math.max(longest, (System.nanoTime() - posted) / 1_000_000));
					try {
						Thread.sleep(10);
					} catch (InterruptedException e) {
						return;
					}
				}
			}, "touchstone-ui-watchdog");
			thread.setDaemon(true);
			thread.start();
		}

		/** The longest wait since the last reset, and starts counting again. */
		long reset() {
			long l = longest;
			longest = 0;
			return l;
		}

		long stop() {
			running = false;
			return longest;
		}
	}
}
