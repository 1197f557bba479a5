package org.touchstone.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.touchstone.core.Access;
import org.touchstone.core.Context;
import org.touchstone.core.NotFoundException;
import org.touchstone.core.Permission;
import org.touchstone.core.Quiz;
import org.touchstone.core.QuizMaker;
import org.touchstone.core.TenantBoundary;
import org.touchstone.core.Workspace;
import org.touchstone.model.AuthoredChapter;
import org.touchstone.model.Chapter;
import org.touchstone.model.GeneratedSection;
import org.touchstone.model.Handbook;
import org.touchstone.model.Language;
import org.touchstone.model.Tenant;
import org.touchstone.publish.internal.EditionChanges;
import org.touchstone.publish.internal.EditionHistory;
import org.touchstone.publish.internal.HandbookSections;
import org.touchstone.publish.internal.HandbookWords;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.touchstone.core.Bilingual;
import org.touchstone.core.Labels;
import org.touchstone.publish.internal.PageNames;
import org.touchstone.model.TouchstonePackage.Literals;

/** Publishes a tenant's handbook: needs the publish permission in the tenant. */
public final class HandbookPublisher {
	private HandbookPublisher() {
	}

	public static PublishResult publish(Workspace workspace, Context context, String handbook, Path out, boolean clean) throws IOException {
		return publish(workspace, context, handbook, out, clean, PublishProgress.NONE);
	}

	/** Publishes as {@link #publish(Workspace, Context, String, Path, boolean)}, reporting pages rendered and stopping when cancelled. */
	public static PublishResult publish(Workspace workspace, Context context, String handbook, Path out, boolean clean, PublishProgress progress)
			throws IOException {
		return publish(workspace, context, out, new Options(handbook, clean, null, false, false), progress);
	}

	/**
	 * What a publish is asked for besides the tenant and the folder.
	 *
	 * @param handbook the handbook's key, or null for the tenant's first
	 * @param clean    write every page anew, replacing the earlier site once the new one passed its checks
	 * @param edition  the label of the edition this publish is ({@code 2027.1}), or null for a publish between editions
	 * @param pdf      write the print version as a PDF too
	 * @param quiz     add a quiz page made from the standards in force and the playbooks
	 */
	public record Options(String handbook, boolean clean, String edition, boolean pdf, boolean quiz) {
	}

	/**
	 * Publishes as {@link #publish(Workspace, Context, String, Path, boolean, PublishProgress)}, with
	 * the options given. An edition gets a change log page counted from the previous edition; the
	 * edition the site showed until now is kept under {@code editions/} and marked superseded. An
	 * edition's label is used once: an edition that was superseded is not published again.
	 */
	public static PublishResult publish(Workspace workspace, Context context, Path out, Options options, PublishProgress progress) throws IOException {
		workspace.requireOutside(out, "the output folder");
		if (options.edition() != null) {
			EditionHistory.checkLabel(options.edition());
		}
		Tenant tenant = readable(workspace, context, Permission.PUBLISH);
		Site site = withEditions(site(workspace, tenant, options.handbook()), tenant, EditionHistory.read(out), options.edition());
		if (options.quiz()) {
			site = site.withQuiz(quiz(tenant, site.chinese() ? Language.ZH : Language.EN));
		}
		return new Publisher().reportingTo(progress).withPdf(options.pdf()).publish(site, out, options.clean());
	}

	/**
	 * The quiz page's questions in the handbook's language, each with its answers in an order of its
	 * own (the same at every publish, so an unchanged quiz page is not written again).
	 */
	private static List<Site.QuizQuestion> quiz(Tenant tenant, Language language) {
		List<Site.QuizQuestion> questions = new ArrayList<>();
		for (Quiz.Question q : QuizMaker.make(tenant).questions()) {
			List<String> answers = new ArrayList<>();
			answers.add(q.right().shown(language).text());
			q.wrong().forEach(w -> answers.add(w.shown(language).text()));
			String right = answers.get(0);
			java.util.Collections.shuffle(answers, new java.util.Random(q.id().hashCode()));
			questions.add(new Site.QuizQuestion(q.id(), q.text().shown(language).text(), answers, answers.indexOf(right)));
		}
		return questions;
	}

