package org.touchstone.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The workbench speaks Chinese and English from message bundles: every key of every bundle is
 * there in both languages, with the same placeholders; and no user-visible text is written into
 * the workbench's code instead.
 */
class LocalisationTest {
	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "org.touchstone.ui, org/touchstone/ui/internal/messages", "org.touchstone.ui, plugin", "org.touchstone.app, org/touchstone/app/internal/messages",
			"org.touchstone.app, plugin", "org.touchstone.model.edit, plugin" })
	void everyKeyIsThereInChineseAndEnglishWithTheSamePlaceholders(String bundleName, String base) throws IOException {
		Bundle bundle = Platform.getBundle(bundleName);
		assertNotNull(bundle, bundleName);
		Properties english = load(bundle, base + ".properties");
		Properties chinese = load(bundle, base + "_zh.properties");
		Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
		onlyEnglish.removeAll(chinese.stringPropertyNames());
		Set<String> onlyChinese = new TreeSet<>(chinese.stringPropertyNames());
		onlyChinese.removeAll(english.stringPropertyNames());
		assertEquals(Set.of(), onlyEnglish, bundleName + "/" + base + ": keys without a Chinese text");
		assertEquals(Set.of(), onlyChinese, bundleName + "/" + base + ": keys without an English text");
		for (String key : english.stringPropertyNames()) {
			assertEquals(placeholders(english.getProperty(key)), placeholders(chinese.getProperty(key)), bundleName + "/" + base + ": " + key);
		}
	}

	private static Properties load(Bundle bundle, String path) throws IOException {
		URL entry = bundle.getEntry(path);
		assertNotNull(entry, bundle.getSymbolicName() + " has no " + path);
		Properties properties = new Properties();
		try (InputStream in = entry.openStream()) {
			properties.load(in);
		}
		return properties;
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		// the argument's number, in "{1}" as in "{0,choice,1#1 error|1<{0,number,integer} errors}"
		Matcher m = Pattern.compile("\\{(\\d+)[,}]").matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	/** Calls that put text in front of the user, and refusals the workbench shows as they are. */
	private static final Pattern SHOWS_TEXT = Pattern.compile(
			"\\b(new TouchstoneException|new NotFoundException|new AccessDeniedException|new LifecycleException|setText|setToolTipText|setMessage|setTitle|setDescription|setErrorMessage|setWindowTitle|setContentDescription|setPartName|openInformation|openError|openWarning|openQuestion|openConfirm|new Action|new MessageDialog)\\(");
	private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
	private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,}|\\p{IsHan}");

	@Test
	void noUserVisibleTextIsWrittenIntoTheWorkbenchsCode() throws IOException {
		List<String> found = new ArrayList<>();
		Path bundles = Path.of("").toAbsolutePath().getParent();
		for (String bundle : List.of("org.touchstone.ui", "org.touchstone.app")) {
			Path src = bundles.resolve(bundle).resolve("src");
			assertTrue(Files.isDirectory(src), "the sources are at " + src);
			try (Stream<Path> files = Files.walk(src)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					List<String> lines = Files.readAllLines(file);
					for (int i = 0; i < lines.size(); i++) {
						String line = lines.get(i).strip();
						if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
							continue;
						}
						Matcher literal = LITERAL.matcher(line);
						while (literal.find()) {
							String text = literal.group(1);
							boolean han = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
							if (han || SHOWS_TEXT.matcher(line).find() && WORDS.matcher(text).find() && !isNotText(text)) {
								found.add(bundles.relativize(file) + ":" + (i + 1) + ": \"" + text + "\"");
							}
						}
					}
				}
			}
		}
		assertEquals(List.of(), found, "user-visible text belongs in messages.properties / messages_zh.properties");
	}

	/** Literals on such lines that the user does not read as text: ids, keys, file suffixes, markup. */
	private static boolean isNotText(String literal) {
		return literal.matches("[a-z][a-zA-Z0-9]*([._:/-][a-zA-Z0-9]+)+[./:]?") || literal.matches("[a-z]+:") || literal.matches("</?[a-z]+[^>]*>?")
				|| Map.of("error:", 1).containsKey(literal);
	}
}
