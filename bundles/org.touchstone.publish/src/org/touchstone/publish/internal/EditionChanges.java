package org.touchstone.publish.internal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.touchstone.core.Bilingual;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.RevisionDiff;
import org.touchstone.model.Language;
import org.touchstone.model.PlaybookStep;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Status;
import org.touchstone.model.Tenant;
import org.touchstone.model.Transition;
import org.touchstone.model.TouchstonePackage.Literals;
import org.touchstone.publish.Site;

/**
 * An edition's change log, made from document control: the standards and playbooks added,
 * changed (field by field, in the words of {@link RevisionDiff}) and retired since the previous
 * edition, with who approved each revision and from when it is in force.
 */
public final class EditionChanges {
	private final Tenant tenant;
	private final boolean zh;
	private final HandbookWords words;

	public EditionChanges(Tenant tenant, boolean zh) {
		this.tenant = tenant;
		this.zh = zh;
		this.words = new HandbookWords(zh);
	}

	/**
	 * The change log page's title. It names no edition: the title is in every page's list of
	 * chapters, and a new label there would write every page again.
	 */
	public String title() {
		return words.get("edition.changes-title");
	}

	/** What an edition published today holds: the revision in force of each standard, and each playbook's fields. */
	public static Site.Contents contents(Tenant tenant) {
		SortedMap<String, Integer> standards = new TreeMap<>();
		for (ServiceStandard s : tenant.getStandards()) {
			StandardRevision r = DocumentControl.effective(s);
			if (r != null) {
				standards.put(s.getKey(), r.getNumber());
			}
		}
		SortedMap<String, SortedMap<String, String>> playbooks = new TreeMap<>();
		for (RecoveryPlaybook p : tenant.getPlaybooks()) {
			playbooks.put(p.getKey(), fields(p));
		}
		return new Site.Contents(standards, playbooks);
	}

	/** A playbook's fields as the change log compares them, in both languages. */
	private static SortedMap<String, String> fields(RecoveryPlaybook p) {
		SortedMap<String, String> fields = new TreeMap<>();
		both(fields, "title", p, Literals.RECOVERY_PLAYBOOK__TITLE);
		fields.put("failure type", p.getFailureType() == null ? "" : p.getFailureType().getLiteral());
		both(fields, "trigger", p, Literals.RECOVERY_PLAYBOOK__TRIGGER);
		List<String> steps = new ArrayList<>();
		List<String> stepsEn = new ArrayList<>();
		for (PlaybookStep step : p.getSteps()) {
			String limit = step.getTimeLimitMinutes() > 0 ? " (" + step.getTimeLimitMinutes() + " min)" : "";
			steps.add(Objects.toString(step.getAction(), "") + limit);
			stepsEn.add(Objects.toString(step.getActionEn(), "") + limit);
		}
		fields.put("steps", String.join(" / ", steps));
		fields.put("steps (English)", String.join(" / ", stepsEn));
		both(fields, "empowerment limit", p, Literals.RECOVERY_PLAYBOOK__EMPOWERMENT_LIMIT);
		both(fields, "escalation", p, Literals.RECOVERY_PLAYBOOK__ESCALATION);
		both(fields, "follow-up", p, Literals.RECOVERY_PLAYBOOK__FOLLOW_UP);
		return fields;
	}

	private static void both(Map<String, String> fields, String name, EObject holder, EAttribute chinese) {
		Bilingual.Text text = Bilingual.of(holder, chinese);
		fields.put(name, Objects.toString(text.zh(), ""));
		fields.put(name + " (English)", Objects.toString(text.en(), ""));
	}

