package org.touchstone.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.touchstone.core.Bilingual;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.FailureTaxonomy;
import org.touchstone.core.Principles;
import org.touchstone.core.Workspace;
import org.touchstone.model.CaseStudy;
import org.touchstone.model.CaseText;
import org.touchstone.model.Language;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.RecoveryPrinciple;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Status;
import org.touchstone.model.Tenant;
import org.touchstone.model.TouchstonePackage;

/** The Lucene documents of a tenant: its case studies, and the standards and playbooks of an organisation. */
public final class IndexDocuments {
	public static final String ID = "id";
	public static final String KEY = "key";
	public static final String TYPE = "type";
	public static final String TENANT = "tenant";
	public static final String SCOPE = "scope";
	public static final String COMPANY = "company";
	public static final String INDUSTRY = "industry";
	public static final String PRINCIPLE = "principle";
	public static final String TAG = "tag";
	public static final String FAILURE_GROUP = "failure_group";
	public static final String FAILURE_TYPE = "failure_type";
	public static final String TITLE_ZH = "title_zh";
	public static final String TITLE_EN = "title_en";
	public static final String TITLE = "title";
	public static final String BODY = "body";
	public static final String EXACT = "_exact";
	/**
	 * A digest of everything a document holds, so that re-indexing a changed tenant writes only
	 * the documents whose content changed (after a sync that brought one changed standard: one).
	 */
	public static final String DIGEST = "digest";

	private static final FieldType HIGHLIGHTED = highlighted();

	private IndexDocuments() {
	}

	private static FieldType highlighted() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	public static FacetsConfig facets() {
		FacetsConfig config = new FacetsConfig();
		config.setMultiValued(PRINCIPLE, true);
		config.setMultiValued(INDUSTRY, false);
		config.setMultiValued(FAILURE_GROUP, false);
		return config;
	}

	/** The tenant's documents, each with its {@link #DIGEST}. */
	public static List<Document> of(Tenant tenant) {
		List<Document> docs = documents(tenant);
		for (Document doc : docs) {
			doc.add(new StringField(DIGEST, digest(doc), Field.Store.YES));
		}
		return docs;
	}

