package org.touchstone.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchstone.core.tests.Fixtures.as;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.AccessDeniedException;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.LifecycleException;
import org.touchstone.core.Permission;
import org.touchstone.core.ReviewSchedule;
import org.touchstone.core.RevisionDiff;
import org.touchstone.core.StandardChange;
import org.touchstone.core.Workspace;
import org.touchstone.model.Language;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Status;
import org.touchstone.model.Transition;

class DocumentControlTest {
	@TempDir
	Path dir;
	Fixtures f;

	@BeforeEach
	void setUp() {
		f = new Fixtures(dir, Language.ZH);
		f.control.create(as("quinn"), "G-001", new StandardChange().set("title", "大堂问候").set("dimension", "timeliness")
				.set("statement", "客人进入大堂，30秒内有员工问候。").set("threshold", "30").set("unit", "秒").set("observation", "神秘顾客计时"));
	}

	private void bringIntoForce(String author, String approver) {
		f.control.submit(as(author), "G-001", "ready");
		f.control.approve(as(approver), "G-001", "ok");
		f.control.makeEffective(as(approver), "G-001", LocalDate.of(2026, 6, 1), null);
	}

	@Test
	void aStandardMovesFromDraftToEffectiveAndEveryTransitionIsRecorded() {
		bringIntoForce("quinn", "rita");
		ServiceStandard s = f.control.standard(as("tom"), "G-001");
		StandardRevision r = DocumentControl.latest(s);
		assertEquals(Status.EFFECTIVE, r.getStatus());
		List<Transition> transitions = r.getTransitions();
		assertEquals(3, transitions.size());
		assertEquals(List.of("quinn", "rita", "rita"), transitions.stream().map(Transition::getUser).toList());
		assertEquals(Status.DRAFT, transitions.get(0).getFrom());
		assertEquals(Status.IN_REVIEW, transitions.get(0).getTo());
		assertEquals("ok", transitions.get(1).getComment());
		assertEquals(Fixtures.CLOCK.instant(), transitions.get(2).getAt().toInstant());
		assertEquals(LocalDate.of(2027, 6, 1), ReviewSchedule.nextReview(r));
	}

	@Test
	void theLifecycleSurvivesASaveAndAReload() {
		bringIntoForce("quinn", "rita");
		Workspace reopened = Workspace.open(f.workspace.root());
		StandardRevision r = DocumentControl.latest(new DocumentControl(reopened, Fixtures.CLOCK).standard(as("tom"), "G-001"));
		assertEquals(Status.EFFECTIVE, r.getStatus());
		assertEquals(3, r.getTransitions().size());
		assertEquals("客人进入大堂，30秒内有员工问候。", r.getStatement());
	}

