package org.touchstone.publish.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * What the last publish into a folder was made from, kept in {@code .touchstone/} inside it: each
 * page's input hash, anchors and links, and per search shard the rendered pages, so that the next
 * publish renders only what changed and can still check links and update the search index.
 */
public final class PublishState {
	/** A page as the last publish left it. */
	public record Page(String input, List<String> anchors, List<Link> links, List<String> warnings, int printLength) {
	}

	/** A relative link or image of a page. */
	public record Link(int line, String url, boolean image) {
	}

	/** A rendered page as cached for its search shard. */
	public record Cached(String slug, String title, String snippet, Map<String, Integer> terms) {
	}

	private final Map<String, Page> pages = new LinkedHashMap<>();
	private String version;
	private String printHead = "";

	/** A hash of the print version's opening (title and contents), so an unchanged one can be kept. */
	public String printHead() {
		return printHead;
	}

	public void printHead(String hash) {
		this.printHead = hash;
	}

	public PublishState(String version) {
		this.version = version;
	}

	public String version() {
		return version;
	}

	public Page page(String slug) {
		return pages.get(slug);
	}

	public void put(String slug, Page page) {
		pages.put(slug, page);
	}

	public java.util.Set<String> slugs() {
		return pages.keySet();
	}

	/** The cached pages of a search shard, or null when there is no usable cache. */
	public List<Cached> shard(Path out, int shard) {
		return readShard(out, shard);
	}

	public static Path folder(Path out) {
		return out.resolve(".touchstone");
	}

	public static PublishState read(Path out) {
		PublishState state = new PublishState("");
		Path file = folder(out).resolve("state.json");
		if (!Files.isRegularFile(file)) {
			return state;
		}
		try (JsonReader json = new JsonReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
			json.beginObject();
			while (json.hasNext()) {
				String name = json.nextName();
				if (name.equals("version")) {
					state.version = json.nextString();
				} else if (name.equals("printHead")) {
					state.printHead = json.nextString();
				} else if (name.equals("pages")) {
					json.beginObject();
					while (json.hasNext()) {
						String slug = json.nextName();
						state.pages.put(slug, readPage(json));
					}
					json.endObject();
				} else {
					json.skipValue();
				}
			}
			json.endObject();
		} catch (IOException | RuntimeException e) {
			return new PublishState("");
		}
		return state;
	}

	private static Page readPage(JsonReader json) throws IOException {
		String input = null;
		List<String> anchors = new ArrayList<>();
		List<Link> links = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		int printLength = -1;
		json.beginObject();
		while (json.hasNext()) {
			switch (json.nextName()) {
			case "input" -> input = json.nextString();
			case "print" -> printLength = json.nextInt();
			case "anchors" -> {
				json.beginArray();
				while (json.hasNext()) {
					anchors.add(json.nextString());
				}
				json.endArray();
			}
			case "links" -> {
				json.beginArray();
				while (json.hasNext()) {
					json.beginArray();
					links.add(new Link(json.nextInt(), json.nextString(), json.nextBoolean()));
					json.endArray();
				}
				json.endArray();
			}
			case "warnings" -> {
				json.beginArray();
				while (json.hasNext()) {
					warnings.add(json.nextString());
				}
				json.endArray();
			}
			default -> json.skipValue();
			}
		}
		json.endObject();
		return new Page(input, anchors, links, warnings, printLength);
	}

	public void write(Path out) throws IOException {
		Files.createDirectories(folder(out));
		try (Writer writer = Files.newBufferedWriter(folder(out).resolve("state.json"), StandardCharsets.UTF_8);
				JsonWriter json = new JsonWriter(writer)) {
			json.beginObject().name("version").value(version).name("printHead").value(printHead).name("pages").beginObject();
			for (Map.Entry<String, Page> e : pages.entrySet()) {
				json.name(e.getKey()).beginObject().name("input").value(e.getValue().input()).name("print").value(e.getValue().printLength())
						.name("anchors").beginArray();
				for (String a : e.getValue().anchors()) {
					json.value(a);
				}
				json.endArray().name("links").beginArray();
				for (Link l : e.getValue().links()) {
					json.beginArray().value(l.line()).value(l.url()).value(l.image()).endArray();
				}
				json.endArray().name("warnings").beginArray();
				for (String w : e.getValue().warnings()) {
					json.value(w);
				}
				json.endArray().endObject();
			}
			json.endObject().endObject();
		}
	}

	private static List<Cached> readShard(Path out, int shard) {
		Path file = folder(out).resolve("shard-" + shard + ".json");
		List<Cached> cached = new ArrayList<>();
		if (!Files.isRegularFile(file)) {
			return null;
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonReader json = new JsonReader(reader)) {
			json.beginArray();
			while (json.hasNext()) {
				json.beginArray();
				String slug = json.nextString();
				String title = json.nextString();
				String snippet = json.nextString();
				Map<String, Integer> terms = new LinkedHashMap<>();
				json.beginObject();
				while (json.hasNext()) {
					terms.put(json.nextName(), json.nextInt());
				}
				json.endObject();
				json.endArray();
				cached.add(new Cached(slug, title, snippet, terms));
			}
			json.endArray();
			if (json.peek() != JsonToken.END_DOCUMENT) {
				return null;
			}
		} catch (IOException | RuntimeException e) {
			return null;
		}
		return cached;
	}

	public static void writeShard(Path out, int shard, List<Cached> pages) throws IOException {
		Files.createDirectories(folder(out));
		try (Writer writer = Files.newBufferedWriter(folder(out).resolve("shard-" + shard + ".json"), StandardCharsets.UTF_8);
				JsonWriter json = new JsonWriter(writer)) {
			json.beginArray();
			for (Cached c : pages) {
				json.beginArray().value(c.slug()).value(c.title()).value(c.snippet()).beginObject();
				for (Map.Entry<String, Integer> t : c.terms().entrySet()) {
					json.name(t.getKey()).value(t.getValue());
				}
				json.endObject().endArray();
			}
			json.endArray();
		}
	}
}
