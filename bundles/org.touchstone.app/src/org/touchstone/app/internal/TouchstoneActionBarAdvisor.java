package org.touchstone.app.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * The menu bar: File (New, Save, Save All, Revert, Import, Quit), Edit (Undo, Redo, Quick Fix),
 * Navigate, Search, Publish, Team, Window and Help, with the platform's usual keys; the UI bundle
 * fills them with its commands. Who acts, in the status line. The items are the platform's
 * commands: Save, Save All, Exit and Reset Perspective have the platform's handlers, Undo, Redo and
 * Revert the active editor's. (The platform's action factory would load some eighty classes of its
 * own before the first window.)
 */
public class TouchstoneActionBarAdvisor extends ActionBarAdvisor {
	public TouchstoneActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	private IContributionItem command(String id, String label) {
		CommandContributionItemParameter item = new CommandContributionItemParameter(getActionBarConfigurer().getWindowConfigurer().getWindow(),
				null, id, CommandContributionItem.STYLE_PUSH);
		item.label = label;
		return new CommandContributionItem(item);
	}

	@Override
	protected void fillStatusLine(org.eclipse.jface.action.IStatusLineManager statusLine) {
		statusLine.add(new org.touchstone.ui.internal.ActingUser());
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		file.add(new Separator(IWorkbenchActionConstants.NEW_EXT));
		file.add(new Separator());
		file.add(command(IWorkbenchCommandConstants.FILE_SAVE, Messages.Menu_save));
		file.add(command(IWorkbenchCommandConstants.FILE_SAVE_ALL, Messages.Menu_saveAll));
		file.add(command(IWorkbenchCommandConstants.FILE_REVERT, Messages.Menu_revert));
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(command(IWorkbenchCommandConstants.FILE_EXIT, Messages.Menu_exit));
		MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		edit.add(command(IWorkbenchCommandConstants.EDIT_UNDO, Messages.Menu_undo));
		edit.add(command(IWorkbenchCommandConstants.EDIT_REDO, Messages.Menu_redo));
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		MenuManager navigate = new MenuManager(Messages.Menu_navigate, IWorkbenchActionConstants.M_NAVIGATE);
		navigate.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		MenuManager search = new MenuManager(Messages.Menu_search, "org.touchstone.menu.search");
		search.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		MenuManager publish = new MenuManager(Messages.Menu_publish, "org.touchstone.menu.publish");
		publish.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		MenuManager team = new MenuManager(Messages.Menu_team, "org.touchstone.menu.team");
		team.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		MenuManager window = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		MenuManager views = new MenuManager(Messages.Menu_showView);
		views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
		window.add(views);
		window.add(command(IWorkbenchCommandConstants.WINDOW_RESET_PERSPECTIVE, Messages.Menu_resetPerspective));
		window.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(navigate);
		menuBar.add(search);
		menuBar.add(publish);
		menuBar.add(team);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(window);
		menuBar.add(help);
	}
}
