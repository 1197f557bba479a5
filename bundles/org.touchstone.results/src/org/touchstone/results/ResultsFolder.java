package org.touchstone.results;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.touchstone.core.CoreMessage;
import org.touchstone.core.MalformedInputException;

/**
 * Where a tenant's results are kept: {@code <tenant folder>/results/}, one file per import, never
 * changed once written (append-only). A file is written beside its final name and moved into place
 * in one step, so a reader sees a whole import or none of it; a crash leaves at most a {@code .tmp}
 * file that is never read.
 * <p>
 * A file is columnar: a header, the names it uses (standards, sites, segments, observers, audits),
 * then each field of all rows in one run ({@code int} name numbers, {@code long} seconds,
 * {@code double} values), then the notes. Reading a million rows is a few bulk copies.
 */
final class ResultsFolder {
	private static final byte[] MAGIC = "TSRESULTS".getBytes(StandardCharsets.US_ASCII);
	private static final int FORMAT = 1;
	static final String OBSERVATIONS = "observations-";
	static final String SUFFIX = ".results";
	/** One line per import: fingerprint, time, user, source file, rows, results file. */
	static final String LOG = "imports.log";

	private final Path folder;

	ResultsFolder(Path tenantFolder) {
		this.folder = tenantFolder.resolve("results");
	}

	Path path() {
		return folder;
	}

