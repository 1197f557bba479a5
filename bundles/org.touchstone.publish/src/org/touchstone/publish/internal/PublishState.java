package org.touchstone.publish.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the last publish into a folder was made from, kept in {@code .touchstone/} inside it: each
 * page's input hash, anchors, links, warnings and length in the print version (in a compact binary
 * file: reading it as JSON took a third of a second for ten thousand pages), and per search shard
 * the pages' search entries, so that the next publish renders only what changed and can still
 * check links and update the search index.
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

	private static final String STATE = "state.bin";
	private static final String MAGIC = "touchstone-publish-state-2";

	private final Map<String, Page> pages = new LinkedHashMap<>();
	private final String version;
	private String printHead = "";

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

	/** A hash of the print version's opening (title and contents), so an unchanged one can be kept. */
	public String printHead() {
		return printHead;
	}

	public void printHead(String hash) {
		this.printHead = hash;
	}

	/** The cached pages of a search shard, or null when there is no usable cache. */
	public List<Cached> shard(Path out, int shard) {
		return readShard(out, shard);
	}

	public static Path folder(Path out) {
		return out.resolve(".touchstone");
	}

	/** Whether a folder holds a publish (so that it may be cleaned or updated). */
	public static boolean exists(Path out) {
		return Files.isRegularFile(folder(out).resolve(STATE));
	}

	public static PublishState read(Path out) {
		Path file = folder(out).resolve(STATE);
		if (!Files.isRegularFile(file)) {
			return new PublishState("");
		}
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
			if (!MAGIC.equals(string(in))) {
				return new PublishState("");
			}
			PublishState state = new PublishState(string(in));
			state.printHead = string(in);
			int count = in.readInt();
			for (int p = 0; p < count; p++) {
				String slug = string(in);
				String input = string(in);
				int printLength = in.readInt();
				List<String> anchors = strings(in);
				int linkCount = in.readInt();
				List<Link> links = new ArrayList<>(linkCount);
				for (int l = 0; l < linkCount; l++) {
					links.add(new Link(in.readInt(), string(in), in.readBoolean()));
				}
				state.pages.put(slug, new Page(input, anchors, links, strings(in), printLength));
			}
			return state;
		} catch (IOException | RuntimeException e) {
			return new PublishState("");
		}
	}

	public void write(Path out) throws IOException {
		Files.createDirectories(folder(out));
		try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(folder(out).resolve(STATE)), 1 << 16))) {
			string(data, MAGIC);
			string(data, version);
			string(data, printHead);
			data.writeInt(pages.size());
			for (Map.Entry<String, Page> e : pages.entrySet()) {
				Page page = e.getValue();
				string(data, e.getKey());
				string(data, page.input());
				data.writeInt(page.printLength());
				strings(data, page.anchors());
				data.writeInt(page.links().size());
				for (Link l : page.links()) {
					data.writeInt(l.line());
					string(data, l.url());
					data.writeBoolean(l.image());
				}
				strings(data, page.warnings());
			}
		}
	}

	private static String string(DataInputStream in) throws IOException {
		byte[] bytes = new byte[in.readInt()];
		in.readFully(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static void string(DataOutputStream out, String value) throws IOException {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static List<String> strings(DataInputStream in) throws IOException {
		int count = in.readInt();
		List<String> values = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			values.add(string(in));
		}
		return values;
	}

	private static void strings(DataOutputStream out, List<String> values) throws IOException {
		out.writeInt(values.size());
		for (String v : values) {
			string(out, v);
		}
	}

	private static List<Cached> readShard(Path out, int shard) {
		Path file = folder(out).resolve("shard-" + shard + ".bin");
		if (!Files.isRegularFile(file)) {
			return null;
		}
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
			if (!MAGIC.equals(string(in))) {
				return null;
			}
			int count = in.readInt();
			List<Cached> cached = new ArrayList<>(count);
			for (int p = 0; p < count; p++) {
				String slug = string(in);
				String title = string(in);
				String snippet = string(in);
				int terms = in.readInt();
				Map<String, Integer> frequencies = new LinkedHashMap<>();
				for (int t = 0; t < terms; t++) {
					frequencies.put(in.readUTF(), in.readInt());
				}
				cached.add(new Cached(slug, title, snippet, frequencies));
			}
			return in.read() < 0 ? cached : null;
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	public static void writeShard(Path out, int shard, List<Cached> pages) throws IOException {
		Files.createDirectories(folder(out));
		try (DataOutputStream data = new DataOutputStream(
				new BufferedOutputStream(Files.newOutputStream(folder(out).resolve("shard-" + shard + ".bin")), 1 << 16))) {
			string(data, MAGIC);
			data.writeInt(pages.size());
			for (Cached c : pages) {
				string(data, c.slug());
				string(data, c.title());
				string(data, c.snippet());
				data.writeInt(c.terms().size());
				for (Map.Entry<String, Integer> t : c.terms().entrySet()) {
					data.writeUTF(t.getKey());
					data.writeInt(t.getValue());
				}
			}
		}
	}
}
