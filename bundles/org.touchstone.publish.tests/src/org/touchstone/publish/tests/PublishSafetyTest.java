package org.touchstone.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.InvalidValueException;
import org.touchstone.core.Permission;
import org.touchstone.model.AuthoredChapter;
import org.touchstone.model.CaseStudy;
import org.touchstone.model.TouchstoneFactory;
import org.touchstone.publish.HandbookPublisher;
import org.touchstone.publish.PublishCheckException;
import org.touchstone.publish.internal.PublishState;

/** Nothing outside the workspace and the output folder is read into a site or written, and no failure is silent. */
class PublishSafetyTest {
	@TempDir
	Path dir;

	private static Context as(String tenant) {
		return new Context(tenant, SampleSite.USER);
	}

	@Test
	void aChapterNestedAThousandLevelsDeepFailsThePublishByNameAndLineAndWritesNothing() {
		SampleSite sample = new SampleSite(dir);
		addChapter(sample, "deep.md", "# 深\n\n" + ">".repeat(1000) + " 底\n");
		Path out = dir.resolve("site");
		PublishCheckException e = assertThrows(PublishCheckException.class,
				() -> HandbookPublisher.publish(sample.workspace, as("harbor-hotel"), null, out, false));
		assertTrue(e.getMessage().startsWith("deep.md: line 3 nests") && e.getMessage().contains("1000 levels"), e.getMessage());
		assertFalse(Files.exists(out), "nothing written");
	}

	@Test
	void aDeepChapterAddedAfterAPublishFailsTheNextOneAndLeavesTheSiteAsItWas() throws Exception {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("site");
		HandbookPublisher.publish(sample.workspace, as("harbor-hotel"), null, out, false);
		String index = Files.readString(out.resolve("index.html"));
		addChapter(sample, "deep.md", "# 深\n\n" + "- ".repeat(500) + "底\n");
		// Only the pages to render are checked: the new one is among them.
		PublishCheckException e = assertThrows(PublishCheckException.class,
				() -> HandbookPublisher.publish(sample.workspace, as("harbor-hotel"), null, out, false));
		assertTrue(e.getMessage().startsWith("deep.md: line 3 nests"), e.getMessage());
		assertEquals(index, Files.readString(out.resolve("index.html")), "the earlier site is as it was");
		assertFalse(Files.exists(out.resolve("deep.html")));
	}

	/** Adds an authored chapter to the hotel's handbook, as an import would. */
	private static void addChapter(SampleSite sample, String source, String markdown) {
		sample.workspace.change(as("harbor-hotel"), Permission.WRITE, tenant -> {
			AuthoredChapter chapter = TouchstoneFactory.eINSTANCE.createAuthoredChapter();
			chapter.setUuid(UUID.randomUUID().toString());
			chapter.setTitle("深");
			chapter.setSource(source);
			chapter.setMarkdown(markdown);
			tenant.getHandbooks().get(0).getChapters().add(chapter);
			return null;
		});
	}

	@Test
	void anAssetThatIsALinkOutOfTheAssetsFolderIsNotPublished() throws Exception {
		SampleSite sample = new SampleSite(dir);
		Path secret = Files.writeString(dir.resolve("secret.svg"), "<svg><!-- not for the site --></svg>");
		Path logo = sample.workspace.root().resolve("harbor-hotel/assets/logo-harbor.svg");
		Files.delete(logo);
		Files.createSymbolicLink(logo, secret);
		Path out = dir.resolve("site");
		PublishCheckException e = assertThrows(PublishCheckException.class,
				() -> HandbookPublisher.publish(sample.workspace, as("harbor-hotel"), null, out, false));
		assertTrue(e.getMessage().contains("logo-harbor.svg") && e.getMessage().contains("link"), e.getMessage());
		assertFalse(Files.exists(out.resolve("assets/logo-harbor.svg")));
	}

	@Test
	void aCraftedStateFileCannotMakeAPublishDeleteAFileOutsideTheSite() throws Exception {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("site");
		sample.publish("harbor-hotel", out);
		Path victim = Files.writeString(dir.resolve("victim.html"), "someone else's file");
		PublishState state = PublishState.read(out);
		state.put("../victim", state.page("welcome"));
		state.write(out);
		sample.publish("harbor-hotel", out);
		assertTrue(Files.exists(victim), "a page name from the output folder is never trusted as a path");
	}

