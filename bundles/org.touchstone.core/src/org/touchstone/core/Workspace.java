package org.touchstone.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.touchstone.core.internal.SampleContent;
import org.touchstone.core.internal.TenantFiles;
import org.touchstone.core.internal.WriteLock;
import org.touchstone.model.Language;
import org.touchstone.model.Role;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstoneFactory;
import org.touchstone.model.User;

/**
 * A folder of tenants, one sub-folder each, plus the shared case library. Reading needs no lock;
 * every change takes the workspace's write lock, re-reads the tenant if another process saved it
 * meanwhile, checks the acting user's permission, applies the change and saves atomically.
 */
public final class Workspace {
	/** The id of the shared case library, readable from every tenant. */
	public static final String LIBRARY = "library";
	private static final Pattern TENANT_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final Path root;
	private final ResourceSet resources = TenantFiles.newResourceSet();
	private final Map<String, Tenant> tenants = new TreeMap<>();
	private final Map<String, FileTime> loadedStamps = new HashMap<>();
	private final List<WorkspaceProblem> problems = new ArrayList<>();

	private Workspace(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** The workspace used when none is named: {@code $TOUCHSTONE_WORKSPACE}, else {@code ~/.touchstone/workspace}. */
	public static Path defaultLocation(Map<String, String> env) {
		String fromEnv = env.get("TOUCHSTONE_WORKSPACE");
		if (fromEnv != null && !fromEnv.isBlank()) {
			return Path.of(fromEnv);
		}
		return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".touchstone", "workspace");
	}

	/** The user acting when none is named: {@code $TOUCHSTONE_USER}, else the operating-system user. */
	public static String defaultUser(Map<String, String> env) {
		String fromEnv = env.get("TOUCHSTONE_USER");
		if (fromEnv != null && !fromEnv.isBlank()) {
			return fromEnv;
		}
		String os = env.get("USER");
		return os != null && !os.isBlank() ? os : System.getProperty("user.name");
	}

	/** Opens an existing workspace folder. Files that cannot be read are listed in {@link #problems()}. */
	public static Workspace open(Path root) {
		if (!Files.isDirectory(root)) {
			throw new NotFoundException("no workspace at " + root);
		}
		Workspace workspace = new Workspace(root);
		workspace.loadAll();
		return workspace;
	}

	/**
	 * Opens a workspace, creating it from the embedded sample content first when the folder does not
	 * exist yet. In a new sample workspace the given user is an admin of every tenant.
	 *
	 * @return the workspace; {@link #created()} tells whether it was made just now
	 */
	public static Workspace openOrCreate(Path root, String user) {
		boolean fresh = !Files.exists(root) || isEmptyDirectory(root);
		if (fresh) {
			try (WriteLock lock = WriteLock.acquire(root)) {
				if (isEmptyDirectory(root)) {
					SampleContent.writeTo(root, user);
				}
			}
		}
		Workspace workspace = open(root);
		workspace.created = fresh;
		return workspace;
	}

	private boolean created;

	/** Whether {@link #openOrCreate} made this workspace from the sample content just now. */
	public boolean created() {
		return created;
	}

	public Path root() {
		return root;
	}

	public List<WorkspaceProblem> problems() {
		return Collections.unmodifiableList(problems);
	}

	/** Tenants the user belongs to, plus the shared library, ordered by id. */
	public List<Tenant> tenants(String user) {
		return tenants.values().stream().filter(t -> Access.allows(t, user, Permission.READ)).toList();
	}

	/**
	 * Every tenant, without a permission check: for data derived from the whole workspace (the
	 * search index), which serves each tenant and enforces access itself.
	 */
	public List<Tenant> allTenants() {
		return List.copyOf(tenants.values());
	}

