package org.touchstone.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.app.WorkbenchApplication;

/** The reading of the workspace that starts with the platform: for the workbench only, and taken over, not repeated. */
class EarlyReadingTest {
	private static final Map<String, String> ENV = Map.of("HOME", "/home/lin", "USER", "lin", "TOUCHSTONE_USER", "lin.qm");

	@Test
	void anApplicationOtherThanTheWorkbenchReadsNoWorkspace() {
		// The launcher names the product's application even when another one is asked for.
		assertNull(EarlyReading.argumentsToRead(new String[] { "-application", "org.touchstone.cli.app" }, "org.touchstone.app.workbench", ENV));
		assertNull(EarlyReading.argumentsToRead(new String[] { "-application", "org.eclipse.tycho.surefire.osgibooter.uitest" }, null, ENV));
		assertNull(EarlyReading.argumentsToRead(new String[0], null, ENV));
	}

	@Test
	void theWorkbenchReadsTheWorkspaceAndUserItWillOpen() {
		String[] args = { "-application", "org.touchstone.app.workbench", "--workspace", "/srv/demo", "--user", "zhou.review" };
		assertEquals(new WorkbenchApplication.Arguments(Path.of("/srv/demo"), "zhou.review", "lin"),
				EarlyReading.argumentsToRead(args, "org.touchstone.app.workbench", ENV));
		// The product's own application, with nothing named: the workspace the command line uses.
		assertEquals(new WorkbenchApplication.Arguments(Path.of("/home/lin/.touchstone/workspace"), "lin.qm", "lin"),
				EarlyReading.argumentsToRead(new String[0], "org.touchstone.app.workbench", ENV));
	}

	@Test
	void theWorkbenchTakesOverTheEarlyReadingOfItsWorkspaceAndReadsAnotherItself(@TempDir Path dir) throws Exception {
		Path workspace = dir.resolve("ws");
		CompletableFuture<WorkspaceReading.Opened> started = WorkspaceReading.startEarly(workspace, null, "lin.qm");
		CompletableFuture<WorkspaceReading.Opened> taken = WorkspaceReading.of(workspace, null, "lin.qm");
		assertSame(started, taken, "the same reading, not a second one");
		WorkspaceReading.Opened opened = taken.get();
		assertEquals(workspace, opened.workspace().root());
		assertEquals("lin.qm", opened.user());
		assertTrue(opened.workspace().created(), "the sample workspace was made once, by the early reading");

		CompletableFuture<WorkspaceReading.Opened> early = WorkspaceReading.startEarly(workspace, null, "lin.qm");
		CompletableFuture<WorkspaceReading.Opened> other = WorkspaceReading.of(workspace, "zhou.review", "lin.qm");
		assertNotSame(early, other, "asked for another user: read again");
		assertEquals(workspace, other.get().workspace().root());
		assertNull(other.get().refused(), "a sample workspace is a shared demo: any user may act");
		assertEquals("zhou.review", other.get().user());
		early.get(); // read to the end before the folder goes
	}
}
