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
 * @param quiz          the questions of the site's quiz page ({@code quiz.html}); empty for none
 */
public record Site(String title, String brand, String logo, String primaryColour, boolean chinese, List<PageSource> pages, Path assets,
		Editions editions, List<QuizQuestion> quiz) {

	public Site {
		quiz = quiz == null ? List.of() : List.copyOf(quiz);
	}

	/** A site that is not published as an edition and has no quiz. */
	public Site(String title, String brand, String logo, String primaryColour, boolean chinese, List<PageSource> pages, Path assets) {
		this(title, brand, logo, primaryColour, chinese, pages, assets, null, List.of());
	}

	/** The same site with other editions. */
	public Site withEditions(Editions editions) {
		return new Site(title, brand, logo, primaryColour, chinese, pages, assets, editions, quiz);
	}

	/** The same site with other pages. */
	public Site withPages(List<PageSource> pages) {
		return new Site(title, brand, logo, primaryColour, chinese, pages, assets, editions, quiz);
	}

	/** The same site with a quiz page. */
	public Site withQuiz(List<QuizQuestion> quiz) {
		return new Site(title, brand, logo, primaryColour, chinese, pages, assets, editions, quiz);
	}

	/**
	 * One question of the quiz page, in the site's language.
	 *
	 * @param id      the question's id, as in the quiz exports ({@code threshold.G-003.r1})
	 * @param text    the question
	 * @param answers the answers, in the order shown
	 * @param right   the position of the right answer among them
	 */
	public record QuizQuestion(String id, String text, List<String> answers, int right) {
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
