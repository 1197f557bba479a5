package org.touchstone.cli.internal;

import java.util.List;
import java.util.Map;

import org.touchstone.search.CaseSearch;
import org.touchstone.search.SearchHit;
import org.touchstone.search.SearchRequest;
import org.touchstone.search.SearchResults;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search}: the case library and the tenant's own cases, standards and playbooks. */
@Command(name = "search", 
		subcommands = { SearchCommand.Gaps.class, SearchCommand.Related.class })
public class SearchCommand implements Runnable {
	@Mixin
	GlobalOptions options;
	/** Not required here, as it is in other commands, so that 'search gaps --tenant T' parses. */
	@Option(names = "--tenant", paramLabel = "ID")
	String tenant;
	@Mixin
	JsonOption json;
	@Option(names = "--limit", defaultValue = "10")
	int limit;
	@Option(names = "--offset", defaultValue = "0")
	int offset;
	@Option(names = "--filter", paramLabel = "FIELD=VALUE")
	Map<String, String> filters;
	@Parameters(paramLabel = "QUERY", arity = "0..*", descriptionKey = "searchQuery")
	List<String> query;
	private final Session session;

	SearchCommand(Session session) {
		this.session = session;
	}

	@Override
	public void run() {
		if (tenant == null) {
			throw new UsageException(session.text("search.tenantMissing"));
		}
		String text = query == null ? "" : String.join(" ", query);
		try (CaseSearch search = CaseSearch.open(session.workspace())) {
			search.notices().forEach(n -> session.err.println("touchstone: " + n.in(session.language)));
			SearchResults results = search.search(session.context(tenant), new SearchRequest(text, filters, limit, offset));
			results.notices().forEach(n -> session.err.println("touchstone: " + n.in(session.language)));
			if (json.json) {
				printJson(results);
				return;
			}
			session.out.println(session.text("search.hits", results.total(), text));
			int n = offset;
			for (SearchHit hit : results.hits()) {
				session.out.println(++n + ". [" + hit.type() + "] " + hit.title() + (hit.company() == null ? "" : " \u2014 " + hit.company()) + "  ("
						+ hit.tenant() + ", " + hit.key() + ")");
				session.out.println("   " + hit.snippet().replace("<em>", "[").replace("</em>", "]"));
			}
		}
	}

	private void printJson(SearchResults results) {
		Json.print(session.out, w -> {
			w.beginObject().name("query").value(results.query()).name("total").value(results.total()).name("hits").beginArray();
			for (SearchHit h : results.hits()) {
				w.beginObject().name("id").value(h.id()).name("key").value(h.key()).name("type").value(h.type()).name("title").value(h.title())
						.name("company").value(h.company()).name("tenant").value(h.tenant()).name("score").value(h.score()).name("snippet")
						.value(h.snippet()).endObject();
			}
			w.endArray().name("facets").beginObject();
			for (Map.Entry<String, Map<String, Integer>> facet : results.facets().entrySet()) {
				w.name(facet.getKey()).beginObject();
				for (Map.Entry<String, Integer> value : facet.getValue().entrySet()) {
					w.name(value.getKey()).value(value.getValue());
				}
				w.endObject();
			}
			w.endObject().name("notices").beginArray();
			for (org.touchstone.core.CoreMessage n : results.notices()) {
				w.value(n.in(session.language));
			}
			w.endArray().endObject();
		});
	}

	@Command(name = "gaps")
	static class Gaps extends InTenant implements Runnable {
		@Mixin
		JsonOption json;
		Gaps(Session session) {
			super(session);
		}

		@Override
		public void run() {
			try (CaseSearch search = CaseSearch.open(workspace())) {
				List<CaseSearch.Gap> gaps = search.gaps(context());
				if (json.json) {
					Json.print(session.out, w -> {
						w.beginObject().name("gaps").beginArray();
						for (CaseSearch.Gap g : gaps) {
							w.beginObject().name("query").value(g.query()).name("count").value(g.count()).endObject();
						}
						w.endArray().endObject();
					});
					return;
				}
				gaps.forEach(g -> session.out.println(g.count() + "\t" + g.query()));
			}
		}
	}

	@Command(name = "related")
	static class Related extends InTenant implements Runnable {
		@Parameters(paramLabel = "KEY", descriptionKey = "relatedKey")
		String key;
		@Option(names = "--limit", defaultValue = "5")
		int limit;
		Related(Session session) {
			super(session);
		}

		@Override
		public void run() {
			try (CaseSearch search = CaseSearch.open(workspace())) {
				for (SearchHit hit : search.related(context(), key, limit)) {
					session.out.println(hit.key() + "\t" + hit.title() + (hit.company() == null ? "" : "\t" + hit.company()));
				}
			}
		}
	}
}
