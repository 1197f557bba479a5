package org.touchstone.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.internal.TenantFiles;
import org.touchstone.model.Tenant;

/** {@code touchstone workspace convert}: an old workspace, one file per tenant, becomes one file per element. */
class WorkspaceConvertTest {
	@TempDir
	Path home;

	@Test
	void anOldWorkspaceConvertsOnceAndEveryCommandSeesTheSameStandards() throws Exception {
		assertEquals(0, CliRun.run(home, "tenant", "list").exitCode());
		List<Path> tenants = writeAsSchemaVersion3();
		String listed = CliRun.run(home, "standard", "list", "--tenant", "harbor-hotel").out();

		CliRun convert = CliRun.run(home, "workspace", "convert");
		assertEquals(0, convert.exitCode(), convert.err());
		assertEquals(tenants.size(), convert.out().lines().filter(l -> l.contains(": converted, ")).count(), convert.out());
		assertTrue(Files.isRegularFile(workspace().resolve("harbor-hotel/standards/G-001.xmi")));
		assertEquals(listed, CliRun.run(home, "standard", "list", "--tenant", "harbor-hotel").out(), "the same standards, in the same words");

		CliRun again = CliRun.run(home, "workspace", "convert");
		assertEquals(0, again.exitCode(), again.err());
		assertTrue(again.out().lines().allMatch(l -> l.contains("already one file per element")), again.out());
	}

	@Test
	void someoneWhoIsNotAnAdminEverywhereIsRefusedInOneLineAndNothingChanges() throws Exception {
		assertEquals(0, CliRun.run(home, "tenant", "list").exitCode());
		writeAsSchemaVersion3();
		CliRun refused = CliRun.run(home, "--user", "lin.qm", "workspace", "convert");
		assertEquals(3, refused.exitCode(), refused.err());
		assertEquals(1, refused.err().strip().lines().count(), refused.err());
		assertTrue(refused.err().contains("administer"), refused.err());
		assertFalse(Files.exists(workspace().resolve("harbor-hotel/standards")), "nothing was converted");
	}

	@Test
	void workspaceAloneNamesItsSubcommand() {
		CliRun run = CliRun.run(home, "workspace");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("convert"), run.err());
	}

	private Path workspace() {
		return home.resolve(".touchstone/workspace");
	}

	/** Rewrites every tenant of the workspace as Touchstone wrote it up to schema version 3: whole, in one file. */
	private List<Path> writeAsSchemaVersion3() throws IOException {
		List<Path> folders;
		try (Stream<Path> dirs = Files.list(workspace())) {
			folders = dirs.filter(d -> Files.isRegularFile(d.resolve("tenant.xmi"))).sorted().toList();
		}
		for (Path folder : folders) {
			Tenant tenant = TenantFiles.load(TenantFiles.newResourceSet(), folder.resolve("tenant.xmi"));
			tenant.setSchemaVersion(3);
			try (var out = Files.newOutputStream(folder.resolve("tenant.xmi"))) {
				tenant.eResource().save(out, Map.of());
			}
			for (EReference list : TenantFiles.elementLists()) {
				Path sub = folder.resolve(list.getName());
				if (Files.isDirectory(sub)) {
					try (Stream<Path> files = Files.walk(sub)) {
						for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
							Files.delete(f);
						}
					}
				}
			}
		}
		return folders;
	}
}
