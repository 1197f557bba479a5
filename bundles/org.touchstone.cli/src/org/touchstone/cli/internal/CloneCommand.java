package org.touchstone.cli.internal;

import org.touchstone.team.TenantGit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code clone URL}: sets up a tenant in this workspace from its repository on a server. */
@Command(name = "clone")
public class CloneCommand implements Runnable {
	@Mixin
	GlobalOptions options;
	@Parameters(index = "0", paramLabel = "URL")
	String url;
	@Option(names = "--tenant", paramLabel = "ID")
	String tenant;
	private final Session session;

	CloneCommand(Session session) {
		this.session = session;
	}

	@Override
	public void run() {
		String id = TenantGit.cloneTenant(session.workspace(), url, tenant, session.serverLogin());
		session.out.println(session.text("clone.done", id, session.workspace().folder(id)));
	}
}
