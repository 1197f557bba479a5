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

/** Where a tenant lives on disk ({@code <workspace>/<tenant>/tenant.xmi}) and how it is read and written. */
public final class TenantFiles {
	public static final String FILE_NAME = "tenant.xmi";
	/**
	 * The schema version this build writes; files of a newer version are refused, not misread.
	 * Version 3 added sites, site rules and pilots; a version 2 file reads as a tenant without sites.
	 */
	public static final int SCHEMA_VERSION = 3;

	private TenantFiles() {
	}

	public static ResourceSet newResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(TouchstonePackage.eNS_URI, TouchstonePackage.eINSTANCE);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new TouchstoneResourceFactoryImpl());
		return set;
	}

	public static Path file(Path workspace, String tenantId) {
		return workspace.resolve(tenantId).resolve(FILE_NAME);
	}

	public static URI uri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	/** Loads a tenant file into the set; a file that cannot be parsed is reported with its path and line. */
	public static Tenant load(ResourceSet set, Path file) {
		return load(set, file, null);
	}

	/**
	 * Loads a tenant into the set from {@code content} (null: from the file itself), as though it
	 * were the file: the workbench's unsaved state of a tenant, for a preview.
	 */
	public static Tenant load(ResourceSet set, Path file, java.io.InputStream content) {
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
		try {
			SchemaUpgrade.upgradeXmi(tenant, ((XMLResource) resource).getEObjectToExtensionMap(), file);
		} catch (RuntimeException e) {
			set.getResources().remove(resource);
			throw e instanceof MalformedInputException ? e : new MalformedInputException(file, 0, "cannot be upgraded: " + e.getMessage(), e);
		}
		return tenant;
	}

	public static void save(Tenant tenant) throws IOException {
		tenant.setSchemaVersion(SCHEMA_VERSION);
		Resource resource = tenant.eResource();
		Path file = Path.of(resource.getURI().toFileString());
		AtomicFile.write(file, out -> resource.save(out, Map.of()));
	}

	public static boolean exists(Path workspace, String tenantId) {
		return Files.isRegularFile(file(workspace, tenantId));
	}

	private static MalformedInputException malformed(Path file, IOException e) {
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
}
