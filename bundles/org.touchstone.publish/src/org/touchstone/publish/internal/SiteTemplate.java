package org.touchstone.publish.internal;

import java.util.List;

import org.touchstone.publish.PageSource;
import org.touchstone.publish.Site;

/**
 * The HTML around the pages: header with brand and search box, sidebar, breadcrumbs, per-page
 * table of contents, previous/next links, and the index, search and print pages. Every value
 * that comes from content (titles, names) is escaped here; bodies arrive sanitized.
 */
public final class SiteTemplate {
	/** Handbooks up to this many chapters list every chapter in the sidebar. */
	static final int SIDEBAR_ALL = 60;
	private static final int SIDEBAR_AROUND = 10;

	private final Site site;
	private final SiteLabels labels;

	private final String headStart;
	private final String headEnd;
	private final String sidebarStart;
	private final String sidebarEnd;
	/** Each chapter's sidebar entry (and as the current page), made on first use: an incremental publish needs few. */
	private final String[] sidebarItems;
	private final String[] sidebarCurrent;
	private volatile String printHead;

	public SiteTemplate(Site site) {
		this.site = site;
		this.labels = SiteLabels.of(site.chinese());
		this.headStart = headStart();
		this.headEnd = headEnd();
		this.sidebarStart = "<nav class=\"sidebar\" aria-labelledby=\"contents-title\"><h2 id=\"contents-title\">" + Html.escape(labels.contents())
				+ "</h2>\n<ol>\n";
		this.sidebarEnd = "</ol>\n<p><a href=\"print.html\">" + Html.escape(labels.printVersion()) + "</a></p>\n"
				+ (site.quiz().isEmpty() ? "" : "<p><a href=\"" + QUIZ + "\">" + Html.escape(new HandbookWords(site.chinese()).get("quiz.title")) + "</a></p>\n")
				+ "</nav>\n";
		List<PageSource> pages = site.pages();
		this.sidebarItems = new String[pages.size()];
		this.sidebarCurrent = new String[pages.size()];
	}

	private String sidebarItem(int index, boolean current) {
		String[] items = current ? sidebarCurrent : sidebarItems;
		String item = items[index];
		if (item == null) {
			PageSource page = site.pages().get(index);
			item = "<li><a href=\"" + Html.escape(page.slug()) + ".html\"" + (current ? " aria-current=\"page\"" : "") + ">" + Html.escape(page.title())
					+ "</a></li>\n";
			items[index] = item;
		}
		return item;
	}

	public Site site() {
		return site;
	}

	/** A chapter page. */
	public String page(int index, MarkdownPages.Rendered page) {
		List<PageSource> pages = site.pages();
		PageSource source = pages.get(index);
		StringBuilder html = head(source.title() + " · " + site.title());
		sidebar(html, index);
		html.append("<main id=\"content\">\n");
		html.append("<nav class=\"breadcrumbs\" aria-label=\"breadcrumbs\"><ol><li><a href=\"index.html\">").append(Html.escape(labels.home()))
				.append("</a></li><li aria-current=\"page\">").append(Html.escape(source.title())).append("</li></ol></nav>\n");
		if (!page.body().stripLeading().startsWith("<h1")) {
			html.append("<h1>").append(Html.escape(source.title())).append("</h1>\n");
		}
		if (page.headings().size() > 1) {
			html.append("<nav class=\"page-toc\" aria-labelledby=\"toc-title\"><h2 id=\"toc-title\">").append(Html.escape(labels.onThisPage()))
					.append("</h2>\n<ul>\n");
			for (MarkdownPages.Heading h : page.headings()) {
				html.append("<li class=\"level-").append(h.level()).append("\"><a href=\"#").append(Html.escape(h.id())).append("\">")
						.append(Html.escape(h.text())).append("</a></li>\n");
			}
			html.append("</ul></nav>\n");
		}
		html.append("<article>\n").append(page.body()).append("</article>\n");
		html.append("<nav class=\"pager\" aria-label=\"").append(Html.escape(labels.previous() + " / " + labels.next())).append("\">");
		if (index > 0) {
			PageSource prev = pages.get(index - 1);
			html.append("<a rel=\"prev\" href=\"").append(Html.escape(prev.slug())).append(".html\">← ").append(Html.escape(labels.previous()))
					.append(": ").append(Html.escape(prev.title())).append("</a>");
		}
		if (index + 1 < pages.size()) {
			PageSource next = pages.get(index + 1);
			html.append("<a rel=\"next\" href=\"").append(Html.escape(next.slug())).append(".html\">").append(Html.escape(labels.next()))
					.append(": ").append(Html.escape(next.title())).append(" →</a>");
		}
		html.append("</nav>\n</main>\n");
		return foot(html);
	}

