package org.touchstone.cli.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.touchstone.core.Bilingual;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.Labels;
import org.touchstone.model.Language;
import org.touchstone.model.TouchstonePackage.Literals;
import org.touchstone.core.ReviewSchedule;
import org.touchstone.core.RevisionDiff;
import org.touchstone.core.Workspace;
import org.touchstone.model.Criterion;
import org.touchstone.model.SegmentRule;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Transition;

import com.google.gson.stream.JsonWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What a quality manager does with standards from a terminal: list, show, history, diff, author, and move them through review. */
@Command(name = "standard", subcommands = {
		StandardCommand.ListStandards.class, StandardCommand.Show.class, StandardCommand.History.class, StandardCommand.Diff.class,
		StandardCommand.New.class, StandardCommand.Edit.class, StandardCommand.Submit.class, StandardCommand.Return.class,
		StandardCommand.Approve.class, StandardCommand.MakeEffective.class, StandardCommand.Retire.class, StandardCommand.Pilot.class,
		StandardCommand.SiteThreshold.class, StandardCommand.Rollout.class })
public class StandardCommand extends CommandGroup {
	/** The parts every standard subcommand shares. */
	abstract static class Base extends InTenant implements Runnable {
		Base(Session session) {
			super(session);
		}

		DocumentControl control(Workspace workspace) {
			return new DocumentControl(workspace, Clock.systemUTC());
		}
	}

	@Command(name = "list")
	static class ListStandards extends Base {
		@Mixin
		JsonOption json;

		ListStandards(Session session) {
			super(session);
		}

		@Override
		public void run() {
			List<ServiceStandard> standards = control(workspace()).standards(context());
			if (json.json) {
				Json.print(session.out, w -> {
					w.beginObject().name("standards").beginArray();
					for (ServiceStandard s : standards) {
						StandardRevision r = DocumentControl.latest(s);
						w.beginObject().name("key").value(s.getKey()).name("revision").value(r.getNumber()).name("status")
								.value(r.getStatus().getLiteral()).name("dimension").value(r.getDimension() == null ? null : r.getDimension().getCode())
								.name("title").value(r.getTitle()).endObject();
					}
					w.endArray().endObject();
				});
				return;
			}
			for (ServiceStandard s : standards) {
				StandardRevision r = DocumentControl.latest(s);
				session.out.println(String.join("\t", s.getKey(), "r" + r.getNumber(), r.getStatus().getLiteral(),
						r.getDimension() == null ? "-" : r.getDimension().getCode(), String.valueOf(r.getTitle())));
			}
		}
	}

	@Command(name = "show")
	static class Show extends Base {
		@Parameters(paramLabel = "KEY", descriptionKey = "standardKey")
		String key;
		@Option(names = "--revision", paramLabel = "N")
		Integer revision;
		@Mixin
		JsonOption json;

		Show(Session session) {
			super(session);
		}

