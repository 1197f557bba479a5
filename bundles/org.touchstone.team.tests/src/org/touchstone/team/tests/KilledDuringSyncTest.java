package org.touchstone.team.tests;

import static org.touchstone.team.tests.HotelFixtures.as;
import static org.touchstone.team.tests.HotelFixtures.deleteTree;
import static org.touchstone.team.tests.HotelFixtures.edit;
import static org.touchstone.team.tests.HotelFixtures.newest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.touchstone.core.Context;
import org.touchstone.core.Permission;
import org.touchstone.core.Workspace;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;
import org.touchstone.team.TenantGit;
import org.touchstone.team.TenantGit.Keep;
import org.touchstone.team.TenantGit.ServerLogin;
import org.touchstone.team.TenantGit.SyncResult;

/**
 * A sync killed with SIGKILL (what {@link Process#destroyForcibly()} sends on Linux) at a random
 * moment, ten times, while a colleague's pushes wait to be merged: each time the workspace opens
 * whole, holds the last edit the killed program saved, and the next sync completes with both
 * sides equal. The killed program is a real process of its own ({@link SyncUntilKilled}); the
 * server is the real one of {@link GitHttpServer}.
 */
class KilledDuringSyncTest {
	private static final String HOTEL = "harbor-hotel";
	private static final int TRIALS = 10;

	@TempDir
	Path dir;

	@Test
	void aSyncKilledAtAnyMomentLeavesAWholeWorkspaceAndTheNextSyncCompletes() throws Exception {
		List<String> members = List.of("lin.qm", "he.admin");
		try (GitHttpServer server = new GitHttpServer(Map.of("lin.qm", "lin-secret", "he.admin", "he-secret"), Map.of(HOTEL, List.of(members, members)))) {
			ServerLogin lin = new ServerLogin("lin.qm", "lin-secret".toCharArray());
			ServerLogin he = new ServerLogin("he.admin", "he-secret".toCharArray());
			Workspace mine = Workspace.openOrCreate(dir.resolve("mine"), "me");
			TenantGit.recordSaves(mine);
			assertTrue(TenantGit.sync(mine, as("lin.qm"), server.url(HOTEL), Keep.NONE, lin).complete());
			int standards = mine.read(as("lin.qm")).getStandards().size();

			Workspace.openOrCreate(dir.resolve("colleague"), "me");
			deleteTree(dir.resolve("colleague").resolve(HOTEL));
			Workspace colleague = Workspace.open(dir.resolve("colleague"));
			TenantGit.recordSaves(colleague);
			TenantGit.cloneTenant(colleague, server.url(HOTEL), null, he);

			long seed = System.nanoTime();
			Random random = new Random(seed);
			List<String> log = new ArrayList<>();
			for (int trial = 0; trial < TRIALS; trial++) {
				String theirs = "Colleague's wording, trial " + trial;
				edit(colleague, "he.admin", "G-006", r -> r.setStatementEn(theirs));
				assertTrue(TenantGit.sync(colleague, as("he.admin"), null, Keep.NONE, he).complete());

				int delay = random.nextInt(1500);
				Killed killed = runAndKill(mine.root(), "trial " + trial, delay);
				log.add("trial " + trial + ": killed " + delay + " ms after its first sync began, in sync " + killed.syncsStarted + " (" + killed.lines + ")");
				String context = "seed " + seed + "; " + log;

				Workspace reopened = Workspace.open(mine.root());
				assertEquals(List.of(), reopened.problems(), context);
				Tenant hotel = reopened.read(as("lin.qm"));
				assertEquals(standards, hotel.getStandards().size(), context);
				String title = newest(hotel, "G-001").getTitleEn();
				assertTrue(title.equals("trial " + trial + " edit " + killed.lastSaved) || title.equals("trial " + trial + " edit " + (killed.lastSaved + 1)),
						"the last saved edit (" + killed.lastSaved + ") or the one after it, not '" + title + "'; " + context);

				TenantGit.recordSaves(reopened);
				SyncResult next = TenantGit.sync(reopened, as("lin.qm"), null, Keep.NONE, lin);
				assertTrue(next.complete(), next + "; " + context);
				assertTrue(TenantGit.sync(colleague, as("he.admin"), null, Keep.NONE, he).complete());
				Tenant here = Workspace.open(mine.root()).read(as("lin.qm"));
				Tenant there = Workspace.open(colleague.root()).read(as("he.admin"));
				assertEquals(theirs, newest(here, "G-006").getStatementEn(), context);
				assertEquals(title, newest(there, "G-001").getTitleEn(), context);
			}
			try (Git git = Git.open(mine.folder(HOTEL).toFile())) {
				assertTrue(git.status().call().isClean(), "nothing left uncommitted after the last sync");
			}
			System.out.println("KilledDuringSyncTest: " + String.join("\n  ", log));
		}
	}

