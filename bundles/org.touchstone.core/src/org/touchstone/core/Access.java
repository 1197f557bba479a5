package org.touchstone.core;

import java.util.EnumSet;
import java.util.Set;

import org.touchstone.model.Role;
import org.touchstone.model.Tenant;
import org.touchstone.model.User;

/**
 * Decides what a user may do in a tenant: membership first (a user of tenant A has no rights in
 * tenant B), then the permissions the user's roles grant. The shared library is readable by
 * everyone; only its own admins may change it.
 */
public final class Access {
	private Access() {
	}

	public static Set<Permission> permissions(Tenant tenant, String user) {
		Set<Permission> granted = EnumSet.noneOf(Permission.class);
		User member = member(tenant, user);
		if (member != null) {
			for (Role role : member.getRoles()) {
				granted.addAll(Permission.grantedBy(role));
			}
		}
		if (Workspace.LIBRARY.equals(tenant.getId())) {
			granted.add(Permission.READ);
		}
		return granted;
	}

	public static boolean allows(Tenant tenant, String user, Permission permission) {
		return permissions(tenant, user).contains(permission);
	}

	public static void check(Tenant tenant, String user, Permission permission) {
		if (!allows(tenant, user, permission)) {
			String why = member(tenant, user) == null ? "not a member of this tenant" : null;
			throw new AccessDeniedException(permission, user, tenant.getId(), why);
		}
	}

	public static User member(Tenant tenant, String user) {
		for (User u : tenant.getUsers()) {
			if (u.getName().equals(user)) {
				return u;
			}
		}
		return null;
	}
}
