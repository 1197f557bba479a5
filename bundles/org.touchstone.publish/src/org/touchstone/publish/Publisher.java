package org.touchstone.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.IntStream;

import org.touchstone.core.MarkdownNesting;
import org.touchstone.publish.internal.EditionArchive;
import org.touchstone.publish.internal.EditionHistory;
import org.touchstone.publish.internal.FolderLock;
import org.touchstone.publish.internal.LinkCheck;
import org.touchstone.publish.internal.MarkdownPages;
import org.touchstone.publish.internal.OutputFolder;
import org.touchstone.publish.internal.PageNames;
import org.touchstone.publish.internal.PageWriter;
import org.touchstone.publish.internal.PdfVersion;
import org.touchstone.publish.internal.PrintVersion;
import org.touchstone.publish.internal.PublishState;
import org.touchstone.publish.internal.SitePlan;
import org.touchstone.publish.internal.SiteSearch;
import org.touchstone.publish.internal.SiteTemplate;
import org.touchstone.publish.internal.StagedFiles;
import org.touchstone.publish.internal.Theme;

/**
 * Turns a handbook into a static site that works from {@code file://}: an index page, a page per
 * chapter, a search page and a print version. The same input gives byte-identical output; a
 * publish into a folder that holds an earlier publish rewrites only the pages whose inputs changed.
 * Links and images are checked ({@link LinkCheck}) before anything of an earlier site is replaced. A site published as an edition keeps
 * its earlier editions, marked superseded, under {@code editions/}.
 */
public final class Publisher {

	/**
	 * A page rendered in this run: the bytes of its page and of its section of the print version,
	 * its search entry, and what the checks need. Everything a page needs is made in one pass, so
	 * that all of it runs on warm code in parallel; pages are written only after the checks pass.
	 */
	private record Fresh(byte[] page, byte[] print, Set<String> anchors, SiteSearch.Entry entry, List<PublishState.Link> links,
			List<org.touchstone.core.CoreMessage> warnings) implements LinkCheck.Rendered {
		/** The page once its search shard is made: without its search entry, and without its HTML when that is written already. */
		Fresh done(boolean written) {
			return new Fresh(written ? null : page, print, anchors, null, links, warnings);
		}
	}

	private PublishProgress progress = PublishProgress.NONE;
	private boolean pdf;

	/** Reports progress to, and takes cancellation from, the one who publishes (the workbench's job). */
	public Publisher reportingTo(PublishProgress progress) {
		this.progress = progress;
		return this;
	}

	/** Writes the print version as a PDF too ({@code handbook.pdf}); without it, a PDF an earlier publish left is removed. */
	public Publisher withPdf(boolean pdf) {
		this.pdf = pdf;
		return this;
	}

	public PublishResult publish(Site site, Path out, boolean clean) throws IOException {
		checkSlugs(site);
		// A missing font is said before anything is written.
		Path font = pdf ? PdfVersion.font() : null;
		// Setting up flexmark and the search analysis is slow on a cold JVM, a
		// good part of an incremental publish; it runs on a thread of its own meanwhile.
		FutureTask<MarkdownPages> setup = new FutureTask<>(() -> {
			SiteSearch.terms("");
			return new MarkdownPages(site.pages(), site.assets());
		});
		Thread.ofPlatform().daemon().name("touchstone-publish-setup").start(setup);
		try (FolderLock lock = FolderLock.take(out)) {
			PublishResult result = site.editions() == null ? publishOrReplace(site, out, clean, setup) : publishEdition(site, out, clean, setup);
			if (pdf) {
				PdfVersion.write(out, site, font);
			} else {
				PdfVersion.remove(out);
			}
			return result;
		}
	}

	/**
	 * Publishes a site that has editions. The edition the site shows is copied aside first: it
	 * becomes an earlier edition only once the publish that replaces it has passed its checks.
	 */
	private PublishResult publishEdition(Site site, Path out, boolean clean, FutureTask<MarkdownPages> setup) throws IOException {
		Site.Editions editions = site.editions();
		EditionHistory history = EditionHistory.read(out);
		Site.Edition edition = editions.current();
		EditionArchive archive = EditionArchive.begin(out, history, edition == null ? null : edition.label());
		try {
			PublishResult result = publishOrReplace(site, out, clean, setup);
			if (archive != null) {
				archive.commit();
			}
			history.published(edition == null ? null : new EditionHistory.Entry(edition.label(), edition.date(), null, editions.contents()),
					LocalDate.now());
			history.write(out);
			EditionArchive.banners(out, history, site.title(), site.chinese());
			return result;
		} catch (IOException | RuntimeException | Error e) {
			if (archive != null) {
				archive.discard();
			}
			throw e;
		}
	}

