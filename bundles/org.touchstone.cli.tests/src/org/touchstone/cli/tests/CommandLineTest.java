package org.touchstone.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
	@TempDir
	Path home;

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({ "tenant, create", "tenant user, revoke", "standard, standard --help", "site, add", "audit, import",
			"complaint, import", "workspace, convert" })
	void aGroupOfCommandsRunAloneSaysWhatItHoldsInOneLine(String group, String named) {
		CliRun run = CliRun.run(home, group.split(" "));
		assertEquals(2, run.exitCode(), run.err());
		String said = run.err().lines().filter(l -> !l.contains("created workspace")).findFirst().orElse("");
		assertTrue(said.contains(named) && !said.contains("Exception"), "its own message, naming what it holds: " + run.err());
	}

	@Test
	void noCommandAtAllIsAUsageErrorPointingToHelp() {
		CliRun run = CliRun.run(home);
		assertEquals(2, run.exitCode(), run.err());
		assertTrue(run.err().contains("no command given") && run.err().contains("touchstone --help") && !run.err().contains("Exception"), run.err());
	}

	@Test
	void helpListsTheCommands() {
		CliRun run = CliRun.run(home, "--help");
		assertEquals(0, run.exitCode());
		for (String command : new String[] { "tenant", "workbench", "--workspace", "--debug", "Exit codes" }) {
			assertTrue(run.out().contains(command), "help mentions " + command + ":\n" + run.out());
		}
	}

	@Test
	void everyCommandUnderstandsHelp() {
		CliRun run = CliRun.run(home, "tenant", "create", "--help");
		assertEquals(0, run.exitCode());
		assertTrue(run.out().contains("--locale"), run.out());
		assertTrue(run.out().contains("--workspace"), run.out());
	}

	@Test
	void versionNamesTouchstone() {
		CliRun run = CliRun.run(home, "--version");
		assertEquals(0, run.exitCode());
		assertTrue(run.out().startsWith("Touchstone 0.1.0"), run.out());
	}

	@Test
	void anUnknownOptionIsAUsageErrorWithOneClearLine() {
		CliRun run = CliRun.run(home, "tenant", "list", "--colour");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().lines().findFirst().orElse("").contains("--colour"), run.err());
		assertFalse(run.err().contains("at org."), "no stack trace:\n" + run.err());
	}

	@Test
	void noCommandIsAUsageError() {
		assertEquals(2, CliRun.run(home).exitCode());
		assertEquals(2, CliRun.run(home, "frobnicate").exitCode());
	}

	@Test
	void theFirstCommandCreatesTheDefaultWorkspaceFromTheSampleContent() {
		CliRun run = CliRun.run(home, "tenant", "list");
		assertEquals(0, run.exitCode(), run.err());
		Path workspace = home.resolve(".touchstone").resolve("workspace");
		assertTrue(Files.isDirectory(workspace.resolve("library")));
		assertTrue(run.err().contains("created workspace " + workspace), run.err());
		assertTrue(run.out().lines().anyMatch(l -> l.startsWith("library\t")), run.out());
		assertTrue(run.out().lines().anyMatch(l -> l.startsWith("harbor-hotel\t")), run.out());

		CliRun again = CliRun.run(home, "tenant", "list");
		assertFalse(again.err().contains("created workspace"), again.err());
	}

	@Test
	void workspaceComesFromTheOptionThenTheEnvironment() {
		Path fromEnv = home.resolve("env-ws");
		Path fromOption = home.resolve("option-ws");
		Map<String, String> env = Map.of("HOME", home.toString(), "USER", "tester", "TOUCHSTONE_WORKSPACE", fromEnv.toString());
		assertEquals(0, CliRun.run(env, "tenant", "list").exitCode());
		assertTrue(Files.isDirectory(fromEnv.resolve("library")));
		assertEquals(0, CliRun.run(env, "tenant", "list", "--workspace", fromOption.toString()).exitCode());
		assertTrue(Files.isDirectory(fromOption.resolve("library")));
	}

	@Test
	void tenantCreateMakesTheCallerItsAdminAndListsIt() {
		CliRun created = CliRun.run(home, "tenant", "create", "jade-bank", "--name", "翡翠银行", "--locale", "zh");
		assertEquals(0, created.exitCode(), created.err());
		CliRun list = CliRun.run(home, "tenant", "list", "--json");
		assertTrue(list.out().contains("\"id\": \"jade-bank\""), list.out());
		assertTrue(list.out().contains("翡翠银行"), list.out());
		CliRun other = CliRun.run(Map.of("HOME", home.toString(), "USER", "mallory"), "tenant", "list");
		assertFalse(other.out().contains("jade-bank"), "another user does not see the new tenant:\n" + other.out());
	}

	@Test
	void aBadTenantIdGetsOneLineAndNoStackTrace() {
		CliRun run = CliRun.run(home, "tenant", "create", "Bad_Id", "--name", "x");
		assertEquals(2, run.exitCode());
		assertEquals(1, run.err().lines().filter(l -> !l.contains("created workspace")).count(), run.err());
		assertTrue(run.err().contains("Bad_Id"), run.err());
	}

	@Test
	void debugAddsTheStackTrace() {
		CliRun run = CliRun.run(home, "tenant", "create", "Bad_Id", "--name", "x", "--debug");
		assertTrue(run.err().contains("\tat org.touchstone"), run.err());
	}

	@Test
	void aBadLocaleIsAUsageError() {
		CliRun run = CliRun.run(home, "tenant", "create", "ok-id", "--name", "x", "--locale", "fr");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("--locale"), run.err());
	}
}
