package org.touchstone.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.AccessDeniedException;
import org.touchstone.core.Context;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.LifecycleException;
import org.touchstone.core.StandardEdits;
import org.touchstone.core.TenantChangedOnDiskException;
import org.touchstone.core.Workspace;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.Status;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstonePackage.Literals;

/** Edits made in memory through a command stack (the workbench's way) keep document control, undo whole, and save safely. */
class StandardEditsTest {
	@TempDir
	Path dir;
	Workspace ws;
	AdapterFactoryEditingDomain domain;
	BasicCommandStack stack;

	@BeforeEach
	void open() {
		ws = Workspace.openOrCreate(dir.resolve("ws"), "me");
		stack = new BasicCommandStack();
		domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack, new HashMap<>());
	}

	private ServiceStandard standard(String key) {
		Tenant hotel = ws.read(new Context("harbor-hotel", "me"));
		return hotel.getStandards().stream().filter(s -> s.getKey().equals(key)).findFirst().orElseThrow();
	}

	@Test
	void changingAnEffectiveStandardStartsANewDraftAndOneUndoTakesItAllBack() {
		ServiceStandard greeting = standard("G-001");
		int revisions = greeting.getRevisions().size();
		stack.execute(StandardEdits.setOnCriterion(domain, new Context("harbor-hotel", "lin.qm"), greeting, 0, Literals.CRITERION__THRESHOLD, 20.0));
		assertEquals(revisions + 1, greeting.getRevisions().size());
		assertEquals(Status.DRAFT, DocumentControl.latest(greeting).getStatus());
		assertEquals(20.0, DocumentControl.latest(greeting).getCriteria().get(0).getThreshold());
		assertEquals(30.0, DocumentControl.effective(greeting).getCriteria().get(0).getThreshold(), "the effective revision is untouched");
		assertEquals("lin.qm", DocumentControl.latest(greeting).getAuthor());
		stack.undo();
		assertEquals(revisions, greeting.getRevisions().size());
		assertEquals(Status.EFFECTIVE, DocumentControl.latest(greeting).getStatus());
	}

	@Test
	void whoeverEditsADraftIsRecordedAmongItsEditorsUntilUndone() {
		ServiceStandard wakeUp = standard("G-009");
		stack.execute(StandardEdits.setOnRevision(domain, new Context("harbor-hotel", "he.admin"), wakeUp, Literals.STANDARD_REVISION__STATEMENT_EN,
				"Guests are reminded of check-out time at 10:00."));
		assertTrue(DocumentControl.latest(wakeUp).getEditors().contains("he.admin"));
		stack.undo();
		assertFalse(DocumentControl.latest(wakeUp).getEditors().contains("he.admin"));
	}

	@Test
	void aRevisionInReviewAndAUserWithoutTheWriteRoleAreRefusedByName() {
		assertThrows(LifecycleException.class, () -> StandardEdits.setOnRevision(domain, new Context("harbor-hotel", "lin.qm"), standard("G-008"),
				Literals.STANDARD_REVISION__TITLE, "x"));
		AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> StandardEdits.setOnRevision(domain,
				new Context("harbor-hotel", "chen.train"), standard("G-009"), Literals.STANDARD_REVISION__TITLE, "x"));
		assertTrue(denied.getMessage().contains("chen.train"), denied.getMessage());
	}

	@Test
	void editsInMemoryAreSavedAndASaveOverAnotherProgramsSaveIsRefusedWithTheEditsKept() {
		Context lin = new Context("harbor-hotel", "lin.qm");
		stack.execute(StandardEdits.setOnRevision(domain, lin, standard("G-009"), Literals.STANDARD_REVISION__TITLE, "提醒退房"));
		ws.saveEdited(lin);
		assertEquals("提醒退房", DocumentControl.latest(reopened().getStandards().stream().filter(s -> s.getKey().equals("G-009")).findFirst().orElseThrow())
				.getTitle());

		stack.execute(StandardEdits.setOnRevision(domain, lin, standard("G-009"), Literals.STANDARD_REVISION__TITLE, "退房提醒"));
		Workspace other = Workspace.open(dir.resolve("ws"));
		new DocumentControl(other, java.time.Clock.systemUTC()).edit(new Context("harbor-hotel", "lin.qm"), "G-005",
				new org.touchstone.core.StandardChange().set("owner", "zhou.review"));
		assertThrows(TenantChangedOnDiskException.class, () -> ws.saveEdited(lin));
		assertEquals("退房提醒", DocumentControl.latest(standard("G-009")).getTitle(), "the edit is still in memory");
		assertEquals("zhou.review", DocumentControl.latest(reopened().getStandards().stream().filter(s -> s.getKey().equals("G-005")).findFirst()
				.orElseThrow()).getOwner(), "and the other program's save was not overwritten");
	}

	@Test
	void aLifecycleStepSaysWhyItIsRefusedAndTheStepAgrees() {
		Tenant hotel = ws.read(new Context("harbor-hotel", "me"));
		ServiceStandard inReview = standard("G-008");
		String author = DocumentControl.latest(inReview).getAuthor();
		String own = String.valueOf(org.touchstone.core.LifecycleStep.APPROVE.refusal(hotel, author, inReview));
		assertTrue(own != null && own.contains("another approver must approve it"), own);
		String ownInChinese = org.touchstone.core.LifecycleStep.APPROVE.refusal(hotel, author, inReview).in(org.touchstone.model.Language.ZH);
		assertTrue(ownInChinese.contains("必须由另一位审批人批准") && ownInChinese.contains(author), ownInChinese);
		String trainer = String.valueOf(org.touchstone.core.LifecycleStep.APPROVE.refusal(hotel, "chen.train", inReview));
		assertTrue(trainer != null && trainer.contains("needs the approve permission"), trainer);
		assertEquals(null, org.touchstone.core.LifecycleStep.APPROVE.refusal(hotel, "zhou.review", inReview));
		String notDraft = String.valueOf(org.touchstone.core.LifecycleStep.SUBMIT.refusal(hotel, author, inReview));
		assertTrue(notDraft.contains("is in review; this step needs a revision that is draft"), notDraft);
		String notDraftInChinese = org.touchstone.core.LifecycleStep.SUBMIT.refusal(hotel, author, inReview).in(org.touchstone.model.Language.ZH);
		assertTrue(notDraftInChinese.contains("审核中") && notDraftInChinese.contains("草稿") && !notDraftInChinese.contains("draft"), notDraftInChinese);
		DocumentControl control = new DocumentControl(ws, java.time.Clock.systemUTC());
		assertThrows(AccessDeniedException.class, () -> org.touchstone.core.LifecycleStep.APPROVE.take(control, new Context("harbor-hotel", author), "G-008", null));
		org.touchstone.core.LifecycleStep.APPROVE.take(control, new Context("harbor-hotel", "zhou.review"), "G-008", "ok");
		assertEquals(Status.APPROVED, DocumentControl.latest(standard("G-008")).getStatus());
	}

	@Test
	void theLintsRewriteIsAQuickFixThatUndoes() {
		Tenant hotel = ws.read(new Context("harbor-hotel", "me"));
		org.touchstone.core.Finding vague = org.touchstone.core.Validation.check(hotel, java.time.LocalDate.now()).stream()
				.filter(f -> "G-005".equals(f.key()) && f.code().equals("measurability.vague-word") && f.fix() != null
						&& f.fix().language() == org.touchstone.model.Language.ZH)
				.findFirst().orElseThrow();
		assertEquals("statement", vague.field());
		String before = DocumentControl.latest(standard("G-005")).getStatement();
		stack.execute(StandardEdits.fix(domain, new Context("harbor-hotel", "lin.qm"), standard("G-005"), vague.fix()));
		String after = DocumentControl.latest(standard("G-005")).getStatement();
		assertTrue(after.contains("15分钟内"), after);
		assertTrue(org.touchstone.core.Validation.check(hotel, java.time.LocalDate.now()).stream()
				.noneMatch(f -> "G-005".equals(f.key()) && f.message().equals(vague.message())), "the finding is gone");
		stack.undo();
		assertEquals(before, DocumentControl.latest(standard("G-005")).getStatement());
	}

	private Tenant reopened() {
		return Workspace.open(dir.resolve("ws")).read(new Context("harbor-hotel", "me"));
	}
}
