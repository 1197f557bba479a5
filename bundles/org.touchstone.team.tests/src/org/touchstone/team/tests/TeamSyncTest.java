package org.touchstone.team.tests;

import static org.touchstone.team.tests.HotelFixtures.as;
import static org.touchstone.team.tests.HotelFixtures.deleteTree;
import static org.touchstone.team.tests.HotelFixtures.edit;
import static org.touchstone.team.tests.HotelFixtures.newest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.Permission;
import org.touchstone.core.Workspace;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;
import org.touchstone.team.TenantGit;
import org.touchstone.team.TenantGit.Keep;
import org.touchstone.team.TenantGit.SyncResult;
import org.touchstone.team.Conflict;

/**
 * Two workspaces on one tenant through a Git repository on disk (the server's part): each save a
 * commit by its user, different standards merged by Git alone, the same field told as a conflict.
 */
class TeamSyncTest {
	private static final String HOTEL = "harbor-hotel";

	@TempDir
	Path dir;
	private String server;
	private Workspace mine;
	private Workspace theirs;

	@BeforeEach
	void twoWorkspacesShareTheHotelThroughOneServer() throws Exception {
		Path bare = dir.resolve("server").resolve(HOTEL + ".git");
		Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch(TenantGit.BRANCH).call().close();
		server = bare.toUri().toString();
		mine = Workspace.openOrCreate(dir.resolve("mine"), "me");
		TenantGit.recordSaves(mine);
		SyncResult first = TenantGit.sync(mine, as("he.admin"), server, Keep.NONE);
		assertTrue(first.shared() && first.complete() && first.sent() == 1, first.toString());

		Workspace.openOrCreate(dir.resolve("theirs"), "me");
		deleteTree(dir.resolve("theirs").resolve(HOTEL));
		theirs = Workspace.open(dir.resolve("theirs"));
		TenantGit.recordSaves(theirs);
		assertEquals(HOTEL, TenantGit.cloneTenant(theirs, server, null));
	}

	@Test
	void twoPeopleChangingTwoStandardsBothSyncAndBothHaveBoth() throws Exception {
		edit(mine, "lin.qm", "G-001", r -> r.setTitleEn("Greeting in the lobby, from Shanghai"));
		edit(theirs, "he.admin", "G-006", r -> r.setStatementEn("Written in Hangzhou."));
		assertTrue(TenantGit.sync(mine, as("lin.qm"), null, Keep.NONE).complete());
		SyncResult second = TenantGit.sync(theirs, as("he.admin"), null, Keep.NONE);
		assertTrue(second.complete() && second.received() == 1, second.toString());
		assertTrue(TenantGit.sync(mine, as("lin.qm"), null, Keep.NONE).complete());

		for (Workspace ws : List.of(mine, theirs, Workspace.open(mine.root()), Workspace.open(theirs.root()))) {
			Tenant hotel = ws.read(as("lin.qm"));
			assertEquals("Greeting in the lobby, from Shanghai", newest(hotel, "G-001").getTitleEn());
			assertEquals("Written in Hangzhou.", newest(hotel, "G-006").getStatementEn());
		}
		List<RevCommit> history = history(mine.folder(HOTEL));
		RevCommit linsEdit = history.stream().filter(c -> c.getShortMessage().startsWith("G-001 r")).findFirst().orElseThrow();
		assertTrue(linsEdit.getAuthorIdent().getName().contains("lin.qm"), linsEdit.getAuthorIdent().toString());
		assertTrue(linsEdit.getShortMessage().contains("title (English): ") && linsEdit.getShortMessage().endsWith("-> Greeting in the lobby, from Shanghai"),
				linsEdit.getShortMessage());
		assertTrue(history.stream().anyMatch(c -> c.getShortMessage().startsWith("G-006 r") && c.getAuthorIdent().getName().contains("he.admin")));
	}

	@Test
	void aLifecycleStepIsACommitByWhoeverTookIt() throws Exception {
		new DocumentControl(mine, Clock.systemUTC()).approve(as("zhou.review"), "G-008", "fine");
		RevCommit last = history(mine.folder(HOTEL)).get(0);
		assertTrue(last.getAuthorIdent().getName().contains("zhou.review"), last.getAuthorIdent().toString());
		assertTrue(last.getShortMessage().startsWith("G-008 r") && last.getShortMessage().contains("approved by zhou.review"), last.getShortMessage());
	}

