package org.touchstone.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.ContentMergeStrategy;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.touchstone.core.Context;
import org.touchstone.core.CoreMessage;
import org.touchstone.core.Permission;
import org.touchstone.core.TouchstoneException;
import org.touchstone.core.Workspace;
import org.touchstone.model.Tenant;
import org.touchstone.model.User;
import org.touchstone.team.internal.ChangeMessage;
import org.touchstone.team.internal.FieldConflicts;
import org.touchstone.team.internal.SettledMerge;

/**
 * A tenant kept in a Git repository of its own (its folder is the work tree), shared with a team
 * through a server: each save is a commit by the user who saved it, with a message in the words of
 * the domain ({@code G-001 r3: threshold: 30 s -> 20 s; submitted for review}); {@link #sync} brings
 * in what others pushed and sends what was done here. The layout of one file per element lets Git
 * merge two people's work on different standards, or different fields of one, by itself; when both
 * changed the same field, nothing is merged and the conflict is told field by field, with both
 * values and who made the other change, and the tenant stays exactly as it was here.
 */
public final class TenantGit {
	/** The one branch a tenant's history lives on. */
	public static final String BRANCH = "main";
	/** How old a lock in a shared folder's repository must be to count as left by an interrupted push. */
	private static final java.time.Duration LEFT_LOCK_AGE = java.time.Duration.ofMinutes(1);
	private static final String REMOTE = "origin";
	/** How often a sync tries again when someone pushed between its fetch and its push. */
	private static final int ATTEMPTS = 12;

	/** Which side a sync keeps where both changed the same lines. */
	public enum Keep {
		/** Neither: the sync stops and tells the conflicts. */
		NONE, MINE, THEIRS
	}

	/** What a sync did. */
	public record SyncResult(String tenant, boolean shared, int committed, int received, int sent, List<Conflict> conflicts,
			String offline, List<Conflict> settled) {
		SyncResult(String tenant, boolean shared, int committed, int received, int sent, List<Conflict> conflicts, String offline) {
			this(tenant, shared, committed, received, sent, conflicts, offline, List.of());
		}

		public boolean complete() {
			return conflicts.isEmpty() && offline == null;
		}
	}

	/**
	 * Whose version a sync keeps of each thing both sides changed: per conflict, named by its
	 * {@link Conflict#id()} ({@code G-003 r1: title (English)}), and {@code otherwise} for the rest
	 * ({@link Keep#NONE}: a conflict with no choice stops the sync and is told); or, for a text
	 * field, a third value the user wrote ({@code written}, by conflict).
	 */
	public record Choices(Keep otherwise, java.util.Map<String, Keep> byConflict, java.util.Map<String, String> written) {
		public Choices(Keep otherwise, java.util.Map<String, Keep> byConflict) {
			this(otherwise, byConflict, java.util.Map.of());
		}

		public static Choices all(Keep keep) {
			return new Choices(keep, java.util.Map.of());
		}

		/** The side kept; a conflict given a value of the user's own counts as settled (the value goes on this side's merge). */
		public Keep of(Conflict conflict) {
			return written.containsKey(conflict.id()) ? Keep.MINE : byConflict.getOrDefault(conflict.id(), otherwise);
		}

		/** The value the user wrote for a conflicting text field, or null. */
		public String writtenFor(Conflict conflict) {
			return written.get(conflict.id());
		}
	}

	/** Told each step of a sync as it starts (committing, receiving, merging, sending), for a progress bar. */
	@FunctionalInterface
	public interface Progress {
		/** Tells nobody. */
		Progress SILENT = step -> {
		};

		void step(CoreMessage step);
	}

	/**
	 * The element files (relative to the tenant's folder, as {@link Workspace#elementFiles} names
	 * them) saved here and not yet on the server, and those changed on the server and not yet
	 * merged here, as of the last sync or {@link #fetch}.
	 */
	public record Pending(java.util.Set<String> outgoing, java.util.Set<String> incoming) {
		public static final Pending NONE = new Pending(java.util.Set.of(), java.util.Set.of());
	}

	private TenantGit() {
	}

