package org.touchstone.publish.internal;

/** The words of the site's own interface, in the tenant's language, from {@code handbook*.properties}. */
record SiteLabels(String lang, String contents, String onThisPage, String previous, String next, String search, String searchHint,
		String noResults, String printVersion, String home, String skipToContent, String generatedBy) {

	static SiteLabels of(boolean chinese) {
		HandbookWords words = new HandbookWords(chinese);
		return new SiteLabels(words.get("site.lang"), words.get("site.contents"), words.get("site.onThisPage"), words.get("site.previous"),
				words.get("site.next"), words.get("site.search"), words.get("site.searchHint"), words.get("site.noResults"),
				words.get("site.printVersion"), words.get("site.home"), words.get("site.skipToContent"), words.get("site.generatedBy"));
	}
}
