package org.touchstone.publish.internal;

import java.util.ArrayList;
import java.util.List;

import org.touchstone.core.CoreMessage;
import java.util.Set;

import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The sanitizer policy every page body goes through (OWASP java-html-sanitizer): the elements and
 * attributes Markdown produces, links only to http, https, mailto and relative addresses. No script,
 * event handler, {@code javascript:} or {@code data:} URL, iframe, object, embed, form, meta, style
 * attribute or style element survives.
 */
final class SafeHtml {
	private static final String[] ELEMENTS = { "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "img", "blockquote", "pre",
			"code", "em", "strong", "b", "i", "u", "del", "s", "ins", "mark", "small", "sub", "sup", "kbd", "table", "thead", "tbody",
			"tfoot", "tr", "th", "td", "caption", "hr", "br", "dl", "dt", "dd", "div", "span", "input", "details", "summary", "abbr",
			"figure", "figcaption" };
	private static final Set<String> KEPT = Set.of(ELEMENTS);

	static final PolicyFactory POLICY = new HtmlPolicyBuilder().allowElements(ELEMENTS)
			.allowUrlProtocols("http", "https", "mailto")
			.allowAttributes("id", "class", "title", "lang", "dir").globally()
			.allowAttributes("href").onElements("a")
			.allowAttributes("src", "alt", "width", "height").onElements("img")
			.allowAttributes("align", "colspan", "rowspan", "scope").onElements("th", "td")
			.allowAttributes("start", "reversed").onElements("ol")
			.allowAttributes("type").matching(true, "checkbox").onElements("input")
			.allowAttributes("checked", "disabled", "readonly").onElements("input")
			.allowAttributes("open").onElements("details")
			.allowWithoutAttributes("span", "a", "div", "input")
			.toFactory();

	private SafeHtml() {
	}

	static String sanitize(String html) {
		return POLICY.sanitize(html);
	}

	/** What the policy removes from a piece of raw HTML, in words, e.g. "the <script> element". */
	static List<CoreMessage> removedFrom(String fragment) {
		List<CoreMessage> removed = new ArrayList<>();
		POLICY.sanitize(fragment, new HtmlChangeListener<List<CoreMessage>>() {
			@Override
			public void discardedTag(List<CoreMessage> context, String elementName) {
				if (!KEPT.contains(elementName)) {
					context.add(CoreMessage.of("publish.htmlElement", elementName));
				}
			}

			@Override
			public void discardedAttributes(List<CoreMessage> context, String tagName, String... attributeNames) {
				for (String attribute : attributeNames) {
					context.add(CoreMessage.of("publish.htmlAttribute", attribute, tagName));
				}
			}
		}, removed);
		return removed;
	}
}
