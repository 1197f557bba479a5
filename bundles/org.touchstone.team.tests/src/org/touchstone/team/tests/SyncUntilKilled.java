package org.touchstone.team.tests;

import java.nio.file.Path;

import org.touchstone.core.Context;
import org.touchstone.core.Permission;
import org.touchstone.core.Workspace;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.TouchstonePackage;
import org.touchstone.team.TenantGit;

/**
 * The program {@link KilledDuringSyncTest} kills: in a process of its own, outside OSGi, it saves
 * an edit of one standard and syncs, again and again, telling on standard output what it has done
 * ("saved N" once edit N is on disk, "syncing" as a sync starts, "synced" when it ended).
 * Usage: SyncUntilKilled WORKSPACE TENANT USER STANDARD LABEL, with the server login in
 * TOUCHSTONE_GIT_USER and TOUCHSTONE_GIT_PASSWORD.
 */
public final class SyncUntilKilled {
	private SyncUntilKilled() {
	}

	public static void main(String[] args) {
		TouchstonePackage.eINSTANCE.eClass();
		Workspace workspace = Workspace.open(Path.of(args[0]));
		TenantGit.recordSaves(workspace);
		Context context = new Context(args[1], args[2]);
		TenantGit.ServerLogin login = new TenantGit.ServerLogin(System.getenv("TOUCHSTONE_GIT_USER"), System.getenv("TOUCHSTONE_GIT_PASSWORD").toCharArray());
		for (int edit = 0;; edit++) {
			String title = args[4] + " edit " + edit;
			workspace.change(context, Permission.WRITE, t -> {
				ServiceStandard s = t.getStandards().stream().filter(x -> x.getKey().equals(args[3])).findFirst().orElseThrow();
				s.getRevisions().get(s.getRevisions().size() - 1).setTitleEn(title);
				return null;
			});
			System.out.println("saved " + edit);
			System.out.println("syncing");
			System.out.flush();
			TenantGit.SyncResult result = TenantGit.sync(workspace, context, null, TenantGit.Keep.NONE, login);
			System.out.println("synced " + result.complete());
			System.out.flush();
		}
	}
}
