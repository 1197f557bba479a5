package org.touchstone.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.touchstone.core.Access;
import org.touchstone.core.Workspace;
import org.touchstone.model.Identified;
import org.touchstone.model.Role;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstoneFactory;
import org.touchstone.model.User;

/**
 * The sample workspace shipped inside this bundle under {@code sample/}: the shared case library
 * and a few organisations, as tenant JSON files listed in {@code sample/tenants.txt}.
 */
public final class SampleContent {
	private static final String FOLDER = "/sample/";

	private SampleContent() {
	}

	/** The sample tenants, read from the bundle; the library comes first, and the others may refer to it. */
	public static List<Tenant> tenants() {
		List<Tenant> tenants = new ArrayList<>();
		Map<String, EObject> library = new HashMap<>();
		for (String name : index()) {
			try (Reader in = open(name)) {
				Tenant tenant = TenantJson.read(in, Path.of("sample", name), library);
				tenants.add(tenant);
				if (!Workspace.LIBRARY.equals(tenant.getId())) {
					// Only the shared library may be referred to from other tenants; a key such as a
					// dimension's "timeliness" must resolve inside its own tenant.
					continue;
				}
				tenant.eAllContents().forEachRemaining(o -> {
					if (o instanceof Identified i) {
						library.put(i.getUuid(), o);
						String key = TenantJson.naturalKey(o);
						if (key != null) {
							library.putIfAbsent(key, o);
						}
					}
				});
			} catch (IOException e) {
				throw new UncheckedIOException("sample content " + name + " cannot be read", e);
			}
		}
		return tenants;
	}

	/** Writes the sample workspace to a folder; the user becomes an admin of every tenant. */
	public static void writeTo(Path workspace, String user) {
		ResourceSet set = TenantFiles.newResourceSet();
		List<Tenant> tenants = tenants();
		for (Tenant tenant : tenants) {
			makeAdmin(tenant, user);
			Resource resource = set.createResource(TenantFiles.uri(TenantFiles.file(workspace, tenant.getId())));
			resource.getContents().add(tenant);
		}
		try {
			for (Tenant tenant : tenants) {
				TenantFiles.save(tenant);
				copyLogo(workspace, tenant);
			}
			Files.writeString(workspace.resolve(Workspace.SETTINGS), "# The embedded sample: a shared demo and training workspace, where\n"
					+ "# --user (or TOUCHSTONE_USER) may name any user. Remove this line on a workspace real work is done in.\n"
					+ "shared-demo=true\n", StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write the sample workspace to " + workspace + ": " + e.getMessage(), e);
		}
	}

	/** Copies the tenant's logo from {@code sample/assets/<tenant>/} into its assets folder, where the publisher looks. */
	private static void copyLogo(Path workspace, Tenant tenant) throws IOException {
		if (tenant.getBranding() == null || tenant.getBranding().getLogo() == null) {
			return;
		}
		String logo = tenant.getBranding().getLogo();
		try (InputStream in = SampleContent.class.getResourceAsStream(FOLDER + "assets/" + tenant.getId() + "/" + logo)) {
			if (in == null) {
				throw new IllegalStateException("sample/assets/" + tenant.getId() + "/" + logo + " is missing from the core bundle");
			}
			Path target = workspace.resolve(tenant.getId()).resolve("assets").resolve(logo);
			java.nio.file.Files.createDirectories(target.getParent());
			java.nio.file.Files.write(target, in.readAllBytes());
		}
	}

	private static void makeAdmin(Tenant tenant, String user) {
		User member = Access.member(tenant, user);
		if (member == null) {
			member = TouchstoneFactory.eINSTANCE.createUser();
			member.setUuid(TenantJson.stableId(tenant.getId(), "User", user));
			member.setName(user);
			tenant.getUsers().add(member);
		}
		if (!member.getRoles().contains(Role.ADMIN)) {
			member.getRoles().add(Role.ADMIN);
		}
	}

	private static List<String> index() {
		try (InputStream in = SampleContent.class.getResourceAsStream(FOLDER + "tenants.txt")) {
			if (in == null) {
				throw new IllegalStateException("sample/tenants.txt is missing from the core bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
					.filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Reader open(String name) {
		InputStream in = SampleContent.class.getResourceAsStream(FOLDER + name);
		if (in == null) {
			throw new IllegalStateException("sample/" + name + " is missing from the core bundle");
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}
}