	/** Whether a text can label an edition: letters, digits, '.', '-' and '_', as a folder of the site is named. */
	public static boolean isEditionLabel(String label) {
		try {
			EditionHistory.checkLabel(label);
			return true;
		} catch (PublishCheckException e) {
			return false;
		}
	}

	/** The site with its editions: the earlier ones, and when this publish is one, its change log page. */
	private static Site withEditions(Site site, Tenant tenant, EditionHistory history, String edition) {
		if (edition == null && history.isEmpty()) {
			return site;
		}
		EditionHistory.Entry known = edition == null ? null : history.find(edition);
		if (known != null && known.supersededOn() != null) {
			throw new PublishCheckException(org.touchstone.core.CoreMessage.of("publish.editionSuperseded", edition, known.supersededOn()));
		}
		List<Site.Edition> earlier = new ArrayList<>();
		for (EditionHistory.Entry e : history.entries().reversed()) {
			if (!e.label().equals(edition)) {
				earlier.add(new Site.Edition(e.label(), e.date()));
			}
		}
		if (edition == null) {
			return site.withEditions(new Site.Editions(null, earlier, null, null));
		}
		Site.Edition current = new Site.Edition(edition, known != null ? known.date() : LocalDate.now());
		Site.Contents contents = EditionChanges.contents(tenant);
		EditionChanges changes = new EditionChanges(tenant, site.chinese());
		Set<String> slugs = new HashSet<>();
		site.pages().forEach(p -> slugs.add(p.slug()));
		String slug = PageNames.unique(slugs, "edition-changes");
		String title = changes.title();
		List<PageSource> pages = new ArrayList<>(site.pages());
		pages.add(new PageSource(slug, title, changes.markdown(title, history.before(edition), current, contents), slug + ".md"));
		return site.withPages(pages).withEditions(new Site.Editions(current, earlier, slug, contents));
	}

	/**
	 * Publishes a handbook for its authors to look at, into a folder of the workbench's own: as
	 * {@link #publish} does, but reading the handbook needs only the read permission, since nothing
	 * leaves the user's machine.
	 */
	public static PublishResult preview(Workspace workspace, Context context, String handbook, Path out) throws IOException {
		workspace.requireOutside(out, "the preview folder");
		return new Publisher().publish(site(workspace, context, handbook, Permission.READ), out, false);
	}

	/** The page a chapter becomes in a handbook's site ({@code welcome.md}: {@code welcome}), or null when it is not in it. */
	public static String pageOf(Workspace workspace, Context context, String handbookKey, String chapterSource) {
		return site(workspace, context, handbookKey, Permission.READ).pages().stream().filter(p -> p.source().equals(chapterSource)).map(PageSource::slug)
				.findFirst().orElse(null);
	}

	/** The site a handbook becomes: its authored chapters and generated sections, in order. */
	public static Site site(Workspace workspace, Context context, String handbookKey) {
		return site(workspace, context, handbookKey, Permission.PUBLISH);
	}

	private static Site site(Workspace workspace, Context context, String handbookKey, Permission needed) {
		return site(workspace, readable(workspace, context, needed), handbookKey);
	}

	private static Tenant readable(Workspace workspace, Context context, Permission needed) {
		Tenant tenant = workspace.read(context);
		Access.check(tenant, context.user(), needed);
		return tenant;
	}

