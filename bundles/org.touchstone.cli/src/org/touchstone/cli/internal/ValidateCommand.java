package org.touchstone.cli.internal;

import java.time.LocalDate;
import java.util.List;

import org.touchstone.core.Finding;
import org.touchstone.core.Validation;
import org.touchstone.model.Tenant;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code validate}: the measurability lint and the other checks; exits 1 when there is an error. */
@Command(name = "validate")
public class ValidateCommand extends InTenant implements java.util.concurrent.Callable<Integer> {
	@Mixin
	JsonOption json;
	ValidateCommand(Session session) {
		super(session);
	}

	@Override
	public Integer call() {
		Tenant t = workspace().read(context());
		// In the command line's language, whatever the tenant's: the reader's words.
		List<Finding> findings = new java.util.ArrayList<>(Validation.check(t, session.language, LocalDate.now()));
		findings.addAll(new org.touchstone.results.Results(workspace()).findings(t, session.language, LocalDate.now()));
		if (json.json) {
			Json.print(session.out, w -> {
				w.beginObject().name("findings").beginArray();
				for (Finding f : findings) {
					w.beginObject().name("severity").value(f.severity().label()).name("code").value(f.code()).name("element").value(f.element())
							.name("key").value(f.key()).name("message").value(f.message()).endObject();
				}
				w.endArray().endObject();
			});
		} else {
			for (Finding f : findings) {
				session.out.println(f);
			}
			long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
			session.out.println(session.text("validate.summary", t.getId(), counted("validate.errors", errors), counted("validate.warnings", findings.size() - errors)));
		}
		return Validation.hasErrors(findings) ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	/** "1 error", "3 errors": the message of one where English says one, of many otherwise. */
	private String counted(String key, long count) {
		return count == 1 ? session.text(key + ".one") : session.text(key, count);
	}
}
