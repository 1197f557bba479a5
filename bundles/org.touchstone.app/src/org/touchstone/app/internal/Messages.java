package org.touchstone.app.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the application's own menus, in English and Chinese ({@code messages*.properties}). */
public final class Messages extends NLS {
	public static String Menu_file;
	public static String Menu_edit;
	public static String Menu_navigate;
	public static String Workbench_name;
	public static String Workbench_title;
	public static String Workbench_actingFor;
	public static String Menu_search;
	public static String Menu_publish;
	public static String Menu_team;
	public static String Menu_window;
	public static String Menu_showView;
	public static String Menu_help;
	public static String Menu_save;
	public static String Menu_saveAll;
	public static String Menu_revert;
	public static String Menu_exit;
	public static String Menu_undo;
	public static String Menu_redo;
	public static String Menu_resetPerspective;

	static {
		NLS.initializeMessages("org.touchstone.app.internal.messages", Messages.class);
	}

	private Messages() {
	}
}
