package org.touchstone.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.touchstone.core.CoreMessage;
import org.touchstone.core.MalformedInputException;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstonePackage;
import org.touchstone.model.util.TouchstoneResourceFactoryImpl;

/**
 * Where a tenant lives on disk and how it is read and written: {@code <workspace>/<tenant>/tenant.xmi}
 * holds the tenant itself (its name, branding, users, dimensions) and each controlled element
 * (a standard with its revisions, a segment, a touchpoint, a playbook, a case, a handbook, a site,
 * a complaint) has a file of its own beside it (see {@link ElementFiles}), so that two people who
 * change two different elements change two different files. In memory a tenant is still one
 * resource, as it always was: the split is only how it is stored.
 */
public final class TenantFiles {
	public static final String FILE_NAME = "tenant.xmi";
	/**
	 * The schema version this build writes; files of a newer version are refused, not misread.
	 * Version 3 added sites, site rules and pilots; a version 2 file reads as a tenant without sites.
	 * Version 4 stores each element in a file of its own; a version 3 file, which holds every
	 * element itself, reads as before and is written in the new layout at its next save. A build
	 * that knows only version 3 refuses a version 4 tenant instead of reading it without its
	 * elements (and saving it so). Version 5 gives each authored chapter of a handbook a file of
	 * its own (the handbook's file keeps a stub with its uuid, for the order); a version 4 handbook
	 * holds its chapters whole and reads as before. A version 4 build refuses version 5 rather than
	 * read the stubs as empty chapters.
	 */
	public static final int SCHEMA_VERSION = 5;
	/** The first schema version that keeps elements in files of their own (see {@code LayoutConversion}). */
	public static final int FIRST_SPLIT_SCHEMA = 4;

	private TenantFiles() {
	}

