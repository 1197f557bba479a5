package org.touchstone.cli.internal;

import org.touchstone.search.CaseSearch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code index}: brings the search index up to date, or rebuilds it from the model. */
@Command(name = "index")
public class IndexCommand implements Runnable {
	@Mixin
	GlobalOptions options;
	@Option(names = "--rebuild")
	boolean rebuild;
	private final Session session;

	IndexCommand(Session session) {
		this.session = session;
	}

	@Override
	public void run() {
		try (CaseSearch search = CaseSearch.open(session.workspace())) {
			search.notices().forEach(n -> session.err.println("touchstone: " + n.in(session.language)));
			int documents = rebuild ? search.rebuild() : search.documents();
			session.out.println(session.text(rebuild ? "index.rebuilt" : "index.upToDate", documents));
		}
	}
}
