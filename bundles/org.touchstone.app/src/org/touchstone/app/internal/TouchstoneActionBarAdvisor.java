package org.touchstone.app.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menu bar: File (New, Save, Save All, Revert, Import, Quit), Edit (Undo, Redo, Quick Fix),
 * Navigate, Search, Publish, Window and Help, with the platform's usual keys; the UI bundle fills
 * them with its commands. Who acts, in the status line.
 */
public class TouchstoneActionBarAdvisor extends ActionBarAdvisor {
	private IWorkbenchAction save;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction revert;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction resetPerspective;

	public TouchstoneActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		save = register(ActionFactory.SAVE.create(window));
		saveAll = register(ActionFactory.SAVE_ALL.create(window));
		revert = register(ActionFactory.REVERT.create(window));
		quit = register(ActionFactory.QUIT.create(window));
		undo = register(ActionFactory.UNDO.create(window));
		redo = register(ActionFactory.REDO.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
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
		file.add(save);
		file.add(saveAll);
		file.add(revert);
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(quit);
		MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		edit.add(undo);
		edit.add(redo);
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
		window.add(resetPerspective);
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
