package org.touchstone.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.FrameworkUtil;

/** Help &gt; About Touchstone: the version of this build, and the platform it runs on. */
public class AboutHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.About_title, text());
		return null;
	}

	/** What the dialog says. */
	public static String text() {
		String platform = FrameworkUtil.getBundle(org.eclipse.ui.PlatformUI.class).getVersion().toString();
		return NLS.bind(Messages.About_text, new Object[] { FrameworkUtil.getBundle(AboutHandler.class).getVersion(), platform,
				System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch") });
	}
}
