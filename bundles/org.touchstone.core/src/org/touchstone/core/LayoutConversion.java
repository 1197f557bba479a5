package org.touchstone.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.touchstone.core.internal.TenantFiles;
import org.touchstone.model.Tenant;

/**
 * {@code touchstone workspace convert}: brings every tenant of a workspace written before schema
 * version 4 (the whole tenant in one {@code tenant.xmi}) into the layout with one file per element,
 * and proves nothing was lost: the converted tenant is read back from its new files and compared,
 * field by field, with what the old file held. Until that comparison passes the old file is kept
 * beside the new ones ({@code tenant.xmi.before-convert}); if it fails, the old file is put back.
 */
public final class LayoutConversion {
	/** What happened to one tenant. */
	public record Converted(String tenant, boolean wasNeeded, int elements, int files) {
	}

	static final String BACKUP = ".before-convert";

	private LayoutConversion() {
	}

	/**
	 * Converts each tenant still in the old layout. The acting user needs {@link Permission#ADMINISTER}
	 * in every tenant to convert; nothing is converted otherwise.
	 */
	public static List<Converted> convert(Workspace workspace, String user) {
		List<Tenant> old = new ArrayList<>();
		for (Tenant tenant : workspace.allTenants()) {
			// Only the single-file layout needs converting: a later one (a handbook's chapters still in
			// its file) is read as it is and written in the current form at its next save.
			if (tenant.getSchemaVersion() < TenantFiles.FIRST_SPLIT_SCHEMA) {
				Access.check(tenant, user, Permission.ADMINISTER);
				old.add(tenant);
			}
		}
		List<Converted> done = new ArrayList<>();
		for (Tenant tenant : workspace.allTenants()) {
			if (!old.contains(tenant)) {
				done.add(new Converted(tenant.getId(), false, elements(tenant), files(workspace.folder(tenant.getId()))));
				continue;
			}
			done.add(convert(workspace, user, tenant.getId()));
		}
		return done;
	}

	private static Converted convert(Workspace workspace, String user, String id) {
		Path file = workspace.file(id);
		Path backup = file.resolveSibling(file.getFileName() + BACKUP);
		try {
			Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING);
			Tenant before = TenantFiles.load(freshSet(workspace, id), file);
			workspace.change(new Context(id, user), Permission.ADMINISTER, tenant -> tenant);
			Tenant after = TenantFiles.load(freshSet(workspace, id), file);
			if (!same(before, after)) {
				restore(file, backup);
				workspace.readAgain(id);
				throw new TouchstoneException(CoreMessage.of("convert.notSame", id, file));
			}
			Files.delete(backup);
			return new Converted(id, true, elements(after), files(file.getParent()));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot convert tenant '" + id + "': " + e.getMessage(), e);
		}
	}

	/** A resource set that sees the shared library where the workspace has it, for references into it. */
	private static ResourceSet freshSet(Workspace workspace, String id) {
		ResourceSet set = TenantFiles.newResourceSet();
		Path library = workspace.file(Workspace.LIBRARY);
		if (!id.equals(Workspace.LIBRARY) && Files.isRegularFile(library)) {
			TenantFiles.load(set, library);
		}
		return set;
	}

	/**
	 * Whether two readings of a tenant hold the same: every field of the tenant and of each
	 * element, with the tenant's top-level lists taken as sets (the new layout reads them in the
	 * order of their file names). Both readings are changed on the way and must be thrown away.
	 */
	static boolean same(Tenant before, Tenant after) {
		before.setSchemaVersion(after.getSchemaVersion());
		for (Tenant t : List.of(before, after)) {
			for (EReference list : TenantFiles.elementLists()) {
				@SuppressWarnings("unchecked")
				EList<EObject> elements = (EList<EObject>) t.eGet(list);
				ECollections.sort(elements, Comparator.comparing(EcoreUtil::getID));
			}
		}
		return EcoreUtil.equals(before, after);
	}

	private static void restore(Path file, Path backup) throws IOException {
		for (EReference list : TenantFiles.elementLists()) {
			Path folder = file.resolveSibling(list.getName());
			if (Files.isDirectory(folder)) {
				// with what is inside, chapter folders too: the backup holds the whole tenant
				Folders.delete(folder);
			}
		}
		Files.move(backup, file, StandardCopyOption.REPLACE_EXISTING);
	}

	private static int elements(Tenant tenant) {
		int count = 0;
		for (EReference list : TenantFiles.elementLists()) {
			count += ((List<?>) tenant.eGet(list)).size();
		}
		return count;
	}

	private static int files(Path folder) {
		int count = 1;
		for (EReference list : TenantFiles.elementLists()) {
			Path sub = folder.resolve(list.getName());
			if (Files.isDirectory(sub)) {
				try (var files = Files.walk(sub, 2)) {
					count += (int) files.filter(p -> p.getFileName().toString().endsWith(".xmi")).count();
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		return count;
	}
}
