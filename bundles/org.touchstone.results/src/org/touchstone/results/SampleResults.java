package org.touchstone.results;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.touchstone.core.Context;
import org.touchstone.core.Permission;
import org.touchstone.core.Workspace;
import org.touchstone.model.Comparison;
import org.touchstone.model.Complaint;
import org.touchstone.model.CustomerOutcome;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.Site;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstoneFactory;

/**
 * A year of made-up field results for the sample tenants, so that every figure, chart and finding
 * shows something on a fresh workspace: a weekly audit at each site of every standard in force
 * there (the forms change when a standard's revision does), and a complaint log. The numbers come
 * from a fixed seed, so every fresh workspace holds the same ones.
 * <p>
 * The made-up world has a shape worth finding: most standards are met three times in four and
 * slowly better over the year; in each tenant the first standard in force is met every time (too
 * easy?), the second seldom (unrealistic, or a training need), and the last is never audited.
 */
public final class SampleResults {
	/** The year the results fall in: the twelve months before the sample's December 2026. */
	public static final LocalDate FIRST = LocalDate.of(2025, 12, 1);
	public static final LocalDate LAST = LocalDate.of(2026, 11, 30);
	private static final long SEED = 20261202L;

	private SampleResults() {
	}

	/** Adds the year of results to every sample tenant that has sites; the user records them. */
	public static void addTo(Workspace workspace, String user) {
		for (Tenant tenant : workspace.tenants(user)) {
			if (tenant.getSites().isEmpty()) {
				continue;
			}
			Context context = new Context(tenant.getId(), user);
			Random random = new Random(SEED ^ tenant.getId().hashCode());
			new Results(workspace).record(context, observations(tenant, random));
			List<Complaint> complaints = complaints(tenant, random);
			complaints.forEach(c -> c.setRecordedBy(user));
			workspace.change(context, Permission.RECORD_RESULTS, t -> t.getComplaints().addAll(complaints));
		}
	}

	static List<Observation> observations(Tenant tenant, Random random) {
		List<String> keys = tenant.getStandards().stream().filter(s -> s.getRevisions().stream().anyMatch(r -> r.getEffectiveDate() != null))
				.map(s -> s.getKey()).sorted().toList();
		Map<String, Double> likelihood = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			likelihood.put(keys.get(i), i == 0 ? 1.0 : i == 1 ? 0.35 : 0.62 + 0.25 * random.nextDouble());
		}
		String neverAudited = keys.isEmpty() ? null : keys.get(keys.size() - 1);
		List<Observation> rows = new ArrayList<>();
		for (Site site : tenant.getSites()) {
			double siteEffect = (random.nextDouble() - 0.5) * 0.16;
			String observer = "observer-" + site.getKey().toLowerCase();
			for (LocalDate week = FIRST; !week.isAfter(LAST); week = week.plusWeeks(1)) {
				LocalDate day = week.plusDays(random.nextInt(7));
				if (day.isAfter(LAST)) {
					break;
				}
				double progress = (day.toEpochDay() - FIRST.toEpochDay()) / 365.0;
				AuditForm form = AuditForm.generate(tenant, site, day);
				for (AuditItem item : form.items()) {
					if (item.standard().equals(neverAudited)) {
						continue;
					}
					double p = likelihood.get(item.standard());
					p = p >= 1.0 ? 1.0 : Math.min(0.99, Math.max(0.05, p + siteEffect + 0.1 * progress));
					int observed = 1 + random.nextInt(2);
					for (int n = 0; n < observed; n++) {
						LocalDateTime at = day.atTime(9 + random.nextInt(11), random.nextInt(60));
						boolean met = random.nextDouble() < p;
						rows.add(new Observation(item.standard(), item.revision(), item.criterion(), site.getKey(), null, at, value(item, met, random), observer,
								form.id(), null));
					}
				}
			}
		}
		return rows;
	}

	/** A value on the met or the missed side of the item's threshold, in its unit. */
	private static double value(AuditItem item, boolean met, Random random) {
		if (item.answer() != Answer.NUMBER || item.threshold() == null) {
			return met ? 100 : 0;
		}
		double t = item.threshold();
		boolean below = item.comparison() != Comparison.AT_LEAST;
		double v = met == below ? t * (0.3 + 0.7 * random.nextDouble()) : t * (1.05 + 0.9 * random.nextDouble());
		return Math.round(v * 10) / 10.0;
	}

	static List<Complaint> complaints(Tenant tenant, Random random) {
		List<Complaint> log = new ArrayList<>();
		List<RecoveryPlaybook> playbooks = tenant.getPlaybooks();
		if (playbooks.isEmpty()) {
			return log;
		}
		int n = 0;
		for (Site site : tenant.getSites()) {
			int count = 6 + random.nextInt(10);
			for (int i = 0; i < count; i++) {
				RecoveryPlaybook playbook = playbooks.get(random.nextInt(playbooks.size()));
				Complaint c = TouchstoneFactory.eINSTANCE.createComplaint();
				c.setUuid(UUID.nameUUIDFromBytes((tenant.getId() + "/complaint/" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
				c.setKey(String.format("C-%04d", ++n));
				LocalDateTime at = FIRST.plusDays(random.nextInt(365)).atTime(8 + random.nextInt(14), random.nextInt(60));
				c.setAt(Date.from(at.toInstant(ZoneOffset.UTC)));
				c.setSite(site);
				c.setPlaybook(playbook);
				c.setFailureType(playbook.getFailureType());
				if (!playbook.getStandards().isEmpty()) {
					c.setTouchpoint(org.touchstone.core.DocumentControl.latest(playbook.getStandards().get(0)).getTouchpoint());
				}
				Integer first = PlaybookCheck.firstResponseLimit(playbook);
				Integer last = PlaybookCheck.resolutionLimit(playbook);
				int response = first == null ? 1 + random.nextInt(10) : (int) Math.max(1, Math.round(first * (0.3 + random.nextDouble() * (random.nextDouble() < 0.85 ? 0.7 : 2.0))));
				int resolution = last == null ? response + random.nextInt(60) : (int) Math.max(response, Math.round(last * (0.4 + random.nextDouble() * (random.nextDouble() < 0.8 ? 0.6 : 1.5))));
				c.setFirstResponseMinutes(response);
				c.setResolutionMinutes(resolution);
				if (playbook.getEmpowermentAmount() != null && random.nextDouble() < 0.6) {
					c.setCompensation((double) Math.round(playbook.getEmpowermentAmount() * (0.2 + random.nextDouble() * (random.nextDouble() < 0.9 ? 0.8 : 1.6))));
				}
				c.setGuaranteeInvoked(playbook.getServiceGuarantee() != null && random.nextDouble() < 0.3);
				c.setFollowUpDone(random.nextDouble() < 0.82);
				double outcome = random.nextDouble();
				c.setOutcome(outcome < 0.72 ? CustomerOutcome.KEPT : outcome < 0.88 ? CustomerOutcome.LOST : CustomerOutcome.UNKNOWN);
				if (random.nextDouble() < 0.7) {
					c.setSatisfiedAfterRecovery(random.nextDouble() < 0.8);
				}
				log.add(c);
			}
		}
		return log;
	}
}
