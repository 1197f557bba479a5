package org.touchstone.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.touchstone.core.Context;
import org.touchstone.core.Folders;
import org.touchstone.core.Permission;
import org.touchstone.core.Workspace;
import org.touchstone.model.Comparison;
import org.touchstone.model.Criterion;
import org.touchstone.model.Language;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.Site;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Status;
import org.touchstone.model.TouchstoneFactory;
import org.touchstone.results.Period;
import org.touchstone.results.Report;
import org.touchstone.results.Results;

/**
 * A million observations in one tenant: the time to import them from a filled form's CSV, and to
 * count a year by site and standard, against SQLite doing the same aggregation on the same CSV in
 * the same run (Debian's sqlite3: the CSV imported into a table, then one GROUP BY query that
 * judges each row against its threshold, as Touchstone does). Rounds alternate between the two;
 * medians. Usage: ResultsBenchmark [--observations N] [--rounds R]
 */
public final class ResultsBenchmark {
	private static final int SITES = 40;
	private static final int STANDARDS = 250;

	private ResultsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int observations = 1_000_000;
		int rounds = 5;
		for (int i = 0; i < args.length; i += 2) {
			switch (args[i]) {
			case "--observations" -> observations = Integer.parseInt(args[i + 1]);
			case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
			default -> throw new IllegalArgumentException("usage: ResultsBenchmark [--observations N] [--rounds R]");
			}
		}
		Path work = Files.createTempDirectory("touchstone-results-bench");
		try {
			Workspace workspace = Workspace.openOrCreate(work.resolve("ws"), "bench");
			workspace.createTenant("bench", "field", "Field", Language.ZH);
			Context bench = new Context("field", "bench");
			workspace.change(bench, Permission.ADMINISTER, ResultsBenchmark::fill);
			Path csv = work.resolve("results.csv");
			long started = System.nanoTime();
			write(csv, observations);
			System.out.printf("RESULT results.csv-write-ms %d (%d rows, %d MB)%n", ms(started), observations, Files.size(csv) >> 20);
			Path thresholds = work.resolve("thresholds.csv");
			writeThresholds(thresholds);

			Results results = new Results(workspace);
			Path folder = workspace.folder("field").resolve("results");
			List<Long> imports = new ArrayList<>(), reports = new ArrayList<>(), sqliteImports = new ArrayList<>(), sqliteQueries = new ArrayList<>();
			Report report = null;
			for (int round = 0; round < rounds; round++) {
				Folders.delete(folder);
				System.gc();
				long t = System.nanoTime();
				results.importFile(bench, csv, false);
				imports.add(ms(t));
				t = System.nanoTime();
				report = results.report(bench, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, Period.MONTH, Language.EN);
				reports.add(ms(t));

				Path db = work.resolve("sqlite-" + round + ".db");
				t = System.nanoTime();
				sqlite(db, ".mode csv\n.import " + csv + " obs\n.import " + thresholds + " thresholds\n");
				sqliteImports.add(ms(t));
				t = System.nanoTime();
				String counted = sqlite(db, QUERY);
				sqliteQueries.add(ms(t));
				if (round == 0) {
					check(report, counted);
				}
				Files.delete(db);
			}
			Runtime rt = Runtime.getRuntime();
			System.gc();
			System.out.printf("RESULT results.import-ms %d (median of %d; %d observations)%n", median(imports), rounds, observations);
			System.out.printf("RESULT results.report-year-by-site-and-standard-ms %d (median of %d)%n", median(reports), rounds);
			System.out.printf("RESULT sqlite.import-ms %d (median of %d)%n", median(sqliteImports), rounds);
			System.out.printf("RESULT sqlite.report-year-by-site-and-standard-ms %d (median of %d)%n", median(sqliteQueries), rounds);
			System.out.printf("RESULT results.store-mb %d%n", size(folder) >> 20);
			System.out.printf("RESULT results.heap-after-report-mb %d%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
			System.out.printf("RATIO report.vs-sqlite %.2f%n", (double) median(reports) / median(sqliteQueries));
			System.out.printf("RATIO import.vs-sqlite %.2f%n", (double) median(imports) / median(sqliteImports));
		} finally {
			Folders.delete(work);
		}
	}

	/** Per standard and site in 2026: observations and how many met their threshold, judged in SQL. */
	private static final String QUERY = """
			SELECT o.standard, o.site, count(*), sum(CASE WHEN (t.comparison = 'at-most' AND CAST(o.value AS REAL) <= t.threshold)
			  OR (t.comparison = 'at-least' AND CAST(o.value AS REAL) >= t.threshold) THEN 1 ELSE 0 END)
			FROM obs o JOIN thresholds t ON t.standard = o.standard AND t.revision = o.revision AND t.criterion = o.criterion AND t.site = o.site
			WHERE o.observed_at >= '2026-01-01' AND o.observed_at < '2027-01-01'
			GROUP BY o.standard, o.site;
			""";

