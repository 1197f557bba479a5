package org.touchstone.publish.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The examples of a CommonMark-style spec file, read from the Maven artifact that ships it. */
final class SpecExamples {
	private static final String FENCE = "````````````````````````````````";

	/** One example: its number in the file, its section, the Markdown and the HTML it must give. */
	record Example(int number, String section, String kind, String markdown, String html) {
	}

	private SpecExamples() {
	}

	static List<Example> read(String bundle, String file) throws IOException {
		String text = read(find(bundle), file);
		List<Example> examples = new ArrayList<>();
		String[] lines = text.split("\n", -1);
		String section = "";
		int number = 0;
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].startsWith("#")) {
				section = lines[i].replaceFirst("^#+\\s*", "");
			}
			if (lines[i].startsWith(FENCE + " example")) {
				String kind = lines[i].substring((FENCE + " example").length()).strip();
				StringBuilder md = new StringBuilder();
				StringBuilder html = new StringBuilder();
				boolean inHtml = false;
				for (i++; !lines[i].equals(FENCE); i++) {
					if (lines[i].equals(".") && !inHtml) {
						inHtml = true;
						continue;
					}
					(inHtml ? html : md).append(lines[i]).append('\n');
				}
				number++;
				examples.add(new Example(number, section, kind, md.toString().replace('→', '\t'), html.toString().replace('→', '\t')));
			}
		}
		return examples;
	}

	private static Bundle find(String symbolicName) {
		for (Bundle b : FrameworkUtil.getBundle(SpecExamples.class).getBundleContext().getBundles()) {
			if (b.getSymbolicName().equals(symbolicName)) {
				return b;
			}
		}
		throw new IllegalStateException("bundle " + symbolicName + " is not in the test runtime");
	}

	private static String read(Bundle bundle, String file) throws IOException {
		URL entry = bundle.getEntry(file);
		if (entry == null) {
			throw new IllegalStateException(file + " is not in " + bundle.getSymbolicName());
		}
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
