package org.touchstone.cli.internal;

import java.util.List;

import org.touchstone.core.TenantUsers;
import org.touchstone.model.Role;
import org.touchstone.model.User;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tenant user list|add|remove|grant|revoke}: who belongs to a tenant and in which roles. Changes need the admin role. */
@Command(name = "user", subcommands = {
		TenantUserCommand.ListUsers.class, TenantUserCommand.Add.class, TenantUserCommand.Remove.class, TenantUserCommand.Grant.class,
		TenantUserCommand.Revoke.class })
public class TenantUserCommand extends CommandGroup {
	static String roles(User user) {
		return String.join(",", user.getRoles().stream().map(Role::getLiteral).toList());
	}

	static List<Role> parse(List<String> names) {
		return names.stream().flatMap(n -> List.of(n.split(",")).stream()).filter(n -> !n.isBlank()).map(TenantUsers::role).distinct().toList();
	}

	@Command(name = "list")
	static class ListUsers extends InTenant implements Runnable {
		@Mixin
		JsonOption json;

		ListUsers(Session session) {
			super(session);
		}

		@Override
		public void run() {
			List<User> users = new TenantUsers(workspace()).list(context());
			if (json.json) {
				Json.print(session.out, w -> {
					w.beginObject().name("users").beginArray();
					for (User u : users) {
						w.beginObject().name("name").value(u.getName()).name("displayName").value(u.getDisplayName()).name("roles").beginArray();
						for (Role r : u.getRoles()) {
							w.value(r.getLiteral());
						}
						w.endArray().endObject();
					}
					w.endArray().endObject();
				});
				return;
			}
			for (User u : users) {
				session.out.println(u.getName() + "\t" + roles(u) + (u.getDisplayName() == null ? "" : "\t" + u.getDisplayName()));
			}
		}
	}

	@Command(name = "add")
	static class Add extends InTenant implements Runnable {
		@Parameters(paramLabel = "NAME", descriptionKey = "userLogin")
		String name;
		@Option(names = "--role", required = true, split = ",", paramLabel = "ROLE")
		List<String> roles;
		@Option(names = "--display-name", paramLabel = "TEXT")
		String displayName;

		Add(Session session) {
			super(session);
		}

		@Override
		public void run() {
			User user = new TenantUsers(workspace()).add(context(), name, displayName, parse(roles));
			session.out.println(user.getName() + "\t" + roles(user));
		}
	}

	@Command(name = "remove")
	static class Remove extends InTenant implements Runnable {
		@Parameters(paramLabel = "NAME", descriptionKey = "userLogin")
		String name;

		Remove(Session session) {
			super(session);
		}

		@Override
		public void run() {
			new TenantUsers(workspace()).remove(context(), name);
			session.out.println(name + "\t" + session.text("tenant.user.removed"));
		}
	}

	/** A change to one user's roles: {@code NAME ROLE...}. */
	abstract static class RoleChange extends InTenant implements Runnable {
		@Parameters(index = "0", paramLabel = "NAME", descriptionKey = "userLogin")
		String name;
		@Parameters(index = "1..*", arity = "1..*", paramLabel = "ROLE", descriptionKey = "roles")
		List<String> roles;

		RoleChange(Session session) {
			super(session);
		}

		abstract User change(TenantUsers users, List<Role> roles);

		@Override
		public void run() {
			User user = change(new TenantUsers(workspace()), parse(roles));
			session.out.println(user.getName() + "\t" + roles(user));
		}
	}

	@Command(name = "grant")
	static class Grant extends RoleChange {
		Grant(Session session) {
			super(session);
		}

		@Override
		User change(TenantUsers users, List<Role> roles) {
			return users.grant(context(), name, roles);
		}
	}

	@Command(name = "revoke")
	static class Revoke extends RoleChange {
		Revoke(Session session) {
			super(session);
		}

		@Override
		User change(TenantUsers users, List<Role> roles) {
			return users.revoke(context(), name, roles);
		}
	}
}