	@Test
	void nobodyApprovesARevisionTheyWrote() {
		f.control.submit(as("quinn"), "G-001", null);
		AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> f.control.approve(as("quinn"), "G-001", null));
		assertEquals(Permission.APPROVE, denied.permission());
		assertTrue(denied.getMessage().contains("separation of duties"), denied.getMessage());
		assertEquals(Status.IN_REVIEW, DocumentControl.latest(f.control.standard(as("quinn"), "G-001")).getStatus());
		f.control.approve(as("quentin"), "G-001", "a second quality manager may approve");
	}

	@Test
	void aTrainerCannotApproveAndAPublisherCannotWrite() {
		f.control.submit(as("quinn"), "G-001", null);
		assertEquals(Permission.APPROVE,
				assertThrows(AccessDeniedException.class, () -> f.control.approve(as("tom"), "G-001", null)).permission());
		assertEquals(Permission.WRITE, assertThrows(AccessDeniedException.class,
				() -> f.control.edit(as("paula"), "G-001", new StandardChange().set("title", "x"))).permission());
	}

	@Test
	void editingAnEffectiveStandardStartsANewDraftAndLeavesTheEffectiveRevisionAlone() {
		bringIntoForce("quinn", "rita");
		StandardRevision draft = f.control.edit(as("quentin"), "G-001",
				new StandardChange().set("threshold", "20").set("statement", "客人进入大堂，20秒内有员工问候。"));
		assertEquals(2, draft.getNumber());
		assertEquals(Status.DRAFT, draft.getStatus());
		assertEquals("quentin", draft.getAuthor());
		ServiceStandard s = f.control.standard(as("tom"), "G-001");
		StandardRevision effective = DocumentControl.effective(s);
		assertEquals(1, effective.getNumber());
		assertEquals(30.0, effective.getCriteria().get(0).getThreshold());
		assertEquals(List.of("statement: 客人进入大堂，30秒内有员工问候。 -> 客人进入大堂，20秒内有员工问候。", "threshold: 30 秒 -> 20 秒"),
				RevisionDiff.between(effective, draft).stream().map(Object::toString).toList());
	}

	@Test
	void aNewRevisionInForceRetiresTheOldOneWhichStaysInTheHistory() {
		bringIntoForce("quinn", "rita");
		f.control.edit(as("quentin"), "G-001", new StandardChange().set("threshold", "20").set("statement", "客人进入大堂，20秒内有员工问候。"));
		f.control.submit(as("quentin"), "G-001", null);
		f.control.approve(as("quinn"), "G-001", null);
		f.control.makeEffective(as("rita"), "G-001", null, null);
		ServiceStandard s = f.control.standard(as("tom"), "G-001");
		assertEquals(2, s.getRevisions().size());
		assertEquals(Status.RETIRED, s.getRevisions().get(0).getStatus());
		assertEquals(30.0, s.getRevisions().get(0).getCriteria().get(0).getThreshold());
		assertEquals(2, DocumentControl.effective(s).getNumber());
		assertTrue(s.getRevisions().get(0).getTransitions().stream().anyMatch(t -> "superseded by revision 2".equals(t.getComment())));
	}

	@Test
	void aRevisionInReviewCannotBeEditedUntilItIsReturned() {
		f.control.submit(as("quinn"), "G-001", null);
		assertThrows(LifecycleException.class, () -> f.control.edit(as("quinn"), "G-001", new StandardChange().set("title", "x")));
		f.control.returnToDraft(as("rita"), "G-001", "please add the observation method");
		assertEquals("x", f.control.edit(as("quinn"), "G-001", new StandardChange().set("title", "x")).getTitle());
	}

	@Test
	void transitionsOutOfOrderAreRefusedWithTheCurrentStatus() {
		LifecycleException e = assertThrows(LifecycleException.class, () -> f.control.approve(as("rita"), "G-001", null));
		assertTrue(e.getMessage().contains("is draft"), e.getMessage());
		assertThrows(LifecycleException.class, () -> f.control.retire(as("rita"), "G-001", null));
	}

	@Test
	void retiringLeavesNoRevisionInForce() {
		bringIntoForce("quinn", "rita");
		f.control.retire(as("rita"), "G-001", "process replaced");
		assertNull(DocumentControl.effective(f.control.standard(as("tom"), "G-001")));
	}

	@Test
	void aReviewIsDueWhenTheIntervalHasPassed() {
		bringIntoForce("quinn", "rita");
		StandardRevision r = DocumentControl.effective(f.control.standard(as("tom"), "G-001"));
		assertNotNull(ReviewSchedule.nextReview(r));
		assertTrue(!ReviewSchedule.isDue(r, LocalDate.of(2027, 5, 31)));
		assertTrue(ReviewSchedule.isDue(r, LocalDate.of(2027, 6, 1)));
	}

	@Test
	void unknownDimensionsAndBadNumbersNameTheField() {
		var e = assertThrows(RuntimeException.class,
				() -> f.control.edit(as("quinn"), "G-001", new StandardChange().set("dimension", "speed")));
		assertTrue(e.getMessage().contains("dimension") && e.getMessage().contains("speed"), e.getMessage());
		var n = assertThrows(RuntimeException.class,
				() -> f.control.edit(as("quinn"), "G-001", new StandardChange().set("threshold", "thirty")));
		assertTrue(n.getMessage().startsWith("threshold:"), n.getMessage());
		assertEquals(30.0, DocumentControl.latest(f.control.standard(as("quinn"), "G-001")).getCriteria().get(0).getThreshold(),
				"a failed edit changes nothing");
	}

	@Test
	void everyoneWhoEditedARevisionCountsAsItsAuthorForApproval() {
		f.control.edit(as("quentin"), "G-001", new StandardChange().set("title", "大堂问候（修订）"));
		f.control.submit(as("quentin"), "G-001", null);
		AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> f.control.approve(as("quentin"), "G-001", null));
		assertTrue(denied.getMessage().contains("quentin edited revision 1"), denied.getMessage());
		assertThrows(AccessDeniedException.class, () -> f.control.approve(as("quinn"), "G-001", null), "the first author still may not approve");
		assertEquals(List.of("quinn", "quentin"), DocumentControl.latest(f.control.standard(as("tom"), "G-001")).getEditors());
		f.control.approve(as("rita"), "G-001", "someone who touched nothing");
	}

	@Test
	void approvingARevisionWithLintErrorsIsRefusedNamingEachError() {
		f.control.edit(as("quinn"), "G-001", new StandardChange().set("threshold", "45").set("observation", "凭感觉"));
		f.control.submit(as("quinn"), "G-001", null);
		LifecycleException refused = assertThrows(LifecycleException.class, () -> f.control.approve(as("rita"), "G-001", null));
		assertTrue(refused.getMessage().contains("2 lint errors"), refused.getMessage());
		assertTrue(refused.getMessage().contains("measurability.statement-disagrees") && refused.getMessage().contains("measurability.vague-observation"),
				refused.getMessage());
		// Each error in the reader's words, whatever the tenant's language; the Chinese text is named as such for an English reader.
		String english = refused.message(org.touchstone.model.Language.EN);
		String chinese = refused.message(org.touchstone.model.Language.ZH);
		assertTrue(english.contains("G-001 (Chinese): the observation method \"凭感觉\" says neither who observes"), english);
		assertTrue(chinese.contains("G-001：观察方法“凭感觉”没有写明由谁观察") && !chinese.contains("says neither"), chinese);
		assertEquals(Status.IN_REVIEW, DocumentControl.latest(f.control.standard(as("tom"), "G-001")).getStatus());
	}

	@Test
	void onlyAnAdminOverridesTheLintAndTheReasonIsRecorded() {
		f.control.edit(as("quinn"), "G-001", new StandardChange().set("observation", "凭感觉"));
		f.control.submit(as("quinn"), "G-001", null);
		AccessDeniedException notAdmin = assertThrows(AccessDeniedException.class,
				() -> f.control.approve(as("rita"), "G-001", null, "the board decided"));
		assertEquals(Permission.ADMINISTER, notAdmin.permission());
		StandardRevision approved = f.control.approve(as("root"), "G-001", null, "the regulator requires it from 1 July");
		Transition last = approved.getTransitions().get(approved.getTransitions().size() - 1);
		assertEquals(Status.APPROVED, last.getTo());
		assertTrue(last.getOverrideReason().startsWith("the regulator requires it from 1 July"), last.getOverrideReason());
		assertTrue(last.getOverrideReason().contains("measurability.vague-observation"), last.getOverrideReason());
		assertThrows(LifecycleException.class, () -> f.control.makeEffective(as("rita"), "G-001", null, null),
				"making it effective is held to the lint too");
	}

	@Test
	void everyTransitionRecordsTheLoginBehindTheUser() {
		f.control.submit(new org.touchstone.core.Context(Fixtures.TENANT, "quinn", "trainer-pc-07"), "G-001", null);
		Transition submitted = DocumentControl.latest(f.control.standard(as("tom"), "G-001")).getTransitions().get(0);
		assertEquals("quinn", submitted.getUser());
		assertEquals("trainer-pc-07", submitted.getLogin());
	}
}
