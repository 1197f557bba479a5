package org.touchstone.app.internal;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** The menu bar: File (Save, Save All, Revert, Quit) and Edit (Undo, Redo), with the platform's usual keys; who acts, in the status line. */
public class TouchstoneActionBarAdvisor extends ActionBarAdvisor {
	private IWorkbenchAction save;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction revert;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;

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
		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}
}
