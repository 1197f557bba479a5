package org.touchstone.results;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.touchstone.core.CoreMessage;
import org.touchstone.core.MalformedInputException;
import org.touchstone.model.Complaint;
import org.touchstone.model.CustomerOutcome;
import org.touchstone.model.FailureType;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.Site;
import org.touchstone.model.Tenant;
import org.touchstone.model.Touchpoint;
import org.touchstone.model.TouchstoneFactory;

/**
 * The complaint log as CSV: what a service desk's spreadsheet or ticket system exports. A file is
 * read whole and checked against the tenant (sites, touchpoints, playbooks, the failure taxonomy)
 * before anything is logged; a bad row refuses the file, naming the line and the column.
 */
public final class ComplaintsCsv {
	public static final List<String> COLUMNS = List.of("key", "at", "site", "touchpoint", "failure_type", "customer_said", "customer_said_en", "playbook",
			"first_response_minutes", "resolution_minutes", "compensation", "guarantee_invoked", "follow_up_done", "outcome", "outcome_reason",
			"outcome_reason_en", "satisfied_after_recovery", "recorded_by");
	private static final List<String> REQUIRED = List.of("key", "at", "site");

	private ComplaintsCsv() {
	}

	/** The complaints a file holds, new objects not yet in the tenant, checked against it. */
	public static List<Complaint> read(Path file, Tenant tenant) {
		String text = ResultsFile.decode(file);
		List<Complaint> complaints = new ArrayList<>();
		List<CoreMessage> problems = new ArrayList<>();
		int firstLine = 0;
		Set<String> keys = new HashSet<>();
		tenant.getComplaints().forEach(c -> keys.add(c.getKey().toLowerCase(Locale.ROOT)));
		Set<String> inFile = new HashSet<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text),
				CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get())) {
			Map<String, Integer> header = parser.getHeaderMap();
			for (String column : header.keySet()) {
				if (!COLUMNS.contains(column)) {
					throw new MalformedInputException(file, 1, CoreMessage.of("csv.unknownColumn", header.get(column) + 1, column, String.join(",", COLUMNS)));
				}
			}
			for (String column : REQUIRED) {
				if (!header.containsKey(column)) {
					throw new MalformedInputException(file, 1, CoreMessage.of("csv.missingColumn", column, String.join(",", COLUMNS)));
				}
			}
			for (CSVRecord record : parser) {
				int line = (int) parser.getCurrentLineNumber();
				Function<String, CoreMessage> where = column -> CoreMessage.of("where.lineColumn", line, column);
				CoreMessage problem;
				if (!record.isConsistent()) {
					problem = CoreMessage.of("csv.fieldCount", CoreMessage.of("where.line", line), record.size(), header.size());
				} else {
					Complaint complaint = TouchstoneFactory.eINSTANCE.createComplaint();
					problem = fill(complaint, column -> header.containsKey(column) ? record.get(column) : "", where, tenant);
					if (problem == null && keys.contains(complaint.getKey().toLowerCase(Locale.ROOT))) {
						problem = CoreMessage.of("complaints.keyTaken", where.apply("key"), complaint.getKey());
					}
					if (problem == null && !inFile.add(complaint.getKey().toLowerCase(Locale.ROOT))) {
						problem = CoreMessage.of("complaints.keyTwice", where.apply("key"), complaint.getKey());
					}
					if (problem == null) {
						complaints.add(complaint);
					}
				}
				if (problem != null) {
					firstLine = problems.isEmpty() ? line : firstLine;
					problems.add(problem);
				}
			}
		} catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
			throw new MalformedInputException(file, 0, CoreMessage.of("csv.invalid", e.getMessage()));
		}
		if (!problems.isEmpty()) {
			throw new MalformedInputException(file, firstLine, problems.size() > 1
					? CoreMessage.of("import.badRows", problems.get(0), problems.size() - 1) : CoreMessage.of("import.badRow", problems.get(0)));
		}
		return complaints;
	}

	/** Sets a complaint's fields from a row's cells; the problem with the first bad cell, or null. */
	private static CoreMessage fill(Complaint c, Function<String, String> cell, Function<String, CoreMessage> where, Tenant tenant) {
		for (String column : REQUIRED) {
			if (cell.apply(column).isEmpty()) {
				return CoreMessage.of("row.empty", where.apply(column));
			}
		}
		c.setUuid(UUID.randomUUID().toString());
		c.setKey(cell.apply("key"));
		if (!c.getKey().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
			return CoreMessage.of("row.keyInvalid", where.apply("key"), c.getKey());
		}
		LocalDateTime at = ResultsFile.time(cell.apply("at"));
		if (at == null) {
			return CoreMessage.of("results.badTime", where.apply("at"), cell.apply("at"));
		}
		c.setAt(Date.from(at.toInstant(ZoneOffset.UTC)));
		Site site = tenant.getSites().stream().filter(s -> s.getKey().equalsIgnoreCase(cell.apply("site"))).findFirst().orElse(null);
		if (site == null) {
			return CoreMessage.of("results.unknownSite", where.apply("site"), cell.apply("site"), tenant.getId());
		}
		c.setSite(site);
		String touchpoint = cell.apply("touchpoint");
		if (!touchpoint.isEmpty()) {
			Touchpoint tp = tenant.getTouchpoints().stream().filter(t -> touchpoint.equalsIgnoreCase(t.getKey())).findFirst().orElse(null);
			if (tp == null) {
				return CoreMessage.of("complaints.unknownTouchpoint", where.apply("touchpoint"), touchpoint, tenant.getId());
			}
			c.setTouchpoint(tp);
		}
		String type = cell.apply("failure_type");
		if (!type.isEmpty()) {
			FailureType failure = FailureType.get(type.toLowerCase(Locale.ROOT));
			if (failure == null) {
				return CoreMessage.of("complaints.unknownFailureType", where.apply("failure_type"), type,
						String.join(", ", FailureType.VALUES.stream().map(FailureType::getLiteral).toList()));
			}
			c.setFailureType(failure);
		}
		c.setCustomerSaid(blankToNull(cell.apply("customer_said")));
		c.setCustomerSaidEn(blankToNull(cell.apply("customer_said_en")));
		String playbook = cell.apply("playbook");
		if (!playbook.isEmpty()) {
			RecoveryPlaybook pb = tenant.getPlaybooks().stream().filter(p -> playbook.equalsIgnoreCase(p.getKey())).findFirst().orElse(null);
			if (pb == null) {
				return CoreMessage.of("complaints.unknownPlaybook", where.apply("playbook"), playbook, tenant.getId());
			}
			c.setPlaybook(pb);
			if (!c.isSetFailureType()) {
				c.setFailureType(pb.getFailureType());
			}
		}
		for (String column : List.of("first_response_minutes", "resolution_minutes")) {
			String text = cell.apply(column);
			if (!text.isEmpty()) {
				Integer minutes = minutes(text);
				if (minutes == null) {
					return CoreMessage.of("complaints.notMinutes", where.apply(column), text);
				}
				if (column.startsWith("first")) {
					c.setFirstResponseMinutes(minutes);
				} else {
					c.setResolutionMinutes(minutes);
				}
			}
		}
		if (c.getFirstResponseMinutes() != null && c.getResolutionMinutes() != null && c.getResolutionMinutes() < c.getFirstResponseMinutes()) {
			return CoreMessage.of("complaints.resolvedBeforeResponse", where.apply("resolution_minutes"), c.getResolutionMinutes(), c.getFirstResponseMinutes());
		}
		String amount = cell.apply("compensation");
		if (!amount.isEmpty()) {
			try {
				double value = Double.parseDouble(amount);
				if (!Double.isFinite(value) || value < 0) {
					throw new NumberFormatException();
				}
				c.setCompensation(value);
			} catch (NumberFormatException e) {
				return CoreMessage.of("complaints.notAmount", where.apply("compensation"), amount);
			}
		}
		for (String column : List.of("guarantee_invoked", "follow_up_done", "satisfied_after_recovery")) {
			String text = cell.apply(column);
			if (text.isEmpty()) {
				continue;
			}
			Double yes = Answer.YES_NO.parse(text);
			if (yes == null) {
				return CoreMessage.of("complaints.notYesNo", where.apply(column), text);
			}
			switch (column) {
			case "guarantee_invoked" -> c.setGuaranteeInvoked(yes > 0);
			case "follow_up_done" -> c.setFollowUpDone(yes > 0);
			default -> c.setSatisfiedAfterRecovery(yes > 0);
			}
		}
		String outcome = cell.apply("outcome");
		if (!outcome.isEmpty()) {
			CustomerOutcome o = CustomerOutcome.get(outcome.toLowerCase(Locale.ROOT));
			if (o == null) {
				return CoreMessage.of("complaints.unknownOutcome", where.apply("outcome"), outcome);
			}
			c.setOutcome(o);
		}
		c.setOutcomeReason(blankToNull(cell.apply("outcome_reason")));
		c.setOutcomeReasonEn(blankToNull(cell.apply("outcome_reason_en")));
		c.setRecordedBy(blankToNull(cell.apply("recorded_by")));
		return null;
	}

	/** Writes a tenant's complaint log in the columns {@link #read} takes back. */
	public static void write(List<Complaint> complaints, Writer out) throws IOException {
		out.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
			for (Complaint c : complaints) {
				csv.printRecord(c.getKey(), c.getAt() == null ? "" : LocalDateTime.ofInstant(c.getAt().toInstant(), ZoneOffset.UTC).toString().replace('T', ' '),
						c.getSite() == null ? "" : c.getSite().getKey(), c.getTouchpoint() == null ? "" : c.getTouchpoint().getKey(),
						c.isSetFailureType() ? c.getFailureType().getLiteral() : "", text(c.getCustomerSaid()), text(c.getCustomerSaidEn()),
						c.getPlaybook() == null ? "" : c.getPlaybook().getKey(), text(c.getFirstResponseMinutes()), text(c.getResolutionMinutes()),
						c.getCompensation() == null ? "" : org.touchstone.core.RevisionDiff.number(c.getCompensation()), c.isGuaranteeInvoked() ? "yes" : "no",
						c.isFollowUpDone() ? "yes" : "no", c.getOutcome().getLiteral(), text(c.getOutcomeReason()), text(c.getOutcomeReasonEn()),
						c.getSatisfiedAfterRecovery() == null ? "" : c.getSatisfiedAfterRecovery() ? "yes" : "no", text(c.getRecordedBy()));
			}
		}
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private static Integer minutes(String text) {
		try {
			int minutes = Integer.parseInt(text.strip());
			return minutes < 0 ? null : minutes;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
