package org.touchstone.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.touchstone.core.Finding;

/**
 * Quick Fix (Ctrl+1) in a standard's editor: applies the lint's fix for the field that has the
 * cursor, or else the standard's first finding that has a fix, as an undoable command. Returns the
 * finding fixed, or null when there was none.
 */
public class QuickFixHandler extends AbstractHandler {
	public static final String COMMAND = "org.touchstone.ui.quickFix";

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof StandardEditor editor)) {
			return null;
		}
		TenantFindings kept = TenantFindings.kept(editor.tenantId());
		if (kept == null) {
			return null;
		}
		Control focus = Display.getCurrent().getFocusControl();
		Object field = focus == null ? null : focus.getData(TenantEditor.FIELD);
		Finding chosen = null;
		for (Finding f : kept.of(editor.key())) {
			if (editor.key().equals(f.key()) && f.fix() != null) {
				String name = f.fix().field() + "." + f.fix().language().getLiteral();
				if (chosen == null || name.equals(field)) {
					chosen = f;
				}
			}
		}
		if (chosen != null) {
			editor.applyFix(chosen.fix());
		}
		return chosen;
	}
}
