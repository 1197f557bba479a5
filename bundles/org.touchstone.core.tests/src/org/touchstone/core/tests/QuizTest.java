package org.touchstone.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Bilingual;
import org.touchstone.core.Context;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.Labels;
import org.touchstone.core.Quiz;
import org.touchstone.core.QuizFormats;
import org.touchstone.core.QuizMaker;
import org.touchstone.core.StandardChange;
import org.touchstone.core.Workspace;
import org.touchstone.model.Language;
import org.touchstone.model.RecoveryPlaybook;
import org.touchstone.model.SegmentRule;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.Tenant;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A trainer's quiz from a sample tenant: questions of every kind, each with one right answer and
 * wrong answers that are really wrong, traced to the standard revision they came from; and the
 * quiz in Moodle XML (checked for the structure Moodle imports), GIFT (parsed back) and CSV.
 */
class QuizTest {
	private static final String TENANT = "harbor-hotel";

	@TempDir
	Path dir;
	Workspace workspace;

	@BeforeEach
	void setUp() {
		workspace = Workspace.openOrCreate(dir.resolve("ws"), "me");
	}

	private Tenant tenant() {
		return workspace.read(new Context(TENANT, "me"));
	}

	@Test
	void everyKindOfQuestionIsMadeAndNoneHasASecondRightAnswer() {
		Tenant tenant = tenant();
		Quiz quiz = QuizMaker.make(tenant);
		Set<Quiz.Kind> kinds = quiz.questions().stream().map(Quiz.Question::kind).collect(Collectors.toSet());
		assertEquals(EnumSet.allOf(Quiz.Kind.class), kinds, "questions of every kind");
		for (Quiz.Question q : quiz.questions()) {
			assertTrue(q.wrong().size() >= 2, q.id() + " has at least two wrong answers");
			List<Bilingual.Text> answers = new ArrayList<>(q.wrong());
			answers.add(q.right());
			assertEquals(answers.size(), answers.stream().map(a -> a.zh().strip()).distinct().count(), q.id() + ": no two answers read the same (zh)");
			assertEquals(answers.size(), answers.stream().map(a -> a.en().strip()).distinct().count(), q.id() + ": no two answers read the same (en)");
			switch (q.kind()) {
			case PRINCIPLE -> {
				RecoveryPlaybook p = playbook(tenant, q.source());
				Set<String> applied = p.getPrinciples().stream().map(v -> Labels.of(v, true)).collect(Collectors.toSet());
				assertTrue(applied.contains(q.right().zh()), q.id());
				q.wrong().forEach(w -> assertFalse(applied.contains(w.zh()), q.id() + ": " + w.zh() + " is a principle the playbook applies"));
			}
			case SEGMENT -> {
				ServiceStandard s = standard(tenant, q.source());
				Set<String> ruled = DocumentControl.effective(s).getSegments().stream().map(SegmentRule::getSegment).map(seg -> seg.getName())
						.collect(Collectors.toSet());
				q.wrong().forEach(w -> assertFalse(ruled.contains(w.zh()), q.id() + ": " + w.zh() + " has a rule of its own on the standard"));
			}
			default -> {
			}
			}
		}
		Quiz.Question g003 = quiz.questions().stream().filter(q -> q.id().equals("threshold.G-003.r1")).findFirst().orElseThrow();
		assertEquals("≤ 3 分钟", g003.right().zh(), "the threshold and unit of G-003 revision 1");
		assertTrue(g003.text().zh().contains("G-003") && g003.text().en().contains("G-003"), "both languages name the standard");
		assertFalse(g003.review());
	}

	@Test
	void aNewRevisionInTheWorksTagsItsStandardsQuestionsForReview() {
		new DocumentControl(workspace, Clock.systemUTC()).edit(new Context(TENANT, "lin.qm"), "G-003", new StandardChange().set("owner", "lin.qm2"));
		Quiz quiz = QuizMaker.make(tenant());
		List<Quiz.Question> g003 = quiz.questions().stream().filter(q -> q.source().equals("G-003")).toList();
		assertFalse(g003.isEmpty());
		g003.forEach(q -> assertTrue(q.review() && q.revision() == 1, q.id() + " is tagged: revision 2 is being written"));
		assertTrue(quiz.questions().stream().filter(q -> q.source().equals("G-002")).noneMatch(Quiz.Question::review));
	}

