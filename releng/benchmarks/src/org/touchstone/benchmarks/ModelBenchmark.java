package org.touchstone.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import org.touchstone.core.Context;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.Importer;
import org.touchstone.core.Workspace;
import org.touchstone.model.Comparison;
import org.touchstone.model.Criterion;
import org.touchstone.model.Dimension;
import org.touchstone.model.Language;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Status;
import org.touchstone.model.Tenant;
import org.touchstone.model.Touchpoint;
import org.touchstone.model.TouchstoneFactory;
import org.touchstone.model.TouchstonePackage;
import org.touchstone.model.util.TouchstoneResourceImpl;

/**
 * Saves and loads one generated tenant of many standards as Touchstone's XMI (UTF-8, intrinsic-id
 * map) and as EMF's binary resource, in one process, and prints medians of three rounds.
 */
public final class ModelBenchmark {
	private static final int ROUNDS = 3;

	public static void main(String[] args) throws IOException {
		int standards = Options.count(args, "--standards", 100_000, "model");
		TouchstonePackage.eINSTANCE.eClass();
		Path dir = Files.createTempDirectory("touchstone-model-bench");
		Tenant tenant = generate(standards);
		System.out.println("RESULT model.standards " + standards);

		Path xmi = dir.resolve("tenant.xmi");
		Path binary = dir.resolve("tenant.bin");
		List<Long> saveXmi = new ArrayList<>();
		List<Long> saveBin = new ArrayList<>();
		List<Long> loadXmi = new ArrayList<>();
		List<Long> loadBin = new ArrayList<>();
		long heapXmi = 0;
		long heapBin = 0;
		for (int round = 0; round < ROUNDS; round++) {
			saveXmi.add(save(tenant, xmi, TouchstoneResourceImpl::new));
			saveBin.add(save(tenant, binary, BinaryResourceImpl::new));
			long[] x = load(xmi, TouchstoneResourceImpl::new, standards);
			long[] b = load(binary, BinaryResourceImpl::new, standards);
			loadXmi.add(x[0]);
			loadBin.add(b[0]);
			heapXmi = x[1];
			heapBin = b[1];
		}
		System.out.println("RESULT model.save.xmi.ms " + median(saveXmi));
		System.out.println("RESULT model.save.binary.ms " + median(saveBin));
		System.out.println("RESULT model.load.xmi.ms " + median(loadXmi));
		System.out.println("RESULT model.load.binary.ms " + median(loadBin));
		System.out.println("RESULT model.file.xmi.bytes " + Files.size(xmi));
		System.out.println("RESULT model.file.binary.bytes " + Files.size(binary));
		System.out.println("RESULT model.heap.xmi.mb " + heapXmi / (1024 * 1024));
		System.out.println("RESULT model.heap.binary.mb " + heapBin / (1024 * 1024));
		System.out.printf("RATIO model.save.xmi-vs-binary %.2f%n", (double) median(saveXmi) / median(saveBin));
		System.out.printf("RATIO model.load.xmi-vs-binary %.2f%n", (double) median(loadXmi) / median(loadBin));
		Files.delete(xmi);
		Files.delete(binary);
		importCsv(dir, standards);
		Files.delete(dir);
	}

	/**
	 * Imports the standards as CSV into a sample workspace through the import command's code (the
	 * rows checked, applied, the tenant saved), then imports the same file again (every row an edit).
	 */
	private static void importCsv(Path dir, int standards) throws IOException {
		Path root = dir.resolve("workspace");
		Workspace workspace = Workspace.openOrCreate(root, "bench");
		Path csv = dir.resolve("standards.csv");
		StringBuilder text = new StringBuilder("id,title,dimension,statement,threshold,unit,observation,owner\n");
		String[] dimensions = { "timeliness", "anticipation", "attitude", "feedback" };
		for (int i = 0; i < standards; i++) {
			text.append("BENCH-").append(i).append(",问候 ").append(i).append(',').append(dimensions[i % dimensions.length])
					.append(",客人进入大堂后，员工在三十秒内问候。,30,秒,每月四次暗访计时。,bench\n");
		}
		Files.writeString(csv, text, StandardCharsets.UTF_8);
		Importer importer = new Importer(workspace, new DocumentControl(workspace, Clock.systemUTC()));
		Context context = new Context("harbor-hotel", "bench");
		long start = System.nanoTime();
		importer.importFiles(context, List.of(csv));
		long added = (System.nanoTime() - start) / 1_000_000;
		start = System.nanoTime();
		importer.importFiles(context, List.of(csv));
		long edited = (System.nanoTime() - start) / 1_000_000;
		System.out.println("RESULT model.import.csv.new.ms " + added);
		System.out.println("RESULT model.import.csv.edit.ms " + edited);
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
		Files.delete(csv);
	}

