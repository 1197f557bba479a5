package org.touchstone.core.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.touchstone.core.CoreMessage;
import org.touchstone.core.MalformedInputException;
import org.touchstone.model.AuthoredChapter;
import org.touchstone.model.Handbook;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstoneFactory;
import org.touchstone.model.TouchstonePackage;

/**
 * The layout of a tenant's folder: one file per controlled element, in a folder named after the
 * tenant's list it belongs to ({@code standards/G-001.xmi}, {@code playbooks/P-01.xmi}, ...), named
 * after the element's key. The form is made for Git: the same element always gives the same bytes,
 * each attribute stands on a line of its own in the model's fixed order, dates are written in UTC
 * whatever the machine's time zone, and a reference names its target by uuid through the tenant's
 * own file ({@code ../tenant.xmi#<uuid>}), never through another element's file, so renaming or
 * moving an element does not touch the files that refer to it. The tenant's file does not list its
 * elements: adding two standards on two machines touches no common file.
 * <p>
 * A handbook's authored chapters each have a file of their own too, in a folder beside the
 * handbook's named as it is ({@code handbooks/handbook/<chapter uuid>.xmi}); the handbook's file
 * keeps their order.
 * <p>
 * Elements are read back in the order of their file names; the order of a tenant's top-level lists
 * carries no meaning (every view sorts them), since a stored order would make every addition a
 * change to a shared list.
 */
