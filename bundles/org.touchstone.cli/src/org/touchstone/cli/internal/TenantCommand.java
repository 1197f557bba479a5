package org.touchstone.cli.internal;

import org.touchstone.core.Workspace;
import org.touchstone.model.Language;
import org.touchstone.model.Tenant;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tenant list} and {@code tenant create}. */
@Command(name = "tenant", subcommands = {
		TenantCommand.ListTenants.class, TenantCommand.Create.class, TenantUserCommand.class })
public class TenantCommand extends CommandGroup {
	@Command(name = "list")
	static class ListTenants implements Runnable {
		@Mixin
		GlobalOptions options;
		@Mixin
		JsonOption json;
		private final Session session;

		ListTenants(Session session) {
			this.session = session;
		}

		@Override
		public void run() {
			Workspace workspace = session.workspace();
			var tenants = workspace.tenants(session.actingUser());
			if (json.json) {
				Json.print(session.out, w -> {
					w.beginObject().name("tenants").beginArray();
					for (Tenant t : tenants) {
						w.beginObject().name("id").value(t.getId()).name("name").value(t.getName()).name("locale")
								.value(t.getLocale().getLiteral()).endObject();
					}
					w.endArray().endObject();
				});
				return;
			}
			for (Tenant t : tenants) {
				session.out.println(t.getId() + "\t" + t.getName());
			}
		}
	}

	@Command(name = "create")
	static class Create implements Runnable {
		@Mixin
		GlobalOptions options;
		@Parameters(paramLabel = "ID", descriptionKey = "tenantId")
		String id;
		@Option(names = "--name", required = true)
		String name;
		@Option(names = "--locale", defaultValue = "zh")
		String locale;
		private final Session session;

		Create(Session session) {
			this.session = session;
		}

		@Override
		public void run() {
			Language language = Language.get(locale);
			if (language == null) {
				throw new UsageException(session.text("tenant.localeUnknown", locale));
			}
			Tenant tenant = session.workspace().createTenant(session.actingUser(), id, name, language);
			session.out.println(tenant.getId() + "\t" + tenant.getName());
		}
	}
}
