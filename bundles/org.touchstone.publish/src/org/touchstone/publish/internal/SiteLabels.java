package org.touchstone.publish.internal;

/** The words of the site's own interface, in the tenant's language. */
record SiteLabels(String lang, String contents, String onThisPage, String previous, String next, String search, String searchHint,
		String noResults, String printVersion, String home, String skipToContent, String generatedBy) {

	static SiteLabels of(boolean chinese) {
		return chinese
				? new SiteLabels("zh-CN", "目录", "本页内容", "上一章", "下一章", "搜索", "输入关键词，如：等位、投诉", "没有找到匹配的章节。", "打印版", "首页", "跳到正文",
						"由 Touchstone 生成")
				: new SiteLabels("en", "Contents", "On this page", "Previous", "Next", "Search", "Type a word, e.g. complaint", "No chapter matches.",
						"Print version", "Home", "Skip to content", "Made with Touchstone");
	}
}
