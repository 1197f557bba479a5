package org.touchstone.cli.internal;

import org.touchstone.core.Bilingual;
import org.touchstone.model.Site;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstonePackage.Literals;
import org.touchstone.results.Results;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code site}: a tenant's hotels, branches or restaurants, where its standards are observed. */
@Command(name = "site", subcommands = { SiteCommand.ListSites.class, SiteCommand.Add.class })
public class SiteCommand extends CommandGroup {
	@Command(name = "list")
	static class ListSites extends InTenant implements Runnable {
		@Mixin
		JsonOption json;

		ListSites(Session session) {
			super(session);
		}

		@Override
		public void run() {
			Tenant tenant = workspace().read(context());
			if (json.json) {
				Json.print(session.out, w -> {
					w.beginArray();
					for (Site s : tenant.getSites()) {
						w.beginObject().name("key").value(s.getKey()).name("name").value(s.getName()).name("nameEn").value(s.getNameEn()).name("region")
								.value(s.getRegion()).name("regionEn").value(s.getRegionEn()).endObject();
					}
					w.endArray();
				});
				return;
			}
			for (Site s : tenant.getSites()) {
				session.out.println(s.getKey() + "\t" + Bilingual.of(s, Literals.SITE__NAME).shown(session.language).text() + "\t"
						+ Bilingual.of(s, Literals.SITE__REGION).shown(session.language).text());
			}
		}
	}

	@Command(name = "add")
	static class Add extends InTenant implements Runnable {
		@Parameters(paramLabel = "KEY", descriptionKey = "siteKey")
		String key;
		@Option(names = "--name", paramLabel = "TEXT")
		String name;
		@Option(names = "--name-en", paramLabel = "TEXT")
		String nameEn;
		@Option(names = "--region", paramLabel = "TEXT")
		String region;
		@Option(names = "--region-en", paramLabel = "TEXT")
		String regionEn;

		Add(Session session) {
			super(session);
		}

		@Override
		public void run() {
			Site site = new Results(workspace()).addSite(context(), key, name, nameEn, region, regionEn);
			session.out.println(site.getKey());
		}
	}
}
