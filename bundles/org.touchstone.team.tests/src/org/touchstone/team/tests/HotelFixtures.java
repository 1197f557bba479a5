package org.touchstone.team.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.touchstone.core.Context;
import org.touchstone.core.Permission;
import org.touchstone.core.Workspace;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;

/** What the team tests do to the sample's hotel: act as one of its users, edit a standard's newest revision, clear a folder. */
final class HotelFixtures {
	static final String HOTEL = "harbor-hotel";

	private HotelFixtures() {
	}

	static Context as(String user) {
		return new Context(HOTEL, user);
	}

	/** Changes a standard's newest revision in place and saves, as the user (a save, no lifecycle rule). */
	static void edit(Workspace ws, String user, String key, java.util.function.Consumer<StandardRevision> change) {
		ws.change(as(user), Permission.WRITE, t -> {
			change.accept(newest(t, key));
			return null;
		});
	}

	static StandardRevision newest(Tenant t, String key) {
		ServiceStandard s = t.getStandards().stream().filter(x -> x.getKey().equals(key)).findFirst().orElseThrow();
		return s.getRevisions().get(s.getRevisions().size() - 1);
	}

	static void deleteTree(Path folder) throws Exception {
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