	@Test
	void theSameFieldChangedOnBothSidesIsShownWithBothValuesAndNothingIsMergedUntilTheUserChooses() throws Exception {
		edit(mine, "lin.qm", "G-003", r -> r.setTitleEn("Check-in, Shanghai's words"));
		edit(theirs, "he.admin", "G-003", r -> r.setTitleEn("Check-in, Hangzhou's words"));
		assertTrue(TenantGit.sync(mine, as("lin.qm"), null, Keep.NONE).complete());
		byte[] before = Files.readAllBytes(theirs.folder(HOTEL).resolve("standards/G-003.xmi"));

		SyncResult conflicted = TenantGit.sync(theirs, as("he.admin"), null, Keep.NONE);
		assertFalse(conflicted.complete());
		assertEquals(1, conflicted.conflicts().size(), conflicted.toString());
		Conflict c = conflicted.conflicts().get(0);
		assertTrue(c.element().startsWith("G-003 r"), c.toString());
		assertEquals("title (English)", c.field());
		assertEquals("Check-in, Hangzhou's words", c.mine());
		assertEquals("Check-in, Shanghai's words", c.theirs());
		assertTrue(c.theirAuthor().contains("lin.qm") && c.theirTime() != null, c.toString());
		assertArrayEquals(before, Files.readAllBytes(theirs.folder(HOTEL).resolve("standards/G-003.xmi")), "the file is as it was here, without conflict markers");
		assertTrue(Workspace.open(theirs.root()).problems().isEmpty(), "the tenant stays readable");
		assertEquals("Check-in, Hangzhou's words", newest(theirs.read(as("he.admin")), "G-003").getTitleEn());

		assertTrue(TenantGit.sync(theirs, as("he.admin"), null, Keep.THEIRS).complete());
		assertTrue(TenantGit.sync(mine, as("lin.qm"), null, Keep.NONE).complete());
		assertEquals("Check-in, Shanghai's words", newest(theirs.read(as("he.admin")), "G-003").getTitleEn());
		assertArrayEquals(Files.readAllBytes(mine.folder(HOTEL).resolve("standards/G-003.xmi")),
				Files.readAllBytes(theirs.folder(HOTEL).resolve("standards/G-003.xmi")), "both users end equal");
		assertTrue(history(theirs.folder(HOTEL)).stream().anyMatch(h -> h.getShortMessage().contains("Hangzhou")), "the losing value stays in the history");
	}

