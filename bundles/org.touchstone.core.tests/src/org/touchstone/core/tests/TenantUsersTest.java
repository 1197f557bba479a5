package org.touchstone.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.touchstone.core.tests.Fixtures.as;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.AccessDeniedException;
import org.touchstone.core.InvalidValueException;
import org.touchstone.core.Permission;
import org.touchstone.core.TenantUsers;
import org.touchstone.core.Workspace;
import org.touchstone.model.Language;
import org.touchstone.model.Role;
import org.touchstone.model.User;

class TenantUsersTest {
	@TempDir
	Path dir;
	Fixtures f;
	TenantUsers users;

	@BeforeEach
	void setUp() {
		f = new Fixtures(dir, Language.EN);
		users = new TenantUsers(f.workspace);
	}

	private User user(String name) {
		return users.list(as("root")).stream().filter(u -> u.getName().equals(name)).findFirst().orElse(null);
	}

	@Test
	void anAdminAddsGrantsRevokesAndRemovesUsersAndItIsSaved() {
		users.add(as("root"), "lin.qm", "林经理", List.of(Role.QUALITY_MANAGER));
		users.grant(as("root"), "lin.qm", List.of(TenantUsers.role("reviewer"), TenantUsers.role("Quality-Manager")));
		assertEquals(List.of(Role.QUALITY_MANAGER, Role.REVIEWER), user("lin.qm").getRoles());
		users.revoke(as("root"), "lin.qm", List.of(Role.QUALITY_MANAGER));
		List<User> reread = new TenantUsers(Workspace.open(f.workspace.root())).list(as("root"));
		assertEquals(List.of(Role.REVIEWER), reread.stream().filter(u -> u.getName().equals("lin.qm")).findFirst().orElseThrow().getRoles());
		users.remove(as("root"), "lin.qm");
		assertEquals(null, user("lin.qm"));
	}

	@Test
	void onlyAnAdminChangesUsers() {
		AccessDeniedException denied = assertThrows(AccessDeniedException.class,
				() -> users.add(as("quinn"), "mallory", null, List.of(Role.ADMIN)));
		assertEquals(Permission.ADMINISTER, denied.permission());
		assertThrows(AccessDeniedException.class, () -> users.grant(as("quinn"), "quinn", List.of(Role.ADMIN)));
		assertEquals(List.of(Role.QUALITY_MANAGER), user("quinn").getRoles());
	}

	@Test
	void theLastAdminCanBeNeitherRemovedNorDemoted() {
		InvalidValueException removed = assertThrows(InvalidValueException.class, () -> users.remove(as("root"), "root"));
		assertTrue(removed.getMessage().contains("last admin"), removed.getMessage());
		users.grant(as("root"), "root", List.of(Role.REVIEWER));
		InvalidValueException demoted = assertThrows(InvalidValueException.class, () -> users.revoke(as("root"), "root", List.of(Role.ADMIN)));
		assertTrue(demoted.getMessage().contains("last admin"), demoted.getMessage());
		users.grant(as("root"), "quinn", List.of(Role.ADMIN));
		users.revoke(as("root"), "root", List.of(Role.ADMIN));
		assertEquals(List.of(Role.REVIEWER), user("root").getRoles());
	}

	@Test
	void unknownRolesAndDuplicateUsersAreNamed() {
		assertTrue(assertThrows(InvalidValueException.class, () -> TenantUsers.role("boss")).getMessage().contains("quality-manager"));
		assertThrows(InvalidValueException.class, () -> users.add(as("root"), "quinn", null, List.of(Role.TRAINER)));
	}
}