		@Override
		public void run() {
			ServiceStandard s = control(workspace()).standard(context(), key);
			StandardRevision r = revision == null ? DocumentControl.latest(s) : DocumentControl.revision(s, revision);
			if (json.json) {
				Json.print(session.out, w -> writeRevision(w, s, r));
				return;
			}
			line(session.text("show.key"), s.getKey());
			line(session.text("show.revision"), r.getNumber() + " (" + r.getStatus().getLiteral() + ")");
			texts(session.text("show.title"), r, Literals.STANDARD_REVISION__TITLE);
			line(session.text("show.dimension"), r.getDimension() == null ? null : r.getDimension().getCode());
			texts(session.text("show.statement"), r, Literals.STANDARD_REVISION__STATEMENT);
			int n = 1;
			for (Criterion c : r.getCriteria()) {
				String prefix = r.getCriteria().size() == 1 ? "" : session.text("show.criterion", n++) + " ";
				texts(prefix + session.text("show.metric"), c, Literals.CRITERION__METRIC);
				line(prefix + session.text("show.comparison"), c.getComparison() == null ? null : c.getComparison().getLiteral());
				line(prefix + session.text("show.threshold"), RevisionDiff.threshold(c));
				line(prefix + session.text("show.compliance-target"), c.getComplianceTarget() == null ? null : RevisionDiff.number(c.getComplianceTarget()) + " %");
			}
			texts(session.text("show.observation"), r, Literals.STANDARD_REVISION__OBSERVATION);
			line(session.text("show.touchpoint"), r.getTouchpoint() == null ? null : r.getTouchpoint().getKey());
			for (SegmentRule rule : r.getSegments()) {
				line(session.text("show.segment"), rule.getSegment().getKey()
						+ (rule.getThresholdOverride() == null ? "" : " " + session.text("show.segmentThreshold", RevisionDiff.number(rule.getThresholdOverride()))));
			}
			for (org.touchstone.model.SiteRule rule : r.getSiteRules()) {
				line(session.text("show.site"), session.text("show.siteThreshold", rule.getSite().getKey(), RevisionDiff.number(rule.getThresholdOverride()),
						org.touchstone.core.Bilingual.of(rule, Literals.SITE_RULE__REASON).shown(session.language).text()));
			}
			if (!r.getPilotSites().isEmpty()) {
				line(session.text("show.pilot"), String.join(", ", r.getPilotSites().stream().map(x -> x.getKey()).toList())
						+ (r.getRolloutDate() == null ? "" : " " + session.text("show.rolledOut", r.getRolloutDate().toInstant().toString().substring(0, 10))));
			}
			line(session.text("show.expectation-level"), r.isSetExpectationLevel() ? r.getExpectationLevel().getLiteral() : null);
			line(session.text("show.contact-situations"), String.join(", ", r.getContactSituations().stream().map(x -> x.getLiteral()).toList()));
			line(session.text("show.gaps"), String.join(", ", r.getGaps().stream().map(x -> x.getLiteral()).toList()));
			line(session.text("show.owner"), r.getOwner());
			line(session.text("show.author"), r.getAuthor());
			line(session.text("show.effective"), r.getEffectiveDate() == null ? null : r.getEffectiveDate().toInstant().toString().substring(0, 10));
			line(session.text("show.review-every"), session.text("show.months", r.getReviewIntervalMonths()));
			line(session.text("show.next-review"), ReviewSchedule.nextReview(r) == null ? null : ReviewSchedule.nextReview(r).toString());
			texts(session.text("show.rationale"), r, Literals.STANDARD_REVISION__RATIONALE);
		}

		/** A text in both languages: the tenant's under the plain label, the other as "title (en)". */
		private void texts(String label, org.eclipse.emf.ecore.EObject holder, org.eclipse.emf.ecore.EAttribute chinese) {
			Bilingual.Text text = Bilingual.of(holder, chinese);
			Language language = tenantLanguage(holder);
			line(label, text.in(language));
			line(label + " (" + Bilingual.other(language).getLiteral() + ")", text.in(Bilingual.other(language)));
		}

		private void line(String label, String value) {
			if (value != null && !value.isBlank()) {
				session.out.println(label + ": " + value);
			}
		}
	}

	@Command(name = "history")
	static class History extends Base {
		@Parameters(paramLabel = "KEY", descriptionKey = "standardKey")
		String key;
		@Mixin
		JsonOption json;

		History(Session session) {
			super(session);
		}

		@Override
		public void run() {
			ServiceStandard s = control(workspace()).standard(context(), key);
			if (json.json) {
				Json.print(session.out, w -> {
					w.beginObject().name("key").value(s.getKey()).name("revisions").beginArray();
					for (StandardRevision r : s.getRevisions()) {
						writeRevision(w, s, r);
					}
					w.endArray().name("saves").beginArray();
					for (org.touchstone.team.TenantGit.Save save : org.touchstone.team.TenantGit.savesOf(workspace(), context(), key)) {
						w.beginObject().name("at").value(save.at().toString()).name("author").value(save.author()).name("committer").value(save.committer())
								.name("message").value(save.message()).endObject();
					}
					w.endArray().endObject();
				});
				return;
			}
			for (StandardRevision r : s.getRevisions()) {
				List<String> others = r.getEditors().stream().filter(e -> !e.equals(r.getAuthor())).toList();
				// The states by their names in the reader's language; --json gives the literals.
				boolean zh = session.language == Language.ZH;
				session.out.println(others.isEmpty() ? session.text("history.revision", r.getNumber(), Labels.status(r.getStatus(), zh), r.getAuthor(), r.getTitle())
						: session.text("history.revisionEdited", r.getNumber(), Labels.status(r.getStatus(), zh), r.getAuthor(), String.join(", ", others), r.getTitle()));
				for (Transition t : r.getTransitions()) {
					String by = t.getLogin() == null || t.getLogin().equals(t.getUser()) ? t.getUser() : session.text("history.byLogin", t.getUser(), t.getLogin());
					session.out.println("  " + t.getAt().toInstant() + "  " + Labels.status(t.getFrom(), zh) + " -> " + Labels.status(t.getTo(), zh) + "  "
							+ session.text("history.by", by) + (t.getComment() == null || t.getComment().isBlank() ? "" : "  \"" + t.getComment() + "\"")
							+ (t.getOverrideReason() == null ? "" : "  " + session.text("history.override", t.getOverrideReason())));
				}
			}
			List<org.touchstone.team.TenantGit.Save> saves = org.touchstone.team.TenantGit.savesOf(workspace(), context(), key);
			if (!saves.isEmpty()) {
				session.out.println(session.text("history.saves"));
				for (org.touchstone.team.TenantGit.Save save : saves) {
					session.out.println("  " + save.at() + "  " + save.author() + "  " + save.message().lines().findFirst().orElse(""));
				}
			}
		}
	}

