package org.touchstone.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.core.Permission;
import org.touchstone.core.Workspace;
import org.touchstone.model.AuthoredChapter;
import org.touchstone.model.Handbook;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.Tenant;
import org.touchstone.model.Touchpoint;
import org.touchstone.model.TouchstoneFactory;

/** A save serialises only the elements changed since the last read or save, and writes exactly what a save of the whole tenant writes. */
class ChangedElementsTest {
	private static final List<String> SAMPLE = List.of("harbor-hotel", "riverside-bank", "red-lantern-hotpot", "library");

	@TempDir
	Path dir;

	@Test
	void aSaveOfTheChangedElementsWritesWhatASaveOfTheWholeTenantWrites() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"), "me");
		for (String id : SAMPLE) {
			Context me = new Context(id, "me");
			assertNotNull(ChangedElements.of(ws.read(me)), id + ": a tenant read is watched");
			for (int round = 0; round < 2; round++) {
				int r = round;
				ws.change(me, Permission.WRITE, tenant -> {
					edit(tenant, r);
					return null;
				});
				Tenant tenant = ws.read(me);
				assertTrue(ChangedElements.of(tenant).elements().isEmpty(), id + ": a save leaves nothing changed");
				Map<Path, String> saved = contents(ws.folder(id));
				ElementFiles.write(tenant, ws.file(id), null);
				assertEquals(saved, contents(ws.folder(id)), id + ", round " + round + ": the whole tenant written again changes no file");
			}
		}
	}

	@Test
	void onlyTheElementsTouchedAreNotedAsChanged() throws Exception {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"), "me");
		Tenant hotel = ws.read(new Context("harbor-hotel", "me"));
		ChangedElements changes = ChangedElements.of(hotel);
		ServiceStandard g001 = hotel.getStandards().stream().filter(s -> s.getKey().equals("G-001")).findFirst().orElseThrow();
		g001.getRevisions().get(0).getCriteria().get(0).setUnit("秒钟");
		hotel.setName(hotel.getName() + "（总部）");
		assertEquals(java.util.Set.of(g001), changes.elements(), "a change deep inside a standard is the standard's; the tenant's own is no element's");
	}

	/** Changes of every kind a save must write: a field deep in an element, an added element, a key (a new file name), a removed element with the references to it, a chapter. */
	private static void edit(Tenant tenant, int round) {
		if (!tenant.getStandards().isEmpty()) {
			ServiceStandard first = tenant.getStandards().get(0);
			first.getRevisions().get(first.getRevisions().size() - 1).setTitleEn("Edited in round " + round);
		}
		Touchpoint added = TouchstoneFactory.eINSTANCE.createTouchpoint();
		added.setUuid(EcoreUtil.generateUUID());
		added.setKey("TP-NEW-" + round);
		added.setName("新触点 " + round);
		added.setNameEn("New touchpoint " + round);
		tenant.getTouchpoints().add(added);
		if (tenant.getTouchpoints().size() > 1) {
			tenant.getTouchpoints().get(0).setKey(tenant.getTouchpoints().get(0).getKey() + "-R" + round);
		}
		if (!tenant.getSegments().isEmpty()) {
			EcoreUtil.delete(tenant.getSegments().get(tenant.getSegments().size() - 1), true);
		}
		for (Handbook handbook : tenant.getHandbooks()) {
			for (org.touchstone.model.Chapter chapter : handbook.getChapters()) {
				if (chapter instanceof AuthoredChapter authored && authored.getMarkdownEn() != null) {
					authored.setMarkdownEn(authored.getMarkdownEn() + "\n\nAdded in round " + round + ".");
					break;
				}
			}
			if (handbook.getChapters().size() > 1) {
				handbook.getChapters().move(0, handbook.getChapters().size() - 1);
			}
		}
	}

	/** Every file under a folder with a digest of its bytes. */
	private static Map<Path, String> contents(Path folder) throws Exception {
		Map<Path, String> files = new HashMap<>();
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path p : all.filter(Files::isRegularFile).toList()) {
				files.put(folder.relativize(p), HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
			}
		}
		assertFalse(files.isEmpty());
		return files;
	}
}