	@Test
	void eachFieldChangedOnBothSidesIsSettledByItsOwnChoiceAndTheRestMergesAsUsual() throws Exception {
		edit(mine, "lin.qm", "G-003", r -> {
			r.setTitleEn("Check-in, Shanghai's title");
			r.setStatementEn("Shanghai's statement.");
		});
		edit(theirs, "he.admin", "G-003", r -> {
			r.setTitleEn("Check-in, Hangzhou's title");
			r.setStatementEn("Hangzhou's statement.");
			r.setObservationEn("Observed in Hangzhou.");
		});
		assertTrue(TenantGit.sync(theirs, as("he.admin"), null, Keep.NONE).complete());
		SyncResult conflicted = TenantGit.sync(mine, as("lin.qm"), null, Keep.NONE);
		List<String> ids = conflicted.conflicts().stream().map(Conflict::id).toList();
		String revision = conflicted.conflicts().get(0).element();
		assertEquals(List.of(revision + ": title (English)", revision + ": statement (English)"), ids, "one conflict per field, named");
		assertEquals("standards/G-003.xmi", conflicted.conflicts().get(0).file());

		TenantGit.Choices choices = new TenantGit.Choices(Keep.NONE, java.util.Map.of(ids.get(0), Keep.THEIRS, ids.get(1), Keep.MINE));
		SyncResult settled = TenantGit.sync(mine, as("lin.qm"), null, choices, null, TenantGit.Progress.SILENT);
		assertTrue(settled.complete(), settled.toString());
		assertEquals(ids, settled.settled().stream().map(Conflict::id).toList());
		assertTrue(TenantGit.sync(theirs, as("he.admin"), null, Keep.NONE).complete());
		for (Workspace ws : List.of(mine, theirs, Workspace.open(mine.root()))) {
			StandardRevision g003 = newest(ws.read(as("lin.qm")), "G-003");
			assertEquals("Check-in, Hangzhou's title", g003.getTitleEn(), "their title, as chosen");
			assertEquals("Shanghai's statement.", g003.getStatementEn(), "my statement, as chosen");
			assertEquals("Observed in Hangzhou.", g003.getObservationEn(), "a field only they changed merges as usual");
		}
		RevCommit merge = history(mine.folder(HOTEL)).stream().filter(h -> h.getParentCount() == 2).findFirst().orElseThrow();
		assertTrue(merge.getFullMessage().contains(ids.get(0) + ": kept theirs (Check-in, Hangzhou's title)")
				&& merge.getFullMessage().contains(ids.get(1) + ": kept mine (Shanghai's statement.)"), merge.getFullMessage());
		mine.change(as("lin.qm"), Permission.WRITE, t -> null);
		assertEquals(TenantGit.Pending.NONE, TenantGit.pending(mine.folder(HOTEL)), "the settled file is written as a save writes it: saving again changes nothing");
		assertArrayEquals(Files.readAllBytes(mine.folder(HOTEL).resolve("standards/G-003.xmi")),
				Files.readAllBytes(theirs.folder(HOTEL).resolve("standards/G-003.xmi")), "both users end equal");
	}

	@Test
	void aTextChangedOnBothSidesCanBeWrittenAnewInsteadOfKeepingEither() throws Exception {
		edit(mine, "lin.qm", "G-003", r -> r.setTitleEn("Check-in, Shanghai's title"));
		edit(theirs, "he.admin", "G-003", r -> r.setTitleEn("Check-in, Hangzhou's title"));
		assertTrue(TenantGit.sync(theirs, as("he.admin"), null, Keep.NONE).complete());
		String id = TenantGit.sync(mine, as("lin.qm"), null, Keep.NONE).conflicts().get(0).id();

		TenantGit.Choices written = new TenantGit.Choices(Keep.NONE, java.util.Map.of(), java.util.Map.of(id, "Check-in, agreed in the meeting"));
		SyncResult settled = TenantGit.sync(mine, as("lin.qm"), null, written, null, TenantGit.Progress.SILENT);
		assertTrue(settled.complete(), settled.toString());
		assertTrue(TenantGit.sync(theirs, as("he.admin"), null, Keep.NONE).complete());
		assertEquals("Check-in, agreed in the meeting", newest(theirs.read(as("he.admin")), "G-003").getTitleEn(), "the written text reached the other side");
		RevCommit merge = history(mine.folder(HOTEL)).stream().filter(h -> h.getParentCount() == 2).findFirst().orElseThrow();
		assertTrue(merge.getFullMessage().contains(id + ": written anew (Check-in, agreed in the meeting)"), merge.getFullMessage());
	}

