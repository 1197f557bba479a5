package org.touchstone.results.tests;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.touchstone.core.Context;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.Permission;
import org.touchstone.core.StandardChange;
import org.touchstone.core.Workspace;
import org.touchstone.model.Language;
import org.touchstone.model.Role;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstoneFactory;
import org.touchstone.model.User;
import org.touchstone.results.AuditForm;
import org.touchstone.results.AuditFormFiles;
import org.touchstone.results.Results;

/**
 * A real workspace on disk with two tenants, {@code acme} (three sites, two effective standards)
 * and {@code globex} (one site, one standard), and a way to fill audit forms the way a field team
 * does: export the form as CSV, copy an item's row once per observation, type in the values.
 */
final class Field {
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
	final Workspace workspace;
	final DocumentControl control;
	final Results results;
	final Path dir;

	Field(Path dir) {
		this.dir = dir;
		workspace = Workspace.openOrCreate(dir.resolve("ws"), "root");
		control = new DocumentControl(workspace, CLOCK);
		results = new Results(workspace);
		for (String tenant : List.of("acme", "globex")) {
			workspace.createTenant("root", tenant, tenant, Language.ZH);
			workspace.change(new Context(tenant, "root"), Permission.ADMINISTER, t -> {
				add(t, "quinn", Role.QUALITY_MANAGER);
				add(t, "rita", Role.REVIEWER);
				add(t, "tom", Role.TRAINER);
				return null;
			});
		}
		Context quinn = as("quinn");
		results.addSite(quinn, "S1", "一号店", "Store one", "华东", "East");
		results.addSite(quinn, "S2", "二号店", "Store two", "华西", "West");
		results.addSite(quinn, "S3", "三号店", "Store three", "华西", "West");
		standard("acme", "G-001", "客人进门30秒内有员工问候。", "30", "秒", "at-most", "80");
		standard("acme", "G-002", "至少95%的来电在三声内接听。", "95", "%", "at-least", null);
		results.addSite(new Context("globex", "quinn"), "G1", "环球店", "Globex store", "华北", "North");
		standard("globex", "X-001", "客人进门30秒内有员工问候。", "30", "秒", "at-most", null);
	}

	static Context as(String user) {
		return new Context("acme", user);
	}

	/** A standard written by quinn, approved by the admin and effective from 1 March 2026. */
	void standard(String tenant, String key, String statement, String threshold, String unit, String comparison, String target) {
		StandardChange change = new StandardChange().set("title", "标准 " + key).set("dimension", "timeliness").set("statement", statement)
				.set("threshold", threshold).set("unit", unit).set("comparison", comparison).set("observation", "神秘顾客每月暗访四次并计时");
		if (target != null) {
			change.set("compliance-target", target);
		}
		control.create(new Context(tenant, "quinn"), key, change);
		control.submit(new Context(tenant, "quinn"), key, null);
		control.approve(new Context(tenant, "root"), key, null, "fixture");
		control.makeEffective(new Context(tenant, "root"), key, LocalDate.of(2026, 3, 1), null, "fixture");
	}

	/** The form of a site on a day, exported as CSV. */
	Path exportForm(String tenant, String site, LocalDate day) throws IOException {
		AuditForm form = results.form(new Context(tenant, "tom"), site, day);
		Path file = dir.resolve(tenant + "-" + site + "-" + day + ".csv");
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			AuditFormFiles.csv(form, Language.ZH, out);
		}
		return file;
	}

	/** One observation to type into a form: the item's standard, the value, when, and an optional segment. */
	record Value(String standard, String value, String at) {
	}

	/** A filled copy of an exported form: each value on a copy of its item's row, by the observer "olga". */
	Path fill(Path form, List<Value> values) throws IOException {
		List<CSVRecord> items;
		List<String> header;
		try (CSVParser parser = CSVParser.parse(Files.readString(form).substring(1),
				CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
			header = parser.getHeaderNames();
			items = parser.getRecords();
		}
		Path filled = Path.of(form.toString().replace(".csv", "-filled-" + UUID.randomUUID() + ".csv"));
		try (Writer out = Files.newBufferedWriter(filled, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (Value v : values) {
				CSVRecord item = items.stream().filter(r -> r.get("standard").equals(v.standard())).findFirst().orElseThrow();
				List<String> row = new ArrayList<>(item.toList());
				row.set(header.indexOf("value"), v.value());
				row.set(header.indexOf("observed_at"), v.at());
				row.set(header.indexOf("observer"), "olga");
				csv.printRecord(row);
			}
		}
		return filled;
	}

	private static void add(Tenant t, String name, Role role) {
		User u = TouchstoneFactory.eINSTANCE.createUser();
		u.setUuid(UUID.randomUUID().toString());
		u.setName(name);
		u.getRoles().add(role);
		t.getUsers().add(u);
	}
}
