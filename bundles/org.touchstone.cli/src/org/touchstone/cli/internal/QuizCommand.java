package org.touchstone.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.touchstone.core.NotFoundException;
import org.touchstone.core.Quiz;
import org.touchstone.core.QuizFormats;
import org.touchstone.core.QuizMaker;
import org.touchstone.model.Handbook;
import org.touchstone.model.Language;
import org.touchstone.model.Tenant;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quiz}: multiple-choice questions from the standards in force and the playbooks, for a learning platform. */
@Command(name = "quiz")
public class QuizCommand extends InTenant implements Runnable {
	@Option(names = "--format", required = true, paramLabel = "FORMAT")
	String format;
	@Option(names = "--out", required = true, paramLabel = "FILE")
	Path out;
	@Option(names = "--handbook", paramLabel = "KEY")
	String handbook;

	QuizCommand(Session session) {
		super(session);
	}

	@Override
	public void run() {
		QuizFormats.Format chosen = QuizFormats.Format.named(format);
		if (chosen == null) {
			throw new UsageException(session.text("quiz.formatUnknown", format));
		}
		workspace().requireOutside(out, "--out");
		Tenant tenant = workspace().read(context());
		Language language = session.askedLanguage != null ? session.askedLanguage : tenant.getLocale() == Language.EN ? Language.EN : Language.ZH;
		Quiz quiz = QuizMaker.make(tenant);
		String text = QuizFormats.write(quiz, chosen, language, category(tenant, language));
		try {
			Path parent = out.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.writeString(out, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(session.text("file.cannotWrite", out, e.getMessage()), e);
		}
		long review = quiz.questions().stream().filter(Quiz.Question::review).count();
		session.err.println(review > 0 ? session.text("quiz.doneWithReview", quiz.questions().size(), review) : session.text("quiz.done", quiz.questions().size()));
		session.out.println(out.toAbsolutePath().normalize());
	}

	/** The question bank's category: the handbook's title, else the tenant's id. */
	private String category(Tenant tenant, Language language) {
		Handbook chosen = null;
		for (Handbook h : tenant.getHandbooks()) {
			if (handbook == null || handbook.equals(h.getKey())) {
				chosen = h;
				break;
			}
		}
		if (handbook != null && chosen == null) {
			throw new NotFoundException(session.text("handbook.notFound", handbook, tenant.getId()));
		}
		String title = chosen == null ? null : language == Language.EN && chosen.getTitleEn() != null ? chosen.getTitleEn() : chosen.getTitle();
		return title == null || title.isBlank() ? tenant.getId() : title;
	}
}
