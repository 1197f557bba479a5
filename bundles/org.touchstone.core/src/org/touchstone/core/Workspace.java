package org.touchstone.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.touchstone.core.internal.FileVersion;
import org.touchstone.core.internal.SampleContent;
import org.touchstone.core.internal.SameObjects;
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
	private final Map<String, Map<String, FileVersion>> loadedVersions = new HashMap<>();
	private final List<WorkspaceProblem> problems = new ArrayList<>();

	private Workspace(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/**
	 * The file that marks a shared demo or training workspace ({@code shared-demo=true}): there, and
	 * only there, one login may act as any user of the workspace. The embedded sample is one.
	 */
	public static final String SETTINGS = "workspace.properties";

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
		return login(env);
	}

	/** The operating-system login: {@code $USER}, else the JVM's {@code user.name}. */
	public static String login(Map<String, String> env) {
		String os = env.get("USER");
		return os != null && !os.isBlank() ? os : System.getProperty("user.name");
	}

	/** Whether this is a shared demo or training workspace, where a login may act as another user. */
	public boolean sharedDemo() {
		Path settings = root.resolve(SETTINGS);
		if (!Files.isRegularFile(settings)) {
			return false;
		}
		java.util.Properties properties = new java.util.Properties();
		try (java.io.Reader in = Files.newBufferedReader(settings, java.nio.charset.StandardCharsets.UTF_8)) {
			properties.load(in);
		} catch (IOException e) {
			throw new MalformedInputException(settings, 0, CoreMessage.of("file.unreadable", e.getMessage()), e);
		}
		return Boolean.parseBoolean(properties.getProperty("shared-demo", "false").strip());
	}

	/**
	 * Who acts when a login asks to act as {@code requested} (null: as itself). Outside a shared
	 * demo workspace a login acts only as itself, so that separation of duties does not rest on
	 * honesty; the login is recorded with every act in any case.
	 */
	public Context context(String tenant, String requested, String login) {
		return new Context(tenant, actingUser(requested, login), login);
	}

	/** The user a login acts as when it asks for {@code requested}; see {@link #context(String, String, String)}. */
	public String actingUser(String requested, String login) {
		if (requested == null || requested.isBlank() || requested.equals(login)) {
			return login;
		}
		if (!sharedDemo()) {
			throw new ImpersonationException(CoreMessage.of("impersonation.refused", login, requested, root.resolve(SETTINGS)));
		}
		return requested;
	}

	/** Opens an existing workspace folder. Files that cannot be read are listed in {@link #problems()}. */
	public static Workspace open(Path root) {
		if (!Files.isDirectory(root)) {
			throw new NotFoundException(CoreMessage.of("workspace.notFound", root));
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

	/** Whether a tenant's files are no longer as this workspace last read or saved them: a file-system check of each. */
	private boolean changedSinceRead(String id) {
		return !TenantFiles.version(root, id).equals(loadedVersions.get(id));
	}

	/** The tenants whose files another program saved since this workspace read them; nothing is read again. */
	public List<String> changedOnDisk() {
		return changedOnDisk(lookAtFiles().look());
	}

	/**
	 * What the files of the tenants read were like at one moment: every file's version, which takes
	 * a file-system check per file (some 0.1 to 0.2 s for ten thousand). Taken by a {@link Look}.
	 */
	public static final class FilesSeen {
		private final Map<String, Map<String, FileVersion>> versions;

		private FilesSeen(Map<String, Map<String, FileVersion>> versions) {
			this.versions = versions;
		}

		/** Whether this look and an earlier one saw the same files of a tenant (nothing saved it in between). */
		public boolean sameFiles(String tenant, FilesSeen earlier) {
			return versions.containsKey(tenant) && versions.get(tenant).equals(earlier.versions.get(tenant));
		}
	}

	/** A look at the files of the tenants read, to be taken on any thread: it touches the disk only. */
	public interface Look {
		FilesSeen look();
	}

	/**
	 * A look at the files of the tenants this workspace has read: make it on the thread that owns
	 * the model, take it on any other (so that a user interface is not held while ten thousand files
	 * are checked), then hand what it saw to {@link #changedOnDisk(FilesSeen)} on the model's thread.
	 */
	public Look lookAtFiles() {
		List<String> ids = List.copyOf(tenants.keySet());
		return () -> {
			Map<String, Map<String, FileVersion>> seen = new HashMap<>();
			for (String id : ids) {
				seen.put(id, TenantFiles.version(root, id));
			}
			return new FilesSeen(seen);
		};
	}

	/**
	 * The tenants whose files differ from what this workspace last read or saved, as far as a look
	 * saw; nothing is read again. A tenant the look saw as changed is looked at again here, so that
	 * one saved by this workspace after the look is not taken for another program's change.
	 */
	public List<String> changedOnDisk(FilesSeen seen) {
		List<String> changed = new ArrayList<>();
		for (Map.Entry<String, Map<String, FileVersion>> tenant : seen.versions.entrySet()) {
			String id = tenant.getKey();
			if (tenants.containsKey(id) && !tenant.getValue().equals(loadedVersions.get(id)) && changedSinceRead(id)) {
				changed.add(id);
			}
		}
		Collections.sort(changed);
		return changed;
	}

	/** Reads one tenant again from its file, dropping what was changed in memory and not saved. */
	public Tenant readAgain(String id) {
		try (WriteLock lock = WriteLock.acquire(root)) {
			find(id);
			return reload(id);
		}
	}

	/**
	 * The unsaved state of a tenant as the program editing it holds it, written as its file would be:
	 * for {@link #showUnsaved} in another workspace. Only reads the tenant.
	 */
	public static byte[] unsavedState(Tenant tenant) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try {
			tenant.eResource().save(out, Map.of());
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/**
	 * Puts a tenant's unsaved state ({@link #unsavedState}) in place of what its file holds, in
	 * this workspace only and without writing anything: a preview of a handbook publishes edits
	 * that are not saved yet this way.
	 */
	public void showUnsaved(String id, byte[] state) {
		Tenant saved = find(id);
		resources.getResources().remove(saved.eResource());
		Tenant unsaved = TenantFiles.load(resources, TenantFiles.file(root, id), new java.io.ByteArrayInputStream(state));
		tenants.put(id, unsaved);
	}

	/**
	 * The tenant as its file holds it now, read apart from this workspace (for comparing with the
	 * tenant in memory); the workspace's own copy is not touched.
	 */
	public Tenant readFromDisk(String id) {
		find(id);
		return TenantFiles.load(TenantFiles.newResourceSet(), TenantFiles.file(root, id));
	}

	/**
	 * Reads again the tenants whose files another process saved since this workspace read them,
	 * and the tenants that appeared meanwhile. Returns the ids of the tenants read again.
	 */
	public List<String> refresh() {
		List<String> reread = new ArrayList<>();
		for (String id : List.copyOf(tenants.keySet())) {
			if (changedSinceRead(id)) {
				reload(id);
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

	/**
	 * Refuses a file or folder to be written that lies inside this workspace, such as an export
	 * named onto a tenant's own {@code tenant.xmi}: the workspace holds only what Touchstone writes
	 * there itself. Links are followed, so a link into the workspace is refused too.
	 */
	public void requireOutside(Path target, String option) {
		Path resolved = realLocation(target);
		if (resolved.startsWith(realLocation(root))) {
			throw new InvalidValueException(CoreMessage.of("workspace.targetInside", option, target, root));
		}
	}

	/** Where a path really leads: its nearest existing ancestor resolved through links, plus the rest. */
	private static Path realLocation(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		Path existing = absolute;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return absolute;
		}
		try {
			return existing.toRealPath().resolve(existing.relativize(absolute));
		} catch (IOException e) {
			return absolute;
		}
	}

	/**
	 * A short text that changes whenever any of a tenant's files changes (a save, another program's,
	 * a pull): for data derived from the tenant, such as the search index, to tell it is out of date.
	 */
	public String stamp(String tenantId) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
					.digest(TenantFiles.version(root, tenantId).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest, 0, 12);
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/** The tenant's own file (its elements have files of their own beside it). */
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
			saved(context, tenant);
			return result;
		}
	}

	/**
	 * Does work that writes beside a tenant's file, not in it (results of audits), under the same
	 * write lock as {@link #change} and with the permission checked first; the tenant is not saved.
	 */
	public <T> T underLock(Context context, Permission permission, Function<Tenant, T> work) {
		try (WriteLock lock = WriteLock.acquire(root)) {
			Tenant tenant = reloadIfChanged(find(context.tenant()));
			Access.check(tenant, context.user(), permission);
			return work.apply(tenant);
		}
	}

	/**
	 * Lets work change a tenant's files on disk directly (a merge of what others pushed to a shared
	 * repository) under the write lock, with the permission checked first; then reads the tenant
	 * again in place if any of its files changed, so that whoever holds its objects sees the change.
	 *
	 * @param work is given the tenant's folder
	 */
	public <T> T rewriteFiles(Context context, Permission permission, Function<Path, T> work) {
		try (WriteLock lock = WriteLock.acquire(root)) {
			String id = context.tenant();
			Tenant tenant = reloadIfChanged(find(id));
			Access.check(tenant, context.user(), permission);
			try {
				return work.apply(folder(id));
			} finally {
				if (changedSinceRead(id)) {
					reload(id);
				}
			}
		}
	}

	/**
	 * The file each element of a tenant is kept in, relative to the tenant's folder, as a save
	 * names it ({@code standards/G-001.xmi}): what Git and its history speak of.
	 */
	public static Map<org.eclipse.emf.ecore.EObject, String> elementFiles(Tenant tenant) {
		return TenantFiles.elementFiles(tenant);
	}

	/** The folder a tenant's file and the data kept beside it (results, an index) live in. */
	public Path folder(String tenantId) {
		return file(tenantId).getParent();
	}

	/**
	 * Saves a tenant that was changed in memory (the workbench's editors change it through their
	 * command stacks), under the write lock, as {@link #change} does. When another process saved
	 * the file since it was read, nothing is written and {@link TenantChangedOnDiskException} says
	 * so: the edits stay in memory for the user to keep, compare or drop.
	 */
	public void saveEdited(Context context) {
		saveEdited(context, false);
	}

	/**
	 * Saves a tenant changed in memory; with {@code overwrite}, also over a file another program
	 * saved meanwhile (the user chose to keep their edits over the other program's).
	 */
	public void saveEdited(Context context, boolean overwrite) {
		try (WriteLock lock = WriteLock.acquire(root)) {
			Tenant tenant = find(context.tenant());
			Path file = TenantFiles.file(root, tenant.getId());
			if (!overwrite && changedSinceRead(tenant.getId())) {
				throw new TenantChangedOnDiskException(file);
			}
			Access.check(tenant, context.user(), Permission.WRITE);
			save(tenant);
			saved(context, tenant);
		}
	}

	/**
	 * Tells a listener of each save of a tenant through {@link #change} or {@link #saveEdited}, with
	 * who saved it, while the write lock is still held: the team bundle records each save as a commit
	 * by that user. A listener's exception reaches whoever saved; the save itself is done by then.
	 */
	public void onSaved(java.util.function.BiConsumer<Context, Tenant> listener) {
		saveListeners.add(listener);
	}

	private final List<java.util.function.BiConsumer<Context, Tenant>> saveListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

	private void saved(Context context, Tenant tenant) {
		for (java.util.function.BiConsumer<Context, Tenant> listener : saveListeners) {
			listener.accept(context, tenant);
		}
	}

	/** Creates a tenant with the four standard dimensions and a default handbook; its creator becomes its admin. */
	public Tenant createTenant(String user, String id, String name, Language locale) {
		if (id == null || !TENANT_ID.matcher(id).matches()) {
			throw new InvalidValueException(CoreMessage.of("tenant.idInvalid", id));
		}
		try (WriteLock lock = WriteLock.acquire(root)) {
			if (tenants.containsKey(id) || TenantFiles.exists(root, id)) {
				throw new TouchstoneException(CoreMessage.of("tenant.exists", id));
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
			throw new NotFoundException(tenants.isEmpty() ? CoreMessage.of("tenant.notFound", id, root)
					: CoreMessage.of("tenant.notFoundAmong", id, root, String.join(", ", tenants.keySet())));
		}
		return tenant;
	}

	private void save(Tenant tenant) {
		try {
			TenantFiles.save(tenant);
			loadedVersions.put(tenant.getId(), TenantFiles.version(root, tenant.getId()));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot save tenant '" + tenant.getId() + "': " + e.getMessage(), e);
		}
	}

	private Tenant reloadIfChanged(Tenant tenant) {
		if (changedSinceRead(tenant.getId())) {
			return reload(tenant.getId());
		}
		return tenant;
	}

	/**
	 * Tells a listener the id of each tenant read again from its file (another program saved it, or
	 * a change failed and was dropped). The tenant's objects are the same as before and have already
	 * notified their adapters of each change; a listener drops what the file's content makes stale,
	 * such as an undo history.
	 */
	public void onReload(java.util.function.Consumer<String> listener) {
		reloadListeners.add(listener);
	}

	private final List<java.util.function.Consumer<String>> reloadListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

	/**
	 * Reads a tenant's file again into the tenant in memory, in place (see {@link SameObjects}):
	 * whoever holds its objects sees them change, with notifications, instead of holding objects
	 * the workspace no longer has.
	 */
	private Tenant reload(String id) {
		Tenant old = tenants.get(id);
		Path file = TenantFiles.file(root, id);
		if (old == null || old.eResource() == null) {
			return load(file);
		}
		Map<String, FileVersion> version = TenantFiles.version(root, id);
		Tenant newer = TenantFiles.load(TenantFiles.newResourceSet(), file, version);
		if (!id.equals(newer.getId())) {
			throw new MalformedInputException(file, 0, CoreMessage.of("tenant.wrongFolder", newer.getId(), id));
		}
		SameObjects.update(old, newer);
		loadedVersions.put(id, version);
		reloadListeners.forEach(l -> l.accept(id));
		return old;
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
		Map<String, FileVersion> version = TenantFiles.version(root, file.getParent().getFileName().toString());
		Tenant tenant = TenantFiles.load(resources, file, version);
		String folder = file.getParent().getFileName().toString();
		if (!folder.equals(tenant.getId())) {
			resources.getResources().remove(tenant.eResource());
			throw new MalformedInputException(file, 0, CoreMessage.of("tenant.wrongFolder", tenant.getId(), folder));
		}
		loadedVersions.put(tenant.getId(), version);
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
