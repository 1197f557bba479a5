package org.touchstone.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.AccessDeniedException;
import org.touchstone.core.Context;
import org.touchstone.core.MalformedInputException;
import org.touchstone.core.Permission;
import org.touchstone.model.FailureType;
import org.touchstone.model.Language;
import org.touchstone.model.PlaybookStep;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.Touchpoint;
import org.touchstone.model.TouchstoneFactory;
import org.touchstone.results.Recovery;

/** A complaint log imported from CSV, each recovery held against its playbook, and the log's figures counted by hand. */
class ComplaintLogTest {
	private static final String HEADER = "key,at,site,touchpoint,failure_type,customer_said,playbook,first_response_minutes,resolution_minutes,compensation,"
			+ "follow_up_done,outcome,satisfied_after_recovery\n";
	@TempDir
	Path dir;
	Field f;

	@BeforeEach
	void setUp() {
		f = new Field(dir);
		f.workspace.change(new Context("acme", "root"), Permission.ADMINISTER, t -> {
			TouchstoneFactory make = TouchstoneFactory.eINSTANCE;
			RecoveryPlaybook playbook = make.createRecoveryPlaybook();
			playbook.setUuid(UUID.randomUUID().toString());
			playbook.setKey("PB-SLOW");
			playbook.setTitle("上菜慢");
			playbook.setFailureType(FailureType.SLOW_SERVICE);
			playbook.setEmpowermentAmount(100.0);
			for (int limit : new int[] { 5, 20, 60 }) {
				PlaybookStep step = make.createPlaybookStep();
				step.setUuid(UUID.randomUUID().toString());
				step.setTimeLimitMinutes(limit);
				playbook.getSteps().add(step);
			}
			t.getPlaybooks().add(playbook);
			Touchpoint door = make.createTouchpoint();
			door.setUuid(UUID.randomUUID().toString());
			door.setKey("TP-DOOR");
			t.getTouchpoints().add(door);
			t.getSites().forEach(s -> s.setCustomersPerMonth(1000));
			return null;
		});
	}

	private Path log(String rows) throws Exception {
		Path file = dir.resolve("complaints-" + UUID.randomUUID() + ".csv");
		Files.writeString(file, HEADER + rows);
		return file;
	}

	@Test
	void everyRecoveryFigureMatchesACountByHand() throws Exception {
		Path file = log("""
				C1,2026-06-02 19:00,S1,,,汤凉了,PB-SLOW,3,30,50,yes,kept,yes
				C2,2026-06-10 20:00,S1,,,等了四十分钟,PB-SLOW,10,90,150,no,lost,no
				C3,2026-06-15 12:00,S2,,,,PB-SLOW,2,45,,yes,unknown,
				C4,2026-06-30 18:00,S2,TP-DOOR,disruptive-others,门口太吵,,,,,no,kept,
				""");
		assertEquals(4, f.results.importComplaints(Field.as("quinn"), file, false).size());
		Recovery r = f.results.recovery(Field.as("rita"), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), null, Language.EN);
		assertEquals(4, r.complaints());
		assertEquals(100, r.silentEstimate());
		assertEquals(50.0, r.omissionRate(), 1e-9, "C2 and C4 were never followed up");
		assertEquals(50.0, r.dissatisfiedAfterRecovery(), 1e-9, "of the two asked, C2 was still unhappy");
		assertEquals(200.0 / 3, r.keptRate(), 1e-9, "C1 and C4 kept, C2 lost, C3 not known");
		double customers = 3 * 1000 * (30 / (365.25 / 12));
		assertEquals(4 * 1000 / customers, r.perThousandCustomers(), 1e-9);
		Recovery.PlaybookFigure slow = r.playbooks().get(0);
		assertEquals(List.of("PB-SLOW", "3", "45.0", "1", "1"),
				List.of(slow.key(), "" + slow.failures(), "" + slow.medianMinutesToResolve(), "" + slow.kept(), "" + slow.lost()));
		assertEquals(200.0 / 3, slow.withinLimitRate(), 1e-9, "C2 took 90 minutes against the last step's 60");
		assertEquals(List.of("C2: first response after 10 min; PB-SLOW asks for one within 5 min", "C2: resolved after 90 min; PB-SLOW allows 60 min",
				"C2: 150 was given; PB-SLOW lets the front line give up to 100 without escalating"), r.breaches().stream().map(Object::toString).toList());
		assertEquals(3, r.byFailureType().get("slow-service"), "a complaint without a failure type takes its playbook's");
		assertEquals(1, r.byTouchpoint().get("TP-DOOR"));

		Recovery s2 = f.results.recovery(Field.as("tom"), null, null, "S2", Language.EN);
		assertEquals(2, s2.complaints());
		assertNull(s2.dissatisfiedAfterRecovery(), "nobody at S2 was asked");
	}

	@Test
	void aBadRowRefusesTheWholeLogAndTheSameKeyIsNotLoggedTwice() throws Exception {
		Path bad = log("C1,2026-06-02 19:00,S1,,,,PB-SLOW,3,30,,yes,kept,yes\nC2,2026-06-03 19:00,S1,,,,PB-FAST,3,30,,yes,kept,yes\n");
		MalformedInputException refused = assertThrows(MalformedInputException.class, () -> f.results.importComplaints(Field.as("quinn"), bad, false));
		assertTrue(refused.getMessage().contains("line 3, column playbook") && refused.getMessage().contains("PB-FAST"), refused.getMessage());
		assertEquals(0, f.results.recovery(Field.as("tom"), null, null, null, Language.EN).complaints());

		Path good = log("C1,2026-06-02 19:00,S1,,,,PB-SLOW,3,30,,yes,kept,yes\n");
		f.results.importComplaints(Field.as("quinn"), good, false);
		MalformedInputException twice = assertThrows(MalformedInputException.class, () -> f.results.importComplaints(Field.as("quinn"), good, false));
		assertTrue(twice.getMessage().contains("complaint C1 is already in the log"), twice.getMessage());
		assertEquals(1, f.results.recovery(Field.as("tom"), null, null, null, Language.EN).complaints());

		assertThrows(AccessDeniedException.class, () -> f.results.importComplaints(Field.as("rita"), log("C9,2026-06-02,S1,,,,,,,,,,\n"), false));
	}
}
