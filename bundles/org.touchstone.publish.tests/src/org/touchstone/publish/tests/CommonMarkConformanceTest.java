package org.touchstone.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.touchstone.publish.internal.MarkdownPages;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * flexmark as the publisher configures it, against the CommonMark spec examples shipped in Maven
 * artifacts: spec 0.28 must pass in full; for spec 0.31.2 the examples that fail today are listed
 * in {@code conformance/spec-0.31.2-failures.txt}, and any new failure or new pass shows up as a
 * difference from that list. The GFM table examples run the same way against
 * {@code conformance/gfm-tables-failures.txt}.
 */
class CommonMarkConformanceTest {
	/** Core CommonMark: the publisher's options for the core syntax, without extensions. */
	private static final MutableDataSet CORE = new MutableDataSet().set(HtmlRenderer.PERCENT_ENCODE_URLS, true);

	private static TreeSet<Integer> failing(List<SpecExamples.Example> examples, Parser parser, HtmlRenderer renderer, boolean normalise) {
		TreeSet<Integer> failed = new TreeSet<>();
		for (SpecExamples.Example e : examples) {
			String got = renderer.render(parser.parse(e.markdown()));
			String want = e.html();
			if (normalise) {
				got = got.replaceAll(">\\s+<", "><").strip();
				want = want.replaceAll(">\\s+<", "><").strip();
			}
			if (!got.equals(want)) {
				failed.add(e.number());
			}
		}
		return failed;
	}

	@Test
	void passesEveryExampleOfCommonMark028() throws IOException {
		List<SpecExamples.Example> examples = SpecExamples.read("com.vladsch.flexmark.flexmark.test.specs", "spec.0.28.txt");
		assertEquals(624, examples.size());
		TreeSet<Integer> failed = failing(examples, Parser.builder(CORE).build(), HtmlRenderer.builder(CORE).build(), false);
		System.out.println("conformance: commonmark-0.28 passed " + (examples.size() - failed.size()) + " of " + examples.size());
		assertEquals(new TreeSet<Integer>(), failed);
	}

	@Test
	void failsOnlyTheListedExamplesOfCommonMark0312() throws IOException {
		List<SpecExamples.Example> examples = SpecExamples.read("org.commonmark.test-util", "spec.txt");
		assertEquals(652, examples.size());
		TreeSet<Integer> failed = failing(examples, Parser.builder(CORE).build(), HtmlRenderer.builder(CORE).build(), false);
		System.out.println("conformance: commonmark-0.31.2 passed " + (examples.size() - failed.size()) + " of " + examples.size());
		assertEquals(knownFailures("spec-0.31.2-failures.txt"), failed, "examples of spec 0.31.2 that fail (update conformance/spec-0.31.2-failures.txt on purpose only)");
	}

	@Test
	void failsOnlyTheListedGfmTableExamplesWithThePublishersOptions() throws IOException {
		List<SpecExamples.Example> tables = SpecExamples.read("org.commonmark.test-util", "gfm-spec.txt").stream()
				.filter(e -> e.kind().equals("table")).toList();
		assertEquals(8, tables.size());
		MutableDataSet options = new MutableDataSet(MarkdownPages.OPTIONS);
		TreeSet<Integer> failed = failing(tables, Parser.builder(options).build(), HtmlRenderer.builder(options).build(), true);
		System.out.println("conformance: gfm-tables passed " + (tables.size() - failed.size()) + " of " + tables.size());
		assertEquals(knownFailures("gfm-tables-failures.txt"), failed, "GFM table examples that fail (update conformance/gfm-tables-failures.txt on purpose only)");
	}

	private static TreeSet<Integer> knownFailures(String file) throws IOException {
		try (InputStream in = CommonMarkConformanceTest.class.getResourceAsStream("/conformance/" + file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
					.map(l -> Integer.valueOf(l.split("\\s+")[0])).collect(Collectors.toCollection(TreeSet::new));
		}
	}
}
