package org.touchstone.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.Permission;
import org.touchstone.core.QuizMaker;
import org.touchstone.publish.HandbookPublisher;
import org.touchstone.publish.PublishProgress;

/**
 * The handbook's quiz page, in a real browser from file://: picking the right answer says so,
 * a wrong one names the right answer, the score counts; a hostile title is text, not markup.
 */
class QuizPageTest {
	private static final String TENANT = "harbor-hotel";

	@TempDir
	Path dir;

	private void publish(SampleSite sample, Path out, boolean quiz) throws Exception {
		HandbookPublisher.publish(sample.workspace, new Context(TENANT, SampleSite.USER), out, new HandbookPublisher.Options(null, false, null, false, quiz),
				PublishProgress.NONE);
	}

	@Test
	void theQuizPageSaysWhetherAnAnswerIsRightAndCountsTheScore() throws Exception {
		SampleSite sample = new SampleSite(dir);
		sample.workspace.change(new Context(TENANT, SampleSite.USER), Permission.WRITE, t -> {
			var g002 = t.getStandards().stream().filter(s -> s.getKey().equals("G-002")).findFirst().orElseThrow();
			DocumentControl.effective(g002).setTitle("<img src=x onerror=alert(1)>电话接听");
			return g002;
		});
		Path out = dir.resolve("site");
		publish(sample, out, true);
		String html = SampleSite.read(out.resolve("quiz.html"));
		int questions = QuizMaker.make(sample.workspace.read(new Context(TENANT, SampleSite.USER))).questions().size();
		Matcher forms = Pattern.compile("<form class=\"quiz-question\" id=\"[^\"]+\" data-answer=\"(\\d+)\"").matcher(html);
		int count = 0;
		while (forms.find()) {
			count++;
		}
		assertEquals(questions, count, "a form per question");
		assertFalse(html.contains("<img src=x"), "a title is text on the page, not markup");
		assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
		assertTrue(SampleSite.read(out.resolve("index.html")).contains("href=\"quiz.html\""), "the front page links to it");

		try (HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("profile"))) {
			chromium.open(out.resolve("quiz.html"));
			assertEquals(0, chromium.evaluate("document.querySelectorAll('img').length - document.querySelectorAll('header img').length").getAsInt(),
					"no image made from content");
			String first = "document.querySelectorAll('form.quiz-question')[0]";
			chromium.evaluate("(() => { const f = " + first + "; f.querySelector('input[value=\"' + f.dataset.answer + '\"]').checked = true;"
					+ " f.querySelector('button').click(); })()");
			assertEquals("答对了。", chromium.evaluate(first + ".querySelector('.quiz-feedback').textContent").getAsString());

			String second = "document.querySelectorAll('form.quiz-question')[1]";
			chromium.evaluate("(() => { const f = " + second + "; const wrong = Array.from(f.querySelectorAll('input')).find(i => i.value !== f.dataset.answer);"
					+ " wrong.checked = true; f.querySelector('button').click(); })()");
			String feedback = chromium.evaluate(second + ".querySelector('.quiz-feedback').textContent").getAsString();
			String right = chromium.evaluate("(() => { const f = " + second + "; return f.querySelectorAll('label')[Number(f.dataset.answer)].textContent.trim(); })()")
					.getAsString();
			assertTrue(feedback.startsWith("不对") && feedback.contains(right), "a wrong answer names the right one: " + feedback);
			assertEquals("共 " + questions + " 题，已答对 1 题", chromium.evaluate("document.querySelector('.quiz-score').textContent").getAsString());
		}

		publish(sample, out, false);
		assertFalse(Files.exists(out.resolve("quiz.html")) || Files.exists(out.resolve("quiz.js")), "a publish without the quiz removes its page");
	}
}