	@Test
	void cleanRefusesToDeleteFilesTheUserAddedAndKeepsTheEarlierSite() throws Exception {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("site");
		sample.publish("harbor-hotel", out);
		Path notes = Files.writeString(out.resolve("meeting-notes.txt"), "kept by the publishing team", StandardCharsets.UTF_8);
		Map<String, byte[]> before = SampleSite.files(out);
		PublishCheckException e = assertThrows(PublishCheckException.class,
				() -> HandbookPublisher.publish(sample.workspace, as("harbor-hotel"), null, out, true));
		assertTrue(e.getMessage().contains("meeting-notes.txt") && e.getMessage().contains("--clean"), e.getMessage());
		assertTrue(Files.exists(notes));
		assertEquals(before.keySet(), SampleSite.files(out).keySet(), "the earlier site is as it was");
		try (var siblings = Files.list(dir)) {
			assertTrue(siblings.noneMatch(p -> p.getFileName().toString().contains("touchstone-new")), "the new site made beside it is gone");
		}
		Files.delete(notes);
		HandbookPublisher.publish(sample.workspace, as("harbor-hotel"), null, out, true);
	}

	@Test
	void aReferenceToAnotherTenantsPrivateCaseIsRefused() throws Exception {
		SampleSite sample = new SampleSite(dir);
		CaseStudy secret = TouchstoneFactory.eINSTANCE.createCaseStudy();
		secret.setUuid("bank-private-case");
		secret.setKey("bank-private");
		secret.setCompany("Riverside internal");
		sample.workspace.change(as("riverside-bank"), Permission.WRITE, t -> t.getCases().add(secret));
		sample.workspace.change(as("harbor-hotel"), Permission.WRITE, t -> {
			DocumentControl.effective(t.getStandards().get(0)).getCases().add(secret);
			return null;
		});
		Path out = dir.resolve("site");
		PublishCheckException e = assertThrows(PublishCheckException.class,
				() -> HandbookPublisher.publish(sample.workspace, as("harbor-hotel"), null, out, false));
		assertTrue(e.getMessage().contains("bank-private") && e.getMessage().contains("riverside-bank"), e.getMessage());
		assertFalse(Files.exists(out));
	}

	@Test
	void aSiteIsNeverPublishedIntoTheWorkspace() {
		SampleSite sample = new SampleSite(dir);
		Path inside = sample.workspace.root().resolve("harbor-hotel");
		assertThrows(InvalidValueException.class, () -> HandbookPublisher.publish(sample.workspace, as("harbor-hotel"), null, inside, true));
		assertTrue(Files.exists(inside.resolve("tenant.xmi")));
	}

	/**
	 * A republish whose writes fail part-way (here the last page cannot be written because a folder
	 * stands in its place; a full disk fails the same way, with an error from the file system) must
	 * leave the earlier site as it was, not half old and half new.
	 */
	@Test
	void aRepublishWhoseWritesFailPartWayLeavesTheEarlierSiteWhole() throws Exception {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("site");
		sample.publish("harbor-hotel", out);
		Path blocked = out.resolve("audit-checklist.html");
		Files.delete(blocked);
		Files.createDirectories(blocked.resolve("in-the-way"));
		Map<String, byte[]> before = SampleSite.files(out);
		sample.chapter("harbor-hotel", "welcome.md", "---\nkind: chapter\ntitle: 致新同事\n---\n# 为什么要写服务标准\n");

		java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class, () -> sample.publish("harbor-hotel", out));
		assertTrue(e.getMessage().contains("audit-checklist.html"), e.getMessage());
		Map<String, byte[]> after = SampleSite.files(out);
		assertEquals(before.keySet(), after.keySet(), "no file added or removed");
		for (String file : before.keySet()) {
			assertTrue(java.util.Arrays.equals(before.get(file), after.get(file)), file + " is as the earlier publish left it");
		}

		Files.delete(blocked.resolve("in-the-way"));
		Files.delete(blocked);
		sample.publish("harbor-hotel", out);
		assertTrue(SampleSite.read(out.resolve("standards-by-dimension.html")).contains("致新同事"), "the next publish goes through");
	}
}
