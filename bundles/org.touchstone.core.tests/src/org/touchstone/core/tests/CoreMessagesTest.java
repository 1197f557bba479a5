package org.touchstone.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.touchstone.core.CoreMessage;
import org.touchstone.core.InvalidValueException;
import org.touchstone.core.TouchstoneException;
import org.touchstone.model.Language;

/** Core's sentences for users are in Chinese and English, and every one the code asks for is there. */
class CoreMessagesTest {
	@Test
	void everyKeyIsThereInChineseAndEnglishWithTheSamePlaceholders() throws IOException {
		Properties english = load("errors.properties");
		Properties chinese = load("errors_zh.properties");
		Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
		onlyEnglish.removeAll(chinese.stringPropertyNames());
		Set<String> onlyChinese = new TreeSet<>(chinese.stringPropertyNames());
		onlyChinese.removeAll(english.stringPropertyNames());
		assertEquals(Set.of(), onlyEnglish, "keys without a Chinese text");
		assertEquals(Set.of(), onlyChinese, "keys without an English text");
		for (String key : english.stringPropertyNames()) {
			assertEquals(placeholders(english.getProperty(key)), placeholders(chinese.getProperty(key)), key);
		}
	}

	@Test
	void everyKeyTheCodeAsksForIsInTheFile() throws IOException {
		Properties english = load("errors.properties");
		Path bundles = Path.of("").toAbsolutePath().getParent();
		Pattern asked = Pattern.compile("CoreMessage\\.of\\(\"([^\"]+)\"");
		List<String> missing = new ArrayList<>();
		for (String bundle : List.of("org.touchstone.core", "org.touchstone.search", "org.touchstone.publish", "org.touchstone.results", "org.touchstone.team")) {
			try (Stream<Path> files = Files.walk(bundles.resolve(bundle).resolve("src"))) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					Matcher m = asked.matcher(Files.readString(file));
					while (m.find()) {
						if (!english.containsKey(m.group(1))) {
							missing.add(bundles.relativize(file) + ": " + m.group(1));
						}
					}
				}
			}
		}
		assertEquals(List.of(), missing, "keys asked for in code but missing from errors.properties");
	}

	@Test
	void noRefusalIsWrittenIntoTheCodeInOneLanguage() throws IOException {
		Path bundles = Path.of("").toAbsolutePath().getParent();
		Pattern refusal = Pattern.compile("throw new (?!IllegalState|IllegalArgument|UncheckedIO|IOException|UnsupportedOperation)\\w*Exception\\(");
		Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
		List<String> found = new ArrayList<>();
		for (String bundle : List.of("org.touchstone.core", "org.touchstone.search", "org.touchstone.publish", "org.touchstone.results", "org.touchstone.team")) {
			try (Stream<Path> files = Files.walk(bundles.resolve(bundle).resolve("src"))) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					List<String> lines = Files.readAllLines(file);
					for (int i = 0; i < lines.size(); i++) {
						if (!refusal.matcher(lines.get(i)).find()) {
							continue;
						}
						Matcher m = literal.matcher(lines.get(i));
						while (m.find()) {
							if (SENTENCE.matcher(m.group(1)).find() && !m.group(1).matches("[a-z-]+(, [a-z-]+)*")) {
								found.add(bundles.relativize(file) + ":" + (i + 1) + ": \"" + m.group(1) + "\"");
							}
						}
					}
				}
			}
		}
		assertEquals(List.of(), found, "a refusal is a CoreMessage, with its words in errors.properties and errors_zh.properties");
	}

	@Test
	void aRefusalIsToldInTheLanguageAskedForAndInEnglishAsItsMessage() {
		TouchstoneException e = new InvalidValueException(CoreMessage.of("value.notANumber", "threshold", "thirty"));
		assertEquals("threshold: 'thirty' is not a number", e.getMessage());
		assertEquals("threshold: 'thirty' is not a number", e.message(Language.EN));
		assertEquals("threshold：'thirty' 不是数字", e.message(Language.ZH));
		TouchstoneException plain = new TouchstoneException("only in English");
		assertEquals("only in English", plain.message(Language.ZH));
	}

	/** Words with a space between them. */
	private static final Pattern SENTENCE = Pattern.compile("[A-Za-z]{3,}.*\\s|\\s.*[A-Za-z]{3,}");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");

	private static List<String> placeholders(String text) {
		List<String> found = new ArrayList<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			found.add(m.group());
		}
		found.sort(null);
		return found;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = CoreMessage.class.getResourceAsStream(name)) {
			properties.load(in);
		}
		return properties;
	}
}