	@Test
	void aDraftApprovedOnOneMachineWhileEditedOnTheOtherIsNotMergedIntoAnApprovedRevisionWithUnreviewedChanges() throws Exception {
		DocumentControl here = new DocumentControl(mine, Clock.systemUTC());
		here.edit(as("lin.qm"), "G-009", new org.touchstone.core.StandardChange().set("threshold", "15").set("unit", "min")
				.set("observation", "the duty manager checks the wake-up log each morning"));
		here.submit(as("lin.qm"), "G-009", null);
		here.approve(as("zhou.review"), "G-009", "fine as it is");
		edit(theirs, "he.admin", "G-009", r -> r.setTitleEn("Wake-up calls, edited while it was being approved"));
		assertTrue(TenantGit.sync(mine, as("zhou.review"), null, Keep.NONE).complete());
		byte[] before = Files.readAllBytes(theirs.folder(HOTEL).resolve("standards/G-009.xmi"));

		SyncResult refused = TenantGit.sync(theirs, as("he.admin"), null, Keep.NONE);
		assertFalse(refused.complete(), refused.toString());
		Conflict c = refused.conflicts().get(0);
		assertTrue(c.element().equals("G-009 r1") && c.field().equals("status"), c.toString());
		assertTrue(c.theirs().startsWith("approved"), c.toString());
		assertEquals("draft (edited)", c.mine(), c.toString());
		assertArrayEquals(before, Files.readAllBytes(theirs.folder(HOTEL).resolve("standards/G-009.xmi")), "nothing was merged");
		assertEquals("Wake-up calls, edited while it was being approved", newest(theirs.read(as("he.admin")), "G-009").getTitleEn());

		SyncResult settled = TenantGit.sync(theirs, as("he.admin"), null, Keep.THEIRS);
		assertTrue(settled.complete(), settled.toString());
		StandardRevision kept = newest(theirs.read(as("he.admin")), "G-009");
		assertEquals(org.touchstone.model.Status.APPROVED, kept.getStatus(), "the approved revision, as it was approved");
		assertFalse("Wake-up calls, edited while it was being approved".equals(kept.getTitleEn()), "without the edit nobody reviewed");
		assertTrue(history(theirs.folder(HOTEL)).get(0).getFullMessage().contains("taken whole from one side"), "the merge says what it did");
		assertTrue(history(theirs.folder(HOTEL)).stream().anyMatch(h -> h.getShortMessage().contains("edited while it was being approved")),
				"the edit stays in the history");
	}

	@Test
	void anElementAddedAndLaterRemovedIsCommittedEachTimeAndFollowsOnTheOtherSide() throws Exception {
		mine.change(as("he.admin"), Permission.WRITE, t -> {
			org.touchstone.model.Touchpoint rooftop = org.touchstone.model.TouchstoneFactory.eINSTANCE.createTouchpoint();
			rooftop.setUuid(java.util.UUID.randomUUID().toString());
			rooftop.setKey("TP-ROOFTOP");
			rooftop.setName("屋顶酒吧");
			rooftop.setNameEn("Rooftop bar");
			t.getTouchpoints().add(rooftop);
			return null;
		});
		assertTrue(uncommitted(mine.folder(HOTEL)).isEmpty(), "the new element's file is in the save's commit");
		assertTrue(TenantGit.sync(mine, as("he.admin"), null, Keep.NONE).complete());
		assertTrue(TenantGit.sync(theirs, as("he.admin"), null, Keep.NONE).complete());
		assertTrue(Workspace.open(theirs.root()).read(as("he.admin")).getTouchpoints().stream().anyMatch(p -> p.getKey().equals("TP-ROOFTOP")));

		mine.change(as("he.admin"), Permission.WRITE, t -> t.getTouchpoints().removeIf(p -> p.getKey().equals("TP-ROOFTOP")));
		assertTrue(uncommitted(mine.folder(HOTEL)).isEmpty(), "the removed element's file is gone in the save's commit too");
		assertTrue(TenantGit.sync(mine, as("he.admin"), null, Keep.NONE).complete());
		assertTrue(TenantGit.sync(theirs, as("he.admin"), null, Keep.NONE).complete());
		assertTrue(Workspace.open(theirs.root()).read(as("he.admin")).getTouchpoints().stream().noneMatch(p -> p.getKey().equals("TP-ROOFTOP")));
	}

	/** What Git sees changed and not committed in a tenant's folder. */
	private static java.util.Set<String> uncommitted(Path folder) throws Exception {
		try (Git git = Git.open(folder.toFile())) {
			return git.status().call().getUncommittedChanges();
		}
	}

	@Test
	void offlineTheSaveIsCommittedAndWaitsForTheNextSync() throws Exception {
		edit(mine, "lin.qm", "G-002", r -> r.setTitleEn("Answering, offline"));
		SyncResult offline = TenantGit.sync(mine, as("lin.qm"), dir.resolve("nowhere").toUri().toString(), Keep.NONE);
		assertNotNull(offline.offline(), offline.toString());
		assertTrue(history(mine.folder(HOTEL)).get(0).getShortMessage().startsWith("G-002 r"), "the save is a commit already");
		SyncResult later = TenantGit.sync(mine, as("lin.qm"), server, Keep.NONE);
		assertTrue(later.complete() && later.sent() == 1, later.toString());
	}

