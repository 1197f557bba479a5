package org.touchstone.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.core.LayoutConversion;
import org.touchstone.core.Permission;
import org.touchstone.core.Workspace;
import org.touchstone.core.WorkspaceProblem;
import org.touchstone.core.internal.TenantFiles;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;

/** The workspace on disk as Git sees it: one file per element, stable bytes, merges without help. */
class OneFilePerElementTest {
	private static final String HOTEL = "harbor-hotel";

	@TempDir
	Path dir;

	@Test
	void eachStandardOfASampleTenantHasAFileNamedAfterItsKeyAndTheTenantsFileListsNone() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"), "me");
		Tenant hotel = ws.read(new Context(HOTEL, "me"));
		assertFalse(hotel.getStandards().isEmpty());
		for (ServiceStandard s : hotel.getStandards()) {
			Path file = ws.folder(HOTEL).resolve("standards").resolve(s.getKey() + ".xmi");
			assertTrue(Files.readString(file).contains("key=\"" + s.getKey() + "\""), file.toString());
		}
		String own = Files.readString(ws.file(HOTEL));
		assertFalse(own.contains("<standards"), "the tenant's own file names no standard");
		assertFalse(own.contains("<cases"), "nor a case");
	}

	@Test
	void aSaveWritesOnlyTheChangedStandardsFileAndTheSameTenantSavedAgainGivesTheSameBytes() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"), "me");
		Map<Path, byte[]> before = contents(ws.folder(HOTEL));
		Map<Path, Object> keysBefore = fileKeys(ws.folder(HOTEL));
		ws.change(new Context(HOTEL, "me"), Permission.WRITE, t -> {
			newest(t, "G-003").setTitleEn("Checking in, quickly");
			return null;
		});
		Map<Path, byte[]> after = contents(ws.folder(HOTEL));
		Map<Path, Object> keysAfter = fileKeys(ws.folder(HOTEL));
		List<Path> changed = new ArrayList<>();
		for (Path file : before.keySet()) {
			if (!java.util.Arrays.equals(before.get(file), after.get(file))) {
				changed.add(file);
			}
			if (!file.endsWith(Path.of("standards", "G-003.xmi"))) {
				assertEquals(keysBefore.get(file), keysAfter.get(file), file + " was not written again");
			}
		}
		assertEquals(List.of(ws.folder(HOTEL).resolve("standards/G-003.xmi")), changed);
		assertTrue(new String(after.get(changed.get(0)), StandardCharsets.UTF_8).contains("\n      titleEn=\"Checking in, quickly\"\n"),
				"each attribute stands on a line of its own");

		ws.change(new Context(HOTEL, "me"), Permission.WRITE, t -> null);
		Map<Path, byte[]> again = contents(ws.folder(HOTEL));
		for (Path file : after.keySet()) {
			assertArrayEquals(after.get(file), again.get(file), file.toString());
		}
		assertEquals(keysAfter, fileKeys(ws.folder(HOTEL)), "an unchanged tenant rewrites no file");
	}

	@Test
	void datesGiveTheSameBytesInEveryTimeZone() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"), "me");
		Path file = ws.folder(HOTEL).resolve("standards/G-001.xmi");
		String utc = Files.readString(file);
		assertTrue(utc.contains("+0000\""), "dates are written in UTC");
		TimeZone zone = TimeZone.getDefault();
		try {
			TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
			Workspace shanghai = Workspace.open(ws.root());
			shanghai.change(new Context(HOTEL, "me"), Permission.WRITE, t -> {
				newest(t, "G-001").setTitleEn(newest(t, "G-001").getTitleEn() + " ");
				return null;
			});
			shanghai.change(new Context(HOTEL, "me"), Permission.WRITE, t -> {
				newest(t, "G-001").setTitleEn(newest(t, "G-001").getTitleEn().strip());
				return null;
			});
		} finally {
			TimeZone.setDefault(zone);
		}
		assertEquals(utc, Files.readString(file));
	}

	@Test
	void everySampleTenantConvertsFromTheOldSingleFileLayoutLosingNothing() throws Exception {
		Path root = dir.resolve("old");
		Workspace.openOrCreate(root, "me");
		Map<String, Tenant> expected = new HashMap<>();
		for (Path folder : tenantFolders(root)) {
			writeAsSchemaVersion3(folder);
			expected.put(folder.getFileName().toString(), TenantFiles.load(TenantFiles.newResourceSet(), folder.resolve("tenant.xmi")));
		}
		Workspace old = Workspace.open(root);
		assertTrue(old.problems().isEmpty(), old.problems().toString());
		assertEquals(expected.keySet(), Set.copyOf(old.allTenants().stream().map(Tenant::getId).toList()), "the old layout reads as it is");

		List<LayoutConversion.Converted> converted = LayoutConversion.convert(old, "me");
		assertEquals(expected.size(), converted.size());
		assertTrue(converted.stream().allMatch(LayoutConversion.Converted::wasNeeded));

		Workspace fresh = Workspace.open(root);
		for (Tenant tenant : fresh.allTenants()) {
			Tenant reread = TenantFiles.load(TenantFiles.newResourceSet(), fresh.file(tenant.getId()));
			assertEquals(TenantFiles.SCHEMA_VERSION, reread.getSchemaVersion());
			assertTrue(sameAsSets(expected.get(tenant.getId()), reread), tenant.getId() + " holds after conversion what it held before");
			assertFalse(Files.exists(fresh.folder(tenant.getId()).resolve("tenant.xmi.before-convert")), "the old file is gone once the check passed");
			assertTrue(Files.isDirectory(fresh.folder(tenant.getId()).resolve("cases")) || tenant.getCases().isEmpty());
		}
		assertTrue(LayoutConversion.convert(fresh, "me").stream().noneMatch(LayoutConversion.Converted::wasNeeded), "a second run has nothing to do");
	}

	@Test
	void convertingNeedsTheAdminRoleInEveryTenantAndConvertsNothingWithoutIt() throws Exception {
		Path root = dir.resolve("old");
		Workspace.openOrCreate(root, "me");
		for (Path folder : tenantFolders(root)) {
			writeAsSchemaVersion3(folder);
		}
		Workspace old = Workspace.open(root);
		org.touchstone.core.AccessDeniedException e = org.junit.jupiter.api.Assertions.assertThrows(org.touchstone.core.AccessDeniedException.class,
				() -> LayoutConversion.convert(old, "lin.qm"));
		assertTrue(e.getMessage().contains("administer"), e.getMessage());
		for (Path folder : tenantFolders(root)) {
			assertFalse(Files.exists(folder.resolve("standards")), folder + " is left as it was");
		}
	}

	@Test
	void anElementFileLeftWithGitConflictMarkersIsNamedWithItsLineAndNothingIsWritten() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"), "me");
		Path file = ws.folder(HOTEL).resolve("standards/G-002.xmi");
		List<String> lines = new ArrayList<>(Files.readAllLines(file));
		int at = lines.indexOf(lines.stream().filter(l -> l.contains("titleEn=")).findFirst().orElseThrow());
		lines.add(at, "<<<<<<< HEAD");
		lines.add(at + 2, "=======");
		lines.add(at + 3, "      titleEn=\"Answering the phone\"");
		lines.add(at + 4, ">>>>>>> theirs");
		Files.write(file, lines);
		byte[] kept = Files.readAllBytes(file);

		Workspace reopened = Workspace.open(ws.root());
		List<WorkspaceProblem> problems = reopened.problems();
		assertEquals(1, problems.size(), problems.toString());
		String said = problems.get(0).toString();
		assertTrue(said.contains("G-002.xmi") && said.contains(":" + (at + 1)) && said.contains("unfinished Git merge"), said);
		assertArrayEquals(kept, Files.readAllBytes(file), "the file is left for the user to finish");
	}

	@Test
	void aStandardChangedOnDiskByAnotherProgramIsNoticedAndReadAgain() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"), "me");
		Path file = ws.folder(HOTEL).resolve("standards/G-004.xmi");
		Files.writeString(file, Files.readString(file).replace("titleEn=\"", "titleEn=\"Pulled: "));
		assertEquals(List.of(HOTEL), ws.changedOnDisk());
		ws.refresh();
		assertTrue(newest(ws.read(new Context(HOTEL, "me")), "G-004").getTitleEn().startsWith("Pulled: "));
	}

	@Test
	void theCacheStandsOnlyForTheExactFilesItWasMadeFromAndADamagedOneIsPassedBy() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"), "me");
		// the XMI copy an earlier version kept goes when a copy is made
		Path earlier = ws.root().resolve(".cache").resolve(HOTEL + ".xmi");
		Files.createDirectories(earlier.getParent());
		Files.writeString(earlier, "touchstone-tenant-cache 5 0\n<xmi/>");
		Files.deleteIfExists(ws.root().resolve(".cache").resolve(HOTEL + ".bin"));
		Workspace.open(ws.root());
		Path cache = ws.root().resolve(".cache").resolve(HOTEL + ".bin");
		assertTrue(Files.isRegularFile(cache), "a read leaves a copy for the next one");
		assertFalse(Files.exists(earlier), "the earlier form's copy is removed");
		Tenant fromFiles = TenantFiles.load(TenantFiles.newResourceSet(), ws.file(HOTEL));
		Files.delete(cache);
		Tenant read = TenantFiles.load(TenantFiles.newResourceSet(), ws.file(HOTEL));
		Tenant fromCache = TenantFiles.load(TenantFiles.newResourceSet(), ws.file(HOTEL));
		assertTrue(EcoreUtil.equals(read, fromCache) && EcoreUtil.equals(fromFiles, fromCache), "the copy holds what the files hold");

		Path file = ws.folder(HOTEL).resolve("standards/G-007.xmi");
		Files.writeString(file, Files.readString(file).replace("titleEn=\"", "titleEn=\"Edited by hand: "));
		assertTrue(newest(Workspace.open(ws.root()).read(new Context(HOTEL, "me")), "G-007").getTitleEn().startsWith("Edited by hand: "),
				"a file changed since the copy was made is read, not the copy");

		byte[] whole = Files.readAllBytes(cache);
		Files.write(cache, java.util.Arrays.copyOf(whole, whole.length / 2));
		Workspace afterDamage = Workspace.open(ws.root());
		assertTrue(afterDamage.problems().isEmpty(), afterDamage.problems().toString());
		assertTrue(newest(afterDamage.read(new Context(HOTEL, "me")), "G-007").getTitleEn().startsWith("Edited by hand: "));
	}

	@Test
	void aStandardRemovedFromTheTenantTakesItsFileWithIt() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"), "me");
		Path file = ws.folder(HOTEL).resolve("standards/G-005.xmi");
		assertTrue(Files.exists(file));
		ws.change(new Context(HOTEL, "me"), Permission.ADMINISTER, t -> t.getStandards().removeIf(s -> s.getKey().equals("G-005")));
		assertFalse(Files.exists(file));
		assertTrue(Workspace.open(ws.root()).read(new Context(HOTEL, "me")).getStandards().stream().noneMatch(s -> s.getKey().equals("G-005")));
	}

	@Test
	void twoPeopleChangingTwoStandardsOfOneTenantMergeInGitWithoutHelp() throws Exception {
		Workspace mine = Workspace.openOrCreate(dir.resolve("mine"), "me");
		Path myTenant = mine.folder(HOTEL);
		Workspace other = cloneOfTheHotel(mine);

		mine.change(new Context(HOTEL, "me"), Permission.WRITE, t -> {
			newest(t, "G-001").setTitleEn("Greeting in the lobby, mine");
			return null;
		});
		other.change(new Context(HOTEL, "me"), Permission.WRITE, t -> {
			newest(t, "G-006").setStatementEn("Changed on the other machine.");
			return null;
		});
		git(myTenant, "commit", "-q", "-am", "mine");
		git(other.folder(HOTEL), "commit", "-q", "-am", "theirs");
		git(myTenant, "pull", "-q", "--no-rebase", "--no-edit", other.folder(HOTEL).toString(), "main");

		Workspace merged = Workspace.open(mine.root());
		assertTrue(merged.problems().isEmpty(), merged.problems().toString());
		Tenant hotel = merged.read(new Context(HOTEL, "me"));
		assertEquals("Greeting in the lobby, mine", newest(hotel, "G-001").getTitleEn());
		assertEquals("Changed on the other machine.", newest(hotel, "G-006").getStatementEn());
	}

	@Test
	void eachAuthoredChapterHasAFileOfItsOwnAndTwoPeopleWritingTwoChaptersMergeWithoutHelp() throws Exception {
		Workspace mine = Workspace.openOrCreate(dir.resolve("mine"), "me");
		mine.change(new Context(HOTEL, "me"), Permission.WRITE, t -> {
			org.touchstone.model.AuthoredChapter added = org.touchstone.model.TouchstoneFactory.eINSTANCE.createAuthoredChapter();
			added.setUuid("chapter-umbrellas");
			added.setTitle("雨伞服务");
			added.setMarkdown("# 雨伞服务\n\n下雨时门童为客人撑伞送到车边。");
			return t.getHandbooks().get(0).getChapters().add(added);
		});
		Tenant hotel = mine.read(new Context(HOTEL, "me"));
		org.touchstone.model.Handbook handbook = hotel.getHandbooks().get(0);
		List<org.touchstone.model.AuthoredChapter> authored = handbook.getChapters().stream().filter(c -> c instanceof org.touchstone.model.AuthoredChapter)
				.map(c -> (org.touchstone.model.AuthoredChapter) c).toList();
		assertTrue(authored.size() >= 2, "the sample handbook has authored chapters: " + authored.size());
		String handbookFile = Workspace.elementFiles(hotel).get(handbook);
		Path chapters = mine.folder(HOTEL).resolve(handbookFile.replaceAll("\\.xmi$", ""));
		String own = Files.readString(mine.folder(HOTEL).resolve(handbookFile));
		for (org.touchstone.model.AuthoredChapter c : authored) {
			Path file = chapters.resolve(c.getUuid() + ".xmi");
			assertTrue(Files.readString(file).contains(firstLine(c.getMarkdown())), "the chapter's text is in its own file: " + file);
			assertFalse(own.contains(firstLine(c.getMarkdown())), "and not in the handbook's");
		}
		List<String> order = handbook.getChapters().stream().map(c -> c.getUuid()).toList();
		assertEquals(order, Workspace.open(mine.root()).read(new Context(HOTEL, "me")).getHandbooks().get(0).getChapters().stream().map(c -> c.getUuid()).toList(),
				"read back in the handbook's order");

		Path myTenant = mine.folder(HOTEL);
		Workspace other = cloneOfTheHotel(mine);
		String first = authored.get(0).getUuid();
		String second = authored.get(1).getUuid();
		mine.change(new Context(HOTEL, "me"), Permission.WRITE, t -> {
			chapter(t, first).setMarkdown("# 由上海改写\n\n第一章。");
			return null;
		});
		other.change(new Context(HOTEL, "me"), Permission.WRITE, t -> {
			chapter(t, second).setMarkdown("# 由杭州改写\n\n第二章。");
			return null;
		});
		git(myTenant, "commit", "-q", "-am", "mine");
		git(other.folder(HOTEL), "commit", "-q", "-am", "theirs");
		git(myTenant, "pull", "-q", "--no-rebase", "--no-edit", other.folder(HOTEL).toString(), "main");
		Tenant merged = Workspace.open(mine.root()).read(new Context(HOTEL, "me"));
		assertEquals("# 由上海改写\n\n第一章。", chapter(merged, first).getMarkdown());
		assertEquals("# 由杭州改写\n\n第二章。", chapter(merged, second).getMarkdown());
		assertEquals(order, merged.getHandbooks().get(0).getChapters().stream().map(c -> c.getUuid()).toList());

		mine.change(new Context(HOTEL, "me"), Permission.WRITE, t -> t.getHandbooks().get(0).getChapters().removeIf(c -> c.getUuid().equals(first)));
		assertFalse(Files.exists(chapters.resolve(first + ".xmi")), "a removed chapter takes its file with it");
	}

	@Test
	void aHandbookWrittenBeforeChaptersHadFilesOfTheirOwnIsReadWhole() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"), "me");
		Tenant hotel = ws.read(new Context(HOTEL, "me"));
		String handbookFile = Workspace.elementFiles(hotel).get(hotel.getHandbooks().get(0));
		List<String> texts = hotel.getHandbooks().get(0).getChapters().stream()
				.map(c -> c instanceof org.touchstone.model.AuthoredChapter a ? a.getMarkdown() : c.eClass().getName()).toList();
		// Schema version 4: the handbook's file holds its chapters whole, and there is no chapter folder.
		byte[] whole = TenantFiles.elementBytes(EcoreUtil.copy(hotel.getHandbooks().get(0)), ws.file(HOTEL), handbookFile);
		Path folder = ws.folder(HOTEL).resolve(handbookFile.replaceAll("\\.xmi$", ""));
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
		Files.write(ws.folder(HOTEL).resolve(handbookFile), whole);
		Tenant read = Workspace.open(ws.root()).read(new Context(HOTEL, "me"));
		assertEquals(texts, read.getHandbooks().get(0).getChapters().stream()
				.map(c -> c instanceof org.touchstone.model.AuthoredChapter a ? a.getMarkdown() : c.eClass().getName()).toList());
	}

	private static org.touchstone.model.AuthoredChapter chapter(Tenant t, String uuid) {
		return (org.touchstone.model.AuthoredChapter) t.getHandbooks().get(0).getChapters().stream().filter(c -> c.getUuid().equals(uuid)).findFirst().orElseThrow();
	}

	private static String firstLine(String text) {
		return text.strip().lines().findFirst().orElse("").replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
	}

	/** Puts the hotel of a workspace in a Git repository of its own and clones it into a second workspace, as a colleague's. */
	private Workspace cloneOfTheHotel(Workspace mine) throws Exception {
		Path myTenant = mine.folder(HOTEL);
		git(myTenant, "init", "-q", "-b", "main");
		git(myTenant, "add", "-A");
		git(myTenant, "commit", "-q", "-m", "sample");
		Path theirs = dir.resolve("theirs");
		copyTree(mine.root(), theirs, HOTEL);
		git(theirs, "clone", "-q", myTenant.toString(), HOTEL);
		return Workspace.open(theirs);
	}

	/** Writes a tenant folder as Touchstone wrote it up to schema version 3: the whole tenant in one file. */
	private static void writeAsSchemaVersion3(Path folder) throws IOException {
		ResourceSet set = TenantFiles.newResourceSet();
		Tenant tenant = TenantFiles.load(set, folder.resolve("tenant.xmi"));
		tenant.setSchemaVersion(3);
		Resource resource = tenant.eResource();
		try (var out = Files.newOutputStream(folder.resolve("tenant.xmi"))) {
			resource.save(out, Map.of());
		}
		for (EReference list : TenantFiles.elementLists()) {
			Path sub = folder.resolve(list.getName());
			if (Files.isDirectory(sub)) {
				try (Stream<Path> files = Files.walk(sub)) {
					for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(f);
					}
				}
			}
		}
	}

	private static boolean sameAsSets(Tenant a, Tenant b) {
		a.setSchemaVersion(b.getSchemaVersion());
		for (Tenant t : List.of(a, b)) {
			for (EReference list : TenantFiles.elementLists()) {
				@SuppressWarnings("unchecked")
				EList<EObject> elements = (EList<EObject>) t.eGet(list);
				ECollections.sort(elements, Comparator.comparing(EcoreUtil::getID));
			}
		}
		return EcoreUtil.equals(a, b);
	}

	private static List<Path> tenantFolders(Path root) throws IOException {
		try (Stream<Path> dirs = Files.list(root)) {
			return dirs.filter(d -> Files.isRegularFile(d.resolve("tenant.xmi"))).sorted().toList();
		}
	}

	private static StandardRevision newest(Tenant t, String key) {
		ServiceStandard s = t.getStandards().stream().filter(x -> x.getKey().equals(key)).findFirst().orElseThrow();
		return s.getRevisions().get(s.getRevisions().size() - 1);
	}

	private static Map<Path, byte[]> contents(Path folder) throws IOException {
		Map<Path, byte[]> contents = new HashMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".xmi")).toList()) {
				contents.put(f, Files.readAllBytes(f));
			}
		}
		return contents;
	}

	private static Map<Path, Object> fileKeys(Path folder) throws IOException {
		Map<Path, Object> keys = new HashMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".xmi")).toList()) {
				keys.put(f, Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
			}
		}
		return keys;
	}

	/** Copies a workspace without one tenant's folder (that one comes from a Git clone). */
	private static void copyTree(Path from, Path to, String except) throws IOException {
		try (Stream<Path> all = Files.walk(from)) {
			for (Path p : all.toList()) {
				Path rel = from.relativize(p);
				if (rel.toString().equals(".lock") || (rel.getNameCount() > 0 && rel.getName(0).toString().equals(except))) {
					continue;
				}
				Path target = to.resolve(rel.toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target);
				}
			}
		}
	}

	private static void git(Path in, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"));
		command.addAll(List.of(args));
		Process p = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, p.exitValue(), "git " + String.join(" ", args) + ": " + out);
	}
}
