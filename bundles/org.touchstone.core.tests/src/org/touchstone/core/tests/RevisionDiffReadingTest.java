package org.touchstone.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.RevisionDiff;
import org.touchstone.core.Workspace;
import org.touchstone.model.Language;
import org.touchstone.model.ServiceStandard;

/**
 * The diff between two revisions, as its reader reads it: the fields and the model's values by
 * their names in the reader's language, while the names a merge and a commit message use stay as
 * they are.
 */
class RevisionDiffReadingTest {
	@TempDir
	Path dir;

	@Test
	void theLobbyGreetingsSecondRevisionReadsInEachLanguage() {
		Workspace workspace = Workspace.openOrCreate(dir.resolve("ws"), "me");
		ServiceStandard greeting = workspace.read(new Context("harbor-hotel", "me")).getStandards().stream()
				.filter(s -> s.getKey().equals("G-001")).findFirst().orElseThrow();
		List<RevisionDiff.Change> changes = RevisionDiff.between(DocumentControl.revision(greeting, 1), DocumentControl.revision(greeting, 2));
		List<String> chinese = changes.stream().map(c -> c.in(Language.ZH)).toList();
		List<String> english = changes.stream().map(c -> c.in(Language.EN)).toList();
		List<String> written = changes.stream().map(RevisionDiff.Change::toString).toList();

		assertEquals(List.of("阈值：60 秒 -> 30 秒", "达标率目标：（无） -> 95 %", "期望层次：（无） -> 基本", "接触情境：（无） -> 初次接触", "服务差距：（无） -> 服务表现差距"),
				chinese.subList(2, 7), String.join("\n", chinese));
		assertTrue(chinese.get(1).startsWith("标准表述（英文）：A guest entering the lobby"), chinese.get(1));
		assertEquals(List.of("threshold: 60 秒 -> 30 秒", "compliance target: (none) -> 95 %", "expectation level: (none) -> Basic",
				"contact situations: (none) -> First contact", "gaps: (none) -> Performance gap"), english.subList(2, 7), String.join("\n", english));
		assertEquals(List.of("expectation level: (none) -> basic", "contact situations: (none) -> first-contact", "gaps: (none) -> performance"),
				written.subList(4, 7), "files, commit messages and merges keep the literals");
	}

	@Test
	void everyFieldTheDiffNamesHasANameInEachLanguage() {
		Workspace workspace = Workspace.openOrCreate(dir.resolve("ws"), "me");
		int seen = 0;
		for (SampleStandards.Pair pair : SampleStandards.pairs(workspace, "me")) {
			for (RevisionDiff.Change change : RevisionDiff.between(DocumentControl.latest(pair.a()), DocumentControl.latest(pair.b()))) {
				String chineseName = change.in(Language.ZH).substring(0, change.in(Language.ZH).indexOf('：'));
				assertFalse(chineseName.matches(".*[A-Za-z].*"), "a field named in English for a Chinese reader: " + change.in(Language.ZH));
				assertTrue(change.in(Language.EN).startsWith(change.field() + ": "), change.in(Language.EN));
				seen++;
			}
		}
		assertTrue(seen > 100, "the sample's standards differ in many fields: " + seen);
	}
}