final class ElementFiles {
	/** The tenant's lists whose elements each have a file of their own; the folder is the list's name. */
	static final List<EReference> LISTS = List.of(TouchstonePackage.Literals.TENANT__SEGMENTS, TouchstonePackage.Literals.TENANT__TOUCHPOINTS,
			TouchstonePackage.Literals.TENANT__STANDARDS, TouchstonePackage.Literals.TENANT__PLAYBOOKS, TouchstonePackage.Literals.TENANT__CASES,
			TouchstonePackage.Literals.TENANT__HANDBOOKS, TouchstonePackage.Literals.TENANT__SITES, TouchstonePackage.Literals.TENANT__COMPLAINTS);
	static final String EXTENSION = ".xmi";
	/** What may not stand in a file name: anything but letters, digits, dot, underscore and hyphen (compiled once: names are made for every element at each save). */
	private static final java.util.regex.Pattern UNSAFE_IN_NAME = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}._-]");
	/** One parser pool for every read: setting up a parser per file would cost more than parsing a small file. */
	private static final XMLParserPoolImpl PARSERS = new XMLParserPoolImpl(true);

	private ElementFiles() {
	}

	/**
	 * Reads the element files beside a tenant's own file into the tenant, and links their references.
	 * The files are parsed as one stream (each file's root an element of one XMI document), since
	 * setting up a parse costs more than parsing a small file (ten thousand standards: about three
	 * times faster). Should anything be amiss in that reading, each file is read on its own, which
	 * names the file and line at fault.
	 */
	static void readInto(Tenant tenant, Path tenantFile) {
		List<Path> files = new ArrayList<>();
		List<EReference> lists = new ArrayList<>();
		for (EReference list : LISTS) {
			for (Path file : elementFiles(tenantFile.resolveSibling(list.getName()))) {
				files.add(file);
				lists.add(list);
			}
		}
		if (files.isEmpty()) {
			return;
		}
		// A scratch set, left by each resource as soon as it is read: a set of ten thousand
		// resources would make every addition and removal a search through all of them.
		ResourceSet scratch = TenantFiles.newResourceSet();
		Map<Object, Object> options = loadOptions();
		List<EObject> roots = readAsOne(scratch, tenantFile, files, lists, options);
		if (roots == null) {
			roots = new ArrayList<>(files.size());
			for (int i = 0; i < files.size(); i++) {
				roots.add(readElement(tenant, scratch, files.get(i), lists.get(i), options));
			}
		}
		Map<EReference, List<EObject>> byList = new LinkedHashMap<>();
		for (int i = 0; i < roots.size(); i++) {
			byList.computeIfAbsent(lists.get(i), l -> new ArrayList<>()).add(roots.get(i));
		}
		for (Map.Entry<EReference, List<EObject>> e : byList.entrySet()) {
			@SuppressWarnings("unchecked")
			InternalEList<EObject> elements = (InternalEList<EObject>) tenant.eGet(e.getKey());
			elements.addAllUnique(e.getValue());
		}
		Map<Handbook, Path> handbookFiles = new LinkedHashMap<>();
		for (int i = 0; i < roots.size(); i++) {
			if (roots.get(i) instanceof Handbook handbook) {
				handbookFiles.put(handbook, files.get(i));
			}
		}
		// Chapter files lie one folder deeper than the other element files: each is read on its own
		// (a handbook has tens of chapters, not thousands), so its links mean what they say.
		chaptersBack(tenant, handbookFiles, scratch, options);
		linkWithin(tenant, tenant.eResource().getURI());
	}

	/**
	 * Parses the element files as one XMI document whose place is one folder below the tenant's
	 * (where every element file lies, so that their relative links mean the same). Returns null when
	 * that reading fails or does not give one element of the expected kind per file.
	 */
	private static List<EObject> readAsOne(ResourceSet scratch, Path tenantFile, List<Path> files, List<EReference> lists, Map<Object, Object> options) {
		Resource all = scratch.createResource(TenantFiles.uri(tenantFile.resolveSibling("elements").resolve("all.xmi")));
		try {
			all.load(new java.io.SequenceInputStream(new Concatenation(files)), options);
		} catch (IOException | RuntimeException e) {
			return null;
		} finally {
			scratch.getResources().remove(all);
		}
		List<EObject> roots = new ArrayList<>(all.getContents());
		if (roots.size() != files.size() || !((XMLResource) all).getEObjectToExtensionMap().isEmpty()) {
			return null;
		}
		for (int i = 0; i < roots.size(); i++) {
			if (!lists.get(i).getEReferenceType().isInstance(roots.get(i))) {
				return null;
			}
		}
		return roots;
	}

	/** The element files one after the other inside one XMI root, each without its XML declaration; files are read as the parser reaches them. */
	private static final class Concatenation implements java.util.Enumeration<java.io.InputStream> {
		private static final byte[] OPEN = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:ts=\""
				+ TouchstonePackage.eNS_URI + "\">\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		private static final byte[] CLOSE = "\n</xmi:XMI>\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		private final List<Path> files;
		private int next = -1;

		Concatenation(List<Path> files) {
			this.files = files;
		}

		@Override
		public boolean hasMoreElements() {
			return next <= files.size();
		}

		@Override
		public java.io.InputStream nextElement() {
			int at = next++;
			if (at < 0) {
				return new java.io.ByteArrayInputStream(OPEN);
			}
			if (at == files.size()) {
				return new java.io.ByteArrayInputStream(CLOSE);
			}
			try {
				return withoutDeclaration(Files.readAllBytes(files.get(at)));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		private static java.io.InputStream withoutDeclaration(byte[] content) {
			int start = 0;
			if (content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb && (content[2] & 0xff) == 0xbf) {
				start = 3;
			}
			if (new String(content, start, Math.min(5, content.length - start), java.nio.charset.StandardCharsets.US_ASCII).equals("<?xml")) {
				while (start < content.length - 1 && !(content[start] == '?' && content[start + 1] == '>')) {
					start++;
				}
				start += 2;
			}
			return new java.io.ByteArrayInputStream(content, start, Math.max(0, content.length - start));
		}
	}

	private static EObject readElement(Tenant tenant, ResourceSet scratch, Path file, EReference list, Map<Object, Object> options) {
		return readRoot(tenant, scratch, file, list.getEReferenceType(), options);
	}

	private static EObject readRoot(Tenant tenant, ResourceSet scratch, Path file, org.eclipse.emf.ecore.EClass kind, Map<Object, Object> options) {
		Resource resource = scratch.createResource(TenantFiles.uri(file));
		try {
			resource.load(options);
		} catch (IOException e) {
			throw TenantFiles.malformed(file, e);
		} catch (RuntimeException e) {
			throw new MalformedInputException(file, 0, CoreMessage.of("file.unreadable", e.getMessage()), e);
		} finally {
			scratch.getResources().remove(resource);
		}
		if (resource.getContents().size() != 1 || !kind.isInstance(resource.getContents().get(0))) {
			throw new MalformedInputException(file, 0, CoreMessage.of("tenant.elementFileHoldsNone", kind.getName()));
		}
		SchemaUpgrade.upgradeXmi(tenant, ((XMLResource) resource).getEObjectToExtensionMap(), file);
		return resource.getContents().get(0);
	}

	static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSERS);
		// EMF's advice for reading many files: remember which feature an XML name stands for
		// across them (one map per tenant read, so no two threads share it), and skip the old API.
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		return options;
	}

	/**
	 * Replaces each reference to an object of this tenant, which an element file holds as a link
	 * through the tenant's file, by the object itself. References into the shared library stay links
	 * and are followed when first used, as before.
	 */
	private static void linkWithin(Tenant tenant, URI home) {
		for (TreeIterator<EObject> it = tenant.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			for (EReference reference : o.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable() || !o.eIsSet(reference)) {
					continue;
				}
				if (reference.isMany()) {
					@SuppressWarnings("unchecked")
					InternalEList<EObject> values = (InternalEList<EObject>) o.eGet(reference, false);
					for (int i = 0; i < values.size(); i++) {
						if (isWithin(values.basicGet(i), home)) {
							values.get(i);
						}
					}
				} else if (isWithin((EObject) o.eGet(reference, false), home)) {
					o.eGet(reference, true);
				}
			}
		}
	}

	private static boolean isWithin(EObject value, URI home) {
		return value != null && value.eIsProxy() && home.equals(((org.eclipse.emf.ecore.InternalEObject) value).eProxyURI().trimFragment());
	}

	/**
	 * Writes a tenant: each element's file, then the tenant's own file, then removes the files of
	 * elements that are gone. Files whose bytes would not change are left alone. The tenant in
	 * memory is not touched: the files are written from a copy.
	 *
	 * @param changed the elements that may have changed since the files were written (see
	 *            {@link ChangedElements}); only these are copied and serialised. Null: all of them.
	 */
	static void write(Tenant tenant, Path tenantFile, Set<EObject> changed) throws IOException {
		Map<EObject, String> paths = paths(tenant);
		ResourceSet set = TenantFiles.newResourceSet();
		EcoreUtil.Copier copier = changed == null ? new EcoreUtil.Copier(false) : new WithoutElements();
		Tenant copy = (Tenant) copier.copy(tenant);
		Map<EObject, EObject> toWrite = new LinkedHashMap<>();
		for (EObject element : paths.keySet()) {
			if (changed == null) {
				toWrite.put(element, copier.get(element));
			} else if (changed.contains(element)) {
				toWrite.put(element, copier.copy(element));
			}
		}
		copier.copyReferences();
		Resource home = set.createResource(TenantFiles.uri(tenantFile));
		home.getContents().add(copy);
		Map<Path, Resource> files = new LinkedHashMap<>();
		for (Map.Entry<EObject, EObject> element : toWrite.entrySet()) {
			Path file = tenantFile.resolveSibling(paths.get(element.getKey()));
			if (element.getValue() instanceof Handbook handbook) {
				// Before the handbook joins its resource: its chapters leave it for files of their own.
				chaptersApart(handbook, chapterFolder(file)).forEach((chapterFile, chapter) -> {
					Resource resource = set.createResource(TenantFiles.uri(chapterFile));
					resource.getContents().add(chapter);
					files.put(chapterFile, resource);
				});
			}
			Resource resource = set.createResource(TenantFiles.uri(file));
			resource.getContents().add(element.getValue());
			files.put(file, resource);
		}
		Map<Object, Object> options = saveOptions(tenantFile);
		for (Map.Entry<Path, Resource> file : files.entrySet()) {
			writeIfChanged(file.getKey(), bytes(file.getValue(), options));
		}
		writeIfChanged(tenantFile, bytes(home, options));
		// Every file the tenant has now, written or not: the others are of elements that are gone.
		Set<Path> kept = new HashSet<>();
		for (Map.Entry<EObject, String> element : paths.entrySet()) {
			Path file = tenantFile.resolveSibling(element.getValue());
			kept.add(file);
			if (element.getKey() instanceof Handbook handbook) {
				for (org.touchstone.model.Chapter chapter : handbook.getChapters()) {
					if (chapter instanceof AuthoredChapter authored && hasFileOfItsOwn(authored)) {
						kept.add(chapterFile(chapterFolder(file), authored));
					}
				}
			}
		}
		for (EReference list : LISTS) {
			for (Path old : elementFiles(tenantFile.resolveSibling(list.getName()))) {
				if (!kept.contains(old)) {
					Files.delete(old);
				}
			}
		}
		for (Path folder : chapterFolders(tenantFile)) {
			for (Path old : elementFiles(folder)) {
				if (!kept.contains(old)) {
					Files.delete(old);
				}
			}
			try (Stream<Path> left = Files.list(folder)) {
				if (left.findAny().isEmpty()) {
					Files.delete(folder);
				}
			}
		}
	}

	/**
	 * Copies a tenant without its elements (for its own file), and then the elements asked for one
	 * by one; references to elements not copied stay references to the tenant's own objects, which
	 * are written as the same links (by uuid, through the tenant's file).
	 */
	private static final class WithoutElements extends EcoreUtil.Copier {
		private static final long serialVersionUID = 1L;

		WithoutElements() {
			super(false);
		}

		@Override
		protected void copyContainment(EReference reference, EObject original, EObject copy) {
			if (!(original instanceof Tenant && LISTS.contains(reference))) {
				super.copyContainment(reference, original, copy);
			}
		}
	}

	/**
	 * Takes a handbook's authored chapters out of it, each for a file of its own in the handbook's
	 * folder, named after its uuid (a name that never changes, so Git sees an edit, never a
	 * rename), and leaves in its place a stub with the uuid alone, which keeps the chapter's place
	 * in the handbook's order. Two people writing two chapters change two files. Generated sections
	 * (a few settings each) stay in the handbook's file.
	 */
	private static Map<Path, EObject> chaptersApart(Handbook handbook, Path folder) {
		Map<Path, EObject> files = new LinkedHashMap<>();
		for (int i = 0; i < handbook.getChapters().size(); i++) {
			if (handbook.getChapters().get(i) instanceof AuthoredChapter chapter && hasFileOfItsOwn(chapter)) {
				AuthoredChapter stub = TouchstoneFactory.eINSTANCE.createAuthoredChapter();
				stub.setUuid(chapter.getUuid());
				handbook.getChapters().set(i, stub);
				files.put(chapterFile(folder, chapter), chapter);
			}
		}
		return files;
	}

	private static boolean hasFileOfItsOwn(AuthoredChapter chapter) {
		return chapter.getUuid() != null && !chapter.getUuid().isBlank();
	}

	private static Path chapterFile(Path folder, AuthoredChapter chapter) {
		return folder.resolve(UNSAFE_IN_NAME.matcher(chapter.getUuid()).replaceAll("_") + EXTENSION);
	}

	/** The folder of a handbook's chapter files: beside the handbook's file, named as it is without {@code .xmi}. */
	private static Path chapterFolder(Path handbookFile) {
		String name = handbookFile.getFileName().toString();
		return handbookFile.resolveSibling(name.substring(0, name.length() - EXTENSION.length()));
	}

	/** The chapter folders of a tenant's handbooks, by name. */
	private static List<Path> chapterFolders(Path tenantFile) {
		Path handbooks = tenantFile.resolveSibling(TouchstonePackage.Literals.TENANT__HANDBOOKS.getName());
		if (!Files.isDirectory(handbooks)) {
			return List.of();
		}
		try (Stream<Path> folders = Files.list(handbooks)) {
			return folders.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot list " + handbooks + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Puts each handbook's chapters read from their own files in the place of their stubs. A chapter
	 * file without a stub (its place lost in a merge) goes at the end of its handbook, so no text is
	 * lost; a handbook written before chapters had files of their own holds them whole, and is
	 * read as it is.
	 */
	private static void chaptersBack(Tenant tenant, Map<Handbook, Path> handbookFiles, ResourceSet scratch, Map<Object, Object> options) {
		for (Map.Entry<Handbook, Path> entry : handbookFiles.entrySet()) {
			Handbook handbook = entry.getKey();
			for (Path file : elementFiles(chapterFolder(entry.getValue()))) {
				AuthoredChapter chapter = (AuthoredChapter) readRoot(tenant, scratch, file, TouchstonePackage.Literals.AUTHORED_CHAPTER, options);
				int at = -1;
				for (int i = 0; i < handbook.getChapters().size(); i++) {
					if (chapter.getUuid().equals(handbook.getChapters().get(i).getUuid())) {
						at = i;
					}
				}
				if (at >= 0) {
					handbook.getChapters().set(at, chapter);
				} else {
					handbook.getChapters().add(chapter);
				}
			}
		}
	}

	/**
	 * The file each element of a tenant is written to, relative to the tenant's folder, with '/'
	 * between folder and name ({@code standards/G-001.xmi}), in the order they are written.
	 */
	static Map<EObject, String> paths(Tenant tenant) {
		Map<EObject, String> paths = new LinkedHashMap<>();
		for (EReference list : LISTS) {
			@SuppressWarnings("unchecked")
			List<EObject> elements = new ArrayList<>((List<EObject>) tenant.eGet(list));
			Set<String> taken = new HashSet<>();
			for (EObject element : elements) {
				paths.put(element, list.getName() + "/" + fileName(element, taken));
			}
		}
		return paths;
	}

	/** The bytes a resource is saved as: what {@link #write} would put in its file. */
	static byte[] bytes(Resource resource, Map<Object, Object> options) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, options);
		return out.toByteArray();
	}

	static Map<Object, Object> saveOptions(Path tenantFile) {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 1);
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_URI_HANDLER, new ThroughTenantFile(TenantFiles.uri(tenantFile)));
		return options;
	}

	/** Writes a reference to any object of the tenant as a link through the tenant's own file. */
	private static final class ThroughTenantFile extends URIHandlerImpl {
		private final URI home;
		private final String folder;

		ThroughTenantFile(URI home) {
			this.home = home;
			this.folder = home.trimSegments(1).toString() + "/";
		}

		@Override
		public URI deresolve(URI uri) {
			if (uri.hasFragment() && uri.trimFragment().toString().startsWith(folder)) {
				return super.deresolve(home.appendFragment(uri.fragment()));
			}
			return super.deresolve(uri);
		}
	}

	/** The element's key, made safe as a file name; the uuid is added when two keys would share a name. */
	private static String fileName(EObject element, Set<String> taken) {
		Object key = element.eClass().getEStructuralFeature("key") == null ? null : element.eGet(element.eClass().getEStructuralFeature("key"));
		String base = key == null || key.toString().isBlank() ? EcoreUtil.getID(element) : UNSAFE_IN_NAME.matcher(key.toString().strip()).replaceAll("_");
		if (base.startsWith(".")) {
			base = "_" + base.substring(1);
		}
		String name = base + EXTENSION;
		if (!taken.add(name.toLowerCase(Locale.ROOT))) {
			name = base + "~" + EcoreUtil.getID(element) + EXTENSION;
			taken.add(name.toLowerCase(Locale.ROOT));
		}
		return name;
	}

	private static void writeIfChanged(Path file, byte[] content) throws IOException {
		if (Files.isRegularFile(file) && Files.size(file) == content.length && Arrays.equals(Files.readAllBytes(file), content)) {
			return;
		}
		AtomicFile.write(file, out -> out.write(content));
	}

	/** The element files in a folder, by name; temporary files of an interrupted save (dot files) are not elements. */
	private static List<Path> elementFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && !p.getFileName().toString().startsWith(".")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
		}
	}

	/** The version of each of a tenant's files, by its path in the tenant's folder. */
	static Map<String, FileVersion> versions(Path tenantFile) {
		Map<String, FileVersion> versions = new TreeMap<>();
		versions.put(tenantFile.getFileName().toString(), FileVersion.of(tenantFile));
		for (EReference list : LISTS) {
			for (Path file : elementFiles(tenantFile.resolveSibling(list.getName()))) {
				try {
					BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
					versions.put(list.getName() + "/" + file.getFileName(), new FileVersion(a.fileKey(), a.lastModifiedTime(), a.size()));
				} catch (NoSuchFileException gone) {
					// removed since the folder was listed: it is not part of this version
				} catch (IOException e) {
					throw new UncheckedIOException("cannot read the attributes of " + file + ": " + e.getMessage(), e);
				}
			}
		}
		Path tenantFolder = tenantFile.getParent();
		for (Path folder : chapterFolders(tenantFile)) {
			for (Path file : elementFiles(folder)) {
				try {
					BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
					versions.put(tenantFolder.relativize(file).toString().replace(java.io.File.separatorChar, '/'), new FileVersion(a.fileKey(), a.lastModifiedTime(), a.size()));
				} catch (NoSuchFileException gone) {
					// removed since the folder was listed: it is not part of this version
				} catch (IOException e) {
					throw new UncheckedIOException("cannot read the attributes of " + file + ": " + e.getMessage(), e);
				}
			}
		}
		return versions;
	}
}