	/**
	 * Receives what the server has for a tenant without merging it, so that {@link #pending} can tell
	 * what is coming; the tenant's files are not touched. Offline, returns the reason (else null).
	 */
	public static String fetch(Workspace workspace, Context context, ServerLogin login) {
		return workspace.rewriteFiles(context, Permission.READ, folder -> {
			if (!isShared(folder)) {
				throw new TouchstoneException(CoreMessage.of("team.notShared", context.tenant()));
			}
			removeStaleLocks(folder);
			try (Git git = open(folder)) {
				git.fetch().setRemote(REMOTE).setCredentialsProvider(credentials(login)).call();
				return null;
			} catch (TransportException | InvalidRemoteException e) {
				if (isRefusal(e)) {
					throw refusedOrUnreachable(configuredRemote(folder), login, e);
				}
				return e.getMessage();
			} catch (IOException | GitAPIException e) {
				throw new TouchstoneException(CoreMessage.of("team.syncFailed", context.tenant(), e.getMessage()));
			}
		});
	}

	/**
	 * What is pending between a tenant here and its server (see {@link Pending}); reads only the
	 * files and the repository, never the model, so any thread may ask. A tenant not kept in Git
	 * has nothing pending.
	 */
	public static Pending pending(Path tenantFolder) {
		if (!isShared(tenantFolder)) {
			return Pending.NONE;
		}
		try (Git git = open(tenantFolder)) {
			Repository repository = git.getRepository();
			java.util.Set<String> outgoing = new java.util.TreeSet<>();
			java.util.Set<String> incoming = new java.util.TreeSet<>();
			org.eclipse.jgit.api.Status status = git.status().call();
			for (java.util.Set<String> changed : List.of(status.getAdded(), status.getChanged(), status.getModified(), status.getRemoved(), status.getMissing(),
					status.getUntracked())) {
				changed.stream().filter(p -> p.endsWith(".xmi")).forEach(outgoing::add);
			}
			ObjectId head = repository.resolve("HEAD");
			ObjectId theirs = repository.resolve("refs/remotes/" + REMOTE + "/" + BRANCH);
			ObjectId base = head == null || theirs == null ? null : FieldConflicts.mergeBase(repository, head, theirs);
			if (head != null) {
				outgoing.addAll(changedFiles(repository, base, head, null));
			}
			if (theirs != null) {
				incoming.addAll(changedFiles(repository, base, theirs, null));
			}
			return new Pending(outgoing, incoming);
		} catch (IOException | GitAPIException e) {
			throw new TouchstoneException(CoreMessage.of("team.historyUnreadable", tenantFolder.getFileName(), e.getMessage()));
		}
	}

	/** Makes every save of a tenant kept in Git a commit by the user who saved it. */
	public static void recordSaves(Workspace workspace) {
		workspace.onSaved((context, tenant) -> recordSave(workspace, context, tenant));
	}

	/**
	 * Makes a save just made a commit by the user who saved, when the tenant is kept in Git. (The
	 * workbench registers this itself, so that Git's classes are loaded at the first save, not at start.)
	 */
	public static void recordSave(Workspace workspace, Context context, Tenant tenant) {
		Path folder = workspace.folder(tenant.getId());
		if (!isShared(folder)) {
			return;
		}
		removeStaleLocks(folder);
		try (Git git = open(folder)) {
			commit(git, context, tenant);
		} catch (IOException | GitAPIException e) {
			throw new TouchstoneException(CoreMessage.of("team.commitFailed", tenant.getId(), e.getMessage()));
		}
	}

	public static boolean isShared(Path tenantFolder) {
		return Files.isDirectory(tenantFolder.resolve(".git"));
	}

	/**
	 * Pulls, merges and pushes one tenant. The first sync of a tenant not yet in Git needs
	 * {@code remote}: it makes the tenant's folder a repository and sends everything there. Works
	 * offline: what was done here is committed, and the result says why nothing was exchanged.
	 * Any member may sync (a reviewer's approval must reach the others): what it sends are saves
	 * whose permissions were checked when they were made, and who may push is the server's say.
	 */
	public static SyncResult sync(Workspace workspace, Context context, String remote, Keep keep) {
		return sync(workspace, context, remote, keep, null);
	}

