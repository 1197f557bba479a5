package org.touchstone.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.Finding;
import org.touchstone.core.Validation;
import org.touchstone.core.Workspace;
import org.touchstone.model.CaseStudy;
import org.touchstone.model.JourneyStage;
import org.touchstone.model.Language;
import org.touchstone.model.Role;
import org.touchstone.model.Tenant;
import org.touchstone.model.Touchpoint;
import org.touchstone.model.User;

/** The embedded sample workspace holds what the product promises a newcomer. */
class SampleContentTest {
	@TempDir
	Path dir;

	@Test
	void theLibraryHoldsAtLeastTwelveBilingualCasesIncludingTheNamedCompanies() {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"), "me");
		Tenant library = ws.read(new Context(Workspace.LIBRARY, "me"));
		assertTrue(library.getCases().size() >= 12, "cases: " + library.getCases().size());
		String companies = library.getCases().stream().map(CaseStudy::getCompany).collect(Collectors.joining(" "));
		for (String name : List.of("Disney", "Haier", "Walmart", "Haidilao", "海底捞", "海尔", "沃尔玛", "迪士尼")) {
			assertTrue(companies.contains(name), name + " in " + companies);
		}
		for (CaseStudy c : library.getCases()) {
			Set<Language> langs = c.getTexts().stream().map(t -> t.getLang()).collect(Collectors.toSet());
			assertEquals(EnumSet.of(Language.ZH, Language.EN), langs, c.getKey() + " has both versions");
			c.getTexts().forEach(t -> assertFalse(t.getStory().isBlank(), c.getKey()));
		}
	}

	@Test
	void threeTenantsInDifferentIndustriesHaveWhatTheHandbookNeeds() {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"), "me");
		List<Tenant> tenants = ws.tenants("me").stream().filter(t -> !t.getId().equals(Workspace.LIBRARY)).toList();
		assertEquals(3, tenants.size());
		for (Tenant t : tenants) {
			assertTrue(t.getStandards().size() >= 15, t.getId());
			Set<String> dims = t.getStandards().stream().map(s -> DocumentControl.latest(s).getDimension().getCode()).collect(Collectors.toSet());
			assertEquals(Set.of("timeliness", "anticipation", "attitude", "feedback"), dims, t.getId());
			assertEquals(4, t.getSegments().size(), t.getId());
			assertTrue(t.getPlaybooks().size() >= 3, t.getId());
			assertEquals(EnumSet.allOf(JourneyStage.class), t.getTouchpoints().stream().map(Touchpoint::getStage)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(JourneyStage.class))), t.getId());
			Set<Role> roles = t.getUsers().stream().flatMap(u -> u.getRoles().stream()).collect(Collectors.toSet());
			assertEquals(EnumSet.allOf(Role.class), roles, t.getId());
			assertEquals(1, t.getHandbooks().size());
			assertTrue(t.getUsers().stream().map(User::getName).anyMatch("me"::equals));
		}
		assertEquals(Set.of(Language.ZH, Language.EN), tenants.stream().map(Tenant::getLocale).collect(Collectors.toSet()));
	}

	@Test
	void everyReferenceResolvesAfterTheWorkspaceIsReadBackFromDisk() {
		Workspace.openOrCreate(dir.resolve("ws"), "me");
		Workspace ws = Workspace.open(dir.resolve("ws"));
		assertEquals(List.of(), ws.problems());
		for (Tenant t : ws.tenants("me")) {
			EcoreUtil.resolveAll(t);
			for (var it = t.eAllContents(); it.hasNext();) {
				EObject o = it.next();
				for (EObject ref : o.eCrossReferences()) {
					assertFalse(ref.eIsProxy(), t.getId() + ": unresolved " + EcoreUtil.getURI(ref));
				}
			}
		}
	}

	@Test
	void someSampleStandardsAreDeliberatelyVagueSoTheLintHasWork() {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"), "me");
		for (String id : List.of("harbor-hotel", "riverside-bank", "red-lantern-hotpot")) {
			List<Finding> findings = Validation.check(ws.read(new Context(id, "me")), LocalDate.of(2026, 11, 23));
			assertTrue(findings.stream().anyMatch(f -> f.code().equals("measurability.vague-word")), id);
			assertTrue(findings.stream().noneMatch(f -> f.code().equals("reference.dangling") || f.code().equals("reference.foreign")
					|| f.code().startsWith("model.")),
					id + ": " + findings);
		}
	}

	@Test
	void noEffectiveSampleRevisionHasLintErrors() {
		Workspace ws = Workspace.openOrCreate(dir.resolve("ws"), "me");
		for (String id : List.of("harbor-hotel", "riverside-bank", "red-lantern-hotpot")) {
			var tenant = ws.read(new Context(id, "me"));
			for (var standard : tenant.getStandards()) {
				if (org.touchstone.core.DocumentControl.latest(standard).getStatus() != org.touchstone.model.Status.EFFECTIVE) {
					continue;
				}
				List<Finding> errors = Validation.check(standard, tenant.getLocale(), LocalDate.of(2026, 11, 23)).stream()
						.filter(f -> f.severity() == Finding.Severity.ERROR).toList();
				assertTrue(errors.isEmpty(), id + " " + standard.getKey() + " is effective with errors: " + errors);
			}
		}
	}
}
