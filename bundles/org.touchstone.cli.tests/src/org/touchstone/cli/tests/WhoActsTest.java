package org.touchstone.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.cli.internal.TouchstoneCommand;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import picocli.CommandLine;

/** Who a command acts as, wherever the global options stand, and who may administer users. */
class WhoActsTest {
	@TempDir
	Path home;

	private CliRun login(String login, String... args) {
		Map<String, String> env = new HashMap<>();
		env.put("HOME", home.toString());
		env.put("USER", login);
		return CliRun.run(env, args);
	}

	@Test
	void globalOptionsWorkBeforeTheCommandAsWellAsAfterIt() {
		CliRun before = CliRun.run(home, "--user", "grace.qm", "standard", "new", "--tenant", "riverside-bank", "B-200", "--title", "Queue",
				"--dimension", "timeliness", "--statement", "A customer waits at most 10 minutes.", "--threshold", "10", "--unit", "min",
				"--observation", "the branch manager times 20 customers each week");
		assertEquals(0, before.exitCode(), before.err());
		CliRun history = CliRun.run(home, "standard", "history", "--tenant", "riverside-bank", "B-200", "--json");
		JsonObject revision = JsonParser.parseString(history.out()).getAsJsonObject().getAsJsonArray("revisions").get(0).getAsJsonObject();
		assertEquals("grace.qm", revision.get("author").getAsString(), "the history names the user given before the command");
		CliRun after = CliRun.run(home, "standard", "submit", "--tenant", "riverside-bank", "B-200", "--user", "grace.qm");
		assertEquals(0, after.exitCode(), after.err());
		CliRun self = CliRun.run(home, "--user", "grace.qm", "standard", "approve", "--tenant", "riverside-bank", "B-200");
		assertEquals(3, self.exitCode(), "grace wrote it: " + self.err());
	}

	@Test
	void outsideASharedDemoWorkspaceALoginActsOnlyAsItself() throws Exception {
		assertEquals(0, login("tester", "tenant", "list").exitCode());
		Path workspace = home.resolve(".touchstone/workspace");
		CliRun demo = login("tester", "--user", "omar.review", "standard", "list", "--tenant", "riverside-bank");
		assertEquals(0, demo.exitCode(), "the sample is a shared demo workspace: " + demo.err());
		Files.delete(workspace.resolve("workspace.properties"));
		CliRun refused = login("tester", "--user", "omar.review", "standard", "list", "--tenant", "riverside-bank");
		assertEquals(3, refused.exitCode(), refused.err());
		assertTrue(refused.err().contains("logged in as 'tester'") && refused.err().contains("'omar.review'"), refused.err());
		assertEquals(1, refused.err().lines().count(), refused.err());
		Map<String, String> env = new HashMap<>();
		env.put("HOME", home.toString());
		env.put("USER", "tester");
		env.put("TOUCHSTONE_USER", "omar.review");
		assertEquals(3, CliRun.run(env, "standard", "list", "--tenant", "riverside-bank").exitCode(), "TOUCHSTONE_USER is held to the same rule");
		assertEquals(0, login("omar.review", "standard", "list", "--tenant", "riverside-bank").exitCode(), "the login itself may act");
	}

	@Test
	void theLoginIsRecordedWithEveryTransitionOnADemoWorkspace() {
		assertEquals(0, login("alice", "--user", "grace.qm", "standard", "submit", "--tenant", "riverside-bank", "B-004").exitCode());
		CliRun history = login("alice", "standard", "history", "--tenant", "riverside-bank", "B-004");
		assertTrue(history.out().contains("by grace.qm (login alice)"), history.out());
	}

	@Test
	void usersAreAdministeredFromTheCommandLineByAnAdminOnly() {
		CliRun added = CliRun.run(home, "tenant", "user", "add", "--tenant", "harbor-hotel", "zoe.train", "--role", "trainer", "--display-name", "Zoe");
		assertEquals(0, added.exitCode(), added.err());
		assertEquals(0, CliRun.run(home, "tenant", "user", "grant", "--tenant", "harbor-hotel", "zoe.train", "publisher").exitCode());
		CliRun list = CliRun.run(home, "tenant", "user", "list", "--tenant", "harbor-hotel");
		assertTrue(list.out().lines().anyMatch(l -> l.equals("zoe.train\ttrainer,publisher\tZoe")), list.out());
		CliRun denied = CliRun.run(home, "--user", "zoe.train", "tenant", "user", "grant", "--tenant", "harbor-hotel", "zoe.train", "admin");
		assertEquals(3, denied.exitCode());
		assertTrue(denied.err().contains("lacks 'administer'"), denied.err());
		CliRun badRole = CliRun.run(home, "tenant", "user", "revoke", "--tenant", "harbor-hotel", "zoe.train", "boss");
		assertEquals(2, badRole.exitCode());
		assertTrue(badRole.err().contains("'boss'"), badRole.err());
		assertEquals(0, CliRun.run(home, "tenant", "user", "remove", "--tenant", "harbor-hotel", "zoe.train").exitCode());
		assertTrue(CliRun.run(home, "tenant", "user", "list", "--tenant", "harbor-hotel").out().lines().noneMatch(l -> l.startsWith("zoe.train")));
	}

	@Test
	void theLastAdminOfATenantCannotBeRemoved() {
		CliRun created = CliRun.run(home, "tenant", "create", "solo-co", "--name", "Solo", "--locale", "en");
		assertEquals(0, created.exitCode(), created.err());
		CliRun removed = CliRun.run(home, "tenant", "user", "remove", "--tenant", "solo-co", "tester");
		assertEquals(2, removed.exitCode());
		assertTrue(removed.err().contains("last admin"), removed.err());
	}

	@Test
	void everyHelpPrintsWithoutWarnings() {
		List<List<String>> commands = new ArrayList<>();
		collect(TouchstoneCommand.commandLine(Map.of(), System.out, System.err), new ArrayList<>(), commands);
		assertTrue(commands.size() > 20, "found " + commands.size() + " commands");
		PrintStream original = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		try {
			System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
			for (List<String> command : commands) {
				List<String> args = new ArrayList<>(command);
				args.add("--help");
				CliRun run = CliRun.run(home, args.toArray(String[]::new));
				assertEquals(0, run.exitCode(), String.join(" ", args));
				assertEquals("", run.err(), String.join(" ", args));
				assertTrue(run.out().contains("Usage:"), String.join(" ", args));
			}
		} finally {
			System.setErr(original);
		}
		String warnings = captured.toString(StandardCharsets.UTF_8);
		assertTrue(!warnings.contains("WARN") && !warnings.contains("Could not format"), warnings);
	}

	private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
		into.add(List.copyOf(path));
		for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
			path.add(sub.getKey());
			collect(sub.getValue(), path, into);
			path.remove(path.size() - 1);
		}
	}
}