	private PublishResult publishOrReplace(Site site, Path out, boolean clean, FutureTask<MarkdownPages> setup) throws IOException {
		if (clean && Files.isDirectory(out) && PublishState.exists(out)) {
			return replace(site, out, setup);
		}
		return publishInto(site, out, setup);
	}

	private PublishResult publishInto(Site site, Path out, FutureTask<MarkdownPages> setup) throws IOException {
		boolean outExisted = Files.isDirectory(out);
		// A folder that holds no earlier site gets each page as soon as it is rendered (the writes
		// overlap the rendering); should a check fail, everything written is removed again. An
		// earlier site is changed only after every check has passed.
		boolean streaming = OutputFolder.prepare(out);
		PublishState previous = PublishState.read(out);
		List<PageSource> pages = site.pages();
		SiteTemplate template = new SiteTemplate(site);
		SitePlan.Inputs fingerprints = SitePlan.inputs(site, template);
		String[] inputs = fingerprints.pages();
		String printKey = fingerprints.printHead();
		int shards = Math.max(1, (pages.size() + SiteSearch.SHARD_SIZE - 1) / SiteSearch.SHARD_SIZE);
		SitePlan.Plan plan = SitePlan.plan(out, pages, previous, inputs, printKey, shards);
		boolean[] changed = plan.changed();
		List<List<SiteSearch.Entry>> shardCache = plan.shardCache();
		try {
			checkNesting(pages, changed);
		} catch (PublishCheckException e) {
			if (streaming) {
				OutputFolder.delete(out, outExisted);
			}
			throw e;
		}

		MarkdownPages markdown = ready(setup);
		Fresh[] fresh = new Fresh[pages.size()];
		String[] shardScripts = new String[shards];
		PublishState next;
		try (PageWriter writer = new PageWriter()) {
			if (streaming) {
				Files.createDirectories(out.resolve("search"));
				// An empty state marks the folder as a publish of ours from the first page on, so that
				// a publish cut short (a crash, a full disk) can simply be run again into it.
				new PublishState("").write(out);
			}
			try {
				renderChanged(out, streaming, writer, markdown, template, changed, fresh, shardScripts, shardCache);
			} catch (PublishCancelledException e) {
				if (streaming) {
					writer.abandon();
					OutputFolder.delete(out, outExisted);
				}
				throw e;
			}

			LinkCheck.Checked checked = LinkCheck.check(markdown, pages, previous, fresh);
			List<org.touchstone.core.CoreMessage> warnings = checked.warnings();
			List<org.touchstone.core.CoreMessage> problems = checked.problems();
			Set<String> images = checked.images();
			int[][] targets = checked.targets();
			if (site.logo() != null) {
				org.touchstone.core.CoreMessage logo = markdown.assetProblem(site.logo());
				if (logo != null) {
					problems.add(org.touchstone.core.CoreMessage.of("row.problem", "branding.logo", logo));
				} else {
					images.add(site.logo());
				}
			}
			if (!problems.isEmpty()) {
				if (streaming) {
					writer.abandon();
					OutputFolder.delete(out, outExisted);
				}
				throw new PublishCheckException(problems);
			}

			Files.createDirectories(out.resolve("search"));
			// Into an earlier site, every file is written beside its target and all take their
			// places together: a write that fails leaves the earlier site whole, not half new.
			StagedFiles staged = new StagedFiles();
			PrintVersion.Layout print;
			try {
				if (!streaming) {
					for (int i = 0; i < pages.size(); i++) {
						if (fresh[i] != null) {
							staged.write(out.resolve(pages.get(i).slug() + ".html"), fresh[i].page());
						}
					}
					for (int shard = 0; shard < shards; shard++) {
						if (shardScripts[shard] != null) {
							staged.write(out.resolve("search/shard-" + shard + ".js"), shardScripts[shard]);
						}
					}
				}
				staged.write(out.resolve("index.html"), template.index());
				staged.write(out.resolve("search.html"), template.search(shards));
				if (!site.quiz().isEmpty()) {
					staged.write(out.resolve(SiteTemplate.QUIZ), template.quiz());
				}
				Theme.write(site, out, staged);
				for (String image : images) {
					staged.copy(site.assets().resolve(image), out.resolve("assets").resolve(image));
				}
				byte[][] sections = new byte[pages.size()][];
				for (int i = 0; i < pages.size(); i++) {
					sections[i] = fresh[i] == null ? null : fresh[i].print();
				}
				print = PrintVersion.write(out, template, previous, sections, staged);
				writer.close();
			} catch (IOException | RuntimeException e) {
				staged.discard();
				throw e;
			}
			// The last moment to stop: nothing of an earlier site has been replaced yet.
			if (progress.isCancelled()) {
				staged.discard();
				if (streaming) {
					OutputFolder.delete(out, outExisted);
				}
				throw new PublishCancelledException(out);
			}
			staged.commit();
			int[] printLengths = print.chapters();
			next = new PublishState(SitePlan.VERSION);
			for (int i = 0; i < pages.size(); i++) {
				PageSource page = pages.get(i);
				next.put(page.slug(), fresh[i] == null ? previous.page(page.slug())
						: new PublishState.Page(inputs[i], new ArrayList<>(new TreeSet<>(fresh[i].anchors())), fresh[i].links(), fresh[i].warnings(),
								printLengths[i], targets[i]));
			}
			next.printHead(printKey, print.head());
			int written = (int) Arrays.stream(fresh).filter(f -> f != null).count();
			OutputFolder.removeStale(out, previous, next, shards);
			if (site.quiz().isEmpty()) {
				Files.deleteIfExists(out.resolve(SiteTemplate.QUIZ));
				Files.deleteIfExists(out.resolve("quiz.js"));
			}
			next.write(out);
			return new PublishResult(out.resolve("index.html"), pages.size(), written, warnings);
		}
	}

