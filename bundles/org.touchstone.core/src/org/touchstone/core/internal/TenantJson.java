package org.touchstone.core.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.touchstone.core.CoreMessage;
import org.touchstone.core.MalformedInputException;
import org.touchstone.model.Identified;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstonePackage;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;

/**
 * A tenant as JSON, written and read by reflection over the model, so the format follows the
 * .ecore without a mapping to keep in step. Objects carry {@code "type"} where the reference does
 * not fix it; references are written as UUIDs. On reading, a reference may also name its target
 * by key (a standard's {@code G-001}, a dimension's code, a user's name), and an element without a
 * UUID gets one derived from its tenant and key, so hand-written files (the sample content) stay
 * readable and their ids stable.
 */
public final class TenantJson {
	private static final TouchstonePackage P = TouchstonePackage.eINSTANCE;

	private TenantJson() {
	}

	public static void write(Tenant tenant, Writer out) throws IOException {
		JsonWriter json = new JsonWriter(out);
		json.setIndent("  ");
		json.setHtmlSafe(false);
		writeObject(json, tenant, null);
		json.flush();
	}

	private static void writeObject(JsonWriter json, EObject object, EReference via) throws IOException {
		json.beginObject();
		if (via == null || via.getEReferenceType() != object.eClass()) {
			json.name("type").value(object.eClass().getName());
		}
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature == P.getTenant_SchemaVersion()) {
				json.name(feature.getName()).value(TenantFiles.SCHEMA_VERSION);
				continue;
			}
			if (feature.isTransient() || feature.isDerived() || !object.eIsSet(feature)) {
				continue;
			}
			json.name(feature.getName());
			Object value = object.eGet(feature);
			if (feature instanceof EAttribute attribute) {
				if (feature.isMany()) {
					json.beginArray();
					for (Object v : (List<?>) value) {
						writeValue(json, attribute.getEAttributeType(), v);
					}
					json.endArray();
				} else {
					writeValue(json, attribute.getEAttributeType(), value);
				}
			} else {
				EReference reference = (EReference) feature;
				if (reference.isMany()) {
					json.beginArray();
					for (Object v : (List<?>) value) {
						writeReferenced(json, reference, (EObject) v);
					}
					json.endArray();
				} else {
					writeReferenced(json, reference, (EObject) value);
				}
			}
		}
		json.endObject();
	}

	private static void writeReferenced(JsonWriter json, EReference reference, EObject target) throws IOException {
		if (reference.isContainment()) {
			writeObject(json, target, reference);
		} else {
			json.value(EcoreUtil.getID(target));
		}
	}

	private static void writeValue(JsonWriter json, EDataType type, Object value) throws IOException {
		if (value instanceof Number number && !(value instanceof Double d && (d.isNaN() || d.isInfinite()))) {
			json.value(number);
		} else if (value instanceof Boolean b) {
			json.value(b);
		} else {
			json.value(EcoreUtil.convertToString(type, value));
		}
	}

	/**
	 * Reads a tenant.
	 *
	 * @param source  the file read, named in error messages
	 * @param library objects outside the tenant that its references may name (the case library), or empty
	 */
	public static Tenant read(Reader in, Path source, Map<String, EObject> library) {
		JsonElement root;
		try {
			root = JsonParser.parseReader(in);
		} catch (JsonParseException e) {
			throw new MalformedInputException(source, lineOf(e), CoreMessage.of("json.invalid", e.getMessage()));
		}
		if (!root.isJsonObject()) {
			throw new MalformedInputException(source, 0, CoreMessage.of("json.notAnObject"));
		}
		JsonElement version = root.getAsJsonObject().get("schemaVersion");
		boolean legacy = version == null || !version.isJsonPrimitive() || version.getAsInt() < SchemaUpgrade.BILINGUAL;
		Reading reading = new Reading(source, library, legacy);
		EObject tenant = reading.object(root.getAsJsonObject(), P.getTenant(), "$");
		if (!(tenant instanceof Tenant t)) {
			throw new MalformedInputException(source, 0, CoreMessage.of("json.notATenant"));
		}
		reading.assignIds((Tenant) tenant);
		reading.resolve();
		if (legacy) {
			SchemaUpgrade.upgradeTexts(t);
		}
		return t;
	}

	private static int lineOf(JsonParseException e) {
		String message = String.valueOf(e.getMessage());
		int at = message.indexOf(" line ");
		if (at < 0) {
			return 0;
		}
		int start = at + 6;
		int end = start;
		while (end < message.length() && Character.isDigit(message.charAt(end))) {
			end++;
		}
		return end > start ? Integer.parseInt(message.substring(start, end)) : 0;
	}

	/** Derives a stable UUID from a tenant id and an element's natural key. */
	public static String stableId(String tenantId, String kind, String key) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
					.digest((tenantId + "/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8));
			long msb = 0;
			long lsb = 0;
			for (int i = 0; i < 8; i++) {
				msb = (msb << 8) | (hash[i] & 0xff);
				lsb = (lsb << 8) | (hash[8 + i] & 0xff);
			}
			msb = (msb & ~0xF000L) | 0x8000L; // version 8: custom
			lsb = (lsb & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
			return new UUID(msb, lsb).toString();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The natural key of an element, used for references by key and for derived ids. */
	public static String naturalKey(EObject object) {
		for (String name : new String[] { "key", "code", "name", "id" }) {
			EStructuralFeature f = object.eClass().getEStructuralFeature(name);
			if (f instanceof EAttribute && !f.isMany() && object.eGet(f) instanceof String s && !s.isBlank()) {
				return s;
			}
		}
		return null;
	}

	private record Pending(EObject owner, EReference reference, List<String> ids, String path) {
	}

	private static final class Reading {
		private final Path source;
		private final Map<String, EObject> external;
		private final List<Pending> pending = new ArrayList<>();
		private final Map<String, EObject> byId = new HashMap<>();
		private final Map<String, List<EObject>> byKey = new HashMap<>();

		private final boolean legacy;

		Reading(Path source, Map<String, EObject> external, boolean legacy) {
			this.source = source;
			this.external = external;
			this.legacy = legacy;
		}

		/** A field of schema version 1 that version 2 holds differently (see {@link SchemaUpgrade}). */
		private boolean legacyField(EObject object, String name, JsonElement value, String path) {
			Map<String, String> attributes = new java.util.LinkedHashMap<>();
			if (value.isJsonObject()) {
				value.getAsJsonObject().entrySet().forEach(e -> attributes.put(e.getKey(), e.getValue().getAsString()));
			} else if (value.isJsonPrimitive()) {
				attributes.put("", value.getAsString());
			}
			try {
				return SchemaUpgrade.legacyField(object, name, attributes);
			} catch (RuntimeException e) {
				throw new MalformedInputException(source, 0, CoreMessage.of("json.field", path, e.getMessage()));
			}
		}

		EObject object(JsonObject json, EClass expected, String path) {
			EClass eClass = expected;
			if (json.has("type")) {
				EClassifier named = P.getEClassifier(json.get("type").getAsString());
				if (!(named instanceof EClass c) || !expected.isSuperTypeOf(c) || c.isAbstract()) {
					throw new MalformedInputException(source, 0, CoreMessage.of("json.wrongType", path, json.get("type").getAsString(), expected.getName()));
				}
				eClass = c;
			}
			if (eClass.isAbstract()) {
				throw new MalformedInputException(source, 0, CoreMessage.of("json.typeMissing", path, expected.getName()));
			}
			EObject object = EcoreUtil.create(eClass);
			for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
				if (entry.getKey().equals("type")) {
					continue;
				}
				EStructuralFeature feature = eClass.getEStructuralFeature(entry.getKey());
				String at = path + "." + entry.getKey();
				if (feature == null && legacy && legacyField(object, entry.getKey(), entry.getValue(), at)) {
					continue;
				}
				if (feature == null) {
					throw new MalformedInputException(source, 0, CoreMessage.of("json.unknownField", entry.getKey(), path, eClass.getName()));
				}
				set(object, feature, entry.getValue(), at);
			}
			return object;
		}

		@SuppressWarnings("unchecked")
		private void set(EObject object, EStructuralFeature feature, JsonElement value, String path) {
			List<JsonElement> values = new ArrayList<>();
			if (feature.isMany()) {
				if (!value.isJsonArray()) {
					throw new MalformedInputException(source, 0, CoreMessage.of("json.notAList", path));
				}
				value.getAsJsonArray().forEach(values::add);
			} else {
				values.add(value);
			}
			if (feature instanceof EAttribute attribute) {
				List<Object> converted = new ArrayList<>();
				for (JsonElement v : values) {
					converted.add(convert(attribute.getEAttributeType(), v, path));
				}
				if (feature.isMany()) {
					((EList<Object>) object.eGet(feature)).addAll(converted);
				} else {
					object.eSet(feature, converted.get(0));
				}
				return;
			}
			EReference reference = (EReference) feature;
			if (reference.isContainment()) {
				List<EObject> children = new ArrayList<>();
				int i = 0;
				for (JsonElement v : values) {
					if (!v.isJsonObject()) {
						throw new MalformedInputException(source, 0, CoreMessage.of("json.notObjects", path));
					}
					children.add(object(v.getAsJsonObject(), reference.getEReferenceType(), feature.isMany() ? path + "[" + i++ + "]" : path));
				}
				if (feature.isMany()) {
					((EList<EObject>) object.eGet(feature)).addAll(children);
				} else {
					object.eSet(feature, children.get(0));
				}
			} else {
				List<String> ids = new ArrayList<>();
				for (JsonElement v : values) {
					if (!v.isJsonPrimitive()) {
						throw new MalformedInputException(source, 0, CoreMessage.of("json.noTarget", path));
					}
					ids.add(v.getAsString());
				}
				pending.add(new Pending(object, reference, ids, path));
			}
		}

		private Object convert(EDataType type, JsonElement value, String path) {
			if (!value.isJsonPrimitive()) {
				throw new MalformedInputException(source, 0, CoreMessage.of("json.notSingle", path));
			}
			JsonPrimitive primitive = value.getAsJsonPrimitive();
			try {
				return EcoreUtil.createFromString(type, primitive.getAsString());
			} catch (RuntimeException e) {
				throw new MalformedInputException(source, 0, CoreMessage.of("json.invalidValue", path, primitive.getAsString(), describe(type)));
			}
		}

		private static CoreMessage describe(EDataType type) {
			if (type instanceof org.eclipse.emf.ecore.EEnum e) {
				return CoreMessage.of("json.kind.value", String.join(", ", e.getELiterals().stream().map(l -> l.getLiteral()).toList()));
			}
			if (type == EcorePackage.Literals.EDATE) {
				return CoreMessage.of("json.kind.date");
			}
			return CoreMessage.of("text", type.getName().replaceFirst("^E", "").toLowerCase());
		}

		void assignIds(Tenant tenant) {
			String tenantId = tenant.getId() == null ? "" : tenant.getId();
			List<EObject> all = new ArrayList<>();
			all.add(tenant);
			tenant.eAllContents().forEachRemaining(all::add);
			for (EObject o : all) {
				if (o instanceof Identified identified) {
					if (identified.getUuid() == null || identified.getUuid().isBlank()) {
						String key = naturalKey(o);
						String where = key != null ? key : EcoreUtil.getRelativeURIFragmentPath(tenant, o);
						identified.setUuid(stableId(tenantId, o.eClass().getName(), where));
					}
					EObject clash = byId.put(identified.getUuid(), o);
					if (clash != null) {
						throw new MalformedInputException(source, 0, CoreMessage.of("json.uuidTwice", identified.getUuid()));
					}
				}
				String key = naturalKey(o);
				if (key != null) {
					byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
				}
			}
		}

		@SuppressWarnings("unchecked")
		void resolve() {
			for (Pending p : pending) {
				List<EObject> targets = new ArrayList<>();
				for (String id : p.ids()) {
					EObject target = lookUp(id, p.reference().getEReferenceType());
					if (target == null) {
						throw new MalformedInputException(source, 0, CoreMessage.of("json.targetMissing", p.path(), p.reference().getEReferenceType().getName(), id));
					}
					targets.add(target);
				}
				if (p.reference().isMany()) {
					((EList<EObject>) p.owner().eGet(p.reference())).addAll(targets);
				} else {
					p.owner().eSet(p.reference(), targets.get(0));
				}
			}
		}

		/** The tenant's own element with this id or key first, and only then one of the library's. */
		private EObject lookUp(String id, EClass type) {
			EObject own = byId.get(id);
			if (own != null && type.isInstance(own)) {
				return own;
			}
			for (EObject candidate : byKey.getOrDefault(id, List.of())) {
				if (type.isInstance(candidate)) {
					return candidate;
				}
			}
			EObject shared = external.get(id);
			return shared != null && type.isInstance(shared) ? shared : null;
		}
	}
}