	@Test
	void whatIsNotYetSentAndWhatIsComingAreToldPerElementFile() throws Exception {
		Tenant hotel = mine.read(as("lin.qm"));
		ServiceStandard g001 = hotel.getStandards().stream().filter(s -> s.getKey().equals("G-001")).findFirst().orElseThrow();
		assertEquals("standards/G-001.xmi", Workspace.elementFiles(hotel).get(g001), "the file a save writes the standard to");
		assertEquals(TenantGit.Pending.NONE, TenantGit.pending(mine.folder(HOTEL)), "just shared: nothing pending");

		edit(mine, "lin.qm", "G-001", r -> r.setTitleEn("Not sent yet"));
		assertEquals(new TenantGit.Pending(java.util.Set.of("standards/G-001.xmi"), java.util.Set.of()), TenantGit.pending(mine.folder(HOTEL)));

		edit(theirs, "he.admin", "G-006", r -> r.setStatementEn("Sent from Hangzhou."));
		assertTrue(TenantGit.sync(theirs, as("he.admin"), null, Keep.NONE).complete());
		String before = newest(mine.read(as("lin.qm")), "G-006").getStatementEn();
		assertEquals(null, TenantGit.fetch(mine, as("lin.qm"), null), "fetched, not offline");
		assertEquals(new TenantGit.Pending(java.util.Set.of("standards/G-001.xmi"), java.util.Set.of("standards/G-006.xmi")), TenantGit.pending(mine.folder(HOTEL)));
		assertEquals(before, newest(Workspace.open(mine.root()).read(as("lin.qm")), "G-006").getStatementEn(), "a fetch merges nothing");

		List<String> steps = new ArrayList<>();
		assertTrue(TenantGit.sync(mine, as("lin.qm"), null, Keep.NONE, null, step -> steps.add(step.key())).complete());
		assertEquals(List.of("team.step.commit", "team.step.receive", "team.step.merge", "team.step.send"), steps, "each step is told as it starts");
		assertEquals(TenantGit.Pending.NONE, TenantGit.pending(mine.folder(HOTEL)), "after a sync nothing is pending");
	}

	@Test
	void aLockLeftInASharedFolderByAKilledPushIsNamedAndNothingIsLost() throws Exception {
		// What a push killed half way leaves in a repository it writes itself (a shared folder).
		Path lock = Path.of(java.net.URI.create(server)).resolve("refs").resolve("heads").resolve(TenantGit.BRANCH + ".lock");
		Files.writeString(lock, "0000000000000000000000000000000000000000\n");
		Files.setLastModifiedTime(lock, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(300)));
		edit(mine, "lin.qm", "G-001", r -> r.setTitleEn("Written while the lock was there"));

		org.touchstone.core.TouchstoneException told = org.junit.jupiter.api.Assertions.assertThrows(org.touchstone.core.TouchstoneException.class,
				() -> TenantGit.sync(mine, as("lin.qm"), null, Keep.NONE));
		String message = told.getMessage();
		assertTrue(message.contains(lock.toString()) && message.contains("interrupted") && message.contains("kept"), message);
		assertEquals("Written while the lock was there", newest(Workspace.open(mine.root()).read(as("lin.qm")), "G-001").getTitleEn());
		assertTrue(history(mine.folder(HOTEL)).get(0).getShortMessage().startsWith("G-001 r"), "the edit is committed here");

		Files.delete(lock);
		assertTrue(TenantGit.sync(mine, as("lin.qm"), null, Keep.NONE).complete());
		assertTrue(TenantGit.sync(theirs, as("he.admin"), null, Keep.NONE).complete());
		assertEquals("Written while the lock was there", newest(theirs.read(as("he.admin")), "G-001").getTitleEn());
	}

	private static List<RevCommit> history(Path folder) throws Exception {
		List<RevCommit> commits = new ArrayList<>();
		try (Git git = Git.open(folder.toFile())) {
			git.log().call().forEach(commits::add);
		}
		return commits;
	}
}
