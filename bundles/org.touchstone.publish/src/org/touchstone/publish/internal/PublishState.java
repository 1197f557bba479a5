package org.touchstone.publish.internal;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
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

import org.touchstone.core.CoreMessage;

/**
 * What the last publish into a folder was made from, kept in {@code .touchstone/} inside it: each
 * page's input fingerprint, warnings, length in the print version, the chapters its links point at,
 * and its anchors and links (in a compact binary file: reading it as JSON took a third of a second
 * for ten thousand pages), so that the next publish renders only what changed and checks again
 * only the links that a change could have broken. The search entries of pages
 * not rendered again are read back from the published search shards.
 */
public final class PublishState {
	/**
	 * A page as the last publish left it. Its anchors and links are decoded from the state file only
	 * when asked for: an incremental publish needs them only for the few pages whose links must be
	 * checked again, and copies the others to the next state as they are.
	 */
	public static final class Page {
		private final String input;
		private final int printLength;
		private final List<CoreMessage> warnings;
		private final int[] targets;
		private final boolean images;
		private byte[] details;
		private int offset;
		private int length;
		private List<String> anchors;
		private List<Link> links;

		/**
		 * @param targets the chapters (by position in the handbook) its links point at
		 */
		public Page(String input, List<String> anchors, List<Link> links, List<CoreMessage> warnings, int printLength, int[] targets) {
			this.input = input;
			this.anchors = anchors;
			this.links = links;
			this.warnings = warnings;
			this.printLength = printLength;
			this.targets = targets;
			this.images = links.stream().anyMatch(Link::image);
		}

		private Page(String input, int printLength, List<CoreMessage> warnings, int[] targets, boolean images, byte[] details, int offset, int length) {
			this.input = input;
			this.printLength = printLength;
			this.warnings = warnings;
			this.targets = targets;
			this.images = images;
			this.details = details;
			this.offset = offset;
			this.length = length;
		}

		public String input() {
			return input;
		}

		public int printLength() {
			return printLength;
		}

		public List<CoreMessage> warnings() {
			return warnings;
		}

		/** The chapters, by position in the handbook, that its links point at. */
		public int[] targets() {
			return targets;
		}

		/** Whether it shows images (whose files are checked at every publish). */
		public boolean hasImages() {
			return images;
		}

		public synchronized List<String> anchors() {
			decode();
			return anchors;
		}

		public synchronized List<Link> links() {
			decode();
			return links;
		}

		private void decode() {
			if (anchors == null) {
				ByteBuffer in = ByteBuffer.wrap(details, offset, length);
				anchors = strings(in);
				int count = in.getInt();
				List<Link> decoded = new ArrayList<>(count);
				for (int l = 0; l < count; l++) {
					decoded.add(new Link(in.getInt(), string(in), in.get() != 0));
				}
				links = decoded;
			}
		}

		private synchronized void writeDetails(DataOutputStream out) throws IOException {
			if (details != null) {
				out.writeInt(length);
				out.write(details, offset, length);
				return;
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
			DataOutputStream data = new DataOutputStream(bytes);
			strings(data, anchors);
			data.writeInt(links.size());
			for (Link l : links) {
				data.writeInt(l.line());
				string(data, l.url());
				data.writeBoolean(l.image());
			}
			data.flush();
			out.writeInt(bytes.size());
			bytes.writeTo(out);
		}
	}

	/** A relative link or image of a page. */
	public record Link(int line, String url, boolean image) {
	}

	private static final String STATE = "state.bin";
	private static final String MAGIC = "touchstone-publish-state-5";

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
				List<CoreMessage> warnings = messages(in);
				int[] targets = new int[in.getInt()];
				for (int t = 0; t < targets.length; t++) {
					targets[t] = in.getInt();
				}
				boolean images = in.get() != 0;
				int length = in.getInt();
				state.pages.put(slug, new Page(input, printLength, warnings, targets, images, in.array(), in.position(), length));
				in.position(in.position() + length);
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
				messages(data, page.warnings());
				data.writeInt(page.targets().length);
				for (int target : page.targets()) {
					data.writeInt(target);
				}
				data.writeBoolean(page.hasImages());
				page.writeDetails(data);
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

	/** Messages, each as its key and its arguments (text, or a message in turn), so that they keep both languages. */
	private static List<CoreMessage> messages(ByteBuffer in) {
		int count = in.getInt();
		List<CoreMessage> values = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			values.add(message(in));
		}
		return values;
	}

	private static CoreMessage message(ByteBuffer in) {
		String key = string(in);
		Object[] args = new Object[in.getInt()];
		for (int a = 0; a < args.length; a++) {
			args[a] = in.get() == 1 ? message(in) : string(in);
		}
		return CoreMessage.of(key, args);
	}

	private static void messages(DataOutputStream out, List<CoreMessage> values) throws IOException {
		out.writeInt(values.size());
		for (CoreMessage v : values) {
			message(out, v);
		}
	}

	private static void message(DataOutputStream out, CoreMessage value) throws IOException {
		string(out, value.key());
		out.writeInt(value.arguments().size());
		for (Object arg : value.arguments()) {
			if (arg instanceof CoreMessage m) {
				out.writeByte(1);
				message(out, m);
			} else {
				out.writeByte(0);
				string(out, String.valueOf(arg));
			}
		}
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
