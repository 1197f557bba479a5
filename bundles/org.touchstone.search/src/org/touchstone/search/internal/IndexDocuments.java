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
import org.touchstone.core.DocumentControl;
import org.touchstone.core.Workspace;
import org.touchstone.model.CaseStudy;
import org.touchstone.model.CaseText;
import org.touchstone.model.Language;
import org.touchstone.model.PlaybookStep;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.RecoveryPrinciple;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Status;
import org.touchstone.model.Tenant;

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
	public static final String TITLE_ZH = "title_zh";
	public static final String TITLE_EN = "title_en";
	public static final String TITLE = "title";
	public static final String BODY = "body";
	public static final String EXACT = "_exact";

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
		return config;
	}

	public static List<Document> of(Tenant tenant) {
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
		keyword(doc, INDUSTRY, c.getIndustry(), true);
		for (String p : c.getPrinciples()) {
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
		doc.add(new StoredField(tenant.getLocale() == Language.EN ? TITLE_EN : TITLE_ZH, s.getKey() + " " + r.getTitle()));
		text(doc, TITLE, s.getKey() + " " + r.getTitle());
		text(doc, BODY, String.join("\n", nonNull(r.getStatement(), r.getObservation(), r.getRationale(),
				r.getCriterion() == null ? null : r.getCriterion().getMetric(), r.getDimension() == null ? null : r.getDimension().getName(),
				r.getTouchpoint() == null ? null : r.getTouchpoint().getName())));
		pinyin(doc, r.getTitle());
		return doc;
	}

	private static Document playbook(Tenant tenant, RecoveryPlaybook p) {
		Document doc = base(tenant, "playbook", p.getUuid(), p.getKey());
		doc.add(new StoredField(tenant.getLocale() == Language.EN ? TITLE_EN : TITLE_ZH, p.getKey() + " " + p.getTitle()));
		for (RecoveryPrinciple principle : p.getPrinciples()) {
			doc.add(new StringField(PRINCIPLE, principle.getLiteral(), Field.Store.YES));
			doc.add(new SortedSetDocValuesFacetField(PRINCIPLE, principle.getLiteral()));
		}
		text(doc, TITLE, p.getKey() + " " + p.getTitle());
		StringBuilder body = new StringBuilder(String.join("\n", nonNull(p.getTrigger(), p.getEmpowermentLimit(), p.getEscalation(), p.getFollowUp(),
				p.getGuarantee())));
		for (PlaybookStep step : p.getSteps()) {
			body.append('\n').append(String.join(" ", nonNull(step.getOwnerRole(), step.getAction(), step.getWords())));
		}
		text(doc, BODY, body.toString());
		pinyin(doc, p.getTitle());
		return doc;
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
