package org.touchstone.publish.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.touchstone.core.TouchstoneException;
import org.touchstone.publish.PublishCheckException;
import org.touchstone.publish.Site;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * The editions a site folder has been published as, oldest first, kept in the folder's state as
 * {@code .touchstone/editions.json}: each edition's label, its date, the day it was superseded,
 * and what it held (the revision of every standard, the fields of every playbook), so that the
 * next edition can say what changed since.
 */
public final class EditionHistory {
	private static final String FILE = "editions.json";
	private static final String LABEL = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";

	/** One edition and what it held. */
	public record Entry(String label, LocalDate date, LocalDate supersededOn, Site.Contents contents) {
		Entry superseded(LocalDate on) {
			return new Entry(label, date, on, contents);
		}
	}

	private final List<Entry> entries;
	/** The label of the edition the site's top level shows, or null when it shows a publish between editions. */
	private String current;

	private EditionHistory(List<Entry> entries, String current) {
		this.entries = entries;
		this.current = current;
	}

	/** Refuses a label that could not name a folder of the site. */
	public static void checkLabel(String label) {
		if (label == null || !label.matches(LABEL) || label.contains("..")) {
			throw new PublishCheckException(org.touchstone.core.CoreMessage.of("publish.editionLabelInvalid", label));
		}
	}

	public static Path file(Path out) {
		return PublishState.folder(out).resolve(FILE);
	}

	public static EditionHistory read(Path out) {
		Path file = file(out);
		if (!Files.isRegularFile(file)) {
			return new EditionHistory(new ArrayList<>(), null);
		}
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonReader json = new JsonReader(in)) {
			List<Entry> entries = new ArrayList<>();
			String current = null;
			json.beginObject();
			while (json.hasNext()) {
				switch (json.nextName()) {
				case "current" -> current = nullableString(json);
				case "editions" -> {
					json.beginArray();
					while (json.hasNext()) {
						entries.add(entry(json));
					}
					json.endArray();
				}
				default -> json.skipValue();
				}
			}
			json.endObject();
			return new EditionHistory(entries, current);
		} catch (IOException | IllegalStateException | DateTimeParseException | NumberFormatException e) {
			throw new TouchstoneException(org.touchstone.core.CoreMessage.of("publish.editionsUnreadable", file, e.getMessage()));
		}
	}

	private static Entry entry(JsonReader json) throws IOException {
		String label = null;
		LocalDate date = null;
		LocalDate superseded = null;
		SortedMap<String, Integer> standards = new TreeMap<>();
		SortedMap<String, SortedMap<String, String>> playbooks = new TreeMap<>();
		json.beginObject();
		while (json.hasNext()) {
			switch (json.nextName()) {
			case "label" -> label = json.nextString();
			case "date" -> date = LocalDate.parse(json.nextString());
			case "supersededOn" -> {
				String on = nullableString(json);
				superseded = on == null ? null : LocalDate.parse(on);
			}
			case "standards" -> {
				json.beginObject();
				while (json.hasNext()) {
					standards.put(json.nextName(), json.nextInt());
				}
				json.endObject();
			}
			case "playbooks" -> {
				json.beginObject();
				while (json.hasNext()) {
					String key = json.nextName();
					SortedMap<String, String> fields = new TreeMap<>();
					json.beginObject();
					while (json.hasNext()) {
						fields.put(json.nextName(), json.nextString());
					}
					json.endObject();
					playbooks.put(key, fields);
				}
				json.endObject();
			}
			default -> json.skipValue();
			}
		}
		json.endObject();
		if (label == null || date == null) {
			throw new IllegalStateException("an edition without a label or a date");
		}
		checkLabel(label);
		return new Entry(label, date, superseded, new Site.Contents(standards, playbooks));
	}

	private static String nullableString(JsonReader json) throws IOException {
		if (json.peek() == com.google.gson.stream.JsonToken.NULL) {
			json.nextNull();
			return null;
		}
		return json.nextString();
	}

	public void write(Path out) throws IOException {
		StringWriter text = new StringWriter();
		try (JsonWriter json = new JsonWriter(text)) {
			json.setIndent("  ");
			json.beginObject();
			json.name("current").value(current);
			json.name("editions").beginArray();
			for (Entry e : entries) {
				json.beginObject();
				json.name("label").value(e.label());
				json.name("date").value(e.date().toString());
				json.name("supersededOn").value(e.supersededOn() == null ? null : e.supersededOn().toString());
				json.name("standards").beginObject();
				for (Map.Entry<String, Integer> s : e.contents().standards().entrySet()) {
					json.name(s.getKey()).value(s.getValue());
				}
				json.endObject();
				json.name("playbooks").beginObject();
				for (Map.Entry<String, SortedMap<String, String>> p : e.contents().playbooks().entrySet()) {
					json.name(p.getKey()).beginObject();
					for (Map.Entry<String, String> f : p.getValue().entrySet()) {
						json.name(f.getKey()).value(f.getValue());
					}
					json.endObject();
				}
				json.endObject();
				json.endObject();
			}
			json.endArray();
			json.endObject();
		}
		OutputFolder.writeIfChanged(file(out), text + "\n");
	}

	public List<Entry> entries() {
		return List.copyOf(entries);
	}

	public boolean isEmpty() {
		return entries.isEmpty();
	}

	/** The edition the site's top level shows now, or null. */
	public Entry current() {
		return current == null ? null : find(current);
	}

	public Entry find(String label) {
		return entries.stream().filter(e -> e.label().equals(label)).findFirst().orElse(null);
	}

	/** The newest edition other than the one named: the one a new edition's changes are counted from. */
	public Entry before(String label) {
		for (int i = entries.size() - 1; i >= 0; i--) {
			if (!entries.get(i).label().equals(label)) {
				return entries.get(i);
			}
		}
		return null;
	}

	/** The edition that came after the one named, or null when a publish between editions did. */
	public Entry after(String label) {
		for (int i = 0; i + 1 < entries.size(); i++) {
			if (entries.get(i).label().equals(label)) {
				return entries.get(i + 1);
			}
		}
		return null;
	}

	/**
	 * Records a publish: a new edition is added (the current one is superseded today), the same
	 * edition published again keeps its date, and a publish that is no edition supersedes the
	 * current one too.
	 */
	public void published(Entry edition, LocalDate today) {
		Entry shown = current();
		if (shown != null && (edition == null || !shown.label().equals(edition.label()))) {
			entries.set(entries.indexOf(shown), shown.superseded(today));
		}
		if (edition != null) {
			Entry known = find(edition.label());
			if (known != null) {
				entries.set(entries.indexOf(known), edition);
			} else {
				entries.add(edition);
			}
		}
		current = edition == null ? null : edition.label();
	}
}
