package org.touchstone.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.AccessDeniedException;
import org.touchstone.core.Context;
import org.touchstone.core.Permission;
import org.touchstone.core.Workspace;
import org.touchstone.core.WorkspaceLockedException;
import org.touchstone.core.internal.TenantFiles;
import org.touchstone.core.internal.WriteLock;
import org.touchstone.model.Language;
import org.touchstone.model.Role;
import org.touchstone.model.Tenant;
import org.touchstone.model.User;

class WorkspaceTest {
	@TempDir
	Path dir;

	@Test
	void firstOpenCreatesTheSampleWorkspaceWithTheCallerAsAdminOfEveryTenant() {
		Path root = dir.resolve("ws");
		Workspace workspace = Workspace.openOrCreate(root, "newcomer");
		assertTrue(workspace.created());
		assertTrue(Files.isRegularFile(root.resolve("library").resolve("tenant.xmi")));
		assertTrue(workspace.tenants("newcomer").size() >= 2);
		for (Tenant tenant : workspace.tenants("newcomer")) {
			assertTrue(tenant.getUsers().stream().anyMatch(u -> u.getName().equals("newcomer") && u.getRoles().contains(Role.ADMIN)),
					"newcomer should administer " + tenant.getId());
		}
		assertFalse(Workspace.openOrCreate(root, "newcomer").created(), "the second open must not recreate");
	}

	@Test
	void chineseTextIsSavedAsUtf8AndReadBack() throws Exception {
		Workspace workspace = Workspace.openOrCreate(dir.resolve("ws"), "admin");
		Tenant created = workspace.createTenant("admin", "jade-bank", "翡翠银行", Language.ZH);
		String xmi = Files.readString(TenantFiles.file(workspace.root(), "jade-bank"), StandardCharsets.UTF_8);
		assertTrue(xmi.contains("翡翠银行"), "the file holds the Chinese name as text");
		assertFalse(xmi.contains("&#x"), "no numeric character escapes");
		assertTrue(xmi.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));

		Tenant reread = Workspace.open(workspace.root()).read(new Context("jade-bank", "admin"));
		assertEquals("翡翠银行", reread.getName());
		assertEquals(created.getUuid(), reread.getUuid());
		assertEquals(4, reread.getDimensions().size());
	}

	@Test
	void aUserOfOneTenantCannotReadOrWriteAnother() {
		Workspace workspace = Workspace.openOrCreate(dir.resolve("ws"), "admin");
		workspace.createTenant("alice", "tenant-a", "A", Language.EN);
		workspace.createTenant("bob", "tenant-b", "B", Language.EN);

		AccessDeniedException read = assertThrows(AccessDeniedException.class, () -> workspace.read(new Context("tenant-b", "alice")));
		assertEquals(Permission.READ, read.permission());
		assertTrue(read.getMessage().contains("'read'") && read.getMessage().contains("tenant-b"), read.getMessage());
		assertThrows(AccessDeniedException.class,
				() -> workspace.change(new Context("tenant-b", "alice"), Permission.WRITE, t -> {
					t.setName("taken over");
					return null;
				}));
		assertEquals("B", workspace.read(new Context("tenant-b", "bob")).getName());
		assertFalse(workspace.tenants("alice").stream().anyMatch(t -> t.getId().equals("tenant-b")));
	}

	@Test
	void everyoneReadsTheLibraryButOnlyItsAdminsChangeIt() {
		Workspace workspace = Workspace.openOrCreate(dir.resolve("ws"), "admin");
		workspace.createTenant("carol", "tenant-c", "C", Language.EN);
		assertEquals(Workspace.LIBRARY, workspace.read(new Context(Workspace.LIBRARY, "carol")).getId());
		assertThrows(AccessDeniedException.class,
				() -> workspace.change(new Context(Workspace.LIBRARY, "carol"), Permission.WRITE, t -> {
					t.setName("x");
					return null;
				}));
	}

	@Test
	void aTrainerCannotWrite() {
		Workspace workspace = Workspace.openOrCreate(dir.resolve("ws"), "admin");
		workspace.change(new Context("harbor-hotel", "admin"), Permission.ADMINISTER, t -> {
			User trainer = org.touchstone.model.TouchstoneFactory.eINSTANCE.createUser();
			trainer.setUuid("trainer-1");
			trainer.setName("tina");
			trainer.getRoles().add(Role.TRAINER);
			return t.getUsers().add(trainer);
		});
		AccessDeniedException denied = assertThrows(AccessDeniedException.class,
				() -> workspace.change(new Context("harbor-hotel", "tina"), Permission.WRITE, t -> null));
		assertEquals(Permission.WRITE, denied.permission());
	}

	@Test
	void anUnparseableTenantFileIsReportedWithItsLineWhileTheOthersOpen() throws Exception {
		Path root = dir.resolve("ws");
		Workspace.openOrCreate(root, "admin");
		Path broken = TenantFiles.file(root, "harbor-hotel");
		Files.writeString(broken, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ts:Tenant xmlns:ts=\"http://touchstone.org/model/1\"\n  id=\"harbor-hotel\">\n  <users name=\"x\"\n</ts:Tenant>\n");
		Workspace workspace = Workspace.open(root);
		assertEquals(1, workspace.problems().size());
		assertEquals(broken.toAbsolutePath().normalize(), workspace.problems().get(0).file().toAbsolutePath().normalize());
		assertTrue(workspace.problems().get(0).line() >= 4, "line of the problem: " + workspace.problems().get(0));
		assertTrue(workspace.tenants("admin").stream().anyMatch(t -> t.getId().equals(Workspace.LIBRARY)));
	}

	@Test
	void aSecondWriterIsToldTheWorkspaceIsBusy() {
		Workspace workspace = Workspace.openOrCreate(dir.resolve("ws"), "admin");
		try (WriteLock held = WriteLock.acquire(workspace.root())) {
			WorkspaceLockedException e = assertThrows(WorkspaceLockedException.class,
					() -> workspace.change(new Context("harbor-hotel", "admin"), Permission.WRITE, t -> null));
			assertTrue(e.getMessage().contains("another Touchstone process"), e.getMessage());
		}
		workspace.change(new Context("harbor-hotel", "admin"), Permission.WRITE, t -> null);
	}

	@Test
	void rejectsTenantIdsThatAreNotLowercaseSlugs() {
		Workspace workspace = Workspace.openOrCreate(dir.resolve("ws"), "admin");
		for (String bad : new String[] { "Harbor", "harbor_hotel", "-x", "x-", "", "a b" }) {
			assertThrows(RuntimeException.class, () -> workspace.createTenant("admin", bad, "n", Language.EN), bad);
		}
	}
}
