package org.touchstone.publish.internal;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
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
 * file: reading it as JSON took a third of a second for ten thousand pages), so that the next
 * publish renders only what changed and can still check every link. The search entries of pages
 * not rendered again are read back from the published search shards.
 */
public final class PublishState {
	/** A page as the last publish left it. */
	public record Page(String input, List<String> anchors, List<Link> links, List<String> warnings, int printLength) {
	}

	/** A relative link or image of a page. */
	public record Link(int line, String url, boolean image) {
	}

	private static final String STATE = "state.bin";
	private static final String MAGIC = "touchstone-publish-state-3";

	private final Map<String, Page> pages = new LinkedHashMap<>();
	private final String version;
	private String printHead = "";
	private int printHeadLength = -1;

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

	/** The byte length of the print version's opening. */
	public int printHeadLength() {
		return printHeadLength;
	}

	public void printHead(String hash, int length) {
		this.printHead = hash;
		this.printHeadLength = length;
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
		try {
			ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
			if (!MAGIC.equals(string(in))) {
				return new PublishState("");
			}
			PublishState state = new PublishState(string(in));
			state.printHead = string(in);
			state.printHeadLength = in.getInt();
			int count = in.getInt();
			for (int p = 0; p < count; p++) {
				String slug = string(in);
				String input = string(in);
				int printLength = in.getInt();
				List<String> anchors = strings(in);
				int linkCount = in.getInt();
				List<Link> links = new ArrayList<>(linkCount);
				for (int l = 0; l < linkCount; l++) {
					links.add(new Link(in.getInt(), string(in), in.get() != 0));
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
			data.writeInt(printHeadLength);
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

	private static String string(ByteBuffer in) {
		int length = in.getInt();
		String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
		in.position(in.position() + length);
		return value;
	}

	private static void string(DataOutputStream out, String value) throws IOException {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static List<String> strings(ByteBuffer in) {
		int count = in.getInt();
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
}
