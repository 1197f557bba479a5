package org.touchstone.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.touchstone.core.TouchstoneException;
import org.touchstone.publish.internal.MarkdownPages;
import org.touchstone.publish.internal.PublishState;
import org.touchstone.publish.internal.SiteSearch;
import org.touchstone.publish.internal.SiteTemplate;
import org.touchstone.publish.internal.Theme;

/**
 * Turns a handbook into a static site that works from {@code file://}: an index page, a page per
 * chapter, a search page and a print version. The same input gives byte-identical output; a
 * publish into a folder that holds an earlier publish rewrites only the pages whose inputs changed.
 * Links and images are checked before anything is written.
 */
public final class Publisher {
	/** Changes whenever the templates change, so that an older site is rewritten in full. */
	static final String VERSION = "touchstone-site-1";
	private static final HexFormat HEX = HexFormat.of();

	/** A page rendered in this run, with its search entry. */
	private record Fresh(MarkdownPages.Rendered rendered, SiteSearch.Entry entry, List<PublishState.Link> links, List<String> warnings) {
	}

	public PublishResult publish(Site site, Path out, boolean clean) throws IOException {
		checkSlugs(site);
		prepare(out, clean);
		PublishState previous = PublishState.read(out);
		boolean sameVersion = VERSION.equals(previous.version());
		List<PageSource> pages = site.pages();
		SiteTemplate template = new SiteTemplate(site);
		String siteHash = siteHash(site);
		String[] inputs = new String[pages.size()];
		IntStream.range(0, pages.size()).parallel().forEach(i -> inputs[i] = inputHash(site, template, siteHash, i));
		int shards = Math.max(1, (pages.size() + SiteSearch.SHARD_SIZE - 1) / SiteSearch.SHARD_SIZE);
		boolean[] changed = new boolean[pages.size()];
		for (int i = 0; i < pages.size(); i++) {
			PublishState.Page old = previous.page(pages.get(i).slug());
			changed[i] = !sameVersion || old == null || !old.input().equals(inputs[i]) || !Files.isRegularFile(out.resolve(pages.get(i).slug() + ".html"));
		}
		if (!canSplicePrint(out, template, previous, sameVersion)) {
			Arrays.fill(changed, true);
		}
		List<List<PublishState.Cached>> shardCache = new ArrayList<>();
		for (int shard = 0; shard < shards; shard++) {
			int first = shard * SiteSearch.SHARD_SIZE;
			int last = Math.min(pages.size(), first + SiteSearch.SHARD_SIZE);
			List<PublishState.Cached> cached = null;
			boolean stale = IntStream.range(first, last).anyMatch(i -> changed[i]) || !Files.isRegularFile(out.resolve("search/shard-" + shard + ".js"));
			if (stale && sameVersion && IntStream.range(first, last).anyMatch(i -> !changed[i])) {
				cached = usable(previous.shard(out, shard), pages.subList(first, last));
			}
			if (stale && cached == null) {
				for (int i = first; i < last; i++) {
					changed[i] = true;
				}
			}
			shardCache.add(cached);
		}

		MarkdownPages markdown = new MarkdownPages(pages, site.assets());
		Fresh[] fresh = new Fresh[pages.size()];
		IntStream.range(0, pages.size()).parallel().filter(i -> changed[i]).forEach(i -> {
			MarkdownPages.Parsed parsed = MarkdownPages.parse(pages.get(i));
			List<String> warnings = new ArrayList<>();
			MarkdownPages.Rendered rendered = markdown.render(parsed, warnings);
			SiteSearch.Entry entry = SiteSearch.entry(pages.get(i).slug() + ".html", pages.get(i).title(), rendered.body());
			fresh[i] = new Fresh(rendered, entry, MarkdownPages.links(parsed), warnings);
		});

		Map<String, List<PublishState.Link>> links = new LinkedHashMap<>();
		Map<String, PageSource> sources = new LinkedHashMap<>();
		Map<String, Set<String>> anchors = new LinkedHashMap<>();
		List<String> warnings = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			PageSource page = pages.get(i);
			sources.put(page.slug(), page);
			if (fresh[i] != null) {
				links.put(page.slug(), fresh[i].links());
				anchors.put(page.slug(), fresh[i].rendered().anchors());
				warnings.addAll(fresh[i].warnings());
			} else {
				PublishState.Page old = previous.page(page.slug());
				links.put(page.slug(), old.links());
				anchors.put(page.slug(), Set.copyOf(old.anchors()));
				warnings.addAll(old.warnings());
			}
		}
		Set<String> images = new TreeSet<>();
		List<String> problems = markdown.check(links, sources, anchors, images);
		if (site.logo() != null) {
			String logo = markdown.assetProblem(site.logo());
			if (logo != null) {
				problems.add("branding.logo: " + logo);
			} else {
				images.add(site.logo());
			}
		}
		if (!problems.isEmpty()) {
			throw new PublishCheckException(problems);
		}

