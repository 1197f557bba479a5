package org.touchstone.publish;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * Everything a published site is made of: the handbook's pages, its branding and language, the
 * folder its images and logo are read from, and the editions it has been published as.
 *
 * @param title         the handbook's title
 * @param brand         the organisation's display name
 * @param logo          the logo's file name inside {@code assets}, or null
 * @param primaryColour the brand colour, {@code #rrggbb}
 * @param chinese       whether labels are Chinese (else English)
 * @param pages         the chapters, in order
 * @param assets        the folder images and the logo are read from (may not exist)
 * @param editions      the editions of this site, or null when it was never published as one
 */
public record Site(String title, String brand, String logo, String primaryColour, boolean chinese, List<PageSource> pages, Path assets,
		Editions editions) {

	/** A site that is not published as an edition. */
	public Site(String title, String brand, String logo, String primaryColour, boolean chinese, List<PageSource> pages, Path assets) {
		this(title, brand, logo, primaryColour, chinese, pages, assets, null);
	}

	/** One edition: its label ({@code 2027.1}) and the day it was first published. */
	public record Edition(String label, LocalDate date) {
	}

	/**
	 * The editions a site is published under.
	 *
	 * @param current the edition this publish is, or null when it is a publish between editions
	 * @param earlier the editions before it, newest first; each is kept in {@code editions/LABEL/}
	 * @param changes  the page that lists what changed since the previous edition, or null
	 * @param contents what the current edition holds, recorded so that the next can say what changed
	 */
	public record Editions(Edition current, List<Edition> earlier, String changes, Contents contents) {
	}

	/**
	 * What an edition holds: the revision in force of each standard, and each playbook's fields (by
	 * key), as the change log of the next edition compares them.
	 */
	public record Contents(SortedMap<String, Integer> standards, SortedMap<String, SortedMap<String, String>> playbooks) {
	}
}