	/**
	 * {@link #sync(Workspace, Context, String, Keep)} with a login on the server (null: none). The
	 * login is used for this sync only: it is never written into the workspace, its repository's
	 * configuration or a message.
	 */
	public static SyncResult sync(Workspace workspace, Context context, String remote, Keep keep, ServerLogin login) {
		return sync(workspace, context, remote, keep, login, Progress.SILENT);
	}

	/** {@link #sync(Workspace, Context, String, Keep, ServerLogin)}, telling {@code progress} each step as it starts. */
	public static SyncResult sync(Workspace workspace, Context context, String remote, Keep keep, ServerLogin login, Progress progress) {
		return sync(workspace, context, remote, Choices.all(keep), login, progress);
	}

	/**
	 * {@link #sync(Workspace, Context, String, Keep, ServerLogin)} with a choice per conflict: a
	 * field both sides changed takes the chosen side's value, the other fields of that standard
	 * merge as usual, and the merge's commit message says what was kept.
	 */
	public static SyncResult sync(Workspace workspace, Context context, String remote, Choices choices, ServerLogin login, Progress progress) {
		requireNoPassword(remote);
		return workspace.rewriteFiles(context, Permission.READ, folder -> {
			try {
				return sync(workspace, context, folder, remote, choices, login, progress);
			} catch (TransportException | InvalidRemoteException e) {
				throw refusedOrUnreachable(remote != null ? remote : configuredRemote(folder), login, e);
			} catch (IOException | GitAPIException e) {
				throw new TouchstoneException(CoreMessage.of("team.syncFailed", context.tenant(), e.getMessage()));
			}
		});
	}

