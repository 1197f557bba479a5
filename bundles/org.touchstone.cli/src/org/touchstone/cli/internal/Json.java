package org.touchstone.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.google.gson.stream.JsonWriter;

/** Prints one JSON document on stdout. */
final class Json {
	@FunctionalInterface
	interface Body {
		void write(JsonWriter writer) throws IOException;
	}

	private Json() {
	}

	static void print(PrintStream out, Body body) {
		StringWriter text = new StringWriter();
		try (JsonWriter writer = new JsonWriter(text)) {
			writer.setIndent("  ");
			writer.setHtmlSafe(false);
			body.write(writer);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		out.println(text);
	}
}
