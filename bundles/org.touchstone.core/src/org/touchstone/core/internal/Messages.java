package org.touchstone.core.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.touchstone.core.MessageFiles;

/**
 * The validation messages, in the reader's language (the command line's or the workbench's, which
 * need not be the tenant's): the texts are in {@code messages.properties} (English) and
 * {@code messages_zh.properties} (Chinese) beside this class. A rewrite the lint suggests is in the
 * language of the text it rewrites.
 */
final class Messages {
	final boolean zh;
	private final ResourceBundle texts;
	private final Locale locale;

	Messages(boolean zh) {
		this.zh = zh;
		this.locale = zh ? Locale.CHINESE : Locale.ROOT;
		this.texts = MessageFiles.read("org.touchstone.core.internal.messages", locale, Messages.class);
	}

	/** A message with its values put in; numbers and dates are put in as they are written, without grouping. */
	private String text(String key, Object... values) {
		Object[] written = new Object[values.length];
		for (int i = 0; i < values.length; i++) {
			written[i] = String.valueOf(values[i]);
		}
		return new MessageFormat(texts.getString("lint." + key), locale).format(written);
	}

	/** Where a finding about a text is: the key, with the text's language when it is not the reader's. */
	String where(String key, org.touchstone.model.Language language, org.touchstone.model.Language readerLanguage) {
		if (language == readerLanguage) {
			return key;
		}
		return text(language == org.touchstone.model.Language.EN ? "where.en" : "where.zh", key);
	}

	/** Items of a list as one text, with the language's separator. */
	String list(java.util.Collection<String> items) {
		return String.join(text("list.separator"), items);
	}

	String criterion(String key, int number) {
		return text("criterion", key, number);
	}

	String basicOnly(String touchpoint) {
		return text("basicOnly", touchpoint);
	}

	String gapUncovered(String gap) {
		return text("gapUncovered", gap);
	}

	String strengthOutOfRange(String touchpoint, int strength) {
		return text("strengthOutOfRange", touchpoint, strength);
	}

	String scriptIncomplete(String touchpoint, String missing) {
		return text("scriptIncomplete", touchpoint, missing);
	}

	String guaranteeCriterion(String playbook, String criterion) {
		return text("guaranteeCriterion", playbook, criterion);
	}

	String guaranteeNotAdvised(String playbook, String caution) {
		return text("guaranteeNotAdvised", playbook, zh ? caution : caution.toLowerCase(Locale.ROOT));
	}

	String noStatement(String key) {
		return text("noStatement", key);
	}

	String vagueWords(String key, String words, String suggestion) {
		return text("vagueWords", key, words, suggestion);
	}

	String tooLong(String key, int length) {
		return text("tooLong", key, length, zh ? ServiceQualityValidator.MAX_CHINESE_CHARACTERS : ServiceQualityValidator.MAX_ENGLISH_WORDS);
	}

	String noThreshold(String key) {
		return text("noThreshold", key);
	}

	String noUnit(String key, String threshold) {
		return text("noUnit", key, threshold);
	}

	String implausible(String key, String why) {
		return text("implausible", key, why);
	}

	String noObservation(String key) {
		return text("noObservation", key);
	}

	String noOwner(String key) {
		return text("noOwner", key);
	}

	String reviewOverdue(String key, int revision, LocalDate due) {
		return text("reviewOverdue", key, revision, due);
	}

	String stepWithoutOwner(String playbook, int step) {
		return text("stepWithoutOwner", playbook, step);
	}

	String rewriteAs(String statement) {
		return text("rewriteAs", statement);
	}

	String within(String threshold, String unit) {
		return text("within", threshold, unit);
	}

	String giveTimeLimit() {
		return text("giveTimeLimit");
	}

	String nameBehaviour() {
		return text("nameBehaviour");
	}

	String exactAmount() {
		return text("exactAmount");
	}

	String negative() {
		return text("negative");
	}

	String overHundredPercent() {
		return text("overHundredPercent");
	}

	String zeroTime() {
		return text("zeroTime");
	}

	String tooLongToWait(String threshold) {
		return text("tooLongToWait", threshold);
	}

	String vagueObservation(String key, String method) {
		return text("vagueObservation", key, method);
	}

	String observationIncomplete(String key, List<ObservationMethod.Part> missing) {
		List<String> parts = missing.stream().map(p -> switch (p) {
		case WHO -> text("observation.who");
		case HOW_OFTEN -> text("observation.howOften");
		case HOW_MANY -> text("observation.howMany");
		}).toList();
		return text("observationIncomplete", key, String.join(text("observation.or"), parts));
	}

	String statementDisagrees(String key, String said, String criterion) {
		return text("statementDisagrees", key, said, criterion);
	}

	String unknownUnit(String key, String unit) {
		return text("unknownUnit", key, unit, org.touchstone.core.Unit.symbols());
	}

	String badComplianceTarget(String key, String target) {
		return text("badComplianceTarget", key, target);
	}

	String foreignReference(String from, String reference, String target, String owner) {
		return text("foreignReference", from, reference, target, owner);
	}
}
