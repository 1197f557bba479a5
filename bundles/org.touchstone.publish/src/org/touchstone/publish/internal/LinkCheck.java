package org.touchstone.publish.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.touchstone.core.CoreMessage;
import org.touchstone.publish.PageSource;

/**
 * The check of every link and image of a site before it is published: a link to a page or heading
 * that is not there, or an image whose file is missing, is a problem that stops the publish. Each
 * page rendered now is checked; an unchanged page only when it shows images (their files may have
 * gone) or links to a page rendered now (its headings may have changed): every other link passed
 * the last publish unchanged.
 */
public final class LinkCheck {
	/** What the check needs of a page rendered in this publish. */
	public interface Rendered {
		Set<String> anchors();

		List<PublishState.Link> links();

		List<CoreMessage> warnings();
	}

	/** What the check found: problems, the images the pages show, each page's link targets, and every page's warnings. */
	public record Checked(List<CoreMessage> problems, Set<String> images, int[][] targets, List<CoreMessage> warnings) {
	}

	private LinkCheck() {
	}

	/**
	 * @param fresh the pages rendered now, by position; null for a page unchanged since the last publish
	 */
	public static Checked check(MarkdownPages markdown, List<PageSource> pages, PublishState previous, Rendered[] fresh) {
		Function<String, Set<String>> anchorsOf = slug -> {
			int i = markdown.position(slug);
			return fresh[i] != null ? fresh[i].anchors() : new HashSet<>(previous.page(slug).anchors());
		};
		List<CoreMessage> warnings = new ArrayList<>();
		List<CoreMessage> problems = new ArrayList<>();
		Set<String> images = new TreeSet<>();
		int[][] targets = new int[pages.size()][];
		for (int i = 0; i < pages.size(); i++) {
			PageSource page = pages.get(i);
			if (fresh[i] != null) {
				targets[i] = markdown.check(page, fresh[i].links(), anchorsOf, images, problems);
				warnings.addAll(fresh[i].warnings());
			} else {
				PublishState.Page old = previous.page(page.slug());
				boolean recheck = old.hasImages() || Arrays.stream(old.targets()).anyMatch(t -> t >= fresh.length || fresh[t] != null);
				targets[i] = recheck ? markdown.check(page, old.links(), anchorsOf, images, problems) : old.targets();
				warnings.addAll(old.warnings());
			}
		}
		return new Checked(problems, images, targets, warnings);
	}
}
