package org.touchstone.publish.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.touchstone.publish.PageSource;
import org.touchstone.publish.Site;

/**
 * What a publish must do: the fingerprint of every page's inputs (its text, and what else it shows:
 * the site's branding, the pages in its sidebar, its neighbours), and from them and the earlier
 * site, which pages to render again and which search shards can be spliced from their cache.
 */
public final class SitePlan {
	/** Changes whenever the templates change, so that an older site is rewritten in full. */
	public static final String VERSION = "touchstone-site-2";

	private SitePlan() {
	}

	/** The fingerprints of each page's inputs and of the print version's head. */
	public record Inputs(String[] pages, String printHead) {
	}

	public static Inputs inputs(Site site, SiteTemplate template) {
		String siteHash = siteHash(site);
		byte[][] names = nameDigests(site.pages());
		return new Inputs(inputHashes(site, template, siteHash, names), printHeadKey(site, names));
	}

	/**
	 * What this publish must render: the pages whose inputs changed or whose page file is gone, every
	 * page when the print version cannot be spliced, and every page of a search shard whose script
	 * cannot be read back; with the entries of the shards' unchanged pages.
	 */
	public record Plan(boolean[] changed, List<List<SiteSearch.Entry>> shardCache) {
	}

	public static Plan plan(Path out, List<PageSource> pages, PublishState previous, String[] inputs, String printKey, int shards)
			throws IOException {
		boolean sameVersion = VERSION.equals(previous.version());
		boolean[] changed = new boolean[pages.size()];
		Set<String> present = OutputFolder.fileNames(out);
		for (int i = 0; i < pages.size(); i++) {
			PublishState.Page old = previous.page(pages.get(i).slug());
			changed[i] = !sameVersion || old == null || !old.input().equals(inputs[i]) || !present.contains(pages.get(i).slug() + ".html");
		}
		if (!PrintVersion.canSplice(out, pages, previous, sameVersion, printKey)) {
			Arrays.fill(changed, true);
		}
		List<List<SiteSearch.Entry>> shardCache = new ArrayList<>();
		for (int shard = 0; shard < shards; shard++) {
			int first = shard * SiteSearch.SHARD_SIZE;
			int last = Math.min(pages.size(), first + SiteSearch.SHARD_SIZE);
			List<SiteSearch.Entry> cached = null;
			boolean stale = IntStream.range(first, last).anyMatch(i -> changed[i]) || !Files.isRegularFile(out.resolve("search/shard-" + shard + ".js"));
			if (stale && sameVersion && IntStream.range(first, last).anyMatch(i -> !changed[i])) {
				cached = usable(SiteSearch.readShard(out.resolve("search/shard-" + shard + ".js")), pages.subList(first, last));
			}
			if (stale && cached == null) {
				for (int i = first; i < last; i++) {
					changed[i] = true;
				}
			}
			shardCache.add(cached);
		}

		return new Plan(changed, shardCache);
	}

	/** A shard's cache when it holds exactly these pages, in this order; else null. */
	private static List<SiteSearch.Entry> usable(List<SiteSearch.Entry> cached, List<PageSource> pages) {
		if (cached == null || cached.size() != pages.size()) {
			return null;
		}
		for (int i = 0; i < pages.size(); i++) {
			if (!cached.get(i).url().equals(pages.get(i).slug() + ".html") || !cached.get(i).title().equals(pages.get(i).title())) {
				return null;
			}
		}
		return cached;
	}

	/** What every page depends on: the templates, the branding, the language, which chapters exist (links resolve against them), and whether the sidebar links a quiz. */
	private static String siteHash(Site site) {
		Fingerprint fingerprint = new Fingerprint().add(VERSION, site.title(), site.brand(), site.logo(), site.primaryColour(),
				String.valueOf(site.chinese()), String.valueOf(!site.quiz().isEmpty()));
		for (PageSource p : site.pages()) {
			fingerprint.add(p.slug(), p.source());
		}
		return fingerprint.hex();
	}

	/**
	 * What each page depends on: the site, its own Markdown and title, and the names and titles of
	 * the chapters its sidebar and previous/next links show. Each chapter's name and title are
	 * fingerprinted once and the pages combine those fingerprints.
	 */
	private static byte[][] nameDigests(List<PageSource> pages) {
		byte[][] names = new byte[pages.size()][];
		IntStream.range(0, pages.size()).parallel().forEach(i -> names[i] = new Fingerprint().add(pages.get(i).slug(), pages.get(i).title()).bytes());
		return names;
	}

	/** What the print version's opening (title, brand, contents) is made from; it is rewritten only when this changes. */
	private static String printHeadKey(Site site, byte[][] names) {
		Fingerprint fingerprint = new Fingerprint().add(VERSION, "print", site.title(), site.brand(), String.valueOf(site.chinese()));
		for (byte[] name : names) {
			fingerprint.add(name);
		}
		return fingerprint.hex();
	}

	private static String[] inputHashes(Site site, SiteTemplate template, String siteHash, byte[][] names) {
		List<PageSource> pages = site.pages();
		String[] inputs = new String[pages.size()];
		IntStream.range(0, pages.size()).parallel().forEach(i -> {
			PageSource page = pages.get(i);
			Fingerprint fingerprint = new Fingerprint().add(siteHash, page.slug(), page.title(), page.source(), page.markdown());
			int first = template.sidebarFrom(i);
			for (int p = first; p < first + template.sidebarPages(i).size(); p++) {
				fingerprint.add(names[p]);
			}
			fingerprint.add("neighbours");
			for (int neighbour : new int[] { i - 1, i + 1 }) {
				if (neighbour >= 0 && neighbour < pages.size()) {
					fingerprint.add(names[neighbour]);
				}
			}
			inputs[i] = fingerprint.hex();
		});
		return inputs;
	}
}
