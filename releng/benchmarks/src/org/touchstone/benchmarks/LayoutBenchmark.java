package org.touchstone.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.touchstone.core.internal.TenantFiles;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstonePackage;

/**
 * The workspace layout made for Git (one file per element) against the layout before it (the whole
 * tenant in one tenant.xmi), on one generated tenant of N standards, in one process: reading the
 * tenant both ways through the same code (alternating, medians of five rounds), writing it the new
 * way (all files, nothing changed, one standard changed), the new way's read without its cache
 * (the first read after a pull that changed every file) and the cost of telling whether any of its
 * files changed (done before every save and when the workbench regains focus). Both reads are
 * warmed up once before the timed rounds.
 */
public final class LayoutBenchmark {
	private static final int ROUNDS = 5;

	public static void main(String[] args) throws IOException {
		int standards = Options.count(args, "--standards", 10_000, "layout");
		TouchstonePackage.eINSTANCE.eClass();
		Path dir = Files.createTempDirectory("touchstone-layout-bench");
		Path single = dir.resolve("single");
		Path split = dir.resolve("split");
		System.out.println("RESULT layout.standards " + standards);

		Tenant old = ModelBenchmark.generate(standards);
		old.setSchemaVersion(3);
		ResourceSet oldSet = TenantFiles.newResourceSet();
		Resource oldResource = oldSet.createResource(TenantFiles.uri(TenantFiles.file(single, "bench")));
		oldResource.getContents().add(old);
		Files.createDirectories(single.resolve("bench"));
		oldResource.save(Map.of());

		Tenant tenant = ModelBenchmark.generate(standards);
		ResourceSet set = TenantFiles.newResourceSet();
		set.createResource(TenantFiles.uri(TenantFiles.file(split, "bench"))).getContents().add(tenant);
		long start = System.nanoTime();
		TenantFiles.save(tenant);
		System.out.println("RESULT layout.save.all-files.ms " + (System.nanoTime() - start) / 1_000_000);
		List<Long> unchanged = new ArrayList<>();
		List<Long> oneChanged = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			start = System.nanoTime();
			TenantFiles.save(tenant);
			unchanged.add((System.nanoTime() - start) / 1_000_000);
			tenant.getStandards().get(standards / 2).getRevisions().get(0).setTitleEn("Changed in round " + round);
			start = System.nanoTime();
			TenantFiles.save(tenant);
			oneChanged.add((System.nanoTime() - start) / 1_000_000);
		}
		System.out.println("RESULT layout.save.nothing-changed.ms " + median(unchanged));
		System.out.println("RESULT layout.save.one-standard-changed.ms " + median(oneChanged));
		try (Stream<Path> files = Files.walk(split)) {
			System.out.println("RESULT layout.files " + files.filter(p -> p.toString().endsWith(".xmi")).count());
		}

		// One untimed read each first: both ways then run compiled code, not the interpreter's.
		load(single, standards);
		load(split, standards);
		List<Long> loadSingle = new ArrayList<>();
		List<Long> loadSplit = new ArrayList<>();
		List<Long> version = new ArrayList<>();
		List<Long> uncached = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			if (round % 2 == 0) {
				loadSingle.add(load(single, standards));
				loadSplit.add(load(split, standards));
			} else {
				loadSplit.add(load(split, standards));
				loadSingle.add(load(single, standards));
			}
			Files.deleteIfExists(split.resolve(".cache").resolve("bench.bin"));
			uncached.add(load(split, standards));
			start = System.nanoTime();
			TenantFiles.version(split, "bench");
			version.add((System.nanoTime() - start) / 1_000_000);
		}
		System.out.println("RESULT layout.load.single-file.ms " + median(loadSingle));
		System.out.println("RESULT layout.load.file-per-element.ms " + median(loadSplit));
		System.out.println("RESULT layout.load.file-per-element.uncached.ms " + median(uncached));
		System.out.println("RESULT layout.version-check.ms " + median(version));
		System.out.printf("RATIO layout.load.file-per-element-vs-single-file %.2f%n", (double) median(loadSplit) / median(loadSingle));
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	private static long load(Path workspace, int expected) {
		long start = System.nanoTime();
		Tenant t = TenantFiles.load(TenantFiles.newResourceSet(), TenantFiles.file(workspace, "bench"));
		long ms = (System.nanoTime() - start) / 1_000_000;
		if (t.getStandards().size() != expected || t.getStandards().get(0).getRevisions().get(0).getDimension() == null) {
			throw new IllegalStateException("read " + t.getStandards().size() + " standards from " + workspace + ", expected " + expected);
		}
		return ms;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}
}