	/** The front page: title and the list of chapters. */
	public String index() {
		StringBuilder html = head(site.title());
		sidebar(html, -1);
		html.append("<main id=\"content\">\n<h1>").append(Html.escape(site.title())).append("</h1>\n<p class=\"brand-line\">")
				.append(Html.escape(site.brand())).append("</p>\n<ol class=\"chapters\">\n");
		for (PageSource p : site.pages()) {
			html.append("<li><a href=\"").append(Html.escape(p.slug())).append(".html\">").append(Html.escape(p.title())).append("</a></li>\n");
		}
		html.append("</ol>\n<p><a href=\"print.html\">").append(Html.escape(labels.printVersion())).append("</a></p>\n");
		if (!site.quiz().isEmpty()) {
			html.append("<p><a href=\"").append(QUIZ).append("\">").append(Html.escape(new HandbookWords(site.chinese()).get("quiz.title")))
					.append("</a></p>\n");
		}
		editions(html);
		html.append("</main>\n");
		return foot(html);
	}

	/** The front page's list of editions: the current one with its change log, the earlier ones kept under {@code editions/}. */
	private void editions(StringBuilder html) {
		Site.Editions editions = site.editions();
		if (editions == null) {
			return;
		}
		HandbookWords words = new HandbookWords(site.chinese());
		html.append("<section class=\"editions\" id=\"editions\" aria-labelledby=\"editions-title\"><h2 id=\"editions-title\">")
				.append(Html.escape(words.get("edition.editions"))).append("</h2>\n");
		Site.Edition current = editions.current();
		if (current == null && !editions.earlier().isEmpty()) {
			html.append("<p>").append(Html.escape(words.format("edition.between", editions.earlier().get(0).label()))).append("</p>\n");
		}
		html.append("<ul>\n");
		if (current != null) {
			html.append("<li aria-current=\"true\"><strong>").append(Html.escape(current.label())).append("</strong> · ").append(current.date())
					.append(" · ").append(Html.escape(words.get("edition.current")));
			if (editions.changes() != null) {
				html.append(" · <a href=\"").append(Html.escape(editions.changes())).append(".html\">").append(Html.escape(words.get("edition.changes-link")))
						.append("</a>");
			}
			html.append("</li>\n");
		}
		for (Site.Edition earlier : editions.earlier()) {
			html.append("<li><a href=\"").append(EditionArchive.FOLDER).append("/").append(Html.escape(earlier.label())).append("/index.html\">")
					.append(Html.escape(earlier.label())).append("</a> · ").append(earlier.date()).append("</li>\n");
		}
		html.append("</ul>\n</section>\n");
	}

	/** The quiz page's file. */
	public static final String QUIZ = "quiz.html";

