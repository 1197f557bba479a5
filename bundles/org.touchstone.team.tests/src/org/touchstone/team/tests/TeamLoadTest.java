package org.touchstone.team.tests;

import static org.touchstone.team.tests.HotelFixtures.deleteTree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.core.Permission;
import org.touchstone.core.TouchstoneException;
import org.touchstone.core.Workspace;
import org.touchstone.model.ServiceStandard;
import org.touchstone.team.TenantGit;
import org.touchstone.team.TenantGit.Keep;
import org.touchstone.team.TenantGit.ServerLogin;
import org.touchstone.team.TenantGit.SyncResult;

/**
 * A bounded load test on loopback: twenty people, each in a workspace of their own, edit the
 * standards of one tenant and sync after each edit, all at once, against one server, pausing at
 * random up to two seconds before each edit (a real team pauses far longer). The number of edits
 * each is {@code touchstone.load.edits} (the build runs a few; the size is 25). No update
 * may be lost: every edit is in the history the server ends with. A sync that gives up because
 * others kept pushing (it says "sync again") is run again, as a person would. Prints the sync times
 * (RESULT lines); asserts none of them.
 */
class TeamLoadTest {
	private static final String HOTEL = "harbor-hotel";
	private static final int USERS = Integer.getInteger("touchstone.load.users", 20);
	private static final int EDITS = Integer.getInteger("touchstone.load.edits", 25);
	/** The longest pause before each edit (chosen at random up to it): the time a person takes to make one. */
	private static final int THINK_MS = Integer.getInteger("touchstone.load.think", 2000);

	@TempDir
	Path dir;

	@Test
	void twentyPeopleEditingAndSyncingAtOnceLoseNoUpdate() throws Exception {
		Map<String, String> passwords = new LinkedHashMap<>();
		for (int i = 0; i < USERS; i++) {
			passwords.put("user" + i, "secret" + i);
		}
		List<String> everyone = List.copyOf(passwords.keySet());
		try (GitHttpServer server = new GitHttpServer(passwords, Map.of(HOTEL, List.of(everyone, everyone)))) {
			Workspace first = workspace(0, false);
			assertTrue(TenantGit.sync(first, as(), server.url(HOTEL), Keep.NONE, login(0)).complete());
			List<Workspace> workspaces = new ArrayList<>(List.of(first));
			for (int i = 1; i < USERS; i++) {
				Workspace ws = workspace(i, true);
				TenantGit.cloneTenant(ws, server.url(HOTEL), null, login(i));
				workspaces.add(ws);
			}
			List<String> keys = first.read(as()).getStandards().stream().map(ServiceStandard::getKey).sorted().limit(12).toList();

			ConcurrentLinkedQueue<Long> syncs = new ConcurrentLinkedQueue<>();
			java.util.concurrent.atomic.AtomicInteger busy = new java.util.concurrent.atomic.AtomicInteger();
			ExecutorService people = Executors.newFixedThreadPool(USERS);
			List<Future<?>> work = new ArrayList<>();
			for (int i = 0; i < USERS; i++) {
				int user = i;
				work.add(people.submit(() -> {
					Random random = new Random(user);
					Workspace ws = workspaces.get(user);
					for (int k = 0; k < EDITS; k++) {
						Thread.sleep(random.nextInt(THINK_MS));
						String key = keys.get(random.nextInt(keys.size()));
						String value = "edit u" + user + "-" + k;
						ws.change(as(), Permission.WRITE, t -> {
							ServiceStandard s = t.getStandards().stream().filter(x -> x.getKey().equals(key)).findFirst().orElseThrow();
							s.getRevisions().get(s.getRevisions().size() - 1).setRationaleEn(value);
							return null;
						});
						SyncResult result = null;
						for (int again = 0; result == null; again++) {
							long start = System.nanoTime();
							try {
								result = TenantGit.sync(ws, as(), null, Keep.MINE, login(user));
							} catch (TouchstoneException e) {
								// "others kept pushing ...: sync again", which is what a person does
								if (e.coreMessage() == null || !e.coreMessage().key().equals("team.busy") || again == 10) {
									throw e;
								}
								busy.incrementAndGet();
							}
							syncs.add((System.nanoTime() - start) / 1_000_000);
						}
						if (!result.complete()) {
							throw new AssertionError("user" + user + " edit " + k + ": " + result);
						}
					}
					return null;
				}));
			}
			for (Future<?> f : work) {
				f.get();
			}
			people.shutdown();

			List<String> history = new ArrayList<>();
			try (Git git = Git.open(server.repository(HOTEL).toFile())) {
				for (RevCommit c : git.log().call()) {
					history.add(c.getFullMessage());
				}
			}
			List<String> lost = new ArrayList<>();
			for (int i = 0; i < USERS; i++) {
				for (int k = 0; k < EDITS; k++) {
					String value = "-> edit u" + i + "-" + k;
					if (history.stream().noneMatch(m -> m.contains(value + "\n") || m.endsWith(value))) {
						lost.add("u" + i + "-" + k);
					}
				}
			}
			assertEquals(List.of(), lost, "every edit is in the server's history");
			List<Long> times = new ArrayList<>(syncs);
			Collections.sort(times);
			System.out.println("RESULT team.load.users " + USERS);
			System.out.println("RESULT team.load.edits " + USERS * EDITS);
			System.out.println("RESULT team.load.commits " + history.size());
			System.out.println("RESULT team.load.syncs " + times.size());
			System.out.println("RESULT team.load.syncs-told-to-sync-again " + busy.get());
			System.out.println("RESULT team.load.sync.p50.ms " + times.get(times.size() / 2));
			System.out.println("RESULT team.load.sync.p99.ms " + times.get(Math.min(times.size() - 1, (int) Math.ceil(times.size() * 0.99) - 1)));
		}
	}

	/** A sample workspace, without the hotel when it is to be cloned from the server. */
	private Workspace workspace(int user, boolean withoutTheHotel) throws Exception {
		Path root = dir.resolve("user" + user);
		Workspace.openOrCreate(root, "me");
		if (withoutTheHotel) {
			deleteTree(root.resolve(HOTEL));
		}
		Workspace ws = Workspace.open(root);
		TenantGit.recordSaves(ws);
		return ws;
	}

	private static Context as() {
		return new Context(HOTEL, "he.admin");
	}

	private static ServerLogin login(int user) {
		return new ServerLogin("user" + user, ("secret" + user).toCharArray());
	}
}