	/** The change log page of edition {@code now} holding {@code contents}, counted from {@code previous} (null for a first edition). */
	public String markdown(String title, EditionHistory.Entry previous, Site.Edition now, Site.Contents contents) {
		StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
		if (previous == null) {
			md.append(words.format("edition.first", now.label(), now.date(), contents.standards().size(), contents.playbooks().size())).append("\n\n");
			return md.toString();
		}
		md.append(words.format("edition.since", now.label(), now.date(), previous.label(), previous.date())).append("\n\n");
		int before = md.length();

		List<String> added = new ArrayList<>();
		List<String> changed = new ArrayList<>();
		List<String> retired = new ArrayList<>();
		for (String key : new TreeSet<>(union(previous.contents().standards().keySet(), contents.standards().keySet()))) {
			Integer was = previous.contents().standards().get(key);
			Integer is = contents.standards().get(key);
			ServiceStandard standard = standard(key);
			if (was == null) {
				added.add(standardLine(standard, key, is, null));
			} else if (is == null) {
				retired.add("- **" + key + "** " + standardTitle(standard, was) + words.format("edition.was-revision", was));
			} else if (!was.equals(is)) {
				StringBuilder line = new StringBuilder(standardLine(standard, key, is, was));
				StandardRevision old = standard == null ? null : DocumentControl.revision(standard, was);
				StandardRevision current = standard == null ? null : DocumentControl.revision(standard, is);
				if (old != null && current != null) {
					for (RevisionDiff.Change change : RevisionDiff.between(old, current)) {
						line.append("\n  - ").append(field(change.field())).append(words.get("edition.colon")).append(shown(change.before()))
								.append(" → ").append(shown(change.after()));
					}
				}
				changed.add(line.toString());
			}
		}
		section(md, "edition.standards-added", added);
		section(md, "edition.standards-changed", changed);
		section(md, "edition.standards-retired", retired);

		added.clear();
		changed.clear();
		retired.clear();
		for (String key : new TreeSet<>(union(previous.contents().playbooks().keySet(), contents.playbooks().keySet()))) {
			SortedMap<String, String> was = previous.contents().playbooks().get(key);
			SortedMap<String, String> is = contents.playbooks().get(key);
			if (was == null) {
				added.add("- **" + key + "** " + playbookTitle(is));
			} else if (is == null) {
				retired.add("- **" + key + "** " + playbookTitle(was));
			} else if (!was.equals(is)) {
				StringBuilder line = new StringBuilder("- **" + key + "** " + playbookTitle(is));
				for (String name : new TreeSet<>(union(was.keySet(), is.keySet()))) {
					String a = was.getOrDefault(name, "");
					String b = is.getOrDefault(name, "");
					if (!a.equals(b)) {
						line.append("\n  - ").append(field(name)).append(words.get("edition.colon")).append(shown(a)).append(" → ").append(shown(b));
					}
				}
				changed.add(line.toString());
			}
		}
		section(md, "edition.playbooks-added", added);
		section(md, "edition.playbooks-changed", changed);
		section(md, "edition.playbooks-retired", retired);
		if (md.length() == before) {
			md.append(words.get("edition.nothing-changed")).append("\n");
		}
		return md.toString();
	}

	private static <T> java.util.Set<T> union(java.util.Set<T> a, java.util.Set<T> b) {
		java.util.Set<T> all = new java.util.HashSet<>(a);
		all.addAll(b);
		return all;
	}

	private void section(StringBuilder md, String heading, List<String> lines) {
		if (!lines.isEmpty()) {
			md.append("## ").append(words.get(heading)).append("\n\n").append(String.join("\n", lines)).append("\n\n");
		}
	}

	private ServiceStandard standard(String key) {
		return tenant.getStandards().stream().filter(s -> key.equals(s.getKey())).findFirst().orElse(null);
	}

	/** A standard's line: key, title, revision, and who approved the revision and from when it is in force. */
	private String standardLine(ServiceStandard standard, String key, int number, Integer was) {
		StringBuilder line = new StringBuilder("- **").append(key).append("** ").append(standardTitle(standard, number));
		line.append(was == null ? words.format("edition.revision", number) : words.format("edition.revision-from", was, number));
		StandardRevision revision = standard == null ? null : DocumentControl.revision(standard, number);
		Transition approved = revision == null ? null : last(revision, Status.APPROVED);
		Transition effective = revision == null ? null : last(revision, Status.EFFECTIVE);
		if (approved != null) {
			line.append(words.format("edition.approved-by", inline(approved.getUser()), day(approved)));
		}
		if (effective != null) {
			line.append(words.format("edition.effective-from", day(effective)));
		}
		return line.toString();
	}

	private static Transition last(StandardRevision revision, Status to) {
		Transition found = null;
		for (Transition t : revision.getTransitions()) {
			if (t.getTo() == to && t.getAt() != null) {
				found = t;
			}
		}
		return found;
	}

	private static String day(Transition t) {
		return t.getAt().toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
	}

	private String standardTitle(ServiceStandard standard, int number) {
		StandardRevision revision = standard == null ? null : DocumentControl.revision(standard, number);
		if (revision == null) {
			return "";
		}
		return inline(Bilingual.of(revision, Literals.STANDARD_REVISION__TITLE).shown(zh ? Language.ZH : Language.EN).text());
	}

	private String playbookTitle(SortedMap<String, String> fields) {
		String chinese = fields.getOrDefault("title", "");
		String english = fields.getOrDefault("title (English)", "");
		return inline(zh ? (chinese.isBlank() ? english : chinese) : (english.isBlank() ? chinese : english));
	}

	/** A field's name in the handbook's language: {@code criterion 2 threshold (English)} from its parts. */
	private String field(String name) {
		String rest = name;
		String prefix = "";
		java.util.regex.Matcher criterion = java.util.regex.Pattern.compile("criterion (\\d+) (.*)").matcher(rest);
		if (criterion.matches()) {
			prefix = words.format("edition.criterion", criterion.group(1));
			rest = criterion.group(2);
		}
		String suffix = "";
		if (rest.endsWith(" (English)")) {
			rest = rest.substring(0, rest.length() - " (English)".length());
			suffix = words.get("edition.in-english");
		}
		String key = "edition.field." + rest.replace(' ', '-');
		return prefix + (words.has(key) ? words.get(key) : rest) + suffix;
	}

	private String shown(String value) {
		String text = inline(value);
		if (text.isEmpty()) {
			return words.get("edition.none");
		}
		return text.length() > 120 ? text.substring(0, 119) + "…" : text;
	}

	private static String inline(String text) {
		return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
	}
}
