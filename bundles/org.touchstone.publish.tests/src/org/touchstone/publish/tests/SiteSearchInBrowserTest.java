package org.touchstone.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.publish.HandbookPublisher;
import org.touchstone.publish.PageSource;
import org.touchstone.publish.Site;
import org.touchstone.core.Context;

import com.google.gson.JsonElement;

/** The published site's search, in a real browser from file://: typing a query shows the matching chapters. */
class SiteSearchInBrowserTest {
	@TempDir
	Path dir;

	private List<String> typeQuery(Path site, String query) throws Exception {
		try (HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("profile-" + Math.abs(query.hashCode())))) {
			chromium.open(site.resolve("search.html"));
			chromium.waitFor("typeof touchstoneSearch === 'object'", Duration.ofSeconds(10));
			chromium.evaluate("document.getElementById('q').focus()");
			chromium.type(query);
			chromium.waitFor("document.getElementById('search-results').children.length > 0 || "
					+ "document.getElementById('search-status').textContent.length > 0", Duration.ofSeconds(10));
			List<String> titles = new ArrayList<>();
			for (JsonElement title : chromium.array("Array.from(document.querySelectorAll('#search-results li a')).map(a => a.textContent)")) {
				titles.add(title.getAsString());
			}
			return titles;
		}
	}

	/** The chapters whose text holds the words, found without the index: what the search must show. */
	private static Set<String> chaptersContaining(Site site, String... words) {
		Set<String> titles = new TreeSet<>();
		for (PageSource page : site.pages()) {
			String text = page.markdown().toLowerCase();
			boolean all = true;
			for (String w : words) {
				all &= text.contains(w.toLowerCase()) || page.title().toLowerCase().contains(w.toLowerCase());
			}
			if (all) {
				titles.add(page.title());
			}
		}
		return titles;
	}

	@Test
	void typingAChineseQueryShowsTheMatchingChapters() throws Exception {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("site");
		sample.publish("harbor-hotel", out);
		Site site = HandbookPublisher.site(sample.workspace, new Context("harbor-hotel", SampleSite.USER), null);

		Set<String> expected = chaptersContaining(site, "投诉");
		assertFalse(expected.isEmpty());
		assertEquals(expected, new TreeSet<>(typeQuery(out, "投诉")));

		assertEquals(expected, new TreeSet<>(typeQuery(out, "投訴")), "a query in traditional characters is folded as the index was");

		Set<String> waiting = chaptersContaining(site, "等位");
		assertTrue(waiting.contains("引用案例"), "the cited Haidilao case talks of the queue: " + waiting);
		assertEquals(waiting, new TreeSet<>(typeQuery(out, "等位")));
	}

	@Test
	void anEnglishQueryAndANonsenseQuery() throws Exception {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("site");
		sample.publish("riverside-bank", out);
		Site site = HandbookPublisher.site(sample.workspace, new Context("riverside-bank", SampleSite.USER), null);
		List<String> found = typeQuery(out, "Complaint");
		assertTrue(found.size() > 0);
		assertEquals(chaptersContaining(site, "complaint"), new TreeSet<>(found));
		assertTrue(typeQuery(out, "zzyzx").isEmpty(), "no chapter matches nonsense");
	}
}
