package org.touchstone.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.cli.internal.CliMessages;

/**
 * The command line speaks Chinese or English, as {@code --lang} or the locale variables ask: its
 * help and its messages come from one message file per language, each with every key.
 */
class LanguageTest {
	@TempDir
	Path home;

	private CliRun run(Map<String, String> extra, String... args) {
		Map<String, String> env = new HashMap<>(Map.of("HOME", home.toString(), "USER", "tester"));
		env.putAll(extra);
		return CliRun.run(env, args);
	}

	@Test
	void helpIsInChineseWithLangZh() {
		CliRun help = run(Map.of(), "--lang", "zh", "--help");
		assertEquals(0, help.exitCode(), help.err());
		assertTrue(help.out().contains("用法："), help.out());
		assertTrue(help.out().contains("面向客户服务质量团队的服务标准、案例库和手册。"), help.out());
		assertTrue(help.out().contains("退出码："), "the footer too: " + help.out());
		assertFalse(help.out().contains("Exit codes"), help.out());
	}

	@Test
	void aSubcommandsOptionsFollowTheLocaleVariables() {
		CliRun help = run(Map.of("LANG", "zh_CN.UTF-8"), "standard", "new", "--help");
		assertEquals(0, help.exitCode(), help.err());
		assertTrue(help.out().contains("编写新标准"), help.out());
		assertTrue(help.out().contains("指标要达到的数值。"), "an option of a mixin: " + help.out());
		assertTrue(help.out().contains("在哪个租户中操作"), "the shared --tenant: " + help.out());
	}

