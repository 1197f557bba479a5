package org.touchstone.ui.internal;

import org.eclipse.swt.widgets.Shell;

/**
 * Team > Look for Incoming Changes: receives what the server has for the selected tenant without
 * merging it, so the navigator marks the elements changed there. Returns the job, or null.
 */
public class FetchHandler extends SynchronizeHandler {
	@Override
	protected SyncJob start(Shell shell, String tenant) {
		return TeamActions.lookForIncoming(shell, tenant);
	}
}
