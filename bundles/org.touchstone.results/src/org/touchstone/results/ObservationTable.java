package org.touchstone.results;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant's results as columns: one array per field, names (standards, sites, observers...)
 * held once each and referred to by number. A year of a large tenant is a million rows; as
 * columns they take about 45 MB and a figure is a pass over a few arrays.
 */
public final class ObservationTable {
	final Names standards = new Names();
	final Names sites = new Names();
	final Names segments = new Names();
	final Names observers = new Names();
	final Names audits = new Names();
	int size;
	int[] standard = new int[0];
	int[] revision = new int[0];
	byte[] criterion = new byte[0];
	int[] site = new int[0];
	int[] segment = new int[0];
	long[] at = new long[0];
	double[] value = new double[0];
	int[] observer = new int[0];
	int[] audit = new int[0];
	String[] note = new String[0];

	public int size() {
		return size;
	}

	/** The row at an index, as an {@link Observation}. */
	public Observation get(int i) {
		return new Observation(standards.name(standard[i]), revision[i], criterion[i], sites.name(site[i]),
				segment[i] < 0 ? null : segments.name(segment[i]), time(at[i]), value[i], observers.name(observer[i]), audits.name(audit[i]), note[i]);
	}

	/** All rows, as observations; for small tables and tests. */
	public List<Observation> all() {
		List<Observation> all = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			all.add(get(i));
		}
		return all;
	}

	void add(Observation o) {
		ensure(size + 1);
		standard[size] = standards.id(o.standard());
		revision[size] = o.revision();
		criterion[size] = (byte) o.criterion();
		site[size] = sites.id(o.site());
		segment[size] = o.segment() == null ? -1 : segments.id(o.segment());
		at[size] = seconds(o.at());
		value[size] = o.value();
		observer[size] = observers.id(o.observer());
		audit[size] = audits.id(o.audit());
		note[size] = o.note();
		size++;
	}

	void ensure(int capacity) {
		if (capacity <= standard.length) {
			return;
		}
		int n = Math.max(capacity, standard.length * 2 + 16);
		standard = Arrays.copyOf(standard, n);
		revision = Arrays.copyOf(revision, n);
		criterion = Arrays.copyOf(criterion, n);
		site = Arrays.copyOf(site, n);
		segment = Arrays.copyOf(segment, n);
		at = Arrays.copyOf(at, n);
		value = Arrays.copyOf(value, n);
		observer = Arrays.copyOf(observer, n);
		audit = Arrays.copyOf(audit, n);
		note = Arrays.copyOf(note, n);
	}

	/** A local date and time as seconds, counted as if it were UTC: a site's clock, not an instant. */
	static long seconds(LocalDateTime time) {
		return time.toEpochSecond(ZoneOffset.UTC);
	}

	static LocalDateTime time(long seconds) {
		return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
	}

	/** Names held once, numbered in the order they first came. */
	static final class Names {
		private final List<String> names = new ArrayList<>();
		private final Map<String, Integer> ids = new HashMap<>();

		int id(String name) {
			Integer id = ids.get(name);
			if (id == null) {
				id = names.size();
				names.add(name);
				ids.put(name, id);
			}
			return id;
		}

		/** The number of a name, or -1 when it never came. */
		int find(String name) {
			return ids.getOrDefault(name, -1);
		}

		String name(int id) {
			return names.get(id);
		}

		int count() {
			return names.size();
		}

		List<String> list() {
			return names;
		}
	}
}