	/**
	 * SHA-256 over every field's name and value in the order they were added: two documents with
	 * the same digest index and show the same.
	 */
	private static String digest(Document doc) {
		java.security.MessageDigest sha;
		try {
			sha = java.security.MessageDigest.getInstance("SHA-256");
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		for (org.apache.lucene.index.IndexableField field : doc) {
			String value = field.stringValue() != null ? field.stringValue()
					: field instanceof SortedSetDocValuesFacetField facet ? facet.dim + "/" + String.join("/", facet.path) : String.valueOf(field.numericValue());
			sha.update(field.name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			sha.update((byte) 0);
		}
		return java.util.HexFormat.of().formatHex(sha.digest());
	}

	private static List<Document> documents(Tenant tenant) {
		List<Document> docs = new ArrayList<>();
		for (CaseStudy c : tenant.getCases()) {
			docs.add(caseStudy(tenant, c));
		}
		if (!Workspace.LIBRARY.equals(tenant.getId())) {
			for (ServiceStandard s : tenant.getStandards()) {
				StandardRevision r = DocumentControl.effective(s) != null ? DocumentControl.effective(s) : DocumentControl.latest(s);
				if (r.getStatus() != Status.RETIRED) {
					docs.add(standard(tenant, s, r));
				}
			}
			for (RecoveryPlaybook p : tenant.getPlaybooks()) {
				docs.add(playbook(tenant, p));
			}
		}
		return docs;
	}

	private static Document base(Tenant tenant, String type, String id, String key) {
		Document doc = new Document();
		doc.add(new StringField(ID, id, Field.Store.YES));
		doc.add(new StoredField(KEY, key == null ? "" : key));
		doc.add(new StringField(TYPE, type, Field.Store.YES));
		doc.add(new SortedSetDocValuesFacetField(TYPE, type));
		doc.add(new StringField(TENANT, tenant.getId(), Field.Store.YES));
		doc.add(new SortedSetDocValuesFacetField(SCOPE, Workspace.LIBRARY.equals(tenant.getId()) ? "library" : "tenant"));
		return doc;
	}

	private static void text(Document doc, String field, String text) {
		String folded = Analysis.simplified(text);
		doc.add(new TextField(field + Analysis.WORDS, folded, Field.Store.NO));
		if (field.equals(BODY)) {
			doc.add(new Field(field + Analysis.BIGRAMS, folded, HIGHLIGHTED));
		} else {
			doc.add(new TextField(field + Analysis.BIGRAMS, folded, Field.Store.NO));
		}
	}

	private static void keyword(Document doc, String field, String value, boolean facet) {
		if (value == null || value.isBlank()) {
			return;
		}
		doc.add(new StoredField(field, value));
		doc.add(new StringField(field + EXACT, Analysis.simplified(value).toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
		for (String part : value.split("\\s+")) {
			doc.add(new StringField(field + EXACT, Analysis.simplified(part).toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
		}
		if (facet) {
			doc.add(new SortedSetDocValuesFacetField(field, value));
		}
		text(doc, field, value);
	}

	private static void pinyin(Document doc, String... texts) {
		StringBuilder tokens = new StringBuilder();
		for (String t : texts) {
			if (t != null) {
				for (String token : Analysis.pinyin(t)) {
					tokens.append(token).append(' ');
				}
			}
		}
		doc.add(new TextField(Analysis.PINYIN, tokens.toString(), Field.Store.NO));
	}

	private static Document caseStudy(Tenant tenant, CaseStudy c) {
		Document doc = base(tenant, "case", c.getUuid(), c.getKey());
		keyword(doc, COMPANY, c.getCompany(), true);
		Bilingual.Text industry = Bilingual.of(c, TouchstonePackage.Literals.CASE_STUDY__INDUSTRY);
		keyword(doc, INDUSTRY, industry.en() != null && !industry.en().isBlank() ? industry.en() : industry.zh(), true);
		if (industry.zh() != null && industry.en() != null && !industry.en().isBlank()) {
			text(doc, INDUSTRY, industry.zh());
		}
		for (String written : c.getPrinciples()) {
			String p = Principles.normalise(written);
			doc.add(new StringField(PRINCIPLE, p, Field.Store.YES));
			doc.add(new SortedSetDocValuesFacetField(PRINCIPLE, p));
		}
		for (String tag : c.getTags()) {
			doc.add(new StringField(TAG + EXACT, Analysis.simplified(tag).toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
		}
		StringBuilder titles = new StringBuilder();
		StringBuilder body = new StringBuilder();
		for (CaseText t : c.getTexts()) {
			doc.add(new StoredField(t.getLang() == Language.EN ? TITLE_EN : TITLE_ZH, t.getTitle() == null ? "" : t.getTitle()));
			// A case imported without a summary (or a story) has nulls there; they are not text.
			titles.append(Objects.toString(t.getTitle(), "")).append('\n');
			body.append(Objects.toString(t.getSummary(), "")).append('\n').append(Objects.toString(t.getStory(), "")).append('\n')
					.append(String.join("\n", t.getLessons())).append('\n');
		}
		text(doc, TITLE, titles + " " + String.join(" ", c.getTags()));
		text(doc, BODY, body.toString());
		List<String> named = new ArrayList<>(c.getTags());
		named.add(Objects.toString(c.getCompany(), ""));
		c.getTexts().forEach(t -> named.add(t.getTitle()));
		pinyin(doc, named.toArray(String[]::new));
		return doc;
	}

	private static Document standard(Tenant tenant, ServiceStandard s, StandardRevision r) {
		Document doc = base(tenant, "standard", s.getUuid(), s.getKey());
		Bilingual.Text title = Bilingual.of(r, TouchstonePackage.Literals.STANDARD_REVISION__TITLE);
		titles(doc, s.getKey(), title);
		List<String> body = new ArrayList<>(texts(r));
		if (r.getDimension() != null) {
			body.addAll(texts(r.getDimension()));
		}
		if (r.getTouchpoint() != null) {
			body.addAll(Bilingual.of(r.getTouchpoint(), TouchstonePackage.Literals.TOUCHPOINT__NAME).both());
		}
		body.removeAll(title.both());
		text(doc, BODY, String.join("\n", body));
		pinyin(doc, title.zh());
		return doc;
	}

	private static Document playbook(Tenant tenant, RecoveryPlaybook p) {
		Document doc = base(tenant, "playbook", p.getUuid(), p.getKey());
		Bilingual.Text title = Bilingual.of(p, TouchstonePackage.Literals.RECOVERY_PLAYBOOK__TITLE);
		titles(doc, p.getKey(), title);
		for (RecoveryPrinciple principle : p.getPrinciples()) {
			doc.add(new StringField(PRINCIPLE, principle.getLiteral(), Field.Store.YES));
			doc.add(new SortedSetDocValuesFacetField(PRINCIPLE, principle.getLiteral()));
		}
		String group = FailureTaxonomy.group(p.getFailureType()).getLiteral();
		doc.add(new StringField(FAILURE_GROUP, group, Field.Store.YES));
		doc.add(new SortedSetDocValuesFacetField(FAILURE_GROUP, group));
		doc.add(new StringField(FAILURE_TYPE, p.getFailureType().getLiteral(), Field.Store.YES));
		List<String> body = new ArrayList<>(texts(p));
		body.removeAll(title.both());
		text(doc, BODY, String.join("\n", body));
		pinyin(doc, title.zh());
		return doc;
	}

	/** A standard's or playbook's title, stored in each language it has and searchable in both. */
	private static void titles(Document doc, String key, Bilingual.Text title) {
		if (title.zh() != null && !title.zh().isBlank()) {
			doc.add(new StoredField(TITLE_ZH, key + " " + title.zh()));
		}
		if (title.en() != null && !title.en().isBlank()) {
			doc.add(new StoredField(TITLE_EN, key + " " + title.en()));
		}
		text(doc, TITLE, key + " " + String.join(" ", title.both()));
	}

	/** Every text of an element and of what it contains, in both languages. */
	private static List<String> texts(EObject element) {
		List<String> out = new ArrayList<>();
		List<EObject> all = new ArrayList<>();
		all.add(element);
		element.eAllContents().forEachRemaining(all::add);
		for (EObject o : all) {
			for (EAttribute chinese : Bilingual.texts(o.eClass())) {
				out.addAll(Bilingual.of(o, chinese).both());
			}
		}
		return out;
	}

	private static List<String> nonNull(String... values) {
		List<String> out = new ArrayList<>();
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				out.add(v);
			}
		}
		return out;
	}
}