	private record Killed(int lastSaved, int syncsStarted, String lines) {
	}

	/** Starts {@link SyncUntilKilled}, waits for its first sync to start, then kills it after {@code delay} ms. */
	private static Killed runAndKill(Path workspace, String label, int delay) throws Exception {
		String launcher = ProcessHandle.current().info().command().orElseThrow();
		ProcessBuilder program = new ProcessBuilder(launcher, "-Dslf4j.internal.verbosity=ERROR", "-cp", classpath(), SyncUntilKilled.class.getName(),
				workspace.toString(), HOTEL, "lin.qm", "G-001", label).redirectErrorStream(true);
		program.environment().put("TOUCHSTONE_GIT_USER", "lin.qm");
		program.environment().put("TOUCHSTONE_GIT_PASSWORD", "lin-secret");
		Process child = program.start();
		List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line; (line = in.readLine()) != null;) {
					lines.add(line);
				}
			} catch (java.io.IOException e) {
				// the process is gone
			}
		});
		reader.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!lines.contains("syncing")) {
			if (!child.isAlive() || System.nanoTime() > deadline) {
				child.destroyForcibly();
				throw new AssertionError("the program to kill did not start syncing: " + lines + " with class path " + classpath());
			}
			Thread.sleep(5);
		}
		Thread.sleep(delay);
		child.destroyForcibly();
		assertTrue(child.waitFor(30, TimeUnit.SECONDS));
		reader.join();
		List<String> seen = List.copyOf(lines);
		assertTrue(seen.stream().allMatch(l -> l.startsWith("saved ") || l.equals("syncing") || l.startsWith("synced true")), "the program only saved and synced: " + seen);
		int lastSaved = seen.stream().filter(l -> l.startsWith("saved ")).mapToInt(l -> Integer.parseInt(l.substring(6))).max().orElseThrow();
		int syncs = (int) seen.stream().filter(l -> l.equals("syncing")).count();
		return new Killed(lastSaved, syncs, String.join(", ", seen));
	}

	/**
	 * The class path of the bundles this test runs in, for a plain JVM (Touchstone's code runs
	 * outside OSGi too). The test runtime names bundles relative to its install area; a bundle
	 * built in this reactor as a folder has its classes in target/classes.
	 */
	private static String classpath() {
		Path installArea = Path.of(java.net.URI.create(System.getProperty("osgi.install.area")));
		Set<String> entries = new LinkedHashSet<>();
		for (Bundle bundle : FrameworkUtil.getBundle(TenantGit.class).getBundleContext().getBundles()) {
			String location = bundle.getLocation();
			int file = location.indexOf("file:");
			if (file < 0) {
				continue;
			}
			Path path = installArea.resolve(location.substring(file + "file:".length())).normalize();
			if (Files.isDirectory(path) && Files.isDirectory(path.resolve("target").resolve("classes"))) {
				entries.add(path.resolve("target").resolve("classes").toString());
			} else if (Files.exists(path)) {
				entries.add(path.toString());
			}
		}
		return String.join(java.io.File.pathSeparator, entries);
	}
}
