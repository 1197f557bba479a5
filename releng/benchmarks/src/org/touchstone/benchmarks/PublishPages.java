package org.touchstone.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.touchstone.publish.PageSource;
import org.touchstone.publish.PublishResult;
import org.touchstone.publish.Publisher;
import org.touchstone.publish.Site;
import org.touchstone.publish.internal.Fingerprint;
import org.touchstone.publish.internal.MarkdownPages;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;

/**
 * The publish benchmark's jobs, each run in a JVM of its own by publish.sh: generate N Markdown
 * pages; publish them with Touchstone; parse, render and write them with bare flexmark; change one
 * page; train the class data the timed runs start from (a full and an incremental publish); or
 * run the floors of an incremental publish in a fresh process: start and stop, or read and
 * fingerprint every page.
 */
public final class PublishPages {
	private PublishPages() {
	}

	public static void main(String[] args) throws IOException {
		switch (args[0]) {
		case "generate" -> generate(Path.of(args[1]), Integer.parseInt(args[2]));
		case "touchstone" -> touchstone(Path.of(args[1]), Path.of(args[2]));
		case "flexmark" -> flexmark(Path.of(args[1]), Path.of(args[2]));
		case "touch" -> touch(Path.of(args[1]));
		case "start" -> System.err.println("started");
		case "inputs" -> inputs(Path.of(args[1]));
		case "resident" -> resident(Path.of(args[1]), Path.of(args[2]));
		case "train" -> {
			touchstone(Path.of(args[1]), Path.of(args[2]));
			Path page;
			try (Stream<Path> files = Files.list(Path.of(args[1]))) {
				page = files.filter(p -> p.toString().endsWith(".md")).sorted().skip(1).findFirst().orElseThrow();
			}
			touch(page);
			touchstone(Path.of(args[1]), Path.of(args[2]));
		}
		default -> throw new IllegalArgumentException(args[0]);
		}
	}

