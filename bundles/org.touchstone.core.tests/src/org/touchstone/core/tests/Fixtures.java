package org.touchstone.core.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.touchstone.core.Context;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.Permission;
import org.touchstone.core.Workspace;
import org.touchstone.model.Language;
import org.touchstone.model.Role;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstoneFactory;
import org.touchstone.model.User;

/** A workspace with one empty tenant, {@code acme}, whose users hold one role each. */
final class Fixtures {
	static final String TENANT = "acme";
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);

	final Workspace workspace;
	final DocumentControl control;

	Fixtures(Path dir, Language locale) {
		workspace = Workspace.openOrCreate(dir.resolve("ws"), "root");
		workspace.createTenant("root", TENANT, "Acme", locale);
		workspace.change(as("root"), Permission.ADMINISTER, t -> {
			add(t, "quinn", Role.QUALITY_MANAGER);
			add(t, "quentin", Role.QUALITY_MANAGER);
			add(t, "rita", Role.REVIEWER);
			add(t, "tom", Role.TRAINER);
			add(t, "paula", Role.PUBLISHER);
			return null;
		});
		control = new DocumentControl(workspace, CLOCK);
	}

	static Context as(String user) {
		return new Context(TENANT, user);
	}

	Tenant tenant() {
		return workspace.read(as("root"));
	}

	private static void add(Tenant t, String name, Role role) {
		User u = TouchstoneFactory.eINSTANCE.createUser();
		u.setUuid(UUID.randomUUID().toString());
		u.setName(name);
		u.getRoles().add(role);
		t.getUsers().add(u);
	}
}
