package org.touchstone.cli.internal;

import java.util.List;

import org.touchstone.core.GapCoverage;
import org.touchstone.core.Labels;
import org.touchstone.model.Language;
import org.touchstone.model.Tenant;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code coverage}: which of the four service gaps a tenant's standards and playbooks work against. */
@Command(name = "coverage")
public class CoverageCommand extends InTenant implements java.util.concurrent.Callable<Integer> {
	@Mixin
	JsonOption json;

	CoverageCommand(Session session) {
		super(session);
	}

	@Override
	public Integer call() {
		Tenant t = workspace().read(context());
		List<GapCoverage.Coverage> coverage = GapCoverage.of(t);
		boolean zh = session.language == Language.ZH; // the gaps' names in the reader's words
		if (json.json) {
			Json.print(session.out, w -> {
				w.beginObject().name("gaps").beginArray();
				for (GapCoverage.Coverage c : coverage) {
					w.beginObject().name("gap").value(c.gap().getLiteral()).name("name").value(Labels.of(c.gap(), zh)).name("standards").beginArray();
					for (String key : c.standards()) {
						w.value(key);
					}
					w.endArray().name("playbooks").beginArray();
					for (String key : c.playbooks()) {
						w.value(key);
					}
					w.endArray().name("uncovered").value(c.isUncovered()).endObject();
				}
				w.endArray().endObject();
			});
		} else {
			for (GapCoverage.Coverage c : coverage) {
				String against = c.isUncovered() ? session.text("coverage.nothing")
						: String.join(", ", c.standards()) + (c.standards().isEmpty() || c.playbooks().isEmpty() ? "" : "; ") + String.join(", ", c.playbooks());
				session.out.println(c.gap().getLiteral() + " (" + Labels.of(c.gap(), zh) + "): " + against);
			}
		}
		return coverage.stream().anyMatch(GapCoverage.Coverage::isUncovered) ? ExitCodes.FINDINGS : ExitCodes.OK;
	}
}