	private static Site site(Workspace workspace, Tenant tenant, String handbookKey) {
		List<org.touchstone.core.CoreMessage> foreign = TenantBoundary.crossings(tenant).stream().map(c -> org.touchstone.core.CoreMessage.of(
				"publish.foreignReference", tenant.getId(), c.reference().getName(), c.fromName(), c.targetName(), c.owner())).toList();
		if (!foreign.isEmpty()) {
			throw new PublishCheckException(foreign);
		}
		Handbook handbook = handbook(tenant, handbookKey);
		boolean chinese = tenant.getLocale() != Language.EN;
		Language language = chinese ? Language.ZH : Language.EN;
		List<PageSource> pages = new ArrayList<>();
		Set<String> slugs = new HashSet<>();
		for (Chapter chapter : handbook.getChapters()) {
			if (chapter instanceof AuthoredChapter authored) {
				String source = authored.getSource() != null ? authored.getSource() : "chapter-" + (pages.size() + 1) + ".md";
				pages.add(new PageSource(PageNames.unique(slugs, PageNames.fromSource(source)), text(authored, Literals.CHAPTER__TITLE, language),
						markdown(authored, language), source));
			} else if (chapter instanceof GeneratedSection section) {
				String slug = PageNames.unique(slugs, section.getKind().getLiteral());
				String title = text(section, Literals.CHAPTER__TITLE, language);
				if (title == null || title.isBlank()) {
					title = Labels.section(section.getKind(), chinese);
				}
				String markdown = section.getKind() == org.touchstone.model.SectionKind.RESULTS
						? org.touchstone.results.ResultsChapter.markdown(tenant, new org.touchstone.results.Results(workspace).observations(tenant), title)
						: HandbookSections.markdown(tenant, section, title);
				pages.add(new PageSource(slug, title, markdown, slug + ".md"));
			}
		}
		String name = text(tenant, Literals.TENANT__NAME, language);
		String brand = tenant.getBranding() != null && text(tenant.getBranding(), Literals.BRANDING__DISPLAY_NAME, language) != null
				? text(tenant.getBranding(), Literals.BRANDING__DISPLAY_NAME, language)
				: name;
		String handbookTitle = text(handbook, Literals.HANDBOOK__TITLE, language);
		String logo = tenant.getBranding() == null ? null : tenant.getBranding().getLogo();
		String colour = tenant.getBranding() == null ? null : tenant.getBranding().getPrimaryColour();
		return new Site(handbookTitle == null ? name : handbookTitle, brand, logo, colour, chinese, pages,
				workspace.root().resolve(tenant.getId()).resolve("assets"));
	}

	/** A text in the handbook's language, or in the other when it has none there; null when it has none at all. */
	private static String text(EObject holder, EAttribute chinese, Language language) {
		String text = Bilingual.of(holder, chinese).shown(language).text();
		return text.isBlank() ? null : text;
	}

	/**
	 * A chapter's Markdown in the handbook's language. A chapter written only in the other language
	 * is published in it, under a notice that says so (after the chapter's own front matter).
	 */
	private static String markdown(AuthoredChapter chapter, Language language) {
		Bilingual.Shown shown = Bilingual.of(chapter, Literals.AUTHORED_CHAPTER__MARKDOWN).shown(language);
		if (!shown.fallback()) {
			return shown.text();
		}
		String notice = "<p class=\"fallback-notice\" lang=\"" + language.getLiteral() + "\">"
				+ HandbookWords.fallbackNotice(language == Language.ZH) + "</p>\n\n";
		String text = shown.text();
		if (text.startsWith("---")) {
			int end = text.indexOf("\n---", 3);
			int lineEnd = end < 0 ? -1 : text.indexOf('\n', end + 4);
			if (lineEnd > 0) {
				return text.substring(0, lineEnd + 1) + "\n" + notice + text.substring(lineEnd + 1);
			}
		}
		return notice + text;
	}

	private static Handbook handbook(Tenant tenant, String key) {
		if (tenant.getHandbooks().isEmpty()) {
			throw new NotFoundException(org.touchstone.core.CoreMessage.of("publish.noHandbook", tenant.getId()));
		}
		if (key == null) {
			return tenant.getHandbooks().get(0);
		}
		for (Handbook h : tenant.getHandbooks()) {
			if (key.equals(h.getKey()) || key.equals(h.getUuid())) {
				return h;
			}
		}
		throw new NotFoundException(org.touchstone.core.CoreMessage.of("publish.handbookNotFound", key, tenant.getId(),
				String.join(", ", tenant.getHandbooks().stream().map(Handbook::getKey).toList())));
	}
}