	@Test
	void moodleXmlHasTheStructureMoodleImportsAndNoMarkupFromContent() throws Exception {
		retitleInForce("G-002", "<script>alert(1)</script>电话", null);
		Quiz quiz = QuizMaker.make(tenant());
		String xml = QuizFormats.moodleXml(quiz, Language.ZH, "海港酒店");
		Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		Element root = doc.getDocumentElement();
		assertEquals("quiz", root.getTagName());
		NodeList questions = root.getElementsByTagName("question");
		assertEquals("category", ((Element) questions.item(0)).getAttribute("type"));
		assertEquals(quiz.questions().size() + 1, questions.getLength());
		for (int i = 1; i < questions.getLength(); i++) {
			Element q = (Element) questions.item(i);
			assertEquals("multichoice", q.getAttribute("type"));
			Quiz.Question source = quiz.questions().get(i - 1);
			assertEquals(source.id(), child(q, "name").getTextContent().strip());
			assertEquals(source.id(), child(q, "idnumber").getTextContent());
			assertEquals("true", child(q, "single").getTextContent());
			assertEquals("html", child(q, "questiontext").getAttribute("format"));
			NodeList answers = q.getElementsByTagName("answer");
			int right = 0;
			for (int a = 0; a < answers.getLength(); a++) {
				String fraction = ((Element) answers.item(a)).getAttribute("fraction");
				assertTrue(fraction.equals("100") || fraction.equals("0"), fraction);
				right += fraction.equals("100") ? 1 : 0;
			}
			assertEquals(1, right, source.id() + " has one right answer");
			assertEquals(source.wrong().size() + 1, answers.getLength());
		}
		assertFalse(xml.contains("<script"), "content never becomes markup");
		assertTrue(xml.contains("&amp;lt;script&amp;gt;"), "it is shown as text: escaped for HTML, then for XML");
	}

	@Test
	void giftReadsBackToTheSameQuestionsEvenWithGiftsOwnCharactersInTheText() {
		retitleInForce("G-002", null, "Phone {ring} = 3: ~fast# \\ done");
		Quiz quiz = QuizMaker.make(tenant());
		String gift = QuizFormats.gift(quiz, Language.EN, "Harbor: quiz");
		List<String[]> parsed = parseGift(gift);
		assertEquals(quiz.questions().size(), parsed.size());
		for (int i = 0; i < parsed.size(); i++) {
			Quiz.Question q = quiz.questions().get(i);
			assertEquals(q.id(), parsed.get(i)[0]);
			assertEquals(q.text().en(), parsed.get(i)[1]);
			assertEquals(q.right().en(), parsed.get(i)[2], q.id() + " right answer");
			assertEquals(q.wrong().size(), parsed.get(i).length - 3);
		}
		assertTrue(parsed.stream().anyMatch(p -> p[1].contains("Phone {ring} = 3: ~fast# \\ done")), "the title with GIFT's own characters comes back whole");
	}

	@Test
	void csvHasBothLanguagesAndOneRowPerQuestion() throws Exception {
		Quiz quiz = QuizMaker.make(tenant());
		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(QuizFormats.csv(quiz)))
				.getRecords();
		assertEquals(quiz.questions().size(), rows.size());
		CSVRecord first = rows.get(0);
		assertEquals(quiz.questions().get(0).id(), first.get("id"));
		assertFalse(first.get("question_zh").isBlank());
		assertFalse(first.get("question_en").isBlank());
		assertEquals(quiz.questions().get(0).right().en(), first.get("answer_en"));
	}

	/** Gives the revision in force a new title, as if it had been approved with it: the quiz is made from revisions in force. */
	private void retitleInForce(String key, String chinese, String english) {
		workspace.change(new Context(TENANT, "me"), org.touchstone.core.Permission.WRITE, t -> {
			org.touchstone.model.StandardRevision r = DocumentControl.effective(standard(t, key));
			if (chinese != null) {
				r.setTitle(chinese);
			}
			if (english != null) {
				r.setTitleEn(english);
			}
			return r;
		});
	}

	/** GIFT's questions: title, text, the right answer, then the wrong ones, with GIFT's escapes undone. */
	private static List<String[]> parseGift(String gift) {
		List<String[]> questions = new ArrayList<>();
		for (String block : gift.split("\n\n")) {
			if (!block.startsWith("::")) {
				continue;
			}
			List<String> parts = new ArrayList<>();
			int titleEnd = unescapedIndex(block, "::", 2);
			parts.add(unescape(block.substring(2, titleEnd)));
			int open = unescapedIndex(block, "{", titleEnd + 2);
			String text = block.substring(titleEnd + 2, open).strip();
			parts.add(unescape(text.startsWith("[plain]") ? text.substring("[plain]".length()) : text));
			int close = unescapedIndex(block, "}", open + 1);
			List<String> wrong = new ArrayList<>();
			String right = null;
			for (String line : block.substring(open + 1, close).split("\n")) {
				String answer = line.strip();
				if (answer.startsWith("=")) {
					right = unescape(answer.substring(1));
				} else if (answer.startsWith("~")) {
					wrong.add(unescape(answer.substring(1)));
				}
			}
			parts.add(right);
			parts.addAll(wrong);
			questions.add(parts.toArray(String[]::new));
		}
		return questions;
	}

	private static int unescapedIndex(String text, String token, int from) {
		for (int i = from; i < text.length(); i++) {
			if (text.charAt(i) == '\\') {
				i++;
			} else if (text.startsWith(token, i)) {
				return i;
			}
		}
		throw new AssertionError("no unescaped " + token + " in " + text);
	}

	private static String unescape(String text) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				out.append(text.charAt(++i));
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static Element child(Element parent, String name) {
		return (Element) parent.getElementsByTagName(name).item(0);
	}

	private static ServiceStandard standard(Tenant tenant, String key) {
		return tenant.getStandards().stream().filter(s -> s.getKey().equals(key)).findFirst().orElseThrow();
	}

	private static RecoveryPlaybook playbook(Tenant tenant, String key) {
		return tenant.getPlaybooks().stream().filter(p -> p.getKey().equals(key)).findFirst().orElseThrow();
	}
}
