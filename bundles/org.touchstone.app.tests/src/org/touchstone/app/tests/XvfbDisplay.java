package org.touchstone.app.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

/**
 * The X display the UI tests draw on.
 * <p>
 * When the build names one ({@code -Dtouchstone.test.display=:0} to watch the tests on your own
 * screen), that one. Otherwise an Xvfb server of this test JVM's own: Xvfb picks a free display
 * number itself ({@code -displayfd}), so two builds on one machine never share a server and one
 * cannot pull it from under the other. GTK reads {@code DISPLAY} from the C environment when SWT
 * opens its display, so the number is set there before the first {@code Display} is made.
 */
final class XvfbDisplay implements AutoCloseable {
	private final Process server;

	private XvfbDisplay(Process server) {
		this.server = server;
	}

	static XvfbDisplay ensure() throws IOException {
		String named = System.getenv("DISPLAY");
		if (named != null && !named.isBlank()) {
			return new XvfbDisplay(null);
		}
		Process server;
		try {
			server = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
					.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		} catch (IOException e) {
			throw new IOException("the UI tests need an X server and Xvfb is not installed (apt-get install xvfb)", e);
		}
		// Xvfb writes the display number once it accepts connections.
		String number = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.US_ASCII)).readLine();
		if (number == null || !number.strip().matches("\\d+")) {
			server.destroy();
			throw new IOException("Xvfb did not start (it printed no display number)");
		}
		setEnvironment("DISPLAY", ":" + number.strip());
		return new XvfbDisplay(server);
	}

	private static void setEnvironment(String name, String value) throws IOException {
		Linker linker = Linker.nativeLinker();
		MethodHandle setenv = linker.downcallHandle(linker.defaultLookup().find("setenv").orElseThrow(),
				FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
		try (Arena arena = Arena.ofConfined()) {
			int result = (int) setenv.invokeExact(arena.allocateFrom(name), arena.allocateFrom(value), 1);
			if (result != 0) {
				throw new IOException("could not set " + name + " for the UI tests");
			}
		} catch (IOException e) {
			throw e;
		} catch (Throwable e) {
			throw new IOException("could not set " + name + " for the UI tests", e);
		}
	}

	@Override
	public void close() {
		if (server != null) {
			server.destroy();
		}
	}
}