		Files.createDirectories(out);
		int written = (int) Arrays.stream(fresh).filter(f -> f != null).count();
		IntStream.range(0, pages.size()).parallel().filter(i -> fresh[i] != null).forEach(i -> {
			try {
				Files.writeString(out.resolve(pages.get(i).slug() + ".html"), template.page(i, fresh[i].rendered()), StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		writeIfChanged(out.resolve("index.html"), template.index());
		writeIfChanged(out.resolve("search.html"), template.search(shards));
		Theme.write(site, out);
		for (String image : images) {
			copyIfChanged(site.assets().resolve(image), out.resolve("assets").resolve(image));
		}
		PublishState next = new PublishState(VERSION);
		Files.createDirectories(out.resolve("search"));
		IntStream.range(0, shards).parallel().forEach(shard -> {
			int first = shard * SiteSearch.SHARD_SIZE;
			int last = Math.min(pages.size(), first + SiteSearch.SHARD_SIZE);
			if (IntStream.range(first, last).noneMatch(i -> changed[i])) {
				return;
			}
			List<PublishState.Cached> cached = new ArrayList<>();
			for (int i = first; i < last; i++) {
				PageSource page = pages.get(i);
				if (fresh[i] != null) {
					SiteSearch.Entry entry = fresh[i].entry();
					cached.add(new PublishState.Cached(page.slug(), page.title(), entry.snippet(), entry.terms()));
				} else {
					cached.add(shardCache.get(shard).get(i - first));
				}
			}
			List<SiteSearch.Entry> entries = cached.stream().map(c -> new SiteSearch.Entry(c.slug() + ".html", c.title(), c.snippet(), c.terms()))
					.toList();
			try {
				writeIfChanged(out.resolve("search/shard-" + shard + ".js"), SiteSearch.shardScript(shard, first, entries));
				PublishState.writeShard(out, shard, cached);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		int[] printLengths = writePrint(out, template, previous, fresh);
		for (int i = 0; i < pages.size(); i++) {
			PageSource page = pages.get(i);
			next.put(page.slug(), new PublishState.Page(inputs[i], new ArrayList<>(new TreeSet<>(anchors.get(page.slug()))), links.get(page.slug()),
					fresh[i] != null ? fresh[i].warnings() : previous.page(page.slug()).warnings(), printLengths[i]));
		}
		next.printHead(HEX.formatHex(sha256().digest(template.printHead().getBytes(StandardCharsets.UTF_8))));
		removeStale(out, previous, next, shards);
		next.write(out);
		return new PublishResult(out.resolve("index.html"), pages.size(), written, warnings);
	}

	/**
	 * Whether the print version can be updated by splicing changed chapters into the old file: its
	 * opening (title, contents) and chapter list are unchanged and the file is as the last publish
	 * left it. When it cannot, every chapter is rendered again to write it whole.
	 */
	private static boolean canSplicePrint(Path out, SiteTemplate template, PublishState previous, boolean sameVersion) throws IOException {
		List<PageSource> pages = template.site().pages();
		Path file = out.resolve("print.html");
		byte[] head = template.printHead().getBytes(StandardCharsets.UTF_8);
		if (!sameVersion || !HEX.formatHex(sha256().digest(head)).equals(previous.printHead()) || !Files.isRegularFile(file)
				|| !List.copyOf(previous.slugs()).equals(pages.stream().map(PageSource::slug).toList())) {
			return false;
		}
		long expected = head.length + SiteTemplate.printTail().getBytes(StandardCharsets.UTF_8).length;
		for (PageSource page : pages) {
			int length = previous.page(page.slug()).printLength();
			if (length < 0) {
				return false;
			}
			expected += length;
		}
		return Files.size(file) == expected;
	}

	/**
	 * Writes the print version: the changed chapters spliced into the old file by their recorded
	 * lengths, or, when every chapter was rendered now, the whole file.
	 *
	 * @return the byte length of each chapter's section
	 */
	private static int[] writePrint(Path out, SiteTemplate template, PublishState previous, Fresh[] fresh) throws IOException {
		List<PageSource> pages = template.site().pages();
		int[] lengths = new int[pages.size()];
		Path file = out.resolve("print.html");
		byte[] head = template.printHead().getBytes(StandardCharsets.UTF_8);
		byte[] tail = SiteTemplate.printTail().getBytes(StandardCharsets.UTF_8);
		boolean all = Arrays.stream(fresh).allMatch(f -> f != null);
		if (!all && Arrays.stream(fresh).allMatch(f -> f == null)) {
			for (int i = 0; i < pages.size(); i++) {
				lengths[i] = previous.page(pages.get(i).slug()).printLength();
			}
			return lengths;
		}
		byte[][] sections = new byte[pages.size()][];
		IntStream.range(0, pages.size()).parallel().filter(i -> fresh[i] != null)
				.forEach(i -> sections[i] = template.printSection(i, fresh[i].rendered().body()).getBytes(StandardCharsets.UTF_8));
		byte[] old = all ? new byte[0] : Files.readAllBytes(file);
		java.io.ByteArrayOutputStream next = new java.io.ByteArrayOutputStream(Math.max(old.length, 1 << 16) + 4096);
		next.write(head);
		int at = head.length;
		for (int i = 0; i < pages.size(); i++) {
			if (fresh[i] != null) {
				next.write(sections[i]);
				lengths[i] = sections[i].length;
			} else {
				lengths[i] = previous.page(pages.get(i).slug()).printLength();
				next.write(old, at, lengths[i]);
			}
			if (!all) {
				at += previous.page(pages.get(i).slug()).printLength();
			}
		}
		next.write(tail);
		byte[] bytes = next.toByteArray();
		if (!(Files.isRegularFile(file) && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes))) {
			Files.write(file, bytes);
		}
		return lengths;
	}

	/** A shard's cache when it holds exactly these pages, in this order; else null. */
	private static List<PublishState.Cached> usable(List<PublishState.Cached> cached, List<PageSource> pages) {
		if (cached == null || cached.size() != pages.size()) {
			return null;
		}
		for (int i = 0; i < pages.size(); i++) {
			if (!cached.get(i).slug().equals(pages.get(i).slug())) {
				return null;
			}
		}
		return cached;
	}

	private static void checkSlugs(Site site) {
		Set<String> seen = new TreeSet<>();
		for (PageSource page : site.pages()) {
			if (!page.slug().matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*") || Set.of("index", "search", "print").contains(page.slug())) {
				throw new TouchstoneException(page.source() + ": '" + page.slug() + "' cannot be a page name");
			}
			if (!seen.add(page.slug())) {
				throw new TouchstoneException(page.source() + ": a second chapter is named '" + page.slug() + "'");
			}
		}
	}

	private static void prepare(Path out, boolean clean) throws IOException {
		if (Files.exists(out) && !Files.isDirectory(out)) {
			throw new TouchstoneException("--out " + out + " is a file, not a folder");
		}
		if (!Files.isDirectory(out)) {
			return;
		}
		boolean ours = PublishState.exists(out);
		boolean empty;
		try (Stream<Path> entries = Files.list(out)) {
			empty = entries.findAny().isEmpty();
		}
		if (!ours && !empty) {
			throw new TouchstoneException("--out " + out + " holds files that no touchstone publish wrote; name an empty or new folder");
		}
		if (clean && ours) {
			try (Stream<Path> walk = Files.walk(out)) {
				for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
					if (!p.equals(out)) {
						Files.delete(p);
					}
				}
			}
		}
	}

	/** What every page depends on: the templates, the branding, the language, and which chapters exist (links resolve against them). */
	private static String siteHash(Site site) {
		MessageDigest digest = sha256();
		update(digest, VERSION, site.title(), site.brand(), site.logo(), site.primaryColour(), String.valueOf(site.chinese()));
		for (PageSource p : site.pages()) {
			update(digest, p.slug(), p.source());
		}
		return HEX.formatHex(digest.digest());
	}

	/** What one page depends on: the site, its own Markdown and title, its sidebar and its neighbours. */
	private static String inputHash(Site site, SiteTemplate template, String siteHash, int index) {
		PageSource page = site.pages().get(index);
		MessageDigest digest = sha256();
		update(digest, siteHash, page.slug(), page.title(), page.source(), page.markdown());
		for (PageSource p : template.sidebarPages(index)) {
			update(digest, p.slug(), p.title());
		}
		for (int neighbour : new int[] { index - 1, index + 1 }) {
			if (neighbour >= 0 && neighbour < site.pages().size()) {
				update(digest, site.pages().get(neighbour).slug(), site.pages().get(neighbour).title());
			}
		}
		return HEX.formatHex(digest.digest());
	}

	private static void update(MessageDigest digest, String... values) {
		for (String v : values) {
			digest.update(String.valueOf(v).getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static void writeIfChanged(Path file, String content) throws IOException {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		if (Files.isRegularFile(file) && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes)) {
			return;
		}
		Files.createDirectories(file.getParent());
		Files.write(file, bytes);
	}

	private static void copyIfChanged(Path from, Path to) throws IOException {
		byte[] bytes = Files.readAllBytes(from);
		if (Files.isRegularFile(to) && Arrays.equals(Files.readAllBytes(to), bytes)) {
			return;
		}
		Files.createDirectories(to.getParent());
		Files.write(to, bytes);
	}

	private static void removeStale(Path out, PublishState previous, PublishState next, int shards) throws IOException {
		for (String slug : previous.slugs()) {
			if (next.page(slug) == null) {
				Files.deleteIfExists(out.resolve(slug + ".html"));
			}
		}
		for (Path folder : List.of(out.resolve("search"), PublishState.folder(out))) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> files = Files.list(folder)) {
				for (Path f : files.toList()) {
					String name = f.getFileName().toString();
					if (name.matches("shard-\\d+\\.(js|bin)") && Integer.parseInt(name.replaceAll("\\D", "")) >= shards) {
						Files.delete(f);
					}
				}
			}
		}
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