	private static SyncResult sync(Workspace workspace, Context context, Path folder, String remote, Choices choices, ServerLogin login, Progress progress)
			throws IOException, GitAPIException {
		Tenant tenant = workspace.read(context);
		boolean shared = false;
		if (!isShared(folder)) {
			if (remote == null) {
				throw new TouchstoneException(CoreMessage.of("team.notShared", context.tenant()));
			}
			try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch(BRANCH).call()) {
				Files.writeString(folder.resolve(".gitignore"), "# Temporary files of a save that was interrupted\n.*.tmp\n", StandardCharsets.UTF_8);
				git.remoteAdd().setName(REMOTE).setUri(new URIish(remote)).call();
			} catch (java.net.URISyntaxException e) {
				throw new TouchstoneException(CoreMessage.of("team.badRemote", remote, e.getReason()));
			}
			shared = true;
		}
		removeStaleLocks(folder);
		try (Git git = open(folder)) {
			if (remote != null && !shared) {
				git.remoteSetUrl().setRemoteName(REMOTE).setRemoteUri(new URIish(remote)).call();
			}
			progress.step(CoreMessage.of("team.step.commit", context.tenant()));
			int committed = commit(git, context, tenant) == null ? 0 : 1;
			int received = 0;
			for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
				progress.step(CoreMessage.of("team.step.receive", remoteUrl(git)));
				try {
					git.fetch().setRemote(REMOTE).setCredentialsProvider(credentials(login)).call();
				} catch (TransportException | InvalidRemoteException e) {
					if (isRefusal(e)) {
						throw e;
					}
					return new SyncResult(context.tenant(), shared, committed, received, 0, List.of(), e.getMessage());
				}
				Repository repository = git.getRepository();
				List<Conflict> lifecycle = List.of();
				List<Conflict> settled = new ArrayList<>();
				ObjectId theirs = repository.resolve("refs/remotes/" + REMOTE + "/" + BRANCH);
				ObjectId mine = repository.resolve("HEAD");
				if (theirs != null && mine != null && !isAncestor(repository, theirs, mine)) {
					int incoming = count(repository, theirs, mine);
					ObjectId merged = theirs;
					if (!isAncestor(repository, mine, theirs)) {
						progress.step(CoreMessage.of("team.step.merge", incoming));
						// Merged in memory: the tenant's files change only once the merge is whole, so no
						// file ever holds conflict markers, even if the process dies half way.
						ResolveMerger merger = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(repository, true);
						ObjectId tree;
						if (merger.merge(mine, theirs)) {
							tree = merger.getResultTreeId();
						} else {
							java.util.Set<String> paths = new java.util.TreeSet<>(merger.getUnmergedPaths());
							if (merger.getFailingPaths() != null) {
								paths.addAll(merger.getFailingPaths().keySet());
							}
							List<Conflict> conflicts = FieldConflicts.explain(repository, tenant, mine, theirs, paths);
							if (conflicts.stream().anyMatch(c -> choices.of(c) == Keep.NONE)) {
								return new SyncResult(context.tenant(), shared, committed, received, 0, conflicts, null);
							}
							tree = SettledMerge.tree(repository, tenant, mine, theirs, conflicts, choices);
							settled.addAll(conflicts);
						}
						lifecycle = FieldConflicts.lifecycle(repository, tenant, mine, theirs, standardsChangedOnBothSides(repository, mine, theirs));
						if (lifecycle.stream().anyMatch(c -> choices.of(c) == Keep.NONE)) {
							return new SyncResult(context.tenant(), shared, committed, received, 0, lifecycle, null);
						}
						merged = mergeCommit(repository, tree, mine, theirs, person(tenant, context.user()),
								ChangeMessage.merge(remoteUrl(git)) + ChangeMessage.settled(settled, choices));
					}
					moveTo(repository, mine, merged);
					for (Keep side : List.of(Keep.MINE, Keep.THEIRS)) {
						List<Conflict> kept = lifecycle.stream().filter(c -> choices.of(c) == side).toList();
						if (!kept.isEmpty()) {
							keepWhole(git, context, tenant, side == Keep.MINE ? mine : theirs, kept);
						}
					}
					settled.addAll(lifecycle);
					received += incoming;
				}
				ObjectId head = repository.resolve("HEAD");
				if (head == null || (theirs != null && head.equals(theirs))) {
					return new SyncResult(context.tenant(), shared, committed, received, 0, List.of(), null, settled);
				}
				int outgoing = theirs == null ? count(repository, head, null) : count(repository, head, theirs);
				progress.step(CoreMessage.of("team.step.send", outgoing, remoteUrl(git)));
				try {
					if (pushed(git.push().setRemote(REMOTE).add(BRANCH).setCredentialsProvider(credentials(login)).call())) {
						keepTidy(git);
						return new SyncResult(context.tenant(), shared, committed, received, outgoing, List.of(), null, settled);
					}
				} catch (TransportException | InvalidRemoteException e) {
					if (isRefusal(e)) {
						throw e;
					}
					return new SyncResult(context.tenant(), shared, committed, received, 0, List.of(), e.getMessage());
				}
				refuseIfLockLeft(git, context);
				// Someone pushed between our fetch and our push: wait a little, longer each time and by
				// chance (so that two who keep meeting stop meeting), then fetch and merge again.
				pause(attempt);
			}
			throw new TouchstoneException(CoreMessage.of("team.busy", context.tenant(), ATTEMPTS));
		} catch (java.net.URISyntaxException e) {
			throw new TouchstoneException(CoreMessage.of("team.badRemote", remote, e.getReason()));
		}
	}

	/**
	 * Sets up a tenant from a server: clones its repository into the workspace (the folder named
	 * after the tenant, by default the repository's name without {@code .git}) and reads it.
	 */
	public static String cloneTenant(Workspace workspace, String url, String id) {
		return cloneTenant(workspace, url, id, null);
	}

	/** {@link #cloneTenant(Workspace, String, String)} with a login on the server, used for this clone only. */
	public static String cloneTenant(Workspace workspace, String url, String id, ServerLogin login) {
		requireNoPassword(url);
		String tenantId = id != null ? id : url.replaceAll("/+$", "").replaceAll(".*[/:]", "").replaceAll("\\.git$", "");
		Path folder = workspace.root().resolve(tenantId);
		if (Files.exists(folder)) {
			throw new TouchstoneException(CoreMessage.of("team.folderExists", tenantId, folder));
		}
		try (Git git = Git.cloneRepository().setURI(url).setDirectory(folder.toFile()).setBranch(BRANCH).setCredentialsProvider(credentials(login)).call()) {
			// cloned
		} catch (TransportException e) {
			deleteTree(folder);
			throw refusedOrUnreachable(url, login, e);
		} catch (GitAPIException e) {
			deleteTree(folder);
			throw new TouchstoneException(CoreMessage.of("team.cannotClone", url, e.getMessage()));
		}
		workspace.refresh();
		if (workspace.allTenants().stream().noneMatch(t -> t.getId().equals(tenantId))) {
			deleteTree(folder);
			throw new TouchstoneException(CoreMessage.of("team.clonedNoTenant", url, tenantId));
		}
		return tenantId;
	}

	/** One commit that changed an element's file: when, whose save, who ran the program, and what it says. */
	public record Save(java.time.Instant at, String author, String committer, String message) {
	}

	/**
	 * The saves that changed a standard, newest first, read from the tenant's Git history (empty
	 * when the tenant is not kept in Git): each edit, each lifecycle step, each merge of others' work.
	 */
	public static List<Save> savesOf(Workspace workspace, Context context, String standardKey) {
		workspace.read(context);
		return savesOf(workspace.folder(context.tenant()), standardKey);
	}

	/**
	 * {@link #savesOf(Workspace, Context, String)} read from the tenant's folder alone, touching no
	 * model (any thread may ask); whoever asks has checked that the user may read the tenant.
	 */
	public static List<Save> savesOf(Path folder, String standardKey) {
		if (!isShared(folder)) {
			return List.of();
		}
		List<Save> saves = new ArrayList<>();
		try (Git git = open(folder)) {
			if (git.getRepository().resolve("HEAD") == null) {
				return saves;
			}
			for (RevCommit c : git.log().addPath("standards/" + standardKey + ".xmi").call()) {
				saves.add(new Save(c.getAuthorIdent().getWhenAsInstant(), c.getAuthorIdent().getName(), c.getCommitterIdent().getName(), c.getFullMessage().strip()));
			}
		} catch (IOException | GitAPIException e) {
			throw new TouchstoneException(CoreMessage.of("team.historyUnreadable", folder.getFileName(), e.getMessage()));
		}
		return saves;
	}

	/** A user's name and password on the Git server, for one sync or clone. */
	public record ServerLogin(String user, char[] password) {
		@Override
		public String toString() {
			return user;
		}
	}

	private static org.eclipse.jgit.transport.CredentialsProvider credentials(ServerLogin login) {
		return login == null ? null : new org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider(login.user(), login.password());
	}

	/** An address with a password in it would be stored in the tenant's repository configuration, in plain text. */
	private static void requireNoPassword(String url) {
		if (url == null) {
			return;
		}
		try {
			if (new URIish(url).getPass() != null) {
				throw new TouchstoneException(CoreMessage.of("team.passwordInAddress"));
			}
		} catch (java.net.URISyntaxException e) {
			throw new TouchstoneException(CoreMessage.of("team.badRemote", url, e.getReason()));
		}
	}

	/** Whether the server refused the login (as opposed to not being reachable). */
	private static boolean isRefusal(GitAPIException e) {
		String said = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : " " + e.getCause().getMessage());
		return said.contains("not authorized") || said.contains("Authentication is required") || said.contains("authentication not supported");
	}

	private static TouchstoneException refusedOrUnreachable(String url, ServerLogin login, GitAPIException e) {
		if (isRefusal(e)) {
			return new TouchstoneException(login == null ? CoreMessage.of("team.loginNeeded", url) : CoreMessage.of("team.refused", url, login.user()));
		}
		return new TouchstoneException(CoreMessage.of("team.cannotClone", url, e.getMessage()));
	}

	/** Commits whatever changed in the tenant's folder, as the acting user; null when nothing did. */
	static RevCommit commit(Git git, Context context, Tenant tenant) throws GitAPIException {
		Status status = git.status().call();
		if (status.isClean()) {
			return null;
		}
		String message = ChangeMessage.of(git.getRepository(), status, tenant);
		// Exactly the files the status found, not "add ." and "add -u .", which would each walk
		// all of a large tenant's files again (10,000 standards: two thirds of a save's commit).
		java.util.Set<String> changed = new java.util.TreeSet<>(status.getUntracked());
		changed.addAll(status.getModified());
		changed.addAll(status.getConflicting());
		if (!changed.isEmpty()) {
			org.eclipse.jgit.api.AddCommand add = git.add();
			changed.forEach(add::addFilepattern);
			add.call();
		}
		if (!status.getMissing().isEmpty()) {
			org.eclipse.jgit.api.RmCommand remove = git.rm().setCached(true);
			status.getMissing().forEach(remove::addFilepattern);
			remove.call();
		}
		PersonIdent author = person(tenant, context.user());
		PersonIdent committer = context.login() == null || context.login().equals(context.user()) ? author : person(tenant, context.login());
		return git.commit().setAuthor(author).setCommitter(committer).setMessage(message).setSign(Boolean.FALSE).call();
	}

	/** A user as Git names them: their display name and name, and an address that says which tenant (users have no e-mail here). */
	private static PersonIdent person(Tenant tenant, String name) {
		User user = tenant.getUsers().stream().filter(u -> u.getName().equals(name)).findFirst().orElse(null);
		String shown = user == null || user.getDisplayName() == null || user.getDisplayName().isBlank() ? name : user.getDisplayName() + " (" + name + ")";
		return new PersonIdent(shown, name + "@" + tenant.getId() + ".touchstone");
	}

	private static String configuredRemote(Path folder) {
		try (Git git = open(folder)) {
			return remoteUrl(git);
		} catch (IOException e) {
			return folder.toString();
		}
	}

	private static String remoteUrl(Git git) {
		return git.getRepository().getConfig().getString("remote", REMOTE, "url");
	}

	/**
	 * A repository in a shared folder (a file address) is written by the pushing program itself: one
	 * killed while pushing leaves the branch's lock file behind, and every later push fails on it.
	 * A push holds that lock for milliseconds, so one older than {@link #LEFT_LOCK_AGE} was left
	 * behind; the user is told which file, instead of retrying in vain. A server (HTTP, SSH) updates
	 * its branches in its own process, which no user's kill interrupts.
	 */
	private static void refuseIfLockLeft(Git git, Context context) {
		URIish url;
		try {
			url = new URIish(remoteUrl(git));
		} catch (java.net.URISyntaxException e) {
			return;
		}
		if (url.getScheme() != null && !url.getScheme().equals("file")) {
			return;
		}
		Path repository = Path.of(url.getPath());
		if (Files.isDirectory(repository.resolve(".git"))) {
			repository = repository.resolve(".git");
		}
		for (Path lock : List.of(repository.resolve("refs/heads/" + BRANCH + ".lock"), repository.resolve("packed-refs.lock"))) {
			try {
				java.time.Duration age = java.time.Duration.between(Files.getLastModifiedTime(lock).toInstant(), java.time.Instant.now());
				if (age.compareTo(LEFT_LOCK_AGE) > 0) {
					throw new TouchstoneException(CoreMessage.of("team.serverLockLeft", context.tenant(), lock, age.toSeconds()));
				}
			} catch (IOException noLock) {
				// not there (or gone meanwhile): the push failed for another reason
			}
		}
	}

	private static boolean pushed(Iterable<PushResult> results) {
		for (PushResult result : results) {
			for (RemoteRefUpdate update : result.getRemoteUpdates()) {
				if (update.getStatus() != RemoteRefUpdate.Status.OK && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
					if (update.getStatus() == RemoteRefUpdate.Status.REJECTED_NONFASTFORWARD || update.getStatus() == RemoteRefUpdate.Status.REJECTED_REMOTE_CHANGED
							|| isBusy(update)) {
						return false;
					}
					throw new TouchstoneException(CoreMessage.of("team.pushRefused", update.getStatus(), update.getMessage() == null ? "" : update.getMessage()));
				}
			}
		}
		return true;
	}

	/**
	 * Settles revisions taken out of draft on one side and edited on the other by taking the whole
	 * standard from the side kept, in the merge commit itself; the other side's version stays in the
	 * history (an approved revision's edits can be made again as a new revision).
	 */
	private static void keepWhole(Git git, Context context, Tenant tenant, ObjectId side, List<Conflict> conflicts) throws GitAPIException {
		java.util.Set<String> keys = new java.util.TreeSet<>();
		for (Conflict c : conflicts) {
			keys.add(c.element().replaceAll(" r\\d+$", ""));
		}
		org.eclipse.jgit.api.CheckoutCommand checkout = git.checkout().setStartPoint(side.name());
		for (String key : keys) {
			checkout.addPath("standards/" + key + ".xmi");
		}
		checkout.call();
		git.add().addFilepattern("standards").call();
		RevCommit merge = git.log().setMaxCount(1).call().iterator().next();
		String message = merge.getFullMessage() + "\n\n" + ChangeMessage.keptWhole(keys);
		git.commit().setAmend(true).setMessage(message).setAuthor(person(tenant, context.user())).setSign(Boolean.FALSE).call();
	}

	/**
	 * A pause before trying again, drawn at random below a bound that doubles with each try, from
	 * 50 ms up to 6.4 s: two people who met once rarely meet again, and under heavy contention (a
	 * sync taking seconds while twenty others push) the later tries wait long enough for the others'
	 * syncs to end (with a bound of 1.3 s, one person starved in the full-size load test).
	 */
	private static void pause(int attempt) {
		try {
			Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(50L << Math.min(attempt, 7)));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static ObjectId mergeCommit(Repository repository, ObjectId tree, ObjectId mine, ObjectId theirs, PersonIdent who, String message) throws IOException {
		try (org.eclipse.jgit.lib.ObjectInserter inserter = repository.newObjectInserter()) {
			org.eclipse.jgit.lib.CommitBuilder commit = new org.eclipse.jgit.lib.CommitBuilder();
			commit.setTreeId(tree);
			commit.setParentIds(mine, theirs);
			commit.setAuthor(who);
			commit.setCommitter(who);
			commit.setMessage(message);
			ObjectId id = inserter.insert(commit);
			inserter.flush();
			return id;
		}
	}

	/**
	 * Brings the tenant's files, then the branch, from {@code from} to {@code to}. Files first: should
	 * the process die in between, the files are whole and newer than the branch, and the next sync
	 * commits the difference and merges it again without loss; the other way round, it would commit
	 * the old files as though the user had undone the merge.
	 */
	/**
	 * Opens a tenant's repository with Git's automatic housekeeping off: JGit runs it (gc --auto,
	 * after a fetch or a commit) in a thread of its own, which packed the refs while the next sync
	 * moved the branch (LOCK_FAILURE) or looked for stale locks (a ref file gone mid-walk), as the
	 * full-size load test found. The housekeeping is done by {@link #keepTidy} instead, at the end
	 * of a sync, in the sync's thread, under the workspace's write lock.
	 */
	private static Git open(Path folder) throws IOException {
		Git git = Git.open(folder.toFile());
		git.getRepository().getConfig().setInt("gc", null, "auto", 0);
		git.getRepository().getConfig().setInt("gc", null, "autoPackLimit", 0);
		return git;
	}

	/** Packs the repository when Git's own thresholds say so (6,700 loose objects, or 50 packs). */
	private static void keepTidy(Git git) {
		try {
			java.util.Properties stats = git.gc().getStatistics();
			if (((Number) stats.get("numberOfLooseObjects")).longValue() > 6700 || ((Number) stats.get("numberOfPackFiles")).longValue() > 50) {
				git.gc().call();
			}
		} catch (GitAPIException | RuntimeException e) {
			// housekeeping only: the repository works untidy, and the next sync tries again
		}
	}

	private static void moveTo(Repository repository, ObjectId from, ObjectId to) throws IOException {
		try (RevWalk walk = new RevWalk(repository)) {
			org.eclipse.jgit.dircache.DirCacheCheckout checkout = new org.eclipse.jgit.dircache.DirCacheCheckout(repository,
					walk.parseCommit(from).getTree(), repository.lockDirCache(), walk.parseCommit(to).getTree());
			checkout.setFailOnConflict(true);
			checkout.checkout();
		}
		org.eclipse.jgit.lib.RefUpdate.Result result = null;
		// Git's housekeeping (gc --auto after a fetch, in a thread of its own) may hold the refs' lock
		// for a moment while it packs them: try again a few times before giving up (found by the
		// full-size load test, as LOCK_FAILURE).
		for (int attempt = 0; attempt < 20; attempt++) {
			org.eclipse.jgit.lib.RefUpdate branch = repository.updateRef(org.eclipse.jgit.lib.Constants.HEAD);
			branch.setNewObjectId(to);
			branch.setExpectedOldObjectId(from);
			branch.setRefLogMessage("touchstone sync", false);
			result = branch.update();
			if (result != org.eclipse.jgit.lib.RefUpdate.Result.LOCK_FAILURE) {
				break;
			}
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		if (result != org.eclipse.jgit.lib.RefUpdate.Result.FAST_FORWARD && result != org.eclipse.jgit.lib.RefUpdate.Result.FORCED
				&& result != org.eclipse.jgit.lib.RefUpdate.Result.NEW && result != org.eclipse.jgit.lib.RefUpdate.Result.NO_CHANGE) {
			throw new IOException("cannot move the branch to the merge: " + result);
		}
	}

	/**
	 * Removes Git's lock files left in a tenant's repository by a process that died in the middle of
	 * a change (kill -9, a power cut). Called under the workspace's write lock, which no other
	 * Touchstone process holds meanwhile, so no lock file there belongs to a live one of ours.
	 */
	private static void removeStaleLocks(Path folder) {
		Path git = folder.resolve(".git");
		if (!Files.isDirectory(git)) {
			return;
		}
		try (Stream<Path> all = Files.walk(git)) {
			for (Path p : all.filter(f -> f.getFileName().toString().endsWith(".lock") && Files.isRegularFile(f)).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException | java.io.UncheckedIOException e) {
			// what is left makes Git's next step fail with its own words
		}
	}

	/** The standards' files changed on both sides since the two histories parted. */
	private static java.util.Set<String> standardsChangedOnBothSides(Repository repository, ObjectId mine, ObjectId theirs) throws IOException {
		ObjectId base = FieldConflicts.mergeBase(repository, mine, theirs);
		if (base == null) {
			return java.util.Set.of();
		}
		java.util.Set<String> here = changedFiles(repository, base, mine, "standards");
		here.retainAll(changedFiles(repository, base, theirs, "standards"));
		return here;
	}

	/** The files changed from one commit to another (from null: every file of {@code to}), within a folder or everywhere (null). */
	private static java.util.Set<String> changedFiles(Repository repository, ObjectId from, ObjectId to, String folder) throws IOException {
		java.util.Set<String> paths = new java.util.TreeSet<>();
		try (RevWalk walk = new RevWalk(repository);
				org.eclipse.jgit.diff.DiffFormatter diff = new org.eclipse.jgit.diff.DiffFormatter(org.eclipse.jgit.util.io.DisabledOutputStream.INSTANCE)) {
			diff.setRepository(repository);
			if (folder != null) {
				diff.setPathFilter(org.eclipse.jgit.treewalk.filter.PathFilter.create(folder));
			}
			for (org.eclipse.jgit.diff.DiffEntry entry : diff.scan(from == null ? null : walk.parseCommit(from).getTree(), walk.parseCommit(to).getTree())) {
				paths.add(entry.getChangeType() == org.eclipse.jgit.diff.DiffEntry.ChangeType.DELETE ? entry.getOldPath() : entry.getNewPath());
			}
		}
		return paths;
	}

	/** The server could not take the branch's lock because another push held it at that moment: worth trying again. */
	private static boolean isBusy(RemoteRefUpdate update) {
		String said = update.getMessage() == null ? "" : update.getMessage();
		return update.getStatus() == RemoteRefUpdate.Status.REJECTED_OTHER_REASON && (said.contains("failed to update ref") || said.contains("lock"));
	}

	private static boolean isAncestor(Repository repository, ObjectId ancestor, ObjectId of) throws IOException {
		try (RevWalk walk = new RevWalk(repository)) {
			return walk.isMergedInto(walk.parseCommit(ancestor), walk.parseCommit(of));
		}
	}

	/** The commits reachable from {@code from} and not from {@code not}. */
	private static int count(Repository repository, ObjectId from, ObjectId not) throws IOException {
		try (RevWalk walk = new RevWalk(repository)) {
			walk.markStart(walk.parseCommit(from));
			if (not != null) {
				walk.markUninteresting(walk.parseCommit(not));
			}
			walk.setRevFilter(RevFilter.NO_MERGES);
			int n = 0;
			for (RevCommit ignored : walk) {
				n++;
			}
			return n;
		}
	}

	private static void deleteTree(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> all = Files.walk(folder)) {
			List<Path> paths = new ArrayList<>(all.sorted(Comparator.reverseOrder()).toList());
			for (Path p : paths) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			// what is left is named by the message the caller gives
		}
	}
}