	@Command(name = "diff")
	static class Diff extends Base {
		@Parameters(index = "0", paramLabel = "KEY", descriptionKey = "standardKey")
		String key;
		@Parameters(index = "1", arity = "0..1", paramLabel = "FROM", descriptionKey = "diffFrom")
		Integer from;
		@Parameters(index = "2", arity = "0..1", paramLabel = "TO", descriptionKey = "diffTo")
		Integer to;
		@Mixin
		JsonOption json;

		Diff(Session session) {
			super(session);
		}

		@Override
		public void run() {
			ServiceStandard s = control(workspace()).standard(context(), key);
			StandardRevision b = to == null ? DocumentControl.latest(s) : DocumentControl.revision(s, to);
			int fromNumber = from != null ? from : b.getNumber() - 1;
			if (fromNumber < 1) {
				throw new UsageException(session.text("diff.nothingBefore", s.getKey(), b.getNumber()));
			}
			StandardRevision a = DocumentControl.revision(s, fromNumber);
			List<RevisionDiff.Change> changes = RevisionDiff.between(a, b);
			if (json.json) {
				Json.print(session.out, w -> {
					w.beginObject().name("key").value(s.getKey()).name("from").value(a.getNumber()).name("to").value(b.getNumber())
							.name("changes").beginArray();
					for (RevisionDiff.Change c : changes) {
						w.beginObject().name("field").value(c.field()).name("before").value(c.before()).name("after").value(c.after()).endObject();
					}
					w.endArray().endObject();
				});
				return;
			}
			session.out.println(session.text("diff.head", s.getKey(), a.getNumber(), b.getNumber()));
			if (changes.isEmpty()) {
				session.out.println("  " + session.text("diff.none"));
			}
			for (RevisionDiff.Change c : changes) {
				session.out.println("  " + c.in(session.language));
			}
		}
	}

	@Command(name = "new")
	static class New extends Base {
		@Parameters(paramLabel = "KEY", descriptionKey = "standardKey")
		String key;
		@Mixin
		StandardFields fields;

		New(Session session) {
			super(session);
		}

		@Override
		public void run() {
			ServiceStandard s = control(workspace()).create(context(), key, fields.change());
			session.out.println(s.getKey() + "\tr1\tdraft");
		}
	}

	@Command(name = "edit")
	static class Edit extends Base {
		@Parameters(paramLabel = "KEY", descriptionKey = "standardKey")
		String key;
		@Mixin
		StandardFields fields;

		Edit(Session session) {
			super(session);
		}

		@Override
		public void run() {
			StandardRevision r = control(workspace()).edit(context(), key, fields.change());
			session.out.println(key + "\tr" + r.getNumber() + "\t" + r.getStatus().getLiteral());
		}
	}

	/** A lifecycle transition with an optional comment. */
	abstract static class Transit extends Base {
		@Parameters(paramLabel = "KEY", descriptionKey = "standardKey")
		String key;
		@Option(names = { "-m", "--comment" })
		String comment;

		Transit(Session session) {
			super(session);
		}

		abstract StandardRevision apply(DocumentControl control);

		@Override
		public void run() {
			StandardRevision r = apply(control(workspace()));
			session.out.println(key + "\tr" + r.getNumber() + "\t" + r.getStatus().getLiteral());
		}
	}

	@Command(name = "submit")
	static class Submit extends Transit {
		Submit(Session session) {
			super(session);
		}

		@Override
		StandardRevision apply(DocumentControl control) {
			return control.submit(context(), key, comment);
		}
	}

	@Command(name = "return")
	static class Return extends Transit {
		Return(Session session) {
			super(session);
		}