	static Tenant generate(int count) {
		TouchstoneFactory f = TouchstoneFactory.eINSTANCE;
		Tenant tenant = f.createTenant();
		tenant.setUuid("tenant");
		tenant.setId("bench");
		tenant.setName("基准租户");
		tenant.setLocale(Language.ZH);
		tenant.setSchemaVersion(2);
		String[] codes = { "timeliness", "anticipation", "attitude", "feedback" };
		List<Dimension> dimensions = new ArrayList<>();
		for (String code : codes) {
			Dimension d = f.createDimension();
			d.setUuid("dim-" + code);
			d.setCode(code);
			tenant.getDimensions().add(d);
			dimensions.add(d);
		}
		List<Touchpoint> touchpoints = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			Touchpoint t = f.createTouchpoint();
			t.setUuid("tp-" + i);
			t.setKey("TP-" + i);
			t.setName("触点 " + i);
			t.setNameEn("Touchpoint " + i);
			tenant.getTouchpoints().add(t);
			touchpoints.add(t);
		}
		for (int i = 0; i < count; i++) {
			ServiceStandard s = f.createServiceStandard();
			s.setUuid(String.format("00000000-0000-4000-8000-%012d", i));
			s.setKey("S-" + i);
			StandardRevision r = f.createStandardRevision();
			r.setUuid(String.format("00000000-0000-4000-9000-%012d", i));
			r.setNumber(1);
			r.setStatus(Status.EFFECTIVE);
			r.setTitle("标准 " + i);
			r.setTitleEn("Standard " + i);
			r.setStatement("客人进入区域后，员工在" + (i % 60 + 10) + "秒内问候并提供帮助。");
			r.setStatementEn("A guest entering the area is greeted and offered help within " + (i % 60 + 10) + " seconds.");
			r.setObservation("神秘顾客暗访计时");
			r.setObservationEn("A mystery shopper times 4 visits a month.");
			r.setOwner("lin.qm");
			r.setDimension(dimensions.get(i % dimensions.size()));
			r.setTouchpoint(touchpoints.get(i % touchpoints.size()));
			Criterion c = f.createCriterion();
			c.setMetric("问候时间");
			c.setMetricEn("time to greeting");
			c.setComparison(Comparison.AT_MOST);
			c.setThreshold((double) (i % 60 + 10));
			c.setUnit("秒");
			r.getCriteria().add(c);
			s.getRevisions().add(r);
			tenant.getStandards().add(s);
		}
		return tenant;
	}

	private static long save(Tenant tenant, Path file, Function<URI, Resource> kind) throws IOException {
		ResourceSet set = new ResourceSetImpl();
		Resource resource = kind.apply(URI.createFileURI(file.toString()));
		set.getResources().add(resource);
		resource.getContents().add(tenant);
		long start = System.nanoTime();
		resource.save(Map.of());
		long ms = (System.nanoTime() - start) / 1_000_000;
		resource.getContents().clear();
		return ms;
	}

	/** @return the load time in ms and the heap the loaded model holds, in bytes */
	private static long[] load(Path file, Function<URI, Resource> kind, int expected) throws IOException {
		System.gc();
		long before = usedHeap();
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(TouchstonePackage.eNS_URI, TouchstonePackage.eINSTANCE);
		Resource resource = kind.apply(URI.createFileURI(file.toString()));
		set.getResources().add(resource);
		long start = System.nanoTime();
		resource.load(new HashMap<>());
		Tenant loaded = (Tenant) resource.getContents().get(0);
		for (ServiceStandard s : loaded.getStandards()) {
			s.getRevisions().get(0).getDimension().getCode();
		}
		long ms = (System.nanoTime() - start) / 1_000_000;
		if (loaded.getStandards().size() != expected) {
			throw new IllegalStateException("loaded " + loaded.getStandards().size() + " standards, expected " + expected);
		}
		System.gc();
		long held = usedHeap() - before;
		resource.unload();
		return new long[] { ms, held };
	}

	private static long usedHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}
}
