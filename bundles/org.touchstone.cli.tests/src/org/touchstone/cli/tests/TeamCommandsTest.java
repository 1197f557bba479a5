package org.touchstone.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync} and {@code clone} as a user types them, against a repository on disk. */
class TeamCommandsTest {
	@TempDir
	Path dir;

	@Test
	void aTenantIsSharedClonedEditedAndSyncedBackWithNothingButOneLinePerStep() throws Exception {
		Path home = dir.resolve("home");
		Path otherHome = dir.resolve("other");
		String server = bareRepository();

		CliRun notYet = CliRun.run(home, "sync", "--tenant", "harbor-hotel");
		assertTrue(notYet.exitCode() != 0 && notYet.err().contains("--remote"), notYet.err());

		CliRun share = CliRun.run(home, "sync", "--tenant", "harbor-hotel", "--remote", server);
		assertEquals(0, share.exitCode(), share.err());
		assertTrue(share.out().contains("kept in Git") && share.out().contains("synced:"), share.out());
		assertEquals("", share.err().lines().filter(l -> !l.contains("created workspace")).reduce("", String::concat), "nothing else on stderr");

		assertEquals(0, CliRun.run(otherHome, "tenant", "list").exitCode());
		deleteTree(otherHome.resolve(".touchstone/workspace/harbor-hotel"));
		CliRun clone = CliRun.run(otherHome, "clone", server);
		assertEquals(0, clone.exitCode(), clone.err());
		assertTrue(clone.out().contains("harbor-hotel"), clone.out());

		CliRun edit = CliRun.run(otherHome, "--user", "lin.qm", "standard", "edit", "--tenant", "harbor-hotel", "G-009", "--threshold", "15", "--unit", "min",
				"--observation", "the duty manager checks the wake-up log each morning");
		assertEquals(0, edit.exitCode(), edit.err());
		CliRun back = CliRun.run(otherHome, "--user", "lin.qm", "sync", "--tenant", "harbor-hotel");
		assertEquals(0, back.exitCode(), back.err());
		assertTrue(back.out().contains("1 sent") || back.out().contains("发出 1"), back.out());

		CliRun pull = CliRun.run(home, "sync", "--tenant", "harbor-hotel");
		assertEquals(0, pull.exitCode(), pull.err());
		CliRun shown = CliRun.run(home, "standard", "show", "--tenant", "harbor-hotel", "G-009");
		assertTrue(shown.out().contains("15"), shown.out());
		CliRun history = CliRun.run(home, "standard", "history", "--tenant", "harbor-hotel", "G-009");
		assertEquals(0, history.exitCode(), history.err());
		assertTrue(history.out().lines().anyMatch(l -> l.contains("lin.qm") && l.contains("G-009 r1: ") && l.contains("threshold: (none) -> 15 min")),
				"the history says whose save changed what, received from the other machine: " + history.out());
	}

	@Test
	void eachConflictIsPickedByTheNameSyncShowedForIt() throws Exception {
		Path home = dir.resolve("home");
		Path otherHome = dir.resolve("other");
		String server = bareRepository();
		assertEquals(0, CliRun.run(home, "sync", "--tenant", "harbor-hotel", "--remote", server).exitCode());
		assertEquals(0, CliRun.run(otherHome, "tenant", "list").exitCode());
		deleteTree(otherHome.resolve(".touchstone/workspace/harbor-hotel"));
		assertEquals(0, CliRun.run(otherHome, "clone", server).exitCode());

		assertEquals(0, CliRun.run(otherHome, "--user", "lin.qm", "standard", "edit", "--tenant", "harbor-hotel", "G-009", "--threshold", "15", "--unit", "min",
				"--observation", "the duty manager checks the log").exitCode());
		assertEquals(0, CliRun.run(otherHome, "--user", "lin.qm", "sync", "--tenant", "harbor-hotel").exitCode());
		assertEquals(0, CliRun.run(home, "--user", "lin.qm", "standard", "edit", "--tenant", "harbor-hotel", "G-009", "--threshold", "20", "--unit", "min",
				"--observation", "the night manager checks the log").exitCode());

		CliRun conflicted = CliRun.run(home, "--user", "lin.qm", "sync", "--tenant", "harbor-hotel");
		assertEquals(1, conflicted.exitCode(), conflicted.err());
		// Each conflict is a line "ELEMENT: FIELD: yours ..., theirs ..."; what comes before ": yours" names it.
		java.util.List<String> ids = conflicted.out().lines().filter(l -> l.contains(": yours ")).map(l -> l.substring(0, l.indexOf(": yours "))).toList();
		String thresholdId = ids.stream().filter(i -> i.endsWith(": threshold")).findFirst().orElseThrow(() -> new AssertionError(conflicted.out()));
		String observationId = ids.stream().filter(i -> i.contains(": observation")).findFirst().orElseThrow(() -> new AssertionError(conflicted.out()));

		CliRun picked = CliRun.run(home, "--user", "lin.qm", "sync", "--tenant", "harbor-hotel", "--pick", thresholdId + "=theirs", "--write",
				observationId + "=the shift manager checks the log", "--pick", "G-404 r1: title=theirs");
		assertEquals(0, picked.exitCode(), picked.err());
		assertTrue(picked.out().contains(thresholdId + ": kept theirs") && picked.out().contains(observationId + ": written anew"), picked.out());
		assertTrue(picked.err().contains("--pick/--write G-404 r1: title: no such conflict"), "a name that matches no conflict is told: " + picked.err());
		CliRun shown = CliRun.run(home, "standard", "show", "--tenant", "harbor-hotel", "G-009");
		assertTrue(shown.out().contains("15 min") && shown.out().contains("the shift manager"), "their threshold, the observation written anew: " + shown.out());

		CliRun bad = CliRun.run(home, "sync", "--tenant", "harbor-hotel", "--pick", thresholdId + "=both");
		assertEquals(2, bad.exitCode(), bad.err());
		assertTrue(bad.err().contains("--pick " + thresholdId + " must be mine or theirs, not 'both'"), bad.err());
	}

	@Test
	void keepTakesOnlyMineOrTheirs() throws Exception {
		CliRun run = CliRun.run(dir.resolve("home"), "sync", "--tenant", "harbor-hotel", "--keep", "both");
		assertEquals(2, run.exitCode(), run.err());
		assertTrue(run.err().contains("mine or theirs"), run.err());
	}

	private String bareRepository() throws Exception {
		Path bare = dir.resolve("server/harbor-hotel.git");
		Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
		return bare.toUri().toString();
	}

	private static void deleteTree(Path folder) throws Exception {
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
