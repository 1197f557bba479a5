package org.touchstone.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Team > Synchronize: the tenant selected in the Tenants view (or the command's {@code tenant}
 * parameter) is synchronized with its Git server ({@link TeamActions}). Returns the job, or null.
 */
public class SynchronizeHandler extends AbstractHandler {
	public static final String COMMAND = "org.touchstone.ui.synchronize";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		String tenant = PublishHandler.selectedTenantOrTell(event, Messages.Team_syncTitle, Messages.Team_pickTenant);
		if (tenant == null) {
			return null;
		}
		return start(shell, tenant);
	}

	/** What this command starts for the tenant: a sync. */
	protected SyncJob start(Shell shell, String tenant) {
		return TeamActions.synchronize(shell, tenant);
	}
}