		@Override
		StandardRevision apply(DocumentControl control) {
			return control.returnToDraft(context(), key, comment);
		}
	}

	@Command(name = "approve")
	static class Approve extends Transit {
		@Mixin
		OverrideOption override;

		Approve(Session session) {
			super(session);
		}

		@Override
		StandardRevision apply(DocumentControl control) {
			return control.approve(context(), key, comment, override.reason);
		}
	}

	/** {@code --override-reason}: an admin's recorded reason to move a revision on despite its lint errors. */
	static class OverrideOption {
		@Option(names = "--override-reason", paramLabel = "TEXT")
		String reason;
	}

	@Command(name = "make-effective")
	static class MakeEffective extends Transit {
		@Option(names = "--from", paramLabel = "YYYY-MM-DD")
		String from;
		@Mixin
		OverrideOption override;

		MakeEffective(Session session) {
			super(session);
		}

		@Override
		StandardRevision apply(DocumentControl control) {
			LocalDate date = null;
			if (from != null) {
				try {
					date = LocalDate.parse(from);
				} catch (DateTimeParseException e) {
					throw new UsageException(session.text("standard.fromNotADate", from));
				}
			}
			return control.makeEffective(context(), key, date, comment, override.reason);
		}
	}

	@Command(name = "retire")
	static class Retire extends Transit {
		Retire(Session session) {
			super(session);
		}

		@Override
		StandardRevision apply(DocumentControl control) {
			return control.retire(context(), key, comment);
		}
	}

	/** Pilots the working revision at some sites, or (with {@code --everywhere}) takes the pilot away. */
	@Command(name = "pilot")
	static class Pilot extends Base {
		@Parameters(index = "0", paramLabel = "KEY", descriptionKey = "standardKey")
		String key;
		@Parameters(index = "1..*", paramLabel = "SITE", descriptionKey = "pilotSites")
		java.util.List<String> sites = new java.util.ArrayList<>();
		@Option(names = "--everywhere")
		boolean everywhere;

		Pilot(Session session) {
			super(session);
		}

		@Override
		public void run() {
			if (sites.isEmpty() == !everywhere) {
				throw new UsageException(session.text("standard.pilotSitesOrEverywhere"));
			}
			StandardRevision r = control(workspace()).edit(context(), key, (domain, tenant, standard) -> org.touchstone.core.StandardEdits.pilotAt(domain,
					context(), standard, sites.stream().map(site -> org.touchstone.results.Results.site(tenant, site)).toList()));
			session.out.println(key + "\tr" + r.getNumber() + "\t" + r.getStatus().getLiteral() + "\t"
					+ (r.getPilotSites().isEmpty() ? session.text("standard.everywhere") : String.join(",", r.getPilotSites().stream().map(x -> x.getKey()).toList())));
		}
	}

	/** Gives a site its own threshold in the working revision, with the reason; {@code --remove} takes it away. */
	@Command(name = "site-threshold")
	static class SiteThreshold extends Base {
		@Parameters(index = "0", paramLabel = "KEY", descriptionKey = "standardKey")
		String key;
		@Parameters(index = "1", paramLabel = "SITE", descriptionKey = "siteKey")
		String site;
		@Parameters(index = "2", arity = "0..1", paramLabel = "THRESHOLD", descriptionKey = "siteThreshold")
		Double threshold;
		@Option(names = "--reason", paramLabel = "TEXT")
		String reason;
		@Option(names = "--reason-en", paramLabel = "TEXT")
		String reasonEn;
		@Option(names = "--remove")
		boolean remove;

		SiteThreshold(Session session) {
			super(session);
		}

		@Override
		public void run() {
			if ((threshold == null) != remove) {
				throw new UsageException(session.text("standard.thresholdOrRemove"));
			}
			StandardRevision r = control(workspace()).edit(context(), key, (domain, tenant, standard) -> remove
					? org.touchstone.core.StandardEdits.removeThresholdAt(domain, context(), standard, org.touchstone.results.Results.site(tenant, site))
					: org.touchstone.core.StandardEdits.thresholdAt(domain, context(), standard, org.touchstone.results.Results.site(tenant, site), threshold,
							reason, reasonEn));
			session.out.println(key + "\tr" + r.getNumber() + "\t" + r.getStatus().getLiteral());
		}
	}

	@Command(name = "rollout")
	static class Rollout extends Transit {
		@Option(names = "--from", paramLabel = "YYYY-MM-DD")
		String from;

