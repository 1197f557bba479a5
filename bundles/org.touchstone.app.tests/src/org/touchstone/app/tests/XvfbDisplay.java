package org.touchstone.app.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The X display the UI tests draw on: the one named by {@code DISPLAY} (set by the build), with an
 * Xvfb server started on it when none answers there, and stopped again afterwards.
 */
final class XvfbDisplay implements AutoCloseable {
	private final Process server;

	private XvfbDisplay(Process server) {
		this.server = server;
	}

	static XvfbDisplay ensure() throws IOException, InterruptedException {
		String display = System.getenv("DISPLAY");
		if (display == null || !display.matches(":\\d+")) {
			return new XvfbDisplay(null);
		}
		Path socket = Path.of("/tmp/.X11-unix/X" + display.substring(1));
		if (Files.exists(socket)) {
			return new XvfbDisplay(null);
		}
		Process server;
		try {
			server = new ProcessBuilder("Xvfb", display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
					.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		} catch (IOException e) {
			throw new IOException("the UI tests need an X server on " + display + " and Xvfb is not installed (apt-get install xvfb)", e);
		}
		for (int i = 0; i < 100 && !Files.exists(socket); i++) {
			if (!server.isAlive()) {
				throw new IOException("Xvfb could not start on " + display + " (exit " + server.exitValue() + ")");
			}
			Thread.sleep(100);
		}
		return new XvfbDisplay(server);
	}

	@Override
	public void close() {
		if (server != null) {
			server.destroy();
		}
	}
}