	@Test
	void lcAllWinsOverLangAndLangOptionWinsOverBoth() {
		assertTrue(run(Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "C"), "--help").out().contains("Usage:"));
		assertTrue(run(Map.of("LANG", "en_US.UTF-8", "LC_ALL", "zh_TW.UTF-8"), "--help").out().contains("用法："));
		CliRun english = run(Map.of("LC_ALL", "zh_CN.UTF-8"), "publish", "--help", "--lang=en");
		assertTrue(english.out().contains("The folder to write the site to."), "a qualified key (publish's --out): " + english.out());
		assertTrue(run(Map.of(), "--help").out().contains("Usage:"), "English when nothing is said");
	}

	@Test
	void optionsWithTheSameNameKeepTheirOwnHelpPerCommand() {
		String publish = run(Map.of(), "--lang", "zh", "publish", "--help").out();
		String quiz = run(Map.of(), "--lang", "zh", "quiz", "--help").out();
		assertTrue(publish.contains("网站写入的文件夹。"), publish);
		assertTrue(quiz.contains("要写入的文件。"), quiz);
		assertFalse(quiz.contains("网站写入的文件夹。"), quiz);
	}

	@Test
	void messagesAndErrorsSpeakTheLanguageToo() {
		CliRun none = run(Map.of("LANG", "zh_CN.UTF-8"));
		assertEquals(2, none.exitCode());
		assertTrue(none.err().contains("没有给出命令"), none.err());
		CliRun created = run(Map.of(), "--lang", "zh", "tenant", "list");
		assertEquals(0, created.exitCode(), created.err());
		assertTrue(created.err().contains("已用示例内容创建工作区"), created.err());
		CliRun show = run(Map.of("LANG", "zh_CN.UTF-8"), "standard", "show", "--tenant", "harbor-hotel", "G-001");
		assertEquals(0, show.exitCode(), show.err());
		assertTrue(show.out().startsWith("编号: G-001"), show.out());
		assertTrue(show.out().contains("\n阈值: "), show.out());
		CliRun diff = run(Map.of("LANG", "zh_CN.UTF-8"), "standard", "diff", "--tenant", "harbor-hotel", "G-001", "1", "1");
		assertTrue(diff.out().contains("没有变化"), diff.out() + diff.err());
		CliRun changed = run(Map.of("LANG", "zh_CN.UTF-8"), "standard", "diff", "--tenant", "harbor-hotel", "G-001");
		assertTrue(changed.out().contains("\n  阈值：60 秒 -> 30 秒\n") && changed.out().contains("\n  期望层次：（无） -> 基本\n"),
				"the fields and the model's values by their Chinese names: " + changed.out());
		CliRun history = run(Map.of("LANG", "zh_CN.UTF-8"), "standard", "history", "--tenant", "harbor-hotel", "G-001");
		assertTrue(history.out().startsWith("第 1 版（已废止，作者 lin.qm）") && history.out().contains("  草稿 -> 审核中  操作人 lin.qm"), history.out());
		CliRun missing = run(Map.of("LANG", "zh_CN.UTF-8"), "standard", "show", "--tenant", "harbor-hotel", "G-999");
		assertEquals(2, missing.exitCode());
		assertEquals("touchstone: 租户 'harbor-hotel' 中没有标准 'G-999'", missing.err().strip(), "core's refusals speak the language too");
		CliRun english = run(Map.of(), "standard", "show", "--tenant", "harbor-hotel", "G-001");
		assertTrue(english.out().startsWith("key: G-001"), english.out());
	}

	@Test
	void anUnknownLanguageIsAUsageErrorNamingTheOption() {
		CliRun wrong = run(Map.of(), "--lang", "fr", "tenant", "list");
		assertEquals(2, wrong.exitCode());
		assertEquals("touchstone: --lang: 'fr' is not a language of Touchstone (zh, en)", wrong.err().strip());
		CliRun wrongInChinese = run(Map.of("LANG", "zh_CN.UTF-8"), "--lang", "de");
		assertTrue(wrongInChinese.err().contains("'de' 不是 Touchstone 的语言"), wrongInChinese.err());
	}

	@Test
	void everyKeyIsThereInChineseAndEnglishWithTheSamePlaceholders() throws IOException {
		Properties english = load("messages.properties");
		Properties chinese = load("messages_zh.properties");
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
	void noHelpTextIsWrittenIntoTheCommandLinesCode() throws IOException {
		List<String> found = new ArrayList<>();
		forEachLineOfTheCommandLine((where, line) -> {
			if (HELP_TEXT.matcher(line).find()) {
				found.add(where + ": " + line.strip());
			}
		});
		assertEquals(List.of(), found, "help belongs in messages.properties and messages_zh.properties");
	}

	@Test
	void noMessageIsWrittenIntoTheCommandLinesCode() throws IOException {
		List<String> found = new ArrayList<>();
		forEachLineOfTheCommandLine((where, line) -> {
			String code = line.strip();
			if (code.startsWith("//") || code.startsWith("*") || !SHOWS_TEXT.matcher(code).find()) {
				return;
			}
			Matcher literal = LITERAL.matcher(code);
			while (literal.find()) {
				String text = literal.group(1);
				if (SENTENCE.matcher(text).find() && !text.equals("touchstone: ")) {
					found.add(where + ": \"" + text + "\"");
				}
			}
		});
		assertEquals(List.of(), found, "messages belong in messages.properties and messages_zh.properties");
	}

	/** Hands each line of the command line's sources, with its file and line number, to {@code check}. */
	private static void forEachLineOfTheCommandLine(java.util.function.BiConsumer<String, String> check) throws IOException {
		Path src = Path.of("").toAbsolutePath().getParent().resolve("org.touchstone.cli/src");
		try (Stream<Path> files = Files.walk(src)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					check.accept(src.relativize(file) + ":" + (i + 1), lines.get(i));
				}
			}
		}
	}

	/** A line that prints or throws: what a user reads. */
	private static final Pattern SHOWS_TEXT = Pattern.compile("println\\(|print\\(|Exception\\(");
	private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
	/** Words with a space between them, or a word of Chinese. */
	private static final Pattern SENTENCE = Pattern.compile("[A-Za-z]{3,}[^\"]*\\s|\\s[^\"]*[A-Za-z]{3,}|\\p{IsHan}");
	private static final Pattern HELP_TEXT = Pattern.compile("\\b(description|footer|header)\\s*=\\s*[{\"]");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}|\\$\\{[A-Z-]+\\}|%[%n]");

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
		try (InputStream in = CliMessages.class.getResourceAsStream(name)) {
			properties.load(in);
		}
		return properties;
	}
}