		Rollout(Session session) {
			super(session);
		}

		@Override
		StandardRevision apply(DocumentControl control) {
			return control.rollout(context(), key, from == null ? null : ReportCommand.day(session, "--from", from), comment);
		}
	}

	/** The language of the tenant an element belongs to. */
	static Language tenantLanguage(org.eclipse.emf.ecore.EObject element) {
		return org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(element) instanceof org.touchstone.model.Tenant t && t.getLocale() == Language.EN
				? Language.EN : Language.ZH;
	}

	/** A text as {"zh": ..., "en": ...} under the name with the suffix "Text" ({@code titleText}). */
	private static void bilingual(JsonWriter w, String name, org.eclipse.emf.ecore.EObject holder, org.eclipse.emf.ecore.EAttribute chinese) throws IOException {
		Bilingual.Text text = Bilingual.of(holder, chinese);
		w.name(name + "Text").beginObject().name("zh").value(text.zh()).name("en").value(text.en()).endObject();
	}

	static void writeRevision(JsonWriter w, ServiceStandard s, StandardRevision r) throws IOException {
		Criterion c = DocumentControl.primaryCriterion(r);
		w.beginObject().name("key").value(s.getKey()).name("revision").value(r.getNumber()).name("status").value(r.getStatus().getLiteral())
				.name("author").value(r.getAuthor()).name("editors").beginArray();
		for (String editor : r.getEditors()) {
			w.value(editor);
		}
		w.endArray();
		Language language = tenantLanguage(r);
		w.name("title").value(Bilingual.of(r, Literals.STANDARD_REVISION__TITLE).shown(language).text());
		bilingual(w, "title", r, Literals.STANDARD_REVISION__TITLE);
		w.name("dimension").value(r.getDimension() == null ? null : r.getDimension().getCode());
		w.name("statement").value(Bilingual.of(r, Literals.STANDARD_REVISION__STATEMENT).shown(language).text());
		bilingual(w, "statement", r, Literals.STANDARD_REVISION__STATEMENT);
		w.name("metric").value(c == null ? null : Bilingual.of(c, Literals.CRITERION__METRIC).shown(language).text())
				.name("comparison").value(c == null || c.getComparison() == null ? null : c.getComparison().getLiteral())
				.name("threshold").value(c == null ? null : c.getThreshold()).name("unit").value(c == null ? null : c.getUnit());
		w.name("criteria").beginArray();
		for (Criterion each : r.getCriteria()) {
			w.beginObject();
			bilingual(w, "metric", each, Literals.CRITERION__METRIC);
			w.name("comparison").value(each.getComparison() == null ? null : each.getComparison().getLiteral()).name("threshold").value(each.getThreshold())
					.name("unit").value(each.getUnit()).name("complianceTarget").value(each.getComplianceTarget()).endObject();
		}
		w.endArray();
		w.name("observation").value(Bilingual.of(r, Literals.STANDARD_REVISION__OBSERVATION).shown(language).text());
		bilingual(w, "observation", r, Literals.STANDARD_REVISION__OBSERVATION);
		w.name("owner").value(r.getOwner())
				.name("touchpoint").value(r.getTouchpoint() == null ? null : r.getTouchpoint().getKey())
				.name("expectationLevel").value(r.isSetExpectationLevel() ? r.getExpectationLevel().getLiteral() : null)
				.name("effectiveDate").value(r.getEffectiveDate() == null ? null : r.getEffectiveDate().toInstant().toString().substring(0, 10))
				.name("reviewIntervalMonths").value(r.getReviewIntervalMonths())
				.name("nextReview").value(ReviewSchedule.nextReview(r) == null ? null : ReviewSchedule.nextReview(r).toString());
		w.name("contactSituations").beginArray();
		for (var x : r.getContactSituations()) {
			w.value(x.getLiteral());
		}
		w.endArray().name("gaps").beginArray();
		for (var x : r.getGaps()) {
			w.value(x.getLiteral());
		}
		w.endArray();
		w.name("transitions").beginArray();
		for (Transition t : r.getTransitions()) {
			w.beginObject().name("from").value(t.getFrom().getLiteral()).name("to").value(t.getTo().getLiteral()).name("user").value(t.getUser())
					.name("login").value(t.getLogin()).name("at").value(t.getAt().toInstant().toString()).name("comment").value(t.getComment())
					.name("overrideReason").value(t.getOverrideReason()).endObject();
		}
		w.endArray().endObject();
	}
}