	public static ResourceSet newResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(TouchstonePackage.eNS_URI, TouchstonePackage.eINSTANCE);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new TouchstoneResourceFactoryImpl());
		return set;
	}

	/** The tenant's lists whose elements each have a file of their own, in a folder named after the list. */
	public static java.util.List<org.eclipse.emf.ecore.EReference> elementLists() {
		return ElementFiles.LISTS;
	}

	public static Path file(Path workspace, String tenantId) {
		return workspace.resolve(tenantId).resolve(FILE_NAME);
	}

	public static URI uri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	/** Loads a tenant file into the set; a file that cannot be parsed is reported with its path and line. */
	public static Tenant load(ResourceSet set, Path file) {
		return load(set, file, (java.io.InputStream) null);
	}

	/**
	 * Loads a tenant into the set from {@code content} (null: from the file itself), as though it
	 * were the file: the workbench's unsaved state of a tenant, for a preview.
	 */
	public static Tenant load(ResourceSet set, Path file, java.io.InputStream content) {
		return load(set, file, content, content == null && Files.isRegularFile(file) ? ElementFiles.versions(file) : null);
	}

	/**
	 * Loads a tenant from its files whose version the caller took just before ({@link #version}),
	 * so that checking every file is done once.
	 */
	public static Tenant load(ResourceSet set, Path file, Map<String, FileVersion> version) {
		return load(set, file, null, version);
	}

	private static Tenant load(ResourceSet set, Path file, java.io.InputStream content, Map<String, FileVersion> version) {
		if (version != null) {
			Tenant cached = TenantCache.read(set, file, version);
			if (cached != null) {
				ChangedElements.watch(cached);
				return cached;
			}
		}
		Resource resource = set.createResource(uri(file));
		try {
			Map<String, Object> options = Map.of(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
			if (content == null) {
				resource.load(options);
			} else {
				resource.load(content, options);
			}
		} catch (IOException e) {
			set.getResources().remove(resource);
			throw malformed(file, e);
		} catch (RuntimeException e) {
			set.getResources().remove(resource);
			throw new MalformedInputException(file, 0, CoreMessage.of("file.unreadable", e.getMessage()), e);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Tenant tenant)) {
			set.getResources().remove(resource);
			throw new MalformedInputException(file, 0, CoreMessage.of("tenant.fileHoldsNone"));
		}
		if (tenant.getSchemaVersion() > SCHEMA_VERSION) {
			set.getResources().remove(resource);
			throw new MalformedInputException(file, 0, CoreMessage.of("tenant.fileTooNew", tenant.getSchemaVersion(), SCHEMA_VERSION));
		}
		// A tenant read in an earlier schema is upgraded in memory and saved whole the first time.
		boolean current = tenant.getSchemaVersion() == SCHEMA_VERSION;
		try {
			SchemaUpgrade.upgradeXmi(tenant, ((XMLResource) resource).getEObjectToExtensionMap(), file);
			if (content == null) {
				ElementFiles.readInto(tenant, file);
			}
		} catch (RuntimeException e) {
			set.getResources().remove(resource);
			throw e instanceof MalformedInputException ? e : new MalformedInputException(file, 0, "cannot be upgraded: " + e.getMessage(), e);
		}
		if (version != null && tenant.getSchemaVersion() == SCHEMA_VERSION) {
			// Only after a read, with the version taken before it: a copy made at a save could
			// claim a file another program changed just after the save.
			TenantCache.write(tenant, file, version);
		}
		if (current) {
			ChangedElements.watch(tenant);
		}
		return tenant;
	}

	/**
	 * Saves a tenant in the current layout: the files of elements that changed, then the tenant's
	 * own file, then the removal of files whose element is gone. A file whose content did not
	 * change is not written at all.
	 */
	public static void save(Tenant tenant) throws IOException {
		tenant.setSchemaVersion(SCHEMA_VERSION);
		ChangedElements changes = ChangedElements.of(tenant);
		ElementFiles.write(tenant, Path.of(tenant.eResource().getURI().toFileString()), changes == null ? null : changes.elements());
		if (changes == null) {
			ChangedElements.watch(tenant);
		} else {
			changes.clear();
		}
	}

	/**
	 * Which version of a tenant's files was read: the version of each of its files, so that a save
	 * by another program, or a pull that changed one element's file, shows as a change. Take it
	 * before reading, as {@link FileVersion} says.
	 */
	/**
	 * The bytes a save writes for one element into its file ({@code path}, relative to the tenant's
	 * folder): for a merge that puts together an element from two sides. The element leaves the
	 * resource it was in.
	 */
	public static byte[] elementBytes(org.eclipse.emf.ecore.EObject element, Path tenantFile, String path) throws IOException {
		org.eclipse.emf.ecore.resource.Resource resource = newResourceSet().createResource(uri(tenantFile.resolveSibling(path)));
		resource.getContents().add(element);
		return ElementFiles.bytes(resource, ElementFiles.saveOptions(tenantFile));
	}

	/** The file each element of a tenant is kept in, relative to the tenant's folder ({@code standards/G-001.xmi}). */
	public static Map<org.eclipse.emf.ecore.EObject, String> elementFiles(Tenant tenant) {
		return ElementFiles.paths(tenant);
	}

	public static Map<String, FileVersion> version(Path workspace, String tenantId) {
		return ElementFiles.versions(file(workspace, tenantId));
	}

	public static boolean exists(Path workspace, String tenantId) {
		return Files.isRegularFile(file(workspace, tenantId));
	}

	/** Why a file could not be parsed, naming the line; an unfinished Git merge is named as such. */
	static MalformedInputException malformed(Path file, IOException e) {
		int marker = conflictMarker(file);
		if (marker > 0) {
			return new MalformedInputException(file, marker, CoreMessage.of("file.conflictMarkers"), e);
		}
		Throwable cause = e.getCause() != null ? e.getCause() : e;
		int line = 0;
		if (cause instanceof XMIException xmi) {
			line = xmi.getLine();
		} else if (cause instanceof org.xml.sax.SAXParseException sax) {
			line = sax.getLineNumber();
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return new MalformedInputException(file, line, "cannot be parsed: " + message, e);
	}

	/** The first line of a Git conflict marker in a file, or 0. */
	private static int conflictMarker(Path file) {
		try (java.io.BufferedReader in = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
			int number = 0;
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				number++;
				if (line.startsWith("<<<<<<< ")) {
					return number;
				}
			}
		} catch (IOException | RuntimeException unreadable) {
			// the parser's own words say what is wrong
		}
		return 0;
	}
}