	/**
	 * Publishes a whole new site in place of an earlier one ({@code --clean}): the new site is made
	 * in a folder beside it and takes its place only when every check has passed, so a failed
	 * check leaves the earlier site as it was. The new folder gets the old one's permissions; when
	 * the folder named is a link, the folder it leads to is replaced and the link stays.
	 */
	private PublishResult replace(Site site, Path out, FutureTask<MarkdownPages> setup) throws IOException {
		Path target = out.toRealPath();
		Path parent = target.getParent();
		String unique = ProcessHandle.current().pid() + "-" + System.nanoTime();
		Path fresh = Files.createDirectory(parent.resolve("." + target.getFileName() + ".touchstone-new-" + unique));
		PublishResult made;
		try {
			OutputFolder.copyPermissions(target, fresh);
			made = publishInto(site, fresh, setup);
			OutputFolder.keepEditions(target, fresh);
			List<String> added = OutputFolder.filesNotOurs(target, fresh);
			if (!added.isEmpty()) {
				throw new PublishCheckException(org.touchstone.core.CoreMessage.of("publish.foreignFiles", out, added.size(),
						String.join(", ", added.subList(0, Math.min(5, added.size()))) + (added.size() > 5 ? ", ..." : "")));
			}
		} catch (IOException | RuntimeException | Error e) {
			OutputFolder.delete(fresh, false);
			throw e;
		}
		Path old = parent.resolve("." + target.getFileName() + ".touchstone-old-" + unique);
		Files.move(target, old, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		try {
			Files.move(fresh, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			Files.move(old, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			OutputFolder.delete(fresh, false);
			throw e;
		}
		OutputFolder.delete(old, false);
		return new PublishResult(out.resolve("index.html"), made.pages(), made.written(), made.warnings());
	}

	private static MarkdownPages ready(FutureTask<MarkdownPages> setup) throws IOException {
		try {
			return setup.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while setting up the renderer", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IOException(e.getCause());
		}
	}

	/**
	 * Renders the pages that changed: one task per search shard with a changed page, its changed
	 * pages rendered in order and its script made from them and the cache; into a new site each
	 * page is written as soon as it is done. Stops at a cancel between pages.
	 */
	private void renderChanged(Path out, boolean streaming, PageWriter writer, MarkdownPages markdown, SiteTemplate template, boolean[] changed,
			Fresh[] fresh, String[] shardScripts, List<List<SiteSearch.Entry>> shardCache) {
		List<PageSource> pages = template.site().pages();
		int total = 0;
		for (boolean c : changed) {
			total += c ? 1 : 0;
		}
		int toRender = total;
		java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();
		IntStream.range(0, shardScripts.length).parallel().filter(shard -> IntStream.range(first(shard), last(shard, pages)).anyMatch(i -> changed[i]))
				.forEach(shard -> {
					for (int i = first(shard); i < last(shard, pages); i++) {
						if (changed[i]) {
							if (progress.isCancelled()) {
								throw new PublishCancelledException(out);
							}
							fresh[i] = render(markdown, template, i);
							progress.rendered(rendered.incrementAndGet(), toRender);
							if (streaming) {
								writer.write(out.resolve(pages.get(i).slug() + ".html"), fresh[i].page());
							}
						}
					}
					shardScripts[shard] = shardScript(pages, shard, fresh, shardCache.get(shard));
					if (streaming) {
						writeShard(out, shard, shardScripts[shard]);
					}
					// What is not needed any more is let go at once: holding every page's search
					// terms and HTML to the end keeps the collector copying them again and again.
					for (int i = first(shard); i < last(shard, pages); i++) {
						if (fresh[i] != null) {
							fresh[i] = fresh[i].done(streaming);
						}
					}
				});
	}

	private static int first(int shard) {
		return shard * SiteSearch.SHARD_SIZE;
	}

	private static int last(int shard, List<PageSource> pages) {
		return Math.min(pages.size(), first(shard) + SiteSearch.SHARD_SIZE);
	}

	/** Renders one page: its page, its print section, its search entry and what the checks need. */
	private static Fresh render(MarkdownPages markdown, SiteTemplate template, int index) {
		PageSource page = template.site().pages().get(index);
		MarkdownPages.Parsed parsed = MarkdownPages.parse(page);
		List<org.touchstone.core.CoreMessage> warnings = new ArrayList<>();
		MarkdownPages.Rendered rendered = markdown.render(parsed, warnings);
		SiteSearch.Entry entry = SiteSearch.entry(page.slug() + ".html", page.title(), rendered.body());
		return new Fresh(template.page(index, rendered).getBytes(StandardCharsets.UTF_8),
				template.printSection(index, rendered.body()).getBytes(StandardCharsets.UTF_8), rendered.anchors(), entry, rendered.links(),
				warnings);
	}

	/** A shard's script from the entries of its pages rendered now and the cached entries of the others. */
	private static String shardScript(List<PageSource> pages, int shard, Fresh[] fresh, List<SiteSearch.Entry> cache) {
		List<SiteSearch.Entry> entries = new ArrayList<>();
		for (int i = first(shard); i < last(shard, pages); i++) {
			entries.add(fresh[i] != null ? fresh[i].entry() : cache.get(i - first(shard)));
		}
		return SiteSearch.shardScript(shard, first(shard), entries);
	}

	private static void writeShard(Path out, int shard, String script) {
		try {
			OutputFolder.writeIfChanged(out.resolve("search/shard-" + shard + ".js"), script);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Refuses chapters nested too deeply for a Markdown parser, before any is parsed. */
	/**
	 * Refuses pages nested too deeply for the Markdown parser, before any is parsed. Only the pages
	 * to render are checked: any other has the fingerprint of a page an earlier publish checked and
	 * published (a publish's state is written only once every check has passed).
	 */
	private static void checkNesting(List<PageSource> pages, boolean[] changed) {
		List<org.touchstone.core.CoreMessage> problems = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			if (!changed[i]) {
				continue;
			}
			PageSource page = pages.get(i);
			MarkdownNesting.TooDeep tooDeep = MarkdownNesting.check(page.markdown());
			if (tooDeep != null) {
				problems.add(org.touchstone.core.CoreMessage.of("row.problem", page.source(), tooDeep.describe()));
			}
		}
		if (!problems.isEmpty()) {
			throw new PublishCheckException(problems);
		}
	}

	private static void checkSlugs(Site site) {
		PageNames.check(site.pages(), PageSource::slug, PageSource::source);
	}

	/** Reads a theme file shipped in this bundle. */
	public static String resource(String name) {
		try (InputStream in = Publisher.class.getResourceAsStream("/theme/" + name)) {
			if (in == null) {
				throw new IllegalStateException("theme/" + name + " is missing from the publish bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
