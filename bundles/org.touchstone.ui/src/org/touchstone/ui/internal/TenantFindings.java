package org.touchstone.ui.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.touchstone.core.Finding;
import org.touchstone.core.TenantCopy;
import org.touchstone.core.Validation;
import org.touchstone.model.Tenant;

/**
 * A tenant's findings, checked off the UI thread and kept up to date one element at a time.
 * <p>
 * Threads: the UI thread owns the tenant, as everywhere in the workbench, and the findings this
 * class hands out. A job checks a {@link TenantCopy} that only it reads: the UI thread copies the
 * tenant's elements into it once (a few tens of milliseconds at a time, so the window stays live),
 * then, after each edit, copies the top-level elements the edit touched (a standard with its
 * revisions, a playbook). The job puts those copies in place, checks them first, and sends the
 * findings back to the UI thread; a change to one standard re-checks that standard, not ten thousand.
 */
final class TenantFindings {
	/** How long one slice of the first copy may hold the UI thread. */
	static final long SLICE_MS = 40;
	/** How often the job sends what it has while it checks many elements. */
	private static final long REPORT_MS = 150;

	private final Tenant tenant;
	/** The language of the findings' messages: the workbench's, which need not be the tenant's. */
	private final org.touchstone.model.Language language = UiLanguage.current();
	private final Display display;
	private final Consumer<Set<EObject>> told;

	// Owned by the UI thread.
	private final Map<EObject, List<Finding>> byElement = new IdentityHashMap<>();
	private List<Finding> tenantOnly = List.of();
	/** The tenant's results, read off the UI thread for the findings from data (DataFindings). */
	private final java.util.function.Supplier<org.touchstone.results.ObservationTable> results;
	private final java.nio.file.Path resultsFolder;
	private org.touchstone.results.ObservationTable resultsRead;
	private long resultsStamp = Long.MIN_VALUE;
	/** The same findings by key (a standard's, a playbook's), kept in step with {@link #byElement}. */
	private final Map<String, List<Finding>> byKey = new HashMap<>();
	private final Deque<EObject> toCopy;
	private int handed;
	private int answered;
	private int waiting;
	private boolean disposed;

	// Handed from the UI thread to the job.
	private final ConcurrentLinkedQueue<Work> queue = new ConcurrentLinkedQueue<>();
	private final Checker checker;

	/** The findings kept for each tenant, shared by the Findings view and the navigator's labels. */
	private static final Map<String, TenantFindings> KEPT = new HashMap<>();

	/** Changes for the copy; {@code everything} once the first copy is complete: check it all. */
	private record Work(TenantCopy.Changes changes, boolean everything) {
	}

	/**
	 * What the job found: findings by element (the tenant's objects, used as keys only), how many
	 * changes it has taken and how many elements are still to check (-1: it has not begun). An
	 * early batch holds the changed elements' findings ahead of the tenant's own (which take a
	 * check of the whole tenant): it answers no change yet.
	 */
	private record Found(Map<EObject, List<Finding>> findings, List<Finding> tenantOnly, int answered, int waiting, boolean early) {
	}

	/** The findings kept for a tenant, or null when none are (no view has asked for them). */
	static TenantFindings kept(String tenant) {
		return KEPT.get(tenant);
	}

	/**
	 * Starts keeping a tenant's findings, in place of any kept before; {@code told} hears, on the
	 * UI thread, of each batch of findings that arrives (the elements checked, or null for all).
	 */
	static TenantFindings keep(Tenant tenant, Display display, Consumer<Set<EObject>> told) {
		TenantFindings before = KEPT.get(tenant.getId());
		if (before != null) {
			before.dispose();
		}
		TenantFindings findings = new TenantFindings(tenant, display, told);
		if (before != null && before.tenant == tenant) {
			// Until the new check is through, the last findings stay in view (the navigator's
			// counts, the editors' marks) instead of vanishing for a moment.
			findings.byElement.putAll(before.byElement);
			findings.byKey.putAll(before.byKey);
			findings.tenantOnly = before.tenantOnly;
		}
		KEPT.put(tenant.getId(), findings);
		return findings;
	}

