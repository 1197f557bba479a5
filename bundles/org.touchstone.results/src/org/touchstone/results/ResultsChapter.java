package org.touchstone.results;

import java.time.LocalDate;
import java.util.Locale;

import org.touchstone.core.CoreMessage;
import org.touchstone.model.Language;
import org.touchstone.model.Tenant;

/**
 * A handbook's results chapter as Markdown: the twelve months up to the latest result, how often
 * each standard was met against its target, each site's rate, and how complaints were recovered.
 * The span ends at the latest result, not at the day of publishing, so that publishing again with
 * no new results gives the same page.
 */
public final class ResultsChapter {
	private ResultsChapter() {
	}

	public static String markdown(Tenant tenant, ObservationTable table, String title) {
		Language language = tenant.getLocale() == Language.EN ? Language.EN : Language.ZH;
		StringBuilder md = new StringBuilder("# ").append(cell(title)).append("\n\n");
		LocalDate last = latest(table);
		if (last == null) {
			md.append(CoreMessage.of("chapter.noResults").in(language)).append("\n");
			return md.toString();
		}
		LocalDate first = last.minusYears(1).plusDays(1);
		Report report = Figures.of(tenant, table, first, last, null, Period.QUARTER, language);
		Recovery recovery = Recoveries.of(tenant, first, last, null, language);
		md.append(CoreMessage.of("chapter.span", first, last, report.observations(), report.sites().size()).in(language)).append("\n\n");
		md.append("## ").append(CoreMessage.of("chapter.standards").in(language)).append("\n\n");
		md.append(CoreMessage.of("chapter.standardsHead").in(language)).append("\n|---|---|---:|---:|---:|---|\n");
		for (Figure f : report.standards()) {
			String verdict = f.meetsTarget() == null ? "" : CoreMessage.of(f.meetsTarget() ? "chapter.meets" : "chapter.below", percent(f.target())).in(language);
			md.append("| ").append(cell(f.key())).append(" | ").append(cell(f.name())).append(" | ").append(f.observations()).append(" | ")
					.append(percent(f.rate())).append(" | ").append(trend(report, f.key())).append(" | ").append(verdict).append(" |\n");
		}
		md.append("\n## ").append(CoreMessage.of("chapter.sites").in(language)).append("\n\n");
		md.append(CoreMessage.of("chapter.sitesHead").in(language)).append("\n|---|---|---:|---:|\n");
		for (Figure f : report.sites()) {
			md.append("| ").append(cell(f.key())).append(" | ").append(cell(f.name())).append(" | ").append(f.observations()).append(" | ")
					.append(percent(f.rate())).append(" |\n");
		}
		md.append("\n## ").append(CoreMessage.of("chapter.recovery").in(language)).append("\n\n");
		md.append(CoreMessage.of("chapter.recoverySummary", recovery.complaints(), recovery.silentEstimate(), percent(recovery.omissionRate()),
				percent(recovery.dissatisfiedAfterRecovery()), percent(recovery.keptRate())).in(language)).append("\n\n");
		if (!recovery.playbooks().isEmpty()) {
			md.append(CoreMessage.of("chapter.playbooksHead").in(language)).append("\n|---|---|---:|---:|---:|\n");
			for (Recovery.PlaybookFigure p : recovery.playbooks()) {
				md.append("| ").append(cell(p.key())).append(" | ").append(cell(p.name())).append(" | ").append(p.failures()).append(" | ")
						.append(p.medianMinutesToResolve() == null ? "-" : String.format(Locale.ROOT, "%.0f", p.medianMinutesToResolve())).append(" | ")
						.append(percent(p.withinLimitRate())).append(" |\n");
			}
		}
		return md.toString();
	}

	/** The standard's rate by quarter, oldest first: "71% → 78% → 83%". */
	private static String trend(Report report, String key) {
		return String.join(" → ", report.trends().getOrDefault(key, java.util.List.of()).stream().map(f -> percent(f.rate())).toList());
	}

	private static LocalDate latest(ObservationTable t) {
		long last = Long.MIN_VALUE;
		for (int i = 0; i < t.size; i++) {
			last = Math.max(last, t.at[i]);
		}
		return last == Long.MIN_VALUE ? null : ObservationTable.time(last).toLocalDate();
	}

	private static String percent(Double rate) {
		return rate == null ? "-" : String.format(Locale.ROOT, "%.0f%%", rate);
	}

	/** Text for a Markdown table cell: one line, pipes escaped, and nothing that Markdown or HTML would read as markup. */
	private static String cell(String text) {
		return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip().replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")
				.replace("*", "\\*").replace("_", "\\_").replace("[", "\\[").replace("`", "\\`");
	}
}