	/**
	 * Reads again the tenants whose files another process saved since this workspace read them,
	 * and the tenants that appeared meanwhile. Returns the ids of the tenants read again.
	 */
	public List<String> refresh() {
		List<String> reread = new ArrayList<>();
		for (String id : List.copyOf(tenants.keySet())) {
			Tenant before = tenants.get(id);
			if (reloadIfChanged(before) != before) {
				reread.add(id);
			}
		}
		try (Stream<Path> dirs = Files.list(root)) {
			for (Path dir : dirs.sorted().toList()) {
				Path file = dir.resolve(TenantFiles.FILE_NAME);
				if (Files.isRegularFile(file) && !tenants.containsKey(dir.getFileName().toString())) {
					try {
						reread.add(load(file).getId());
					} catch (MalformedInputException e) {
						problems.add(new WorkspaceProblem(e.file(), e.line(), e.detail()));
					}
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot list workspace " + root + ": " + e.getMessage(), e);
		}
		return reread;
	}

	/** The file a tenant is saved in. */
	public Path file(String tenantId) {
		return TenantFiles.file(root, tenantId);
	}

	/** A tenant, for reading; the user needs {@link Permission#READ} in it. */
	public Tenant read(Context context) {
		Tenant tenant = find(context.tenant());
		Access.check(tenant, context.user(), Permission.READ);
		return tenant;
	}

	/**
	 * Changes a tenant under the write lock and saves it. The change runs on the current content of
	 * the file: if another process saved the tenant since it was loaded, it is read again first.
	 *
	 * @param permission what the change needs; checked before the change runs
	 */
	public <T> T change(Context context, Permission permission, Function<Tenant, T> change) {
		try (WriteLock lock = WriteLock.acquire(root)) {
			Tenant tenant = reloadIfChanged(find(context.tenant()));
			Access.check(tenant, context.user(), permission);
			T result;
			try {
				result = change.apply(tenant);
				save(tenant);
			} catch (RuntimeException e) {
				reload(tenant.getId());
				throw e;
			}
			return result;
		}
	}

	/** Creates a tenant with the four standard dimensions and a default handbook; its creator becomes its admin. */
	public Tenant createTenant(String user, String id, String name, Language locale) {
		if (id == null || !TENANT_ID.matcher(id).matches()) {
			throw new InvalidValueException("tenant id '" + id + "' is not valid: use lowercase letters, digits and hyphens, e.g. harbor-hotel");
		}
		try (WriteLock lock = WriteLock.acquire(root)) {
			if (tenants.containsKey(id) || TenantFiles.exists(root, id)) {
				throw new TouchstoneException("tenant '" + id + "' exists already");
			}
			Tenant tenant = Tenants.newTenant(id, name, locale);
			User admin = TouchstoneFactory.eINSTANCE.createUser();
			admin.setUuid(UUID.randomUUID().toString());
			admin.setName(user);
			admin.getRoles().add(Role.ADMIN);
			tenant.getUsers().add(admin);
			Resource resource = resources.createResource(TenantFiles.uri(TenantFiles.file(root, id)));
			resource.getContents().add(tenant);
			save(tenant);
			tenants.put(id, tenant);
			return tenant;
		}
	}

	/** The tenant with this id, without a permission check: for code that checks on its own. */
	Tenant find(String id) {
		Tenant tenant = tenants.get(id);
		if (tenant == null) {
			throw new NotFoundException("no tenant '" + id + "' in workspace " + root + (tenants.isEmpty() ? "" : " (tenants: " + String.join(", ", tenants.keySet()) + ")"));
		}
		return tenant;
	}

	private void save(Tenant tenant) {
		try {
			TenantFiles.save(tenant);
			Path file = TenantFiles.file(root, tenant.getId());
			loadedStamps.put(tenant.getId(), Files.getLastModifiedTime(file));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot save tenant '" + tenant.getId() + "': " + e.getMessage(), e);
		}
	}

	private Tenant reloadIfChanged(Tenant tenant) {
		Path file = TenantFiles.file(root, tenant.getId());
		try {
			if (!Files.getLastModifiedTime(file).equals(loadedStamps.get(tenant.getId()))) {
				return reload(tenant.getId());
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return tenant;
	}

	private Tenant reload(String id) {
		Tenant old = tenants.get(id);
		if (old != null && old.eResource() != null) {
			old.eResource().unload();
			resources.getResources().remove(old.eResource());
		}
		Tenant tenant = load(TenantFiles.file(root, id));
		return tenant;
	}

	private void loadAll() {
		try (Stream<Path> dirs = Files.list(root)) {
			for (Path dir : dirs.sorted().toList()) {
				Path file = dir.resolve(TenantFiles.FILE_NAME);
				if (Files.isRegularFile(file)) {
					try {
						load(file);
					} catch (MalformedInputException e) {
						problems.add(new WorkspaceProblem(e.file(), e.line(), e.detail()));
					}
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot list workspace " + root + ": " + e.getMessage(), e);
		}
	}

	private Tenant load(Path file) {
		Tenant tenant = TenantFiles.load(resources, file);
		try {
			loadedStamps.put(tenant.getId(), Files.getLastModifiedTime(file));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		tenants.put(tenant.getId(), tenant);
		return tenant;
	}

	private static boolean isEmptyDirectory(Path dir) {
		if (!Files.isDirectory(dir)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.noneMatch(p -> !p.getFileName().toString().equals(".lock"));
		} catch (IOException e) {
			return false;
		}
	}
}
