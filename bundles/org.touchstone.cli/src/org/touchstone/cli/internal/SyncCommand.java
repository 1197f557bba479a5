package org.touchstone.cli.internal;

import org.touchstone.team.TenantGit;
import org.touchstone.team.Conflict;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sync}: pull, merge and push one tenant kept in Git. */
@Command(name = "sync")
public class SyncCommand extends InTenant implements java.util.concurrent.Callable<Integer> {
	@Option(names = "--remote", paramLabel = "URL")
	String remote;
	@Option(names = "--keep", paramLabel = "mine|theirs")
	String keep;

	SyncCommand(Session session) {
		super(session);
	}

	@Override
	public Integer call() {
		TenantGit.Keep side = keep == null ? TenantGit.Keep.NONE : switch (keep) {
		case "mine" -> TenantGit.Keep.MINE;
		case "theirs" -> TenantGit.Keep.THEIRS;
		default -> throw new UsageException(session.text("sync.keepUnknown", keep));
		};
		TenantGit.SyncResult result = TenantGit.sync(workspace(), context(), remote, side, session.serverLogin());
		if (result.shared()) {
			session.out.println(session.text("sync.shared", result.tenant()));
		}
		if (result.offline() != null) {
			session.out.println(session.text("sync.offline", result.offline()));
			return ExitCodes.FINDINGS;
		}
		for (Conflict c : result.conflicts()) {
			String when = c.theirTime() == null ? "?" : c.theirTime().toString();
			if (c.field() == null) {
				session.out.println(session.text("sync.conflictWhole", c.element(), c.theirAuthor(), when));
			} else if (c.field().equals("status")) {
				session.out.println(session.text("sync.conflictLifecycle", c.element(), c.mine(), c.theirs(), c.theirAuthor(), when));
			} else {
				session.out.println(session.text("sync.conflict", c.element(), c.field(), c.mine(), c.theirs(), c.theirAuthor(), when));
			}
		}
		if (!result.conflicts().isEmpty()) {
			session.out.println(session.text("sync.conflictsKept", result.tenant()));
			return ExitCodes.FINDINGS;
		}
		session.out.println(session.text("sync.done", result.committed(), result.received(), result.sent()));
		return ExitCodes.OK;
	}
}
