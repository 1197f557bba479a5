package org.touchstone.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.core.TouchstoneException;
import org.touchstone.core.Workspace;
import org.touchstone.team.TenantGit;
import org.touchstone.team.TenantGit.Keep;
import org.touchstone.team.TenantGit.ServerLogin;
import org.touchstone.team.TenantGit.SyncResult;

/** Tenant isolation on a real Git server: Apache with git-http-backend on loopback, access per repository. */
class ServerAccessTest {
	private static GitHttpServer server;

	@TempDir
	Path dir;

	@BeforeAll
	static void startTheServer() throws Exception {
		server = new GitHttpServer(Map.of("lin.qm", "lin-secret", "he.admin", "he-secret", "grace.qm", "grace-secret", "editor", "editor-secret"),
				Map.of("harbor-hotel", List.of(List.of("lin.qm", "he.admin"), List.of("lin.qm", "he.admin")),
						"riverside-bank", List.of(List.of("grace.qm"), List.of("grace.qm")),
						"library", List.of(List.of("lin.qm", "he.admin", "grace.qm", "editor"), List.of("editor"))));
	}

	@AfterAll
	static void stopTheServer() throws Exception {
		server.close();
	}

	@Test
	void aTenantsMembersShareItAndAMemberOfAnotherTenantCanNeitherCloneNorPushIt() throws Exception {
		Workspace hotel = workspace("hotel", null);
		SyncResult shared = TenantGit.sync(hotel, new Context("harbor-hotel", "lin.qm"), server.url("harbor-hotel"), Keep.NONE, login("lin.qm", "lin-secret"));
		assertTrue(shared.complete() && shared.sent() == 1, shared + server.errorLog());

		Workspace bank = workspace("bank", "harbor-hotel");
		TouchstoneException clone = assertThrows(TouchstoneException.class,
				() -> TenantGit.cloneTenant(bank, server.url("harbor-hotel"), null, login("grace.qm", "grace-secret")));
		assertTrue(clone.getMessage().contains("refused user grace.qm"), clone.getMessage());
		assertEquals(1, clone.getMessage().lines().count());
		assertFalse(Files.exists(bank.root().resolve("harbor-hotel")), "nothing of the other tenant is left behind");

		Workspace intruder = workspace("intruder", null);
		TouchstoneException push = assertThrows(TouchstoneException.class, () -> TenantGit.sync(intruder, new Context("harbor-hotel", "me"),
				server.url("harbor-hotel"), Keep.NONE, login("grace.qm", "grace-secret")));
		assertTrue(push.getMessage().contains("refused user grace.qm"), push.getMessage());

		Workspace colleague = workspace("colleague", "harbor-hotel");
		assertEquals("harbor-hotel", TenantGit.cloneTenant(colleague, server.url("harbor-hotel"), null, login("he.admin", "he-secret")));
	}

	@Test
	void aWrongPasswordOrNoneIsToldInOneLineAndNoPasswordIsWrittenAnywhere() throws Exception {
		Workspace hotel = workspace("hotel", null);
		TouchstoneException wrong = assertThrows(TouchstoneException.class, () -> TenantGit.sync(hotel, new Context("harbor-hotel", "lin.qm"),
				server.url("harbor-hotel"), Keep.NONE, login("lin.qm", "not-the-password")));
		assertTrue(wrong.getMessage().contains("refused user lin.qm") && wrong.getMessage().lines().count() == 1, wrong.getMessage());
		TouchstoneException none = assertThrows(TouchstoneException.class,
				() -> TenantGit.sync(hotel, new Context("harbor-hotel", "lin.qm"), server.url("harbor-hotel"), Keep.NONE, null));
		assertTrue(none.getMessage().contains("TOUCHSTONE_GIT_PASSWORD"), none.getMessage());

		TouchstoneException inAddress = assertThrows(TouchstoneException.class, () -> TenantGit.sync(hotel, new Context("harbor-hotel", "lin.qm"),
				server.url("harbor-hotel").replace("http://", "http://lin.qm:lin-secret@"), Keep.NONE, null));
		assertTrue(inAddress.getMessage().contains("TOUCHSTONE_GIT_PASSWORD"), inAddress.getMessage());

		assertTrue(TenantGit.sync(hotel, new Context("harbor-hotel", "lin.qm"), server.url("harbor-hotel"), Keep.NONE, login("lin.qm", "lin-secret")).complete());
		try (Stream<Path> all = Files.walk(hotel.root())) {
			for (Path f : all.filter(Files::isRegularFile).toList()) {
				assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains("lin-secret"), f + " holds the password");
			}
		}
	}

	@Test
	void everyoneReadsTheLibraryAndOnlyItsEditorsWriteIt() throws Exception {
		Workspace editors = workspace("editors", null);
		assertTrue(TenantGit.sync(editors, new Context("library", "editor"), server.url("library"), Keep.NONE, login("editor", "editor-secret")).complete());

		Workspace reader = workspace("reader", "library");
		assertEquals("library", TenantGit.cloneTenant(reader, server.url("library"), null, login("lin.qm", "lin-secret")));
		try (Git git = Git.open(reader.folder("library").toFile())) {
			Files.writeString(reader.folder("library").resolve("notes.txt"), "a trainer's note\n");
			git.add().addFilepattern("notes.txt").call();
			git.commit().setMessage("a note").setAuthor("lin.qm", "lin.qm@example.org").setSign(Boolean.FALSE).call();
		}
		TouchstoneException refused = assertThrows(TouchstoneException.class,
				() -> TenantGit.sync(reader, new Context("library", "lin.qm"), null, Keep.NONE, login("lin.qm", "lin-secret")));
		assertTrue(refused.getMessage().contains("refused user lin.qm"), refused.getMessage());
	}

	/** A sample workspace; {@code without} names a tenant folder to take out of it (to clone that tenant there). */
	private Workspace workspace(String name, String without) throws Exception {
		Path root = dir.resolve(name);
		Workspace.openOrCreate(root, "me");
		if (without != null) {
			try (Stream<Path> all = Files.walk(root.resolve(without))) {
				for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
		Workspace ws = Workspace.open(root);
		TenantGit.recordSaves(ws);
		return ws;
	}

	private static ServerLogin login(String user, String password) {
		return new ServerLogin(user, password.toCharArray());
	}
}
