package org.touchstone.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.AccessDeniedException;
import org.touchstone.core.Context;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.Permission;
import org.touchstone.core.Validation;
import org.touchstone.core.Workspace;
import org.touchstone.core.WorkspaceLockedException;
import org.touchstone.core.internal.TenantFiles;
import org.touchstone.core.internal.WriteLock;
import org.touchstone.model.CustomerSegment;
import org.touchstone.model.Language;
import org.touchstone.model.Role;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstoneFactory;
import org.touchstone.model.TouchstonePackage;
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

	@Test
	void aSaveByAnotherProcessInTheSameClockTickIsNotOverwritten() throws Exception {
		Workspace mine = Workspace.openOrCreate(dir.resolve("ws"), "admin");
		Context admin = new Context("harbor-hotel", "admin");
		Path file = TenantFiles.file(mine.root(), "harbor-hotel");
		java.nio.file.attribute.FileTime loaded = Files.getLastModifiedTime(file);
		Workspace theirs = Workspace.open(mine.root());
		theirs.change(admin, Permission.WRITE, t -> {
			t.setName("Changed by another process");
			return null;
		});
		// A coarse clock (or a fast machine) gives the other save the same time stamp as ours.
		Files.setLastModifiedTime(file, loaded);
		mine.change(admin, Permission.WRITE, t -> {
			t.getBranding().setPrimaryColour("#123456");
			return null;
		});
		Tenant saved = Workspace.open(mine.root()).read(admin);
		assertEquals("Changed by another process", saved.getName(), "the other process's save must survive");
		assertEquals("#123456", saved.getBranding().getPrimaryColour());
	}

	@Test
	void aSaveThatLandsWhileAnotherProcessReadsIsNotOverwritten() throws Exception {
		Path root = dir.resolve("ws");
		Workspace.openOrCreate(root, "admin");
		Context admin = new Context("harbor-hotel", "admin");
		Workspace big = Workspace.open(root);
		big.change(admin, Permission.WRITE, t -> {
			for (int i = 0; i < 3000; i++) {
				org.touchstone.model.Dimension d = org.touchstone.model.TouchstoneFactory.eINSTANCE.createDimension();
				d.setUuid("bulk-" + i);
				d.setCode("bulk-" + i);
				d.setName("a dimension that makes the file take a while to read " + i);
				t.getDimensions().add(d);
			}
			return null;
		});
		// Another process saves again and again while this one opens the workspace; every time it
		// did so during the read, the change this one makes next must be made on top of it.
		for (int trial = 0; trial < 5; trial++) {
			java.util.concurrent.atomic.AtomicReference<String> lastSaved = new java.util.concurrent.atomic.AtomicReference<>(
					Workspace.open(root).read(admin).getName());
			java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
			int round = trial;
			Thread other = new Thread(() -> {
				Workspace theirs = Workspace.open(root);
				for (int n = 0; !stop.get(); n++) {
					String name = "trial " + round + " save " + n;
					theirs.change(admin, Permission.WRITE, t -> {
						t.setName(name);
						return null;
					});
					lastSaved.set(name);
				}
			});
			other.start();
			Workspace mine;
			try {
				mine = Workspace.open(root);
			} finally {
				stop.set(true);
				other.join();
			}
			String last = lastSaved.get();
			String colour = "#00000" + trial;
			mine.change(admin, Permission.WRITE, t -> {
				t.getBranding().setPrimaryColour(colour);
				return null;
			});
			Tenant saved = Workspace.open(root).read(admin);
			assertEquals(last, saved.getName(), "trial " + trial + ": the other process's last save was lost");
			assertEquals(colour, saved.getBranding().getPrimaryColour());
		}
	}

	@Test
	void aTenantFileThatNamesAnotherFolderIsNotTrusted() throws Exception {
		Path root = dir.resolve("ws");
		Workspace.openOrCreate(root, "admin");
		Path file = TenantFiles.file(root, "harbor-hotel");
		Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replaceFirst(" id=\"harbor-hotel\"", " id=\"../../x\""),
				StandardCharsets.UTF_8);
		Workspace reopened = Workspace.open(root);
		assertTrue(reopened.problems().stream().anyMatch(p -> p.toString().contains("'../../x'") && p.toString().contains("folder 'harbor-hotel'")),
				reopened.problems().toString());
		assertTrue(reopened.tenants("admin").stream().noneMatch(t -> t.getId().contains("..")));
	}

	@Test
	void aLoginActsAsSomeoneElseOnlyOnASharedDemoWorkspace() throws Exception {
		Workspace demo = Workspace.openOrCreate(dir.resolve("ws"), "admin");
		assertTrue(demo.sharedDemo(), "the embedded sample is a shared demo workspace");
		Context acting = demo.context("harbor-hotel", "lin.qm", "alice");
		assertEquals("lin.qm", acting.user());
		assertEquals("alice", acting.login());
		Files.delete(demo.root().resolve(Workspace.SETTINGS));
		Workspace real = Workspace.open(demo.root());
		org.touchstone.core.ImpersonationException refused = assertThrows(org.touchstone.core.ImpersonationException.class,
				() -> real.context("harbor-hotel", "lin.qm", "alice"));
		assertTrue(refused.getMessage().contains("'alice'") && refused.getMessage().contains("'lin.qm'"), refused.getMessage());
		assertEquals("alice", real.context("harbor-hotel", null, "alice").user());
	}

	@Test
	void nothingIsWrittenIntoTheWorkspaceFromOutside() throws Exception {
		Workspace workspace = Workspace.openOrCreate(dir.resolve("ws"), "admin");
		Path own = TenantFiles.file(workspace.root(), "harbor-hotel");
		assertThrows(org.touchstone.core.InvalidValueException.class, () -> workspace.requireOutside(own, "--out"));
		Path link = Files.createSymbolicLink(dir.resolve("shortcut"), workspace.root().resolve("harbor-hotel"));
		assertThrows(org.touchstone.core.InvalidValueException.class, () -> workspace.requireOutside(link.resolve("tenant.xmi"), "--out"));
		workspace.requireOutside(dir.resolve("exports").resolve("standards.csv"), "--out");
	}

	@Test
	void aLookAtTheFilesTakenOnAnotherThreadSeesAnotherProgramsSaveButNotOneOfOurOwnMadeSince() throws Exception {
		Path root = dir.resolve("ws");
		Workspace mine = Workspace.openOrCreate(root, "admin");
		Context context = new Context("harbor-hotel", "admin");
		Tenant tenant = mine.read(context);
		mine.read(new Context("riverside-bank", "admin"));
		java.util.concurrent.ExecutorService elsewhere = java.util.concurrent.Executors.newSingleThreadExecutor();
		try {
			Workspace.Look look = mine.lookAtFiles();
			Workspace.FilesSeen nothingYet = elsewhere.submit(look::look).get();
			assertEquals(List.of(), mine.changedOnDisk(nothingYet));

			// Another program saves riverside-bank; then the look is taken, and then we save harbor-hotel ourselves.
			Workspace.open(root).change(new Context("riverside-bank", "admin"), Permission.WRITE, t -> {
				DocumentControl.latest(t.getStandards().get(0)).setStatement("Written by another program.");
				return null;
			});
			Workspace.FilesSeen seen = elsewhere.submit(mine.lookAtFiles()::look).get();
			DocumentControl.latest(tenant.getStandards().get(0)).setStatement("我们自己保存的陈述");
			mine.saveEdited(context);
			// The look saw harbor-hotel's files from before our save, and they differ from what we saved
			// since: that is our change, not another program's.
			assertEquals(List.of("riverside-bank"), mine.changedOnDisk(seen));
			assertEquals(List.of("riverside-bank"), mine.changedOnDisk());
		} finally {
			elsewhere.shutdown();
		}
	}

	@Test
	void aTenantSavedByAnotherProgramIsReadAgainIntoTheObjectsAlreadyHeld() {
		Path root = dir.resolve("ws");
		Workspace mine = Workspace.openOrCreate(root, "admin");
		Context context = new Context("harbor-hotel", "admin");
		Tenant tenant = mine.read(context);
		ServiceStandard kept = tenant.getStandards().get(0);
		StandardRevision revision = DocumentControl.latest(kept);
		ServiceStandard removed = tenant.getStandards().get(tenant.getStandards().size() - 1);
		String removedKey = removed.getKey();
		List<Notification> told = new ArrayList<>();
		revision.eAdapters().add(new AdapterImpl() {
			@Override
			public void notifyChanged(Notification notification) {
				told.add(notification);
			}
		});

		Workspace.open(root).change(context, Permission.WRITE, t -> {
			ServiceStandard s = t.getStandards().get(0);
			DocumentControl.latest(s).setStatement("另一个程序写的陈述");
			t.getStandards().remove(t.getStandards().size() - 1);
			CustomerSegment segment = TouchstoneFactory.eINSTANCE.createCustomerSegment();
			segment.setUuid("segment-from-elsewhere");
			segment.setKey("elsewhere");
			segment.setName("别处");
			t.getSegments().add(segment);
			return null;
		});
		assertEquals(List.of("harbor-hotel"), mine.changedOnDisk());

		assertSame(tenant, mine.readAgain("harbor-hotel"), "the tenant is read again into the same object");
		assertSame(kept, tenant.getStandards().get(0), "an unchanged standard stays the object a view holds");
		assertSame(revision, DocumentControl.latest(kept));
		assertEquals("另一个程序写的陈述", revision.getStatement());
		assertTrue(told.stream().anyMatch(n -> n.getFeature() == TouchstonePackage.Literals.STANDARD_REVISION__STATEMENT),
				"whoever watches the revision is told its statement changed");
		assertTrue(tenant.getStandards().stream().noneMatch(s -> s.getKey().equals(removedKey)));
		assertNull(removed.eContainer(), "a standard gone from the file leaves the tenant");
		assertTrue(tenant.getSegments().stream().anyMatch(s -> s.getKey().equals("elsewhere")));
		assertTrue(mine.changedOnDisk().isEmpty());
		// Every reference now points into this workspace's own objects, none into the newer read.
		tenant.eAllContents().forEachRemaining(o -> o.eCrossReferences().forEach(target -> {
			assertSame(tenant.eResource().getResourceSet(), target.eResource().getResourceSet(),
					o.eClass().getName() + " refers to an object outside the workspace: " + target);
		}));
		assertTrue(Validation.check(tenant, java.time.LocalDate.of(2026, 6, 1)).stream().noneMatch(f -> f.code().equals("reference.dangling")));
	}
}
