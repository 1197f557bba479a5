package org.touchstone.app.tests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Tests that open the real workbench window: an X server for them (Xvfb when none answers) for the test class's life. */
abstract class InRealWindow {
	private static XvfbDisplay display;

	@BeforeAll
	static void startDisplay() throws Exception {
		display = XvfbDisplay.ensure();
	}

	@AfterAll
	static void stopDisplay() {
		display.close();
	}
}
