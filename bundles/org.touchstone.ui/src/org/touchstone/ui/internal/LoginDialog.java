package org.touchstone.ui.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.touchstone.team.TenantGit;

/** Asks for a user and password on the Git server, after the server asked for a login or refused one. */
final class LoginDialog extends Dialog {
	private final String message;
	private final String user;
	private Text userField;
	private Text passwordField;
	private TenantGit.ServerLogin login;

	LoginDialog(Shell parent, String message, String user) {
		super(parent);
		this.message = message;
		this.user = user;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Team_loginTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		Label said = new Label(area, SWT.WRAP);
		said.setText(message);
		GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(said);
		new Label(area, SWT.NONE).setText(Messages.Team_user);
		userField = new Text(area, SWT.BORDER);
		userField.setText(user == null ? "" : user);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(userField);
		new Label(area, SWT.NONE).setText(Messages.Team_password);
		passwordField = new Text(area, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(passwordField);
		passwordField.setFocus();
		return area;
	}

	@Override
	protected void okPressed() {
		login = new TenantGit.ServerLogin(userField.getText().strip(), passwordField.getTextChars());
		super.okPressed();
	}

	/** The login given, or null when the dialog was cancelled. */
	TenantGit.ServerLogin login() {
		return login;
	}
}