	private TenantFindings(Tenant tenant, Display display, Consumer<Set<EObject>> told) {
		this.tenant = tenant;
		this.display = display;
		this.told = told;
		this.toCopy = new ArrayDeque<>(tenant.eContents());
		this.checker = new Checker(TenantCopy.withoutElements(tenant));
		this.results = resultsOf(tenant);
		this.resultsFolder = results == null ? null : org.touchstone.ui.WorkspaceModel.current().workspace().folder(tenant.getId()).resolve("results");
	}

	/** Reads the tenant's results for the findings from data; null when there is no workspace or the user may not read them. */
	private static java.util.function.Supplier<org.touchstone.results.ObservationTable> resultsOf(Tenant tenant) {
		try {
			org.touchstone.ui.WorkspaceModel model = org.touchstone.ui.WorkspaceModel.current();
			return new org.touchstone.results.Results(model.workspace()).reader(model.context(tenant.getId()));
		} catch (RuntimeException e) {
			return null;
		}
	}

	Tenant tenant() {
		return tenant;
	}

	/** Stops checking: another read of the tenant, or the view closed. */
	void dispose() {
		disposed = true;
		checker.cancel();
		KEPT.remove(tenant.getId(), this);
	}

	/**
	 * Copies elements for the job for up to one slice; returns whether the copy is complete, when
	 * the job starts checking everything.
	 */
	boolean copySlice() {
		long until = System.nanoTime() + SLICE_MS * 1_000_000;
		while (!toCopy.isEmpty() && System.nanoTime() < until) {
			List<EObject> batch = new ArrayList<>();
			while (!toCopy.isEmpty() && batch.size() < 50) {
				batch.add(toCopy.poll());
			}
			hand(new Work(TenantCopy.changes(tenant, batch), false));
		}
		if (toCopy.isEmpty()) {
			hand(new Work(TenantCopy.changes(tenant, List.of()), true));
			return true;
		}
		return false;
	}

	/** Hands the job the top-level elements a change touched, copied as they are now. */
	void checkChanged(Collection<?> affected) {
		Set<EObject> elements = new LinkedHashSet<>();
		for (Object o : affected) {
			for (EObject e = o instanceof EObject eo ? eo : null; e != null; e = e.eContainer()) {
				if (e.eContainer() == tenant) {
					elements.add(e);
					break;
				}
			}
		}
		hand(new Work(TenantCopy.changes(tenant, elements), false));
	}

	private void hand(Work work) {
		handed++;
		queue.add(work);
		checker.schedule();
	}

	/** On the UI thread: findings from the job. */
	private void receive(Found found) {
		if (disposed) {
			return;
		}
		found.findings().forEach(this::put);
		new ArrayList<>(byElement.keySet()).stream().filter(e -> e.eContainer() != tenant).forEach(gone -> put(gone, null));
		if (found.tenantOnly() != null) {
			tenantOnly = found.tenantOnly();
		}
		if (!found.early()) {
			answered = found.answered();
			waiting = found.waiting() < 0 ? tenant.eContents().size() : found.waiting();
		}
		told.accept(found.findings().size() > 200 ? null : found.findings().keySet());
	}

	/** Whether every change handed to the job has been checked and its findings have arrived. */
	boolean isUpToDate() {
		return toCopy.isEmpty() && answered == handed && waiting == 0;
	}

	/** How many elements are still to be checked (copied or not). */
	int waiting() {
		return toCopy.size() + waiting;
	}

	/** The errors and warnings of a key (a standard's, a playbook's), or null when it has none. */
	int[] count(String key) {
		List<Finding> findings = byKey.get(key);
		if (findings == null) {
			return null;
		}
		int errors = (int) findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
		return new int[] { errors, findings.size() - errors };
	}

	/** The findings of one key (a standard's, a playbook's): what its editor decorates and fixes. */
	List<Finding> of(String key) {
		return List.copyOf(byKey.getOrDefault(key, List.of()));
	}

	/**
	 * Puts in place the findings of one element (null: it is gone), in both maps: a batch costs what
	 * its elements have, not what the tenant has (gathering ten thousand standards' findings by key
	 * again after every batch held the UI thread for most of 100 ms).
	 */
	private void put(EObject element, List<Finding> findings) {
		List<Finding> before = findings == null ? byElement.remove(element) : byElement.put(element, findings);
		for (Finding f : before == null ? List.<Finding>of() : before) {
			List<Finding> ofKey = f.key() == null ? null : byKey.get(f.key());
			if (ofKey != null) {
				ofKey.remove(f);
				if (ofKey.isEmpty()) {
					byKey.remove(f.key());
				}
			}
		}
		for (Finding f : findings == null ? List.<Finding>of() : findings) {
			if (f.key() != null) {
				byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
			}
		}
	}

