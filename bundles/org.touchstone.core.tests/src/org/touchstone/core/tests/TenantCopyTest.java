package org.touchstone.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.Finding;
import org.touchstone.core.TenantCopy;
import org.touchstone.core.Validation;
import org.touchstone.core.Workspace;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.Tenant;

/** The copy the workbench checks off the UI thread: the same findings as the tenant, following its edits. */
class TenantCopyTest {
	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	@TempDir
	Path dir;

	private Tenant sample(String id) {
		return Workspace.openOrCreate(dir.resolve("ws"), "admin").read(new Context(id, "admin"));
	}

	private static List<String> findings(Tenant tenant) {
		return Validation.check(tenant, TODAY).stream().map(Finding::toString).toList();
	}

	@Test
	void aCopyCheckedOnAnotherThreadHasTheTenantsFindings() throws Exception {
		for (String id : List.of("harbor-hotel", "riverside-bank", "red-lantern-hotpot")) {
			Tenant tenant = sample(id);
			TenantCopy copy = TenantCopy.of(tenant);
			List<String> there = CompletableFuture.supplyAsync(() -> findings(copy.tenant())).get();
			assertEquals(findings(tenant), there, id);
			assertTrue(!there.isEmpty(), "the sample has findings to compare");
			assertOnlyItsOwnObjects(copy.tenant(), tenant);
		}
	}

	@Test
	void editsCopiedElementByElementReachTheCopy() {
		Tenant tenant = sample("harbor-hotel");
		TenantCopy copy = TenantCopy.of(tenant);
		ServiceStandard changed = referredToFromElsewhere(tenant);
		ServiceStandard removed = tenant.getStandards().get(1);
		DocumentControl.latest(changed).setStatement("尽快问候客人");
		DocumentControl.latest(changed).getCriteria().clear();
		tenant.getStandards().remove(removed);
		ServiceStandard added = EcoreUtil.copy(tenant.getStandards().get(2));
		added.setUuid("added-standard");
		added.setKey("G-900");
		tenant.getStandards().add(added);
		tenant.setName("改名的酒店");
		assertNotEquals(findings(tenant), findings(copy.tenant()), "the copy does not see edits until they are applied");

		List<EObject> applied = copy.apply(TenantCopy.changes(tenant, List.of(changed, tenant, added)));

		assertEquals(findings(tenant), findings(copy.tenant()));
		assertEquals(2, applied.size());
		assertNotSame(changed, applied.get(0));
		assertEquals("尽快问候客人", DocumentControl.latest((ServiceStandard) applied.get(0)).getStatement());
		assertEquals("改名的酒店", copy.tenant().getName());
		assertEquals(tenant.getStandards().stream().map(ServiceStandard::getKey).toList(),
				copy.tenant().getStandards().stream().map(ServiceStandard::getKey).toList(), "removed and added standards follow, in order");
		assertOnlyItsOwnObjects(copy.tenant(), tenant);
	}

	@Test
	void aCopyMadeInSlicesEqualsOneMadeAtOnce() {
		Tenant tenant = sample("red-lantern-hotpot");
		TenantCopy slices = TenantCopy.withoutElements(tenant);
		List<EObject> elements = List.copyOf(tenant.eContents());
		for (int from = 0; from < elements.size(); from += 7) {
			slices.apply(TenantCopy.changes(tenant, elements.subList(from, Math.min(elements.size(), from + 7))));
		}
		assertEquals(findings(tenant), findings(slices.tenant()));
		assertTrue(EcoreUtil.equals(TenantCopy.of(tenant).tenant(), slices.tenant()));
		assertEquals(elements, slices.elements());
		assertOnlyItsOwnObjects(slices.tenant(), tenant);
	}

	/** A standard that another element refers to (a guarantee, a gap, a touchpoint's script), so that replacing its copy matters elsewhere. */
	private static ServiceStandard referredToFromElsewhere(Tenant tenant) {
		for (ServiceStandard s : tenant.getStandards()) {
			boolean[] named = { false };
			tenant.eAllContents().forEachRemaining(o -> {
				if (EcoreUtil.getRootContainer(o) == tenant && !EcoreUtil.isAncestor(s, o)) {
					o.eCrossReferences().forEach(t -> named[0] |= EcoreUtil.isAncestor(s, t));
				}
			});
			if (named[0]) {
				return s;
			}
		}
		throw new AssertionError("the sample should have a standard that something else refers to");
	}

	/**
	 * No object of the copy refers to an object of the tenant (the other thread never reads those),
	 * nor to a copy that was replaced; only the copy's own objects and other tenants' (the library).
	 */
	private static void assertOnlyItsOwnObjects(Tenant copy, Tenant tenant) {
		copy.eAllContents().forEachRemaining(o -> o.eCrossReferences().forEach(target -> {
			EObject root = EcoreUtil.getRootContainer(target);
			assertNotSame(tenant, root, o.eClass().getName() + " of the copy refers to the tenant's " + target);
			assertTrue(root == copy || root instanceof Tenant, o.eClass().getName() + " of the copy refers to a copy replaced since: " + target);
		}));
	}
}
