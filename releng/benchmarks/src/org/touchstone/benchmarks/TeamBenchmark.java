package org.touchstone.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.touchstone.core.Context;
import org.touchstone.core.Permission;
import org.touchstone.core.Workspace;
import org.touchstone.model.TouchstonePackage;
import org.touchstone.search.CaseSearch;
import org.touchstone.team.TenantGit;

/**
 * A tenant of N standards kept in Git: sharing it (the first push of every file), a save of one
 * changed standard with the commit that records it against the same save in a tenant not in Git
 * (the workbench saves on its UI thread), cloning it into
 * a new workspace and opening it there for the first time (reading the tenant and building its
 * search index), and a pull that brings one changed standard: the sync, then the search index
 * brought up to date (documents written, and the time against a full rebuild of the index). The
 * "server" is a bare repository on the same disk (file transport): what is measured is
 * Touchstone's and JGit's work, not a network. Three rounds, medians.
 */
public final class TeamBenchmark {
	private static final int ROUNDS = 3;

	public static void main(String[] args) throws Exception {
		int standards = Options.count(args, "--standards", 10_000, "team");
		TouchstonePackage.eINSTANCE.eClass();
		Path dir = Files.createTempDirectory("touchstone-team-bench");
		Context bench = new Context("bench", "bench");
		System.out.println("RESULT team.standards " + standards);

		Path first = dir.resolve("first");
		WorkbenchTenant.write(first, standards);
		Workspace sharing = Workspace.open(first);
		TenantGit.recordSaves(sharing);
		Path server = dir.resolve("server").resolve("bench.git");
		Git.init().setBare(true).setInitialBranch(TenantGit.BRANCH).setDirectory(server.toFile()).call().close();
		String url = server.toUri().toString();
		long start = System.nanoTime();
		TenantGit.sync(sharing, bench, url, TenantGit.Keep.NONE);
		System.out.println("RESULT team.share.first-push.ms " + ms(start));

		// The same tenant, not kept in Git: what a save costs without the commit that records it.
		Path alone = dir.resolve("alone");
		WorkbenchTenant.write(alone, standards);
		Workspace plain = Workspace.open(alone);

		List<Long> saveWithCommit = new ArrayList<>();
		List<Long> saveAlone = new ArrayList<>();
		List<Long> clone = new ArrayList<>();
		List<Long> firstOpen = new ArrayList<>();
		List<Long> pull = new ArrayList<>();
		List<Long> reindex = new ArrayList<>();
		List<Long> written = new ArrayList<>();
		List<Long> rebuild = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			Path other = dir.resolve("clone-" + round);
			Files.createDirectories(other);
			Files.writeString(other.resolve("workspace.properties"), "shared-demo=true\n");
			start = System.nanoTime();
			TenantGit.cloneTenant(Workspace.open(other), url, "bench");
			clone.add(ms(start));

			// First open as the next program started on this workspace does it: read, then search.
			start = System.nanoTime();
			Workspace opened = Workspace.open(other);
			if (opened.read(bench).getStandards().size() != standards) {
				throw new IllegalStateException("the clone holds " + opened.read(bench).getStandards().size() + " standards");
			}
			try (CaseSearch search = CaseSearch.open(opened)) {
				firstOpen.add(ms(start));

				int changed = standards / 2 + round;
				start = System.nanoTime();
				plain.change(bench, Permission.WRITE, t -> {
					t.getStandards().get(changed).getRevisions().get(0).setTitleEn("Changed in round " + changed);
					return null;
				});
				saveAlone.add(ms(start));
				start = System.nanoTime();
				sharing.change(bench, Permission.WRITE, t -> {
					t.getStandards().get(changed).getRevisions().get(0).setTitleEn("Changed in round " + changed);
					return null;
				});
				saveWithCommit.add(ms(start));
				TenantGit.sync(sharing, bench, null, TenantGit.Keep.NONE);

				start = System.nanoTime();
				TenantGit.SyncResult result = TenantGit.sync(opened, bench, null, TenantGit.Keep.NONE);
				pull.add(ms(start));
				if (result.received() != 1) {
					throw new IllegalStateException("the pull received " + result.received() + " commits, expected 1");
				}
				start = System.nanoTime();
				search.refresh();
				reindex.add(ms(start));
				written.add((long) search.lastWritten());

				start = System.nanoTime();
				search.rebuild();
				rebuild.add(ms(start));
			}
		}
		// A save in the workbench runs on its UI thread, the commit included.
		System.out.println("RESULT team.save.one-standard.ms " + median(saveAlone) + " (not in Git)");
		System.out.println("RESULT team.save.one-standard.with-commit.ms " + median(saveWithCommit));
		System.out.printf("RATIO team.save.with-commit-vs-alone %.2f%n", (double) median(saveWithCommit) / median(saveAlone));
		System.out.println("RESULT team.clone.ms " + median(clone));
		System.out.println("RESULT team.first-open.ms " + median(firstOpen) + " (read the tenant, build its search index)");
		System.out.println("RESULT team.pull.one-standard.ms " + median(pull));
		System.out.println("RESULT team.reindex-after-pull.ms " + median(reindex));
		System.out.println("RESULT team.reindex-after-pull.documents " + median(written));
		System.out.println("RESULT team.reindex-full.ms " + median(rebuild));
		System.out.printf("RATIO team.reindex.after-pull-vs-full %.3f%n", (double) median(reindex) / median(rebuild));
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	private static long ms(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}
}
