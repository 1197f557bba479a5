package org.touchstone.results;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.touchstone.core.Context;
import org.touchstone.core.CoreMessage;
import org.touchstone.core.InvalidValueException;
import org.touchstone.core.NotFoundException;
import org.touchstone.core.Permission;
import org.touchstone.core.Workspace;
import org.touchstone.model.Complaint;
import org.touchstone.model.Language;
import org.touchstone.model.Site;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstoneFactory;

/**
 * Measuring standards in the field, for one workspace: a tenant's sites, audit forms generated
 * from its standards, results brought back, and the figures counted from them. Everyone who reads
 * a tenant reads its results; only a quality manager or an admin
 * ({@link Permission#RECORD_RESULTS}) brings results in. A tenant's results are kept in its own
 * folder, so one tenant's never reach another's report.
 */
public final class Results {
	private final Workspace workspace;

	public Results(Workspace workspace) {
		this.workspace = workspace;
	}

	/** A tenant's site by key (case does not matter). */
	public static Site site(Tenant tenant, String key) {
		for (Site site : tenant.getSites()) {
			if (site.getKey().equalsIgnoreCase(key)) {
				return site;
			}
		}
		throw new NotFoundException(CoreMessage.of("site.notFound", key, tenant.getId(),
				String.join(", ", tenant.getSites().stream().map(Site::getKey).toList())));
	}

	/** Adds a site to a tenant; the user needs to be able to write there. */
	public Site addSite(Context context, String key, String name, String nameEn, String region, String regionEn) {
		if (key == null || !key.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
			throw new InvalidValueException(CoreMessage.of("site.keyInvalid", key == null ? "" : key));
		}
		return workspace.change(context, Permission.WRITE, tenant -> {
			if (tenant.getSites().stream().anyMatch(s -> s.getKey().equalsIgnoreCase(key))) {
				throw new InvalidValueException(CoreMessage.of("site.keyTaken", key, tenant.getId()));
			}
			Site site = TouchstoneFactory.eINSTANCE.createSite();
			site.setUuid(java.util.UUID.randomUUID().toString());
			site.setKey(key);
			site.setName(name);
			site.setNameEn(nameEn);
			site.setRegion(region);
			site.setRegionEn(regionEn);
			tenant.getSites().add(site);
			return site;
		});
	}

	/** The audit form for a site on a day. */
	public AuditForm form(Context context, String siteKey, LocalDate day) {
		Tenant tenant = workspace.read(context);
		return AuditForm.generate(tenant, site(tenant, siteKey), day);
	}

	/**
	 * Brings a filled form's results into a tenant, all of them or, when a row is bad, none.
	 *
	 * @param dryRun check the file and count its results, keep nothing
	 * @return the results the file held
	 */
	public List<Observation> importFile(Context context, Path file, boolean dryRun) {
		return workspace.underLock(context, Permission.RECORD_RESULTS, tenant -> {
			List<Observation> rows = ResultsFile.read(file, tenant);
			ResultsFolder folder = folder(tenant);
			String earlier = folder.importedBefore(rows);
			if (earlier != null) {
				throw new InvalidValueException(CoreMessage.of("results.importedBefore", file, earlier));
			}
			if (!dryRun && !rows.isEmpty()) {
				folder.append(rows, context.user(), file.getFileName().toString());
			}
			return rows;
		});
	}

	/**
	 * Brings in the values typed into a form (the workbench's audit dialog): each entry an item of
	 * the form and what was observed. Checked as a file's rows are, all or nothing.
	 */
	public List<Observation> recordForm(Context context, AuditForm form, List<Entry> entries, String observer) {
		List<Map<String, String>> rows = new java.util.ArrayList<>();
		for (Entry e : entries) {
			Map<String, String> row = new java.util.HashMap<>();
			row.put("tenant", form.tenant());
			row.put("site", form.site().getKey());
			row.put("audit", form.id());
			row.put("standard", e.item().standard());
			row.put("revision", String.valueOf(e.item().revision()));
			row.put("criterion", String.valueOf(e.item().criterion()));
			row.put("value", e.value());
			row.put("observed_at", e.at());
			row.put("observer", observer == null ? "" : observer);
			row.put("note", e.note() == null ? "" : e.note());
			rows.add(row);
		}
		return workspace.underLock(context, Permission.RECORD_RESULTS, tenant -> {
			List<Observation> checked = ResultsFile.check(tenant, Path.of(form.id()), rows);
			if (!checked.isEmpty()) {
				folder(tenant).append(checked, context.user(), form.id());
			}
			return checked;
		});
	}