	private static List<Path> pages(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
		}
	}

	/** About 1.5 KB of mixed Chinese and English per page, with a table and links to its neighbours. */
	static void generate(Path dir, int count) throws IOException {
		Files.createDirectories(dir);
		String[] zh = { "客人进入大堂后，员工在三十秒内问候。", "投诉必须在十分钟内得到回应，并记录处理结果。", "等位超过十分钟的顾客获赠小食和茶水。",
				"值班经理每天巡查服务区域，观察员工与顾客的互动。", "服务补救要快，要公平，要从每一次失误中学习。" };
		String[] en = { "Every complaint is acknowledged within one working day.", "Staff greet each guest by name at check-in.",
				"The adviser summarises the visit before the customer leaves.", "Queues longer than eight minutes open another counter.",
				"Lost customers are offered a short exit interview." };
		for (int i = 0; i < count; i++) {
			StringBuilder md = new StringBuilder();
			md.append("---\ntitle: \"Chapter ").append(i).append(" 服务标准第").append(i).append("章\"\nweight: ").append(i + 1).append("\n---\n\n");
			md.append("# Chapter ").append(i).append(" 服务标准第").append(i).append("章\n\n");
			for (int s = 0; s < 3; s++) {
				md.append("## Section ").append(s).append(" 第").append(s).append("节\n\n");
				md.append(zh[(i + s) % zh.length]).append(' ').append(en[(i + 2 * s) % en.length]).append(' ')
						.append(zh[(i * 7 + s) % zh.length]).append("\n\n");
			}
			md.append("| 编号 Key | 要求 Requirement | 观察 Observation |\n|---|---|---|\n");
			for (int r = 0; r < 4; r++) {
				md.append("| S-").append(i).append('-').append(r).append(" | ≤ ").append(10 + r * 5).append(" 秒 | ").append(en[(i + r) % en.length])
						.append(" |\n");
			}
			md.append("\nSee [the next chapter](page-").append(String.format("%05d", (i + 1) % count)).append(".md) and [section 1](#section-1-第1节).\n");
			Files.writeString(dir.resolve(String.format("page-%05d.md", i)), md.toString(), StandardCharsets.UTF_8);
		}
	}

	private static List<PageSource> sources(Path dir) throws IOException {
		return pages(dir).parallelStream().map(p -> {
			String name = p.getFileName().toString();
			String text = read(p);
			int title = text.indexOf("title: \"") + 8;
			return new PageSource(name.substring(0, name.length() - 3), text.substring(title, text.indexOf('"', title)), text, name);
		}).toList();
	}

	static void touchstone(Path dir, Path out) throws IOException {
		List<PageSource> sources = sources(dir);
		PublishResult result = new Publisher().publish(site(dir, sources), out, false);
		System.err.println("touchstone: " + result.pages() + " pages, " + result.written() + " written");
	}

	/**
	 * What any incremental publish in a fresh process must do before it can know what changed:
	 * read every chapter, as {@link #touchstone} does, and fingerprint its text. Nothing else.
	 */
	static void inputs(Path dir) throws IOException {
		long changed = sources(dir).parallelStream().map(page -> new Fingerprint().add(page.markdown()).hex()).filter(h -> h.startsWith("0")).count();
		System.err.println("inputs: " + changed + " fingerprints start with 0");
	}

	/**
	 * Publishing from a running workbench: one JVM publishes the pages once (not timed), then, three
	 * times, publishes them into a new folder and publishes again after one chapter changed in
	 * memory, as an edit in the workbench changes the model. Prints the medians as RESULT lines.
	 */
	static void resident(Path dir, Path out) throws IOException {
		List<PageSource> sources = new java.util.ArrayList<>(sources(dir));
		new Publisher().publish(site(dir, sources), out.resolve("first"), false);
		long[] full = new long[3];
		long[] incremental = new long[3];
		for (int round = 0; round < 3; round++) {
			Path folder = out.resolve("round-" + round);
			long start = System.nanoTime();
			new Publisher().publish(site(dir, sources), folder, false);
			full[round] = System.nanoTime() - start;
			int changed = sources.size() / 2;
			PageSource page = sources.get(changed);
			sources.set(changed, new PageSource(page.slug(), page.title(), page.markdown() + "\nOne more sentence, edited " + System.nanoTime() + ".\n",
					page.source()));
			start = System.nanoTime();
			PublishResult result = new Publisher().publish(site(dir, sources), folder, false);
			incremental[round] = System.nanoTime() - start;
			if (result.written() != 1) {
				throw new IllegalStateException("the republish wrote " + result.written() + " pages, not 1");
			}
		}
		java.util.Arrays.sort(full);
		java.util.Arrays.sort(incremental);
		System.out.println("RESULT publish.resident.full.ms " + full[1] / 1_000_000);
		System.out.println("RESULT publish.resident.incremental.ms " + incremental[1] / 1_000_000);
		System.out.printf("RATIO publish.resident.incremental.vs-full %.3f%n", (double) incremental[1] / full[1]);
	}

	private static Site site(Path dir, List<PageSource> sources) {
		return new Site("Benchmark handbook 基准手册", "Touchstone", null, "#1f5f8b", true, sources, dir.resolve("assets"));
	}

	static void flexmark(Path dir, Path out) throws IOException {
		Parser parser = Parser.builder(MarkdownPages.OPTIONS).build();
		HtmlRenderer renderer = HtmlRenderer.builder(MarkdownPages.OPTIONS).build();
		Files.createDirectories(out);
		for (Path p : pages(dir)) {
			String html = renderer.render(parser.parse(Files.readString(p, StandardCharsets.UTF_8)));
			String name = p.getFileName().toString();
			Files.writeString(out.resolve(name.substring(0, name.length() - 3) + ".html"), html, StandardCharsets.UTF_8);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** Changes the text of one page, as an author editing a single chapter would. */
	static void touch(Path file) throws IOException {
		Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + "\nOne more sentence, edited " + System.nanoTime() + ".\n",
				StandardCharsets.UTF_8);
	}
}
