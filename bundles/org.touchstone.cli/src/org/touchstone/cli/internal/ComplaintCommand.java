package org.touchstone.cli.internal;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import org.touchstone.core.Bilingual;
import org.touchstone.core.CoreMessage;
import org.touchstone.model.Complaint;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstonePackage.Literals;
import org.touchstone.results.PlaybookCheck;
import org.touchstone.results.Results;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code complaint}: the log of service failures and how each was recovered. */
@Command(name = "complaint", subcommands = { ComplaintCommand.ListComplaints.class, ComplaintCommand.Import.class })
public class ComplaintCommand extends CommandGroup {
	@Command(name = "list")
	static class ListComplaints extends InTenant implements Runnable {
		@Mixin
		JsonOption json;

		ListComplaints(Session session) {
			super(session);
		}

		@Override
		public void run() {
			Tenant tenant = workspace().read(context());
			// In the order things happened, as a log is read.
			List<Complaint> log = tenant.getComplaints().stream()
					.sorted(java.util.Comparator.comparing(Complaint::getAt, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))).toList();
			if (json.json) {
				Json.print(session.out, w -> {
					w.beginArray();
					for (Complaint c : log) {
						w.beginObject().name("key").value(c.getKey()).name("at").value(day(c)).name("site").value(c.getSite() == null ? null : c.getSite().getKey())
								.name("failureType").value(c.isSetFailureType() ? c.getFailureType().getLiteral() : null).name("playbook")
								.value(c.getPlaybook() == null ? null : c.getPlaybook().getKey()).name("resolutionMinutes").value(c.getResolutionMinutes())
								.name("followUpDone").value(c.isFollowUpDone()).name("outcome").value(c.getOutcome().getLiteral()).name("breaches").beginArray();
						for (CoreMessage breach : PlaybookCheck.breaches(c)) {
							w.value(breach.in(session.language));
						}
						w.endArray().endObject();
					}
					w.endArray();
				});
				return;
			}
			for (Complaint c : log) {
				session.out.println(c.getKey() + "\t" + day(c) + "\t" + (c.getSite() == null ? "" : c.getSite().getKey()) + "\t"
						+ (c.getPlaybook() == null ? "" : c.getPlaybook().getKey()) + "\t" + c.getOutcome().getLiteral() + "\t"
						+ Bilingual.of(c, Literals.COMPLAINT__CUSTOMER_SAID).shown(session.language).text());
				for (CoreMessage breach : PlaybookCheck.breaches(c)) {
					session.out.println("  ! " + breach.in(session.language));
				}
			}
		}

		private static String day(Complaint c) {
			return c.getAt() == null ? "" : c.getAt().toInstant().atZone(ZoneOffset.UTC).toLocalDateTime().toString().replace('T', ' ');
		}
	}

	@Command(name = "import")
	static class Import extends InTenant implements Runnable {
		@Parameters(paramLabel = "FILE", descriptionKey = "complaintsFile")
		Path file;
		@Option(names = "--dry-run")
		boolean dryRun;

		Import(Session session) {
			super(session);
		}

		@Override
		public void run() {
			List<Complaint> logged = new Results(workspace()).importComplaints(context(), file, dryRun);
			session.out.println(session.text(dryRun ? "complaint.wouldImport" : "complaint.imported", logged.size(), file));
		}
	}
}