	/** One value typed against a form's item: the value, when (as an observer writes a time), and a note. */
	public record Entry(AuditItem item, String value, String at, String note) {
	}

	/** Brings results into a tenant that were made some other way than a file (generated sample data, the workbench). */
	public void record(Context context, List<Observation> rows) {
		workspace.underLock(context, Permission.RECORD_RESULTS, tenant -> folder(tenant).append(rows, context.user(), null));
	}

	/** Every result of a tenant. */
	public ObservationTable observations(Context context) {
		return folder(workspace.read(context)).read();
	}

	/**
	 * Checks the user may read a tenant's results and gives a way to read them that touches no
	 * model, so that the files can be read off the thread that owns the model (the workbench's).
	 */
	public java.util.function.Supplier<ObservationTable> reader(Context context) {
		ResultsFolder folder = folder(workspace.read(context));
		return folder::read;
	}

	/** The results of a tenant the caller has already read (and so may read): for a handbook's results chapter. */
	public ObservationTable observations(Tenant tenant) {
		return folder(tenant).read();
	}

	/** A tenant's figures between two days (either may be null), at one site (null: all). */
	public Report report(Context context, LocalDate from, LocalDate to, String siteKey, Period period, Language language) {
		Tenant tenant = workspace.read(context);
		String site = siteKey == null ? null : site(tenant, siteKey).getKey();
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidValueException(CoreMessage.of("report.toBeforeFrom", to, from));
		}
		return Figures.of(tenant, folder(tenant).read(), from, to, site, period, language);
	}

	/**
	 * Logs the complaints a CSV file holds: all of them, or none when a row is bad. Needs
	 * {@link Permission#RECORD_RESULTS}.
	 *
	 * @param dryRun check the file, log nothing
	 */
	public List<Complaint> importComplaints(Context context, Path file, boolean dryRun) {
		if (dryRun) {
			Tenant tenant = workspace.read(context);
			org.touchstone.core.Access.check(tenant, context.user(), Permission.RECORD_RESULTS);
			return ComplaintsCsv.read(file, tenant);
		}
		return workspace.change(context, Permission.RECORD_RESULTS, tenant -> {
			List<Complaint> complaints = ComplaintsCsv.read(file, tenant);
			complaints.forEach(c -> c.setRecordedBy(c.getRecordedBy() == null ? context.user() : c.getRecordedBy()));
			tenant.getComplaints().addAll(complaints);
			return complaints;
		});
	}

	/** The complaint log's figures between two days (either may be null), at one site (null: all). */
	public Recovery recovery(Context context, LocalDate from, LocalDate to, String siteKey, Language language) {
		Tenant tenant = workspace.read(context);
		String site = siteKey == null ? null : site(tenant, siteKey).getKey();
		return Recoveries.of(tenant, from, to, site, language);
	}

	/** What a tenant's results say about its standards ({@link DataFindings}), as of a day. */
	public List<org.touchstone.core.Finding> findings(Context context, LocalDate today) {
		Tenant tenant = workspace.read(context);
		return DataFindings.of(tenant, folder(tenant).read(), today);
	}

	/** The same, for a tenant already read, messages in the given language (the reader's). */
	public List<org.touchstone.core.Finding> findings(Tenant tenant, Language language, LocalDate today) {
		return DataFindings.of(tenant, folder(tenant).read(), language, today);
	}

	private ResultsFolder folder(Tenant tenant) {
		return new ResultsFolder(workspace.folder(tenant.getId()));
	}
}