	/**
	 * The quiz page: a form per question with its answers as radio buttons. {@code quiz.js} (the
	 * theme's own script) says whether the answer picked is right and counts the score; every text
	 * on the page is escaped here, and no text of a tenant's ever runs as script. Without scripts the
	 * page still lists every question and answer.
	 */
	public String quiz() {
		HandbookWords words = new HandbookWords(site.chinese());
		StringBuilder html = head(words.get("quiz.title") + " · " + site.title());
		sidebar(html, -1);
		html.append("<main id=\"content\">\n<h1>").append(Html.escape(words.get("quiz.title"))).append("</h1>\n<p>")
				.append(Html.escape(words.get("quiz.intro"))).append("</p>\n<div class=\"quiz\" data-right=\"")
				.append(Html.escape(words.get("quiz.right"))).append("\" data-wrong=\"").append(Html.escape(words.get("quiz.wrong")))
				.append("\" data-score=\"").append(Html.escape(words.get("quiz.score"))).append("\">\n");
		int n = 0;
		for (Site.QuizQuestion q : site.quiz()) {
			n++;
			html.append("<form class=\"quiz-question\" id=\"").append(Html.escape(q.id())).append("\" data-answer=\"").append(q.right())
					.append("\">\n<fieldset><legend>").append(n).append(". ").append(Html.escape(q.text())).append("</legend>\n");
			for (int a = 0; a < q.answers().size(); a++) {
				html.append("<label><input type=\"radio\" name=\"answer\" value=\"").append(a).append("\"> ")
						.append(Html.escape(q.answers().get(a))).append("</label>\n");
			}
			html.append("<button type=\"submit\">").append(Html.escape(words.get("quiz.check"))).append("</button>\n")
					.append("<p class=\"quiz-feedback\" role=\"status\"></p>\n</fieldset>\n</form>\n");
		}
		html.append("<p class=\"quiz-score\" role=\"status\"></p>\n</div>\n</main>\n");
		html.append("</div>\n<footer role=\"contentinfo\">").append(Html.escape(site.title() + " · " + labels.generatedBy())).append("</footer>\n")
				.append("<script src=\"quiz.js\"></script>\n</body>\n</html>\n");
		return html.toString();
	}

	/** The search page; {@code search.js} fills the results as the user types. */
	public String search(int shards) {
		StringBuilder html = head(labels.search() + " · " + site.title());
		sidebar(html, -1);
		html.append("<main id=\"content\">\n<h1>").append(Html.escape(labels.search())).append("</h1>\n")
				.append("<p id=\"search-status\" role=\"status\" data-empty=\"").append(Html.escape(labels.noResults())).append("\"></p>\n")
				.append("<ol id=\"search-results\"></ol>\n</main>\n");
		StringBuilder scripts = new StringBuilder("<script src=\"search.js\"></script>\n");
		for (int i = 0; i < shards; i++) {
			scripts.append("<script src=\"search/shard-").append(i).append(".js\"></script>\n");
		}
		scripts.append("<script>touchstoneSearch.start();</script>\n");
		html.append("</div>\n<footer role=\"contentinfo\">").append(Html.escape(site.title() + " · " + labels.generatedBy())).append("</footer>\n")
				.append(scripts).append("</body>\n</html>\n");
		return html.toString();
	}

	/** The opening of the print version: title and contents. */
	public String printHead() {
		String head = printHead;
		if (head == null) {
			head = printHead = makePrintHead();
		}
		return head;
	}

	private String makePrintHead() {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"").append(labels.lang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(Html.escape(site.title()))
				.append("</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n<link rel=\"stylesheet\" href=\"print.css\">\n</head>\n")
				.append("<body class=\"print\">\n<main id=\"content\">\n<h1 class=\"book-title\">").append(Html.escape(site.title()))
				.append("</h1>\n<p class=\"brand-line\">").append(Html.escape(site.brand())).append("</p>\n<nav class=\"book-toc\"><ol>\n");
		for (PageSource p : site.pages()) {
			html.append("<li><a href=\"#").append(Html.escape(p.slug())).append("\">").append(Html.escape(p.title())).append("</a></li>\n");
		}
		return html.append("</ol></nav>\n").toString();
	}

	/** One chapter of the print version; ids are prefixed with the chapter so they stay unique. */
	public String printSection(int index, String body) {
		PageSource p = site.pages().get(index);
		return "<section class=\"chapter\" id=\"" + Html.escape(p.slug()) + "\">\n<h1>" + Html.escape(p.title()) + "</h1>\n" + prefixIds(p.slug(), body)
				+ "</section>\n";
	}

	/** The end of the print version. */
	public static String printTail() {
		return "</main>\n</body>\n</html>\n";
	}

	/**
	 * Makes a chapter's ids and links work inside the print version: {@code id="x"} becomes
	 * {@code id="slug--x"}, {@code href="#x"} becomes {@code href="#slug--x"}, and links to other
	 * chapters ({@code other.html#y}, {@code other.html}) point at their sections.
	 */
	private static String prefixIds(String slug, String body) {
		StringBuilder out = new StringBuilder(body.length() + 256);
		int at = 0;
		while (true) {
			int id = body.indexOf(" id=\"", at);
			int href = body.indexOf(" href=\"", at);
			if (id < 0 && href < 0) {
				break;
			}
			boolean isId = id >= 0 && (href < 0 || id < href);
			int from = isId ? id + 5 : href + 7;
			int end = body.indexOf('"', from);
			if (end < 0) {
				break;
			}
			out.append(body, at, from);
			String value = body.substring(from, end);
			if (isId) {
				out.append(value.isEmpty() ? "" : slug + "--").append(value);
			} else {
				out.append(printHref(slug, value));
			}
			at = end;
		}
		return out.append(body, at, body.length()).toString();
	}