	/** Every finding, in the order {@code validate} prints them. */
	List<Finding> all() {
		List<Finding> all = new ArrayList<>(tenantOnly);
		byElement.values().forEach(all::addAll);
		all.sort(Comparator.comparing((Finding f) -> f.key() == null ? "" : f.key()).thenComparing(Finding::code));
		return all;
	}

	/** The job: the only reader of the copy. */
	private final class Checker extends Job {
		private final TenantCopy copy;
		/** The tenant's elements (as keys) whose copies wait to be checked, the latest changed first. */
		private final Deque<EObject> pending = new ArrayDeque<>();
		private boolean complete;
		private int applied;

		Checker(TenantCopy copy) {
			super(NLS.bind(Messages.FindingsView_job, tenant.getId()));
			this.copy = copy;
			setSystem(true);
			setPriority(Job.SHORT);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			Map<EObject, List<Finding>> found = new IdentityHashMap<>();
			long report = System.nanoTime() + REPORT_MS * 1_000_000;
			while (!monitor.isCanceled()) {
				takeWork();
				if (!complete || pending.isEmpty()) {
					break;
				}
				EObject element = pending.poll();
				EObject c = copy.copyOf(element);
				if (c != null) {
					found.put(element, Validation.check(c, language, LocalDate.now()));
				}
				if (System.nanoTime() > report) {
					send(found, null);
					found = new IdentityHashMap<>();
					report = System.nanoTime() + REPORT_MS * 1_000_000;
				}
			}
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			if (complete && !found.isEmpty()) {
				// What an edit changed is shown at once; the tenant's own findings (a check of the
				// whole tenant, some 30 ms for ten thousand standards) follow in a batch of their own.
				sendEarly(found);
				found = new IdentityHashMap<>();
			}
			send(found, complete ? tenantWide() : null);
			return Status.OK_STATUS;
		}

		/** The tenant's own findings: the lint's checks of the whole tenant, and what its results say about its standards. */
		private List<Finding> tenantWide() {
			List<Finding> all = new ArrayList<>(Validation.checkTenantOnly(copy.tenant(), language, LocalDate.now()));
			org.touchstone.results.ObservationTable table = results();
			if (table != null) {
				all.addAll(org.touchstone.results.DataFindings.of(copy.tenant(), table, language, LocalDate.now()));
			}
			return all;
		}

		/** The results, read again only when their folder changed (an import): reading a large tenant's takes a while. */
		private org.touchstone.results.ObservationTable results() {
			if (results == null) {
				return null;
			}
			long stamp = folderStamp();
			if (stamp != resultsStamp) {
				try {
					resultsRead = results.get();
				} catch (RuntimeException e) {
					resultsRead = null;
				}
				resultsStamp = stamp;
			}
			return resultsRead;
		}

		private long folderStamp() {
			try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(resultsFolder)) {
				return files.mapToLong(f -> f.toFile().lastModified() * 31 + f.toFile().length()).sum();
			} catch (java.io.IOException e) {
				return 0;
			}
		}

		/** Puts every change handed so far in place; what changed is checked before the rest. */
		private void takeWork() {
			Work work;
			while ((work = queue.poll()) != null) {
				copy.apply(work.changes());
				applied++;
				if (work.everything()) {
					complete = true;
					pending.clear();
					pending.addAll(copy.elements());
				} else if (complete) {
					for (EObject element : work.changes().elements()) {
						pending.remove(element);
						pending.addFirst(element);
					}
				}
			}
		}

		private void sendEarly(Map<EObject, List<Finding>> found) {
			Found batch = new Found(found, null, applied, pending.size(), true);
			if (!display.isDisposed()) {
				display.asyncExec(() -> receive(batch));
			}
		}

		private void send(Map<EObject, List<Finding>> found, List<Finding> tenantOnly) {
			Found batch = new Found(found, tenantOnly, applied, complete ? pending.size() : -1, false);
			if (!display.isDisposed()) {
				display.asyncExec(() -> receive(batch));
			}
		}
	}
}
