package org.touchstone.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.touchstone.core.internal.TenantFiles;
import org.touchstone.model.Handbook;
import org.touchstone.model.Role;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstoneFactory;
import org.touchstone.model.User;

/**
 * Writes the workspace the workbench benchmark opens: one tenant, {@code bench}, of N standards
 * (the model benchmark's generator), whose admin is the user {@code bench}; marked as a shared
 * demo workspace so that the benchmark's login may act as that user. Read once after writing, as a
 * workspace someone worked in before has been.
 * Usage: WorkbenchTenant DIR N
 */
public final class WorkbenchTenant {
	private WorkbenchTenant() {
	}

	public static void main(String[] args) throws Exception {
		Path workspace = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		write(workspace, count);
		// Read once, as any earlier session on it would have: that leaves the copy a start reads
		// instead of the 10,021 element files (.cache/; see TenantCache).
		org.touchstone.core.Workspace.open(workspace);
		System.out.println("workspace " + workspace + ": tenant bench with " + count + " standards");
	}

	/** Writes the workspace: tenant {@code bench} of {@code count} standards, admin {@code bench}. */
	static void write(Path workspace, int count) throws java.io.IOException {
		Tenant tenant = ModelBenchmark.generate(count);
		TouchstoneFactory f = TouchstoneFactory.eINSTANCE;
		User admin = f.createUser();
		admin.setUuid("user-bench");
		admin.setName("bench");
		admin.getRoles().add(Role.ADMIN);
		tenant.getUsers().add(admin);
		Handbook handbook = f.createHandbook();
		handbook.setUuid("handbook");
		handbook.setKey("handbook");
		handbook.setTitle("基准手册");
		tenant.getHandbooks().add(handbook);
		Files.createDirectories(workspace.resolve(tenant.getId()));
		ResourceSet set = TenantFiles.newResourceSet();
		Resource resource = set.createResource(TenantFiles.uri(TenantFiles.file(workspace, tenant.getId())));
		resource.getContents().add(tenant);
		TenantFiles.save(tenant);
		Files.writeString(workspace.resolve("workspace.properties"), "shared-demo=true\n");
	}
}