	/** A link inside a chapter as the print version needs it: to a section of the one page. */
	private static String printHref(String slug, String href) {
		if (href.startsWith("#")) {
			return href.length() > 1 ? "#" + slug + "--" + href.substring(1) : href;
		}
		int html = href.indexOf(".html");
		String chapter = html > 0 ? href.substring(0, html) : null;
		String rest = html > 0 ? href.substring(html + 5) : null;
		if (chapter == null || chapter.indexOf('/') >= 0 || chapter.indexOf('#') >= 0 || chapter.indexOf(':') >= 0) {
			return href;
		}
		if (rest.isEmpty()) {
			return "#" + chapter;
		}
		return rest.startsWith("#") && rest.length() > 1 ? "#" + chapter + "--" + rest.substring(1) : href;
	}

	private StringBuilder head(String title) {
		StringBuilder html = new StringBuilder(8192);
		html.append(headStart).append(Html.escape(title)).append(headEnd);
		return html;
	}

	private String headStart() {
		return "<!DOCTYPE html>\n<html lang=\"" + labels.lang() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
	}

	private String headEnd() {
		StringBuilder html = new StringBuilder();
		html.append("</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n<link rel=\"stylesheet\" href=\"print.css\" media=\"print\">\n")
				.append("</head>\n<body>\n<a class=\"skip\" href=\"#content\">").append(Html.escape(labels.skipToContent())).append("</a>\n")
				.append("<header class=\"site-header\">\n<a class=\"brand\" href=\"index.html\">");
		if (site.logo() != null) {
			html.append("<img src=\"assets/").append(Html.escape(site.logo())).append("\" alt=\"").append(Html.escape(site.brand()))
					.append("\" height=\"32\"> ");
		}
		html.append("<span>").append(Html.escape(site.brand())).append("</span></a>\n")
				.append("<form class=\"search\" role=\"search\" action=\"search.html\" method=\"get\"><label for=\"q\">")
				.append(Html.escape(labels.search())).append("</label> <input id=\"q\" name=\"q\" type=\"search\" placeholder=\"")
				.append(Html.escape(labels.searchHint())).append("\"></form>\n</header>\n<div class=\"layout\">\n");
		return html.toString();
	}

	private void sidebar(StringBuilder html, int current) {
		html.append(sidebarStart);
		List<PageSource> listed = sidebarPages(current);
		int first = sidebarFrom(current);
		for (int i = 0; i < listed.size(); i++) {
			int index = first + i;
			html.append(sidebarItem(index, index == current));
		}
		html.append(sidebarEnd);
	}

	/**
	 * The chapters the sidebar of the page at {@code index} lists (-1: a page that is no chapter):
	 * all of them for a handbook of up to {@link #SIDEBAR_ALL} chapters; for a larger one the
	 * chapters around the current one (the index page lists them all).
	 */
	public List<PageSource> sidebarPages(int index) {
		List<PageSource> pages = site.pages();
		int from = sidebarFrom(index);
		return pages.size() <= SIDEBAR_ALL ? pages : pages.subList(from, Math.min(pages.size(), from + 2 * SIDEBAR_AROUND + 1));
	}

	/** The index in the whole handbook of the first chapter the sidebar of the page at {@code index} lists. */
	public int sidebarFrom(int index) {
		if (site.pages().size() <= SIDEBAR_ALL) {
			return 0;
		}
		return Math.max(0, Math.min(Math.max(0, index) - SIDEBAR_AROUND, site.pages().size() - 2 * SIDEBAR_AROUND - 1));
	}

	private String foot(StringBuilder html) {
		html.append("</div>\n<footer role=\"contentinfo\">").append(Html.escape(site.title() + " · " + labels.generatedBy()))
				.append("</footer>\n</body>\n</html>\n");
		return html.toString();
	}
}
