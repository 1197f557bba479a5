package org.touchstone.publish.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.touchstone.core.CoreMessage;
import org.touchstone.publish.PageSource;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Parses and renders the handbook's Markdown with flexmark (CommonMark plus GFM tables,
 * strikethrough, task lists and autolinks, footnotes, heading anchors, TOC, definition lists,
 * admonitions and YAML front matter), checks every link and image, reports raw HTML the sanitizer
 * will remove, and rewrites links between chapters ({@code welcome.md#x} becomes {@code welcome.html#x}).
 */
public final class MarkdownPages {
	/** flexmark's options for handbooks; also used by the conformance tests and the benchmark. */
	public static final DataHolder OPTIONS = new MutableDataSet()
			.set(Parser.EXTENSIONS, List.of(Tables.create(), StrikethroughExtension.create(), TaskListExtension.create(),
					Autolinks.create(), FootnoteExtension.create(), HeadingAnchors.create(), TableOfContents.create(),
					DefinitionExtension.create(), Admonitions.create(), YamlFrontMatterExtension.create(), PlainText.create()))
			.set(TablesExtension.COLUMN_SPANS, false).set(TablesExtension.APPEND_MISSING_COLUMNS, true)
			.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true).set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
			.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true).set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
			.set(HtmlRenderer.GENERATE_HEADER_ID, true).set(HtmlRenderer.RENDER_HEADER_ID, true).set(HtmlRenderer.PERCENT_ENCODE_URLS, true)
			.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true)
			// No icons: they are SVG, which the sanitizer removes, and without this map the extension
			// re-reads its icon files from its jar for every page it renders.
			.set(AdmonitionExtension.TYPE_SVG_MAP, Map.of()).toImmutable();

	private static final Parser PARSER = Parser.builder(OPTIONS).build();
	private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
	/** The icons flexmark's admonitions carry: SVG, which the sanitizer removes, so they are removed before either path. */
	private static final Pattern ADMONITION_ICONS = Pattern.compile(
			"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"adm-hidden\">\\s*</svg>\n?|<svg class=\"adm-icon\"><use xlink:href=\"#adm-[\\w-]*\" /></svg>");
	private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

	/** A page's parsed Markdown and what the checks need from it. */
	public record Parsed(PageSource source, Document document) {
	}

	/** A rendered page: its safe body, its headings for the per-page TOC, its anchors and its links. */
	public record Rendered(PageSource source, String body, List<Heading> headings, Set<String> anchors, List<PublishState.Link> links) {
	}

	/** A second- or third-level heading of a page. */
	public record Heading(int level, String id, String text) {
	}

	private final Map<String, String> pageBySource = new HashMap<>();
	private final Map<String, Integer> indexBySlug = new HashMap<>();
	private final Map<String, String> sourceBySlug = new HashMap<>();
	private final Path assets;
	private final HtmlRenderer renderer;

	public MarkdownPages(List<PageSource> pages, Path assets) {
		for (int i = 0; i < pages.size(); i++) {
			PageSource page = pages.get(i);
			pageBySource.put(page.source().toLowerCase(Locale.ROOT), page.slug());
			pageBySource.put((page.slug() + ".md").toLowerCase(Locale.ROOT), page.slug());
			pageBySource.put((page.slug() + ".html").toLowerCase(Locale.ROOT), page.slug());
			indexBySlug.put(page.slug(), i);
			sourceBySlug.put(page.slug(), page.source());
		}
		this.assets = assets;
		this.renderer = HtmlRenderer.builder(OPTIONS).linkResolverFactory(new ChapterLinks()).build();
	}

	public static Parsed parse(PageSource page) {
		return new Parsed(page, PARSER.parse(page.markdown()));
	}

	/**
	 * Renders a page, safe to publish. Raw HTML is the only way Markdown can carry markup of its
	 * own; without it, flexmark writes escaped text and a fixed set of elements, and script could
	 * only come in through an address. So a page with raw HTML, or with an address that is not
	 * relative, http, https or mailto, goes through the sanitizer whole; any other page is written
	 * as flexmark renders it (the conformance tests check that the sanitizer would keep every such
	 * page as it is). Warnings about removed raw HTML or unsafe links go to {@code warnings}.
	 */
	public Rendered render(Parsed parsed, List<CoreMessage> warnings) {
		boolean rawHtml = false;
		for (Node node : parsed.document().getDescendants()) {
			if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
				rawHtml = true;
			}
			if (node instanceof HtmlBlock || node instanceof HtmlInline) {
				for (CoreMessage removed : SafeHtml.removedFrom(node.getChars().toString())) {
					warnings.add(CoreMessage.of("publish.removedHtml", where(parsed.source(), node), removed));
				}
			}
		}
		List<PublishState.Link> links = links(parsed);
		for (PublishState.Link use : links) {
			String scheme = scheme(use.url());
			if (scheme != null && !SAFE_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
				warnings.add(CoreMessage.of(use.image() ? "publish.removedImage" : "publish.removedLink", parsed.source().source() + ":" + use.line(),
						abbreviate(use.url())));
			}
		}
		String html = html(parsed.document());
		String body = rawHtml || !addressesAreSafe(html) ? SafeHtml.sanitize(html) : html;
		Set<String> anchors = new java.util.HashSet<>();
		Html.values(body, "id", anchors::add);
		anchors.remove("");
		return new Rendered(parsed.source(), body, headings(body), anchors, links);
	}

	/** The second- and third-level headings of a page body that have an id, for its table of contents. */
	private static List<Heading> headings(String body) {
		List<Heading> headings = new ArrayList<>();
		int at = body.indexOf("<h");
		while (at >= 0 && at + 3 < body.length()) {
			char level = body.charAt(at + 2);
			char after = body.charAt(at + 3);
			int tagEnd = body.indexOf('>', at);
			if ((level == '2' || level == '3') && (after == ' ' || after == '>') && tagEnd > 0) {
				int close = body.indexOf("</h" + level + ">", tagEnd);
				if (close < 0) {
					break;
				}
				String[] id = new String[1];
				Html.values(body.substring(at, tagEnd), "id", v -> id[0] = id[0] == null ? v : id[0]);
				if (id[0] != null && !id[0].isEmpty()) {
					headings.add(new Heading(level - '0', id[0], Html.text(body.substring(tagEnd + 1, close)).strip()));
				}
				at = body.indexOf("<h", close);
			} else {
				at = body.indexOf("<h", at + 2);
			}
		}
		return headings;
	}

	/** The scheme of an address ({@code https} of {@code https://...}), or null when it is relative. */
	private static String scheme(String url) {
		Matcher m = SCHEME.matcher(url);
		return m.find() ? m.group(1) : null;
	}

	/**
	 * The HTML the publisher writes for a page without passing it through the sanitizer, or null
	 * when the page would go through it; for the conformance tests.
	 */
	public static String unsanitized(String markdown) {
		MarkdownPages pages = new MarkdownPages(List.of(), null);
		Document document = parse(new PageSource("test", "test", markdown, "test.md")).document();
		String html = pages.html(document);
		return needsSanitizer(document, html) ? null : html;
	}

	/** What the sanitizer would remove from a piece of HTML, in words; for the conformance tests. */
	public static List<String> unsafeParts(String html) {
		return SafeHtml.removedFrom(html).stream().map(CoreMessage::toString).toList();
	}

	/** flexmark's HTML for a page, without admonition icons. */
	private String html(Document document) {
		String html = renderer.render(document);
		return html.contains("<svg") ? ADMONITION_ICONS.matcher(html).replaceAll("") : html;
	}

	/** Whether a page must go through the sanitizer: it has raw HTML, or an address the sanitizer would remove. */
	private static boolean needsSanitizer(Document document, String html) {
		for (Node node : document.getDescendants()) {
			if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
				return true;
			}
		}
		return !addressesAreSafe(html);
	}

	/**
	 * Whether every address flexmark wrote into a page ({@code href} and {@code src}) is one the
	 * sanitizer keeps: relative, or http, https or mailto. Browsers ignore tabs, line breaks and
	 * leading control characters in an address, so they are ignored here too before the scheme is read.
	 */
	static boolean addressesAreSafe(String html) {
		boolean[] safe = { true };
		java.util.function.Consumer<String> check = url -> safe[0] &= safeAddress(Html.unescape(url));
		Html.values(html, "href", check);
		Html.values(html, "src", check);
		return safe[0];
	}

	static boolean safeAddress(String url) {
		StringBuilder plain = new StringBuilder(url.length());
		for (int i = 0; i < url.length(); i++) {
			char c = url.charAt(i);
			if (c > ' ') {
				plain.append(c);
			}
		}
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			if (c == '/' || c == '?' || c == '#') {
				return true;
			}
			if (c == ':') {
				return SAFE_SCHEMES.contains(plain.substring(0, i).toLowerCase(Locale.ROOT));
			}
		}
		return true;
	}

	/**
	 * Checks a page's relative links and images: a link must name a chapter of this handbook (and an
	 * anchor on it, when it has one); an image must exist in the assets folder.
	 *
	 * @param page     the page the links are on
	 * @param links    its links
	 * @param anchors  the anchors of a chapter, by slug
	 * @param images   receives the images the page uses
	 * @param problems receives the problems, each naming file and line
	 * @return the chapters, by position in the handbook, that the page's links point at
	 */
	public int[] check(PageSource page, List<PublishState.Link> links, java.util.function.Function<String, Set<String>> anchors, Set<String> images,
			List<CoreMessage> problems) {
		Set<Integer> targets = new java.util.TreeSet<>();
		for (PublishState.Link use : links) {
			String url = use.url();
			if (url.isEmpty() || SCHEME.matcher(url).find() || url.startsWith("//")) {
				continue;
			}
			String where = page.source() + ":" + use.line();
			int hash = url.indexOf('#');
			String path = decode(hash >= 0 ? url.substring(0, hash) : url);
			String anchor = hash >= 0 ? decode(url.substring(hash + 1)) : null;
			int query = path.indexOf('?');
			if (query >= 0) {
				path = path.substring(0, query);
			}
			if (use.image()) {
				CoreMessage problem = imageProblem(path);
				if (problem != null) {
					problems.add(CoreMessage.of("row.problem", where, problem));
				} else {
					images.add(path);
				}
				continue;
			}
			String slug = path.isEmpty() ? page.slug() : pageBySource.get(path.toLowerCase(Locale.ROOT));
			if (slug == null) {
				problems.add(CoreMessage.of("publish.noChapter", where, url, path));
				continue;
			}
			targets.add(indexBySlug.get(slug));
			if (anchor != null && !anchor.isEmpty() && !anchors.apply(slug).contains(anchor)) {
				problems.add(CoreMessage.of("publish.noHeading", where, url, anchor, sourceBySlug.get(slug)));
			}
		}
		return targets.stream().mapToInt(Integer::intValue).toArray();
	}

	/** A chapter's position in the handbook. */
	public int position(String slug) {
		return indexBySlug.get(slug);
	}

	/** Whether a logo or other asset exists; the problem in words when it does not. */
	public CoreMessage assetProblem(String path) {
		return imageProblem(path);
	}

	private CoreMessage imageProblem(String path) {
		if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
			return CoreMessage.of("publish.imageOutsideAssets", path);
		}
		if (assets == null) {
			return CoreMessage.of("publish.imageNoAssets", path);
		}
		if (!Files.isRegularFile(assets.resolve(path))) {
			return CoreMessage.of("publish.imageMissing", path, assets);
		}
		if (!insideAssets(path)) {
			return CoreMessage.of("publish.imageLinkOut", path, assets);
		}
		return null;
	}

	/**
	 * Whether an asset is a file of the assets folder itself, not one reached through a link: a
	 * link would carry whatever it points to (another tenant's files, the system's) into the site.
	 */
	private boolean insideAssets(String path) {
		try {
			Path folder = assets.toRealPath();
			Path file = assets.resolve(path);
			return !Files.isSymbolicLink(assets) && file.toRealPath().startsWith(folder) && file.toRealPath().equals(folder.resolve(path).normalize());
		} catch (java.io.IOException e) {
			return false;
		}
	}

	/** Every link and image of a page, with its line. */
	public static List<PublishState.Link> links(Parsed parsed) {
		List<PublishState.Link> uses = new ArrayList<>();
		Document document = parsed.document();
		Lines lines = null;
		for (Node node : document.getDescendants()) {
			String url = null;
			boolean image = false;
			if (node instanceof Link link) {
				url = link.getUrl().toString();
			} else if (node instanceof Image img) {
				url = img.getUrl().toString();
				image = true;
			} else if (node instanceof LinkRef ref && ref.isDefined()) {
				Reference target = ref.getReferenceNode(document);
				url = target == null ? null : target.getUrl().toString();
			} else if (node instanceof ImageRef ref && ref.isDefined()) {
				Reference target = ref.getReferenceNode(document);
				url = target == null ? null : target.getUrl().toString();
				image = true;
			} else if (node instanceof AutoLink auto) {
				url = auto.getUrl().toString();
			}
			if (url != null) {
				if (lines == null) {
					lines = new Lines(parsed.source().markdown());
				}
				uses.add(new PublishState.Link(lines.of(node.getStartOffset()), url.strip(), image));
			}
		}
		return uses;
	}

	/**
	 * The line numbers of a page, counted once: flexmark's {@code getStartLineNumber} counts the
	 * line breaks from the start of the page on every call, which made finding the lines of a
	 * page's links cost more than finding the links. Lines end at LF, CR LF or CR, as in flexmark.
	 */
	static final class Lines {
		private final int[] starts;

		Lines(String text) {
			int[] found = new int[64];
			int count = 1;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '\n' || c == '\r') {
					if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
						i++;
					}
					if (count == found.length) {
						found = java.util.Arrays.copyOf(found, count * 2);
					}
					found[count++] = i + 1;
				}
			}
			starts = java.util.Arrays.copyOf(found, count);
		}

		/** The line (from 1) that holds an offset. */
		int of(int offset) {
			int at = java.util.Arrays.binarySearch(starts, offset);
			return at >= 0 ? at + 1 : -at - 1;
		}
	}

	private static String where(PageSource page, Node node) {
		return page.source() + ":" + (node.getStartLineNumber() + 1);
	}

	private static String decode(String s) {
		if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
			return s;
		}
		try {
			return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
		} catch (IllegalArgumentException e) {
			return s;
		}
	}

	private static String abbreviate(String url) {
		return url.length() > 60 ? url.substring(0, 57) + "..." : url;
	}

	/** Points links between chapters at the rendered pages, and images at the copied assets. */
	private final class ChapterLinks implements LinkResolverFactory {
		@Override
		public java.util.Set<Class<?>> getAfterDependents() {
			return null;
		}

		@Override
		public java.util.Set<Class<?>> getBeforeDependents() {
			return null;
		}

		@Override
		public boolean affectsGlobalScope() {
			return false;
		}

		@Override
		public LinkResolver apply(LinkResolverBasicContext context) {
			return (node, ctx, link) -> resolve(link);
		}
	}

	private ResolvedLink resolve(ResolvedLink link) {
		String url = link.getUrl();
		if (url.isEmpty() || SCHEME.matcher(url).find() || url.startsWith("//") || url.startsWith("#")) {
			return link;
		}
		if (link.getLinkType() == LinkType.IMAGE) {
			return link.withUrl("assets/" + url);
		}
		int hash = url.indexOf('#');
		String path = hash >= 0 ? url.substring(0, hash) : url;
		String slug = pageBySource.get(decode(path).toLowerCase(Locale.ROOT));
		return slug == null ? link : link.withUrl(slug + ".html" + (hash >= 0 ? url.substring(hash) : ""));
	}
}
