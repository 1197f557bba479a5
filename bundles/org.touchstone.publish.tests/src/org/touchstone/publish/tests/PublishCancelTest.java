package org.touchstone.publish.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.publish.HandbookPublisher;
import org.touchstone.publish.PublishCancelledException;
import org.touchstone.publish.PublishProgress;
import org.touchstone.publish.PublishResult;

/** A publish reports pages rendered of the total and can be cancelled; a cancelled publish leaves the earlier site as it was. */
class PublishCancelTest {
	@TempDir
	Path dir;

	/**
	 * Cancels once {@code after} pages are rendered (0: before the first); -1: once every page is
	 * rendered, at the last cancel point before the new files take their places.
	 */
	private static PublishProgress cancelAfter(int after, List<int[]> seen) {
		AtomicInteger done = new AtomicInteger();
		AtomicInteger of = new AtomicInteger(-1);
		return new PublishProgress() {
			@Override
			public void rendered(int pages, int total) {
				seen.add(new int[] { pages, total });
				done.accumulateAndGet(pages, Math::max);
				of.set(total);
			}

			@Override
			public boolean isCancelled() {
				return after < 0 ? done.get() == of.get() : done.get() >= after;
			}
		};
	}

	@Test
	void aPublishReportsEveryPageRenderedOfTheTotal() throws Exception {
		SampleSite sample = new SampleSite(dir);
		List<int[]> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
		PublishResult result = HandbookPublisher.publish(sample.workspace, new Context("harbor-hotel", SampleSite.USER), null, dir.resolve("site"), false,
				cancelAfter(Integer.MAX_VALUE, seen));
		assertEquals(result.pages(), seen.size(), "one report per page rendered");
		assertTrue(seen.stream().allMatch(p -> p[1] == result.pages()), "each names the total");
		assertEquals(result.pages(), seen.stream().mapToInt(p -> p[0]).max().orElse(0));
	}

	@ParameterizedTest(name = "cancelled after {0} pages (-1: all)")
	@ValueSource(ints = { 0, 2, -1 })
	void aCancelledRepublishLeavesTheEarlierSiteAsItWas(int after) throws Exception {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("site");
		sample.publish("harbor-hotel", out);
		Map<String, byte[]> before = SampleSite.files(out);
		// Every page changes: the handbook's title is on each.
		sample.chapter("harbor-hotel", "welcome.md", "---\nkind: chapter\ntitle: 欢迎\n---\n# 欢迎\n\n新的一章，改变了目录。\n");
		List<int[]> seen = new ArrayList<>();
		int expectedPages = after < 0 ? Integer.MAX_VALUE / 2 : after;
		assertThrows(PublishCancelledException.class, () -> HandbookPublisher.publish(sample.workspace, new Context("harbor-hotel", SampleSite.USER), null, out,
				false, cancelAfter(after, java.util.Collections.synchronizedList(seen))));
		assertTrue(seen.size() <= expectedPages + Runtime.getRuntime().availableProcessors(), "rendering stopped soon after the cancel: " + seen.size());
		Map<String, byte[]> afterCancel = SampleSite.files(out);
		assertEquals(before.keySet(), afterCancel.keySet(), "no file added or removed, no temporary file left");
		before.forEach((name, bytes) -> assertArrayEquals(bytes, afterCancel.get(name), name + " is unchanged"));
		assertTrue(sample.publish("harbor-hotel", out).written() > 0, "the next publish still works");
	}

	@Test
	void aCancelledFirstPublishLeavesNoHalfSite() throws Exception {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("new-site");
		assertThrows(PublishCancelledException.class, () -> HandbookPublisher.publish(sample.workspace, new Context("harbor-hotel", SampleSite.USER), null, out,
				false, cancelAfter(3, new java.util.concurrent.CopyOnWriteArrayList<>())));
		assertFalse(Files.exists(out) && SampleSite.files(out).size() > 0, "nothing of the cut-short site stays");
	}

	@Test
	void aCancelledCleanPublishLeavesTheEarlierSiteAsItWas() throws Exception {
		SampleSite sample = new SampleSite(dir);
		Path out = dir.resolve("site");
		sample.publish("harbor-hotel", out);
		Map<String, byte[]> before = SampleSite.files(out);
		assertThrows(PublishCancelledException.class, () -> HandbookPublisher.publish(sample.workspace, new Context("harbor-hotel", SampleSite.USER), null, out,
				true, cancelAfter(1, new java.util.concurrent.CopyOnWriteArrayList<>())));
		assertEquals(before.keySet(), SampleSite.files(out).keySet());
		try (var siblings = Files.list(dir)) {
			assertTrue(siblings.noneMatch(p -> p.getFileName().toString().contains("touchstone-new")), "the new folder beside it is gone");
		}
	}
}
