package org.touchstone.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/**
 * The platform's log after it started the workbench's bundles: a bundle that fails to start, or a
 * library the platform cannot weave or load, leaves an error there at every start of the product,
 * which a user only meets later as a part that does not work.
 */
class PlatformLogTest {
	private static final String ERROR = "4";

	@Test
	void theWorkbenchsBundlesStartWithoutAnErrorInThePlatformLog() throws Exception {
		Path log = Path.of(Platform.getLogFileLocation().toOSString());
		List<String> errors = new ArrayList<>();
		if (Files.exists(log)) {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				// "!ENTRY <bundle> <severity> <code> <date> <time>", then "!MESSAGE <text>"
				String[] entry = lines.get(i).split(" ");
				if (entry[0].equals("!ENTRY") && entry.length > 2 && entry[2].equals(ERROR)) {
					String message = i + 1 < lines.size() ? lines.get(i + 1).replaceFirst("^!MESSAGE ", "") : "";
					errors.add(entry[1] + ": " + message);
				}
			}
		}
		assertEquals(List.of(), errors, "errors in " + log);
	}
}
