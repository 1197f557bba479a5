package org.touchstone.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.touchstone.results.Charts;
import org.touchstone.results.Figure;
import org.w3c.dom.Document;

/** The charts are SVG a browser and SWT can read, with one bar per figure where a click finds it, and no markup from content. */
class ChartsTest {
	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aSiteChartHasABarPerSiteRedUnderTheTargetAndFindsTheBarUnderAClick() throws Exception {
		List<Figure> sites = List.of(new Figure("S1", "一号店", 10, 9, null), new Figure("S2", "二号店", 10, 5, null));
		Charts.Chart chart = Charts.bySite(sites, "达标率", 80.0, 400, 240);
		Document svg = parse(chart.svg());
		assertEquals(List.of("#1f5f8b", "#b5462f"), java.util.stream.IntStream.range(1, svg.getElementsByTagName("rect").getLength())
				.mapToObj(i -> ((org.w3c.dom.Element) svg.getElementsByTagName("rect").item(i)).getAttribute("fill")).toList(),
				"S1 at 90 % over the 80 % line, S2 at 50 % under it");
		Charts.Region s2 = chart.regions().get(1);
		assertEquals("S2", chart.keyAt(s2.x() + 1, s2.y() + s2.height() - 1));
		assertNull(chart.keyAt(1, 1), "the title is no bar");
	}

	@Test
	void namesFromContentAreTextNeverMarkup() throws Exception {
		String hostile = "<script>alert(1)</script>";
		Charts.Chart chart = Charts.failures(Map.of(hostile, 3), hostile, 300, 200);
		Document svg = parse(chart.svg());
		assertEquals(0, svg.getElementsByTagName("script").getLength());
		assertEquals(hostile, svg.getElementsByTagName("title").item(0).getTextContent());
	}

	@Test
	void aBarsNameTooLongForTheChartIsCutWithAnEllipsisAndAChineseOneKeepsItsRoom() throws Exception {
		Map<String, Integer> byType = new java.util.LinkedHashMap<>();
		byType.put("Unprompted and unsolicited employee action", 5);
		byType.put("服务不可用", 3);
		Charts.Chart chart = Charts.failures(byType, "failures", 400, 200);
		Document svg = parse(chart.svg());
		List<org.w3c.dom.Element> names = new java.util.ArrayList<>();
		for (int i = 0; i < svg.getElementsByTagName("text").getLength(); i++) {
			org.w3c.dom.Element text = (org.w3c.dom.Element) svg.getElementsByTagName("text").item(i);
			if (text.getAttribute("text-anchor").equals("end")) {
				names.add(text);
			}
		}
		assertEquals(List.of("Unprompted and unsolicited employee action", "服务不可用"), chart.regions().stream().map(Charts.Region::key).toList(),
				"a click still finds the whole name");
		String cut = names.get(0).getTextContent();
		assertTrue(cut.startsWith("Unprompted ") && cut.endsWith("\u2026") && cut.length() < 30, cut);
		// drawn right-aligned at x: room for about 7 px a letter and 11 px a Chinese character
		assertTrue(Double.parseDouble(names.get(0).getAttribute("x")) >= 7 * cut.length(), "the cut name stays on the chart");
		assertEquals("服务不可用", names.get(1).getTextContent());
		assertTrue(Double.parseDouble(names.get(1).getAttribute("x")) >= 11 * 5, "five Chinese characters have their room");
	}

	@Test
	void theWorstTenAreTheTenLowestRatesLowestFirst() throws Exception {
		List<Figure> standards = new java.util.ArrayList<>();
		for (int i = 0; i < 15; i++) {
			standards.add(new Figure("K-" + i, "K-" + i, 100, 100 - i * 5, 90.0));
		}
		Charts.Chart chart = Charts.worst(standards, "worst", 400, 300);
		assertEquals(List.of("K-14", "K-13", "K-12", "K-11", "K-10", "K-9", "K-8", "K-7", "K-6", "K-5"),
				chart.regions().stream().map(Charts.Region::key).toList());
	}
}
