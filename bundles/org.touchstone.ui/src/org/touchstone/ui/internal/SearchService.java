package org.touchstone.ui.internal;

import java.util.function.Function;

import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.swt.widgets.Display;
import org.touchstone.core.Workspace;
import org.touchstone.search.CaseSearch;
import org.touchstone.ui.WorkspaceModel;

/**
 * The workbench's one search service: one index reader for the workbench's life, shared by the
 * search view, the knowledge gaps view and the editors' related cases.
 * <p>
 * It reads the saved tenants through a workspace of its own, never the UI thread's model, so it
 * is used from jobs; jobs that use it hold {@link #RULE}, so that one runs at a time.
 */
final class SearchService {
	/** Held by every job that searches: the index is read and brought up to date by one at a time. */
	static final ISchedulingRule RULE = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};

	private static CaseSearch search;

	private SearchService() {
	}

	/** Runs something with the search service, opened on first use; in a job holding {@link #RULE}. */
	static synchronized <T> T with(Function<CaseSearch, T> use) {
		if (search == null) {
			WorkspaceModel model = WorkspaceModel.current();
			search = CaseSearch.open(Workspace.open(model.workspace().root()));
			Display display = Display.getDefault();
			display.asyncExec(() -> display.disposeExec(SearchService::close));
		}
		return use.apply(search);
	}

	/** Whether the index is open already (someone searched): then a search costs little; else the first one reads every tenant. */
	static synchronized boolean isOpen() {
		return search != null;
	}

	static synchronized void close() {
		if (search != null) {
			search.close();
			search = null;
		}
	}
}
