package org.touchstone.cli.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.touchstone.results.Figure;
import org.touchstone.results.Period;
import org.touchstone.results.Recovery;
import org.touchstone.results.Report;
import org.touchstone.results.Results;

import com.google.gson.stream.JsonWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report}: how often each standard is met, per site, region, touchpoint and period. */
@Command(name = "report")
public class ReportCommand extends InTenant implements Runnable {
	@Option(names = "--from", paramLabel = "YYYY-MM-DD")
	String from;
	@Option(names = "--to", paramLabel = "YYYY-MM-DD")
	String to;
	@Option(names = "--site", paramLabel = "SITE")
	String site;
	@Option(names = "--period", paramLabel = "PERIOD", defaultValue = "month")
	String period;
	@Mixin
	JsonOption json;

	ReportCommand(Session session) {
		super(session);
	}

	@Override
	public void run() {
		Period length;
		try {
			length = Period.valueOf(period.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new UsageException(session.text("report.badPeriod", period));
		}
		Report report = new Results(workspace()).report(context(), from == null ? null : day(session, "--from", from),
				to == null ? null : day(session, "--to", to), site, length, session.language);
		Recovery recovery = new Results(workspace()).recovery(context(), report.from(), report.to(), site, session.language);
		if (json.json) {
			Json.print(session.out, w -> {
				w.beginObject().name("compliance");
				json(w, report);
				w.name("recovery");
				json(w, recovery);
				w.endObject();
			});
			return;
		}
		String span = (report.from() == null ? "…" : report.from().toString()) + " – " + (report.to() == null ? "…" : report.to().toString());
		session.out.println(session.text("report.heading", report.tenant(), span, report.site() == null ? session.text("report.allSites") : report.site(),
				report.observations()));
		if (report.observations() > 0) {
			compliance(report, length);
		}
		recovery(recovery);
	}

	private void compliance(Report report, Period length) {
		table("report.standards", report.standards());
		table("report.sites", report.sites());
		table("report.regions", report.regions());
		table("report.touchpoints", report.touchpoints());
		session.out.println();
		session.out.println(session.text("report.trend", session.text("report.period." + length.name().toLowerCase(Locale.ROOT))));
		for (Figure p : report.periods()) {
			session.out.println("  " + p.key() + "\t" + p.observations() + "\t" + percent(p.rate()));
		}
	}

	private void recovery(Recovery r) {
		session.out.println();
		session.out.println(session.text("report.recovery", r.complaints(), r.silentEstimate()));
		if (r.complaints() == 0) {
			return;
		}
		session.out.println("  " + session.text("report.rates", r.perThousandCustomers() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.perThousandCustomers()),
				percent(r.omissionRate()), percent(r.dissatisfiedAfterRecovery()), percent(r.keptRate())));
		session.out.println(session.text("report.playbooks") + "\t" + session.text("report.playbookColumns"));
		for (Recovery.PlaybookFigure p : r.playbooks()) {
			session.out.println("  " + p.key() + "\t" + p.name() + "\t" + p.failures() + "\t"
					+ (p.medianMinutesToResolve() == null ? "-" : String.format(Locale.ROOT, "%.0f min", p.medianMinutesToResolve())) + "\t"
					+ percent(p.withinLimitRate()) + "\t" + p.kept() + "\t" + p.lost());
		}
		session.out.println(session.text("report.failureTypes"));
		r.byFailureType().forEach((type, n) -> session.out.println("  " + (type.isEmpty() ? "-" : type) + "\t" + n));
		if (!r.breaches().isEmpty()) {
			session.out.println(session.text("report.breaches", r.breaches().size()));
		}
	}

	private static void json(JsonWriter w, Recovery r) throws java.io.IOException {
		w.beginObject().name("complaints").value(r.complaints()).name("perThousandCustomers").value(r.perThousandCustomers()).name("silentEstimate")
				.value(r.silentEstimate()).name("omissionRate").value(r.omissionRate()).name("dissatisfiedAfterRecovery").value(r.dissatisfiedAfterRecovery())
				.name("keptRate").value(r.keptRate()).name("playbooks").beginArray();
		for (Recovery.PlaybookFigure p : r.playbooks()) {
			w.beginObject().name("key").value(p.key()).name("name").value(p.name()).name("failures").value(p.failures()).name("medianMinutesToResolve")
					.value(p.medianMinutesToResolve()).name("withinLimitRate").value(p.withinLimitRate()).name("kept").value(p.kept()).name("lost").value(p.lost())
					.endObject();
		}
		w.endArray().name("byFailureType").beginObject();
		for (var e : r.byFailureType().entrySet()) {
			w.name(e.getKey()).value(e.getValue());
		}
		w.endObject().name("byTouchpoint").beginObject();
		for (var e : r.byTouchpoint().entrySet()) {
			w.name(e.getKey()).value(e.getValue());
		}
		w.endObject().name("breaches").value(r.breaches().size()).endObject();
	}

	private void table(String heading, List<Figure> figures) {
		session.out.println();
		session.out.println(session.text(heading) + "\t" + session.text("report.columns"));
		for (Figure f : figures) {
			String verdict = f.meetsTarget() == null ? "" : "\t" + session.text(f.meetsTarget() ? "report.meets" : "report.below", percent(f.target()));
			session.out.println("  " + f.key() + "\t" + (f.name().equals(f.key()) ? "" : f.name()) + "\t" + f.observations() + "\t" + f.met() + "\t"
					+ percent(f.rate()) + verdict);
		}
	}

	static String percent(Double rate) {
		return rate == null ? "-" : String.format(Locale.ROOT, "%.1f %%", rate);
	}

	static LocalDate day(Session session, String option, String text) {
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw new UsageException(session.text("report.notADate", option, text));
		}
	}

	private static void json(JsonWriter w, Report r) throws java.io.IOException {
		w.beginObject().name("tenant").value(r.tenant()).name("from").value(r.from() == null ? null : r.from().toString()).name("to")
				.value(r.to() == null ? null : r.to().toString()).name("site").value(r.site()).name("period").value(r.period().name().toLowerCase(Locale.ROOT))
				.name("observations").value(r.observations());
		figures(w, "standards", r.standards());
		figures(w, "sites", r.sites());
		figures(w, "regions", r.regions());
		figures(w, "touchpoints", r.touchpoints());
		figures(w, "periods", r.periods());
		groups(w, "standardsBySite", r.standardsBySite());
		groups(w, "trends", r.trends());
		w.endObject();
	}

	private static void groups(JsonWriter w, String name, Map<String, List<Figure>> groups) throws java.io.IOException {
		w.name(name).beginObject();
		for (Map.Entry<String, List<Figure>> group : groups.entrySet()) {
			figures(w, group.getKey(), group.getValue());
		}
		w.endObject();
	}

	private static void figures(JsonWriter w, String name, List<Figure> figures) throws java.io.IOException {
		w.name(name).beginArray();
		for (Figure f : figures) {
			w.beginObject().name("key").value(f.key()).name("name").value(f.name()).name("observations").value(f.observations()).name("met").value(f.met())
					.name("rate").value(f.rate()).name("target").value(f.target()).name("meetsTarget").value(f.meetsTarget()).endObject();
		}
		w.endArray();
	}
}
