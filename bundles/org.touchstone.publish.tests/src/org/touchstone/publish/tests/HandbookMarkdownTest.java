package org.touchstone.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.touchstone.publish.internal.MarkdownPages;

/** The handbook syntax beyond CommonMark, as the publisher renders it. */
class HandbookMarkdownTest {
	@Test
	void admonitionsBecomeTitledBlocksWhereverTheirMarkerMayStand() {
		String note = MarkdownPages.unsanitized("Before.\n\n!!! note \"问候 Greeting\"\n    客人进入大堂后三十秒内问候。\n\nAfter.\n");
		assertTrue(note.contains("<div class=\"adm-block adm-note\">"), note);
		assertTrue(note.contains("<span>问候 Greeting</span>"), note);
		assertTrue(note.contains("<div class=\"adm-body\">\n<p>客人进入大堂后三十秒内问候。</p>"), note);
		assertFalse(note.contains("<svg"), "no icons: the sanitizer would remove them");

		String collapsible = MarkdownPages.unsanitized("  ???+ warning\n    Open by default.\n");
		assertTrue(collapsible.contains("adm-warning") && collapsible.contains("Open by default."), collapsible);
		String inList = MarkdownPages.unsanitized("- item\n\n    !!! tip\n        Inside a list item.\n");
		assertTrue(inList.contains("<li>") && inList.contains("adm-tip"), inList);
	}

	@Test
	void textThatOnlyLooksLikeAnAdmonitionStaysText() {
		assertEquals("<p>!! note</p>\n", MarkdownPages.unsanitized("!! note\n"));
		assertEquals("<p>!!!note without a space</p>\n", MarkdownPages.unsanitized("!!!note without a space\n"));
		assertEquals("<pre><code>!!! note\n</code></pre>\n", MarkdownPages.unsanitized("    !!! note\n"));
	}
}
