package org.touchstone.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Search &gt; Search the Case Library (Ctrl+F outside a text field): brings the search view up with the cursor in its query. */
public class SearchLibraryHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			SearchView view = (SearchView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(SearchView.ID);
			view.query().setFocus();
			view.query().selectAll();
			return view;
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}
}
