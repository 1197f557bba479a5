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
	@Option(names = "--pick", paramLabel = "CONFLICT=mine|theirs", mapFallbackValue = "")
	java.util.Map<String, String> picks = new java.util.LinkedHashMap<>();
	@Option(names = "--write", paramLabel = "CONFLICT=TEXT", mapFallbackValue = "")
	java.util.Map<String, String> writes = new java.util.LinkedHashMap<>();

	SyncCommand(Session session) {
		super(session);
	}

	private TenantGit.Keep side(String value, String option) {
		return switch (value.strip()) {
		case "mine" -> TenantGit.Keep.MINE;
		case "theirs" -> TenantGit.Keep.THEIRS;
		default -> throw new UsageException(session.text("sync.keepUnknown", option, value));
		};
	}

	@Override
	public Integer call() {
		TenantGit.Keep side = keep == null ? TenantGit.Keep.NONE : side(keep, "--keep");
		java.util.Map<String, TenantGit.Keep> byConflict = new java.util.LinkedHashMap<>();
		picks.forEach((conflict, value) -> byConflict.put(conflict.strip(), side(value, "--pick " + conflict.strip())));
		java.util.Map<String, String> written = new java.util.LinkedHashMap<>();
		writes.forEach((conflict, text) -> written.put(conflict.strip(), text));
		TenantGit.Choices choices = new TenantGit.Choices(side, byConflict, written);
		TenantGit.SyncResult result = TenantGit.sync(workspace(), context(), remote, choices, session.serverLogin(), TenantGit.Progress.SILENT);
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
		for (Conflict c : result.settled()) {
			String key = choices.writtenFor(c) != null ? "sync.settledWritten" : choices.of(c) == TenantGit.Keep.THEIRS ? "sync.settledTheirs" : "sync.settledMine";
			session.out.println(session.text(key, c.id()));
		}
		java.util.Set<String> named = new java.util.HashSet<>(byConflict.keySet());
		named.addAll(written.keySet());
		result.settled().forEach(c -> named.remove(c.id()));
		for (String unknown : named) {
			session.err.println(session.text("sync.pickUnknown", unknown));
		}
		session.out.println(session.text("sync.done", result.committed(), result.received(), result.sent()));
		return ExitCodes.OK;
	}
}