	/**
	 * The same results imported before, as the line of the import log that says when and by whom,
	 * or null. The same rows twice are almost always the same file imported twice, which would
	 * count every observation double.
	 */
	String importedBefore(List<Observation> rows) {
		String fingerprint = fingerprint(rows);
		Path log = folder.resolve(LOG);
		if (!Files.isRegularFile(log)) {
			return null;
		}
		try {
			for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
				if (line.startsWith(fingerprint + "\t")) {
					return line.substring(fingerprint.length() + 1).replace('\t', ' ');
				}
			}
			return null;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The SHA-256 of the rows as they would be stored: the same results give the same print whatever file they came in. */
	private static String fingerprint(List<Observation> rows) {
		try {
			java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
			for (Observation o : rows) {
				digest.update(o.toString().getBytes(StandardCharsets.UTF_8));
			}
			return java.util.HexFormat.of().formatHex(digest.digest());
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Adds one import's rows as a new file, and a line to the import log (who, when, from which
	 * file, how many); the caller holds the workspace's write lock.
	 */
	Path append(List<Observation> rows, String user, String source) {
		Path written = append(rows);
		String line = fingerprint(rows) + "\t" + java.time.Instant.now() + "\t" + user + "\t" + (source == null ? "-" : source) + "\t" + rows.size()
				+ "\t" + written.getFileName() + "\n";
		try {
			Files.writeString(folder.resolve(LOG), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return written;
	}

	private Path append(List<Observation> rows) {
		ObservationTable batch = new ObservationTable();
		batch.ensure(rows.size());
		rows.forEach(batch::add);
		try {
			Files.createDirectories(folder);
			long n;
			try (Stream<Path> files = Files.list(folder)) {
				n = files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).count();
			}
			Path target = folder.resolve(String.format("%s%06d%s", OBSERVATIONS, n + 1, SUFFIX));
			while (Files.exists(target)) {
				target = folder.resolve(String.format("%s%06d%s", OBSERVATIONS, ++n + 1, SUFFIX));
			}
			Path temporary = folder.resolve(target.getFileName() + ".tmp");
			try (OutputStream file = Files.newOutputStream(temporary); DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file, 1 << 16))) {
				write(batch, out);
			}
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			return target;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every result of the tenant, in the order they were imported. */
	ObservationTable read() {
		ObservationTable table = new ObservationTable();
		if (!Files.isDirectory(folder)) {
			return table;
		}
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		for (Path file : files) {
			try {
				readInto(file, ByteBuffer.wrap(Files.readAllBytes(file)), table);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			} catch (RuntimeException e) {
				throw new MalformedInputException(file, 0, CoreMessage.of("results.unreadable", e.toString()));
			}
		}
		return table;
	}

	private static void write(ObservationTable t, DataOutputStream out) throws IOException {
		out.write(MAGIC);
		out.writeInt(FORMAT);
		out.writeInt(t.size);
		for (ObservationTable.Names names : List.of(t.standards, t.sites, t.segments, t.observers, t.audits)) {
			out.writeInt(names.count());
			for (String name : names.list()) {
				string(out, name);
			}
		}
		for (int[] column : List.of(t.standard, t.revision)) {
			for (int i = 0; i < t.size; i++) {
				out.writeInt(column[i]);
			}
		}
		out.write(t.criterion, 0, t.size);
		for (int[] column : List.of(t.site, t.segment)) {
			for (int i = 0; i < t.size; i++) {
				out.writeInt(column[i]);
			}
		}
		for (int i = 0; i < t.size; i++) {
			out.writeLong(t.at[i]);
		}
		for (int i = 0; i < t.size; i++) {
			out.writeDouble(t.value[i]);
		}
		for (int[] column : List.of(t.observer, t.audit)) {
			for (int i = 0; i < t.size; i++) {
				out.writeInt(column[i]);
			}
		}
		int notes = 0;
		for (int i = 0; i < t.size; i++) {
			notes += t.note[i] == null ? 0 : 1;
		}
		out.writeInt(notes);
		for (int i = 0; i < t.size; i++) {
			if (t.note[i] != null) {
				out.writeInt(i);
				string(out, t.note[i]);
			}
		}
	}

	private static void string(DataOutputStream out, String s) throws IOException {
		byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static String string(ByteBuffer in) {
		byte[] bytes = new byte[in.getInt()];
		in.get(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/** Reads one file's rows onto the end of a table, renumbering its names as the table numbers them. */
	private static void readInto(Path file, ByteBuffer in, ObservationTable table) {
		byte[] magic = new byte[MAGIC.length];
		in.get(magic);
		int format = in.getInt();
		if (!java.util.Arrays.equals(magic, MAGIC) || format != FORMAT) {
			throw new MalformedInputException(file, 0, CoreMessage.of("results.notResults"));
		}
		int rows = in.getInt();
		int[][] renumber = new int[5][];
		List<ObservationTable.Names> names = List.of(table.standards, table.sites, table.segments, table.observers, table.audits);
		for (int n = 0; n < 5; n++) {
			renumber[n] = new int[in.getInt()];
			for (int i = 0; i < renumber[n].length; i++) {
				renumber[n][i] = names.get(n).id(string(in));
			}
		}
		int base = table.size;
		table.ensure(base + rows);
		ints(in, table.standard, base, rows, renumber[0]);
		ints(in, table.revision, base, rows, null);
		in.get(table.criterion, base, rows);
		ints(in, table.site, base, rows, renumber[1]);
		ints(in, table.segment, base, rows, renumber[2]);
		in.asLongBuffer().get(table.at, base, rows);
		in.position(in.position() + rows * Long.BYTES);
		in.asDoubleBuffer().get(table.value, base, rows);
		in.position(in.position() + rows * Double.BYTES);
		ints(in, table.observer, base, rows, renumber[3]);
		ints(in, table.audit, base, rows, renumber[4]);
		int notes = in.getInt();
		for (int i = 0; i < notes; i++) {
			int row = in.getInt();
			table.note[base + row] = string(in);
		}
		table.size = base + rows;
	}

	private static void ints(ByteBuffer in, int[] column, int base, int rows, int[] renumber) {
		in.asIntBuffer().get(column, base, rows);
		in.position(in.position() + rows * Integer.BYTES);
		if (renumber != null) {
			for (int i = base; i < base + rows; i++) {
				column[i] = column[i] < 0 ? -1 : renumber[column[i]];
			}
		}
	}
}