	/** The tenant: 40 sites, 250 standards effective since 2025, every tenth with an at-least threshold, every fifth with a site rule. */
	private static Void fill(org.touchstone.model.Tenant tenant) {
		TouchstoneFactory f = TouchstoneFactory.eINSTANCE;
		for (int s = 0; s < SITES; s++) {
			Site site = f.createSite();
			site.setUuid("site-" + s);
			site.setKey(String.format("S%02d", s));
			site.setRegion("R" + (s % 5));
			tenant.getSites().add(site);
		}
		Date effective = Date.from(LocalDate.of(2025, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
		for (int k = 0; k < STANDARDS; k++) {
			ServiceStandard standard = f.createServiceStandard();
			standard.setUuid("standard-" + k);
			standard.setKey(String.format("B-%03d", k));
			StandardRevision r = f.createStandardRevision();
			r.setUuid("revision-" + k);
			r.setStatus(Status.EFFECTIVE);
			r.setEffectiveDate(effective);
			r.setTitle("标准 " + k);
			Criterion c = f.createCriterion();
			c.setComparison(k % 10 == 0 ? Comparison.AT_LEAST : Comparison.AT_MOST);
			c.setThreshold(k % 10 == 0 ? 3.0 : 30.0);
			c.setUnit(k % 10 == 0 ? "count" : "s");
			r.getCriteria().add(c);
			if (k % 5 == 0) {
				org.touchstone.model.SiteRule rule = f.createSiteRule();
				rule.setSite(tenant.getSites().get(k % SITES));
				rule.setThresholdOverride(k % 10 == 0 ? 2.0 : 45.0);
				rule.setReason("基准");
				r.getSiteRules().add(rule);
			}
			standard.getRevisions().add(r);
			tenant.getStandards().add(standard);
		}
		return null;
	}

	private static void write(Path csv, int rows) throws IOException {
		Random random = new Random(1_000_000);
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write("tenant,site,audit,standard,revision,criterion,value,observed_at,observer\n");
			for (int i = 0; i < rows; i++) {
				int site = random.nextInt(SITES);
				int standard = random.nextInt(STANDARDS);
				LocalDate day = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
				double value = standard % 10 == 0 ? random.nextInt(6) : random.nextInt(600) / 10.0;
				out.write(String.format("field,S%02d,S%02d-%s,B-%03d,1,1,%s,%s %02d:%02d,observer-%d%n", site, site, day, standard, value, day,
						8 + random.nextInt(12), random.nextInt(60), site));
			}
		}
	}

	private static void writeThresholds(Path csv) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write("standard,revision,criterion,site,comparison,threshold\n");
			for (int k = 0; k < STANDARDS; k++) {
				for (int s = 0; s < SITES; s++) {
					double threshold = k % 10 == 0 ? (k % 5 == 0 && s == k % SITES ? 2.0 : 3.0) : (k % 5 == 0 && s == k % SITES ? 45.0 : 30.0);
					out.write(String.format("B-%03d,1,1,S%02d,%s,%s%n", k, s, k % 10 == 0 ? "at-least" : "at-most", threshold));
				}
			}
		}
	}

	/** The two tools must agree, or the comparison means nothing: the totals of observations and of met ones. */
	private static void check(Report report, String sqliteRows) {
		long n = 0, met = 0;
		for (String line : sqliteRows.split("\n")) {
			String[] cells = line.split("\\|");
			if (cells.length == 4) {
				n += Long.parseLong(cells[2]);
				met += Long.parseLong(cells[3]);
			}
		}
		long ourMet = report.standards().stream().mapToLong(f -> f.met()).sum();
		if (n != report.observations() || met != ourMet) {
			throw new IllegalStateException("Touchstone counted " + report.observations() + "/" + ourMet + ", SQLite " + n + "/" + met);
		}
		System.out.printf("RESULT agreement %d observations, %d met, in both%n", n, met);
	}

	private static String sqlite(Path db, String script) throws IOException, InterruptedException {
		Process p = new ProcessBuilder("sqlite3", db.toString()).redirectErrorStream(true).start();
		p.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
		p.getOutputStream().close();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
			throw new IllegalStateException("sqlite3 failed: " + out);
		}
		return out;
	}

	private static long size(Path folder) throws IOException {
		try (var files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static long ms(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}
}
