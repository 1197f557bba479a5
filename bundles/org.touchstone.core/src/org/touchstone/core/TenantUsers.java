package org.touchstone.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.touchstone.model.Role;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstoneFactory;
import org.touchstone.model.User;

/**
 * The users of a tenant and their roles. Only an admin of the tenant changes them, and a tenant
 * always keeps at least one admin: the last one can be neither removed nor stripped of the role.
 */
public final class TenantUsers {
	private final Workspace workspace;

	public TenantUsers(Workspace workspace) {
		this.workspace = workspace;
	}

	/** The users of the tenant, as they are listed in it; needs read access. */
	public List<User> list(Context context) {
		return List.copyOf(workspace.read(context).getUsers());
	}

	/** Adds a user with roles (at least one). */
	public User add(Context context, String name, String displayName, Collection<Role> roles) {
		checkName(name);
		if (roles.isEmpty()) {
			throw new InvalidValueException(CoreMessage.of("user.needsRole", roleNames()));
		}
		return workspace.change(context, Permission.ADMINISTER, tenant -> {
			if (Access.member(tenant, name) != null) {
				throw new InvalidValueException(CoreMessage.of("user.alreadyMember", name, tenant.getId()));
			}
			User user = TouchstoneFactory.eINSTANCE.createUser();
			user.setUuid(UUID.randomUUID().toString());
			user.setName(name);
			user.setDisplayName(displayName == null || displayName.isBlank() ? null : displayName.strip());
			user.getRoles().addAll(roles);
			tenant.getUsers().add(user);
			return user;
		});
	}

	/** Removes a user from the tenant; the history keeps their name on what they did. */
	public void remove(Context context, String name) {
		workspace.change(context, Permission.ADMINISTER, tenant -> {
			User user = member(tenant, name);
			if (user.getRoles().contains(Role.ADMIN)) {
				keepAnAdmin(tenant, user, "user.lastAdminRemoved");
			}
			tenant.getUsers().remove(user);
			return null;
		});
	}

	/** Gives a user more roles. */
	public User grant(Context context, String name, Collection<Role> roles) {
		return workspace.change(context, Permission.ADMINISTER, tenant -> {
			User user = member(tenant, name);
			for (Role role : roles) {
				if (!user.getRoles().contains(role)) {
					user.getRoles().add(role);
				}
			}
			return user;
		});
	}

	/** Takes roles from a user; a user keeps at least one role (remove the user instead). */
	public User revoke(Context context, String name, Collection<Role> roles) {
		return workspace.change(context, Permission.ADMINISTER, tenant -> {
			User user = member(tenant, name);
			List<Role> left = new ArrayList<>(user.getRoles());
			left.removeAll(roles);
			if (left.isEmpty()) {
				throw new InvalidValueException(CoreMessage.of("user.leftWithoutRole", name));
			}
			if (roles.contains(Role.ADMIN) && user.getRoles().contains(Role.ADMIN)) {
				keepAnAdmin(tenant, user, "user.lastAdminDemoted");
			}
			user.getRoles().retainAll(left);
			return user;
		});
	}

	/** The role with this name, as users write it: {@code admin}, {@code quality-manager}, ... */
	public static Role role(String name) {
		Role role = Role.get(name.strip().toLowerCase());
		if (role == null) {
			throw new InvalidValueException(CoreMessage.of("value.notOneOf", "role", name, roleNames()));
		}
		return role;
	}

	private static String roleNames() {
		return String.join(", ", Role.VALUES.stream().map(Role::getLiteral).toList());
	}

	/** @param what the key of the refusal: the user removed, or the admin role taken away */
	private static void keepAnAdmin(Tenant tenant, User user, String what) {
		long admins = tenant.getUsers().stream().filter(u -> u.getRoles().contains(Role.ADMIN)).count();
		if (admins <= 1) {
			throw new InvalidValueException(CoreMessage.of(what, user.getName(), tenant.getId()));
		}
	}

	private static User member(Tenant tenant, String name) {
		User user = Access.member(tenant, name);
		if (user == null) {
			throw new NotFoundException(CoreMessage.of("user.notFound", name, tenant.getId()));
		}
		return user;
	}

	private static void checkName(String name) {
		if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._@-]*")) {
			throw new InvalidValueException(CoreMessage.of("user.nameInvalid", name));
		}
	}
}
