package org.touchstone.core;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.touchstone.model.RecoveryPrinciple;

/**
 * The one vocabulary of principles that cases and playbooks share. A playbook's principles are the
 * seven service-recovery principles of the material; a case may also name the method's other ideas
 * (moments of truth, the internal customer...). Both are written as the same lower-case, hyphenated
 * names, so a search filtered by {@code act-fast} finds cases and playbooks alike; a name written
 * the old way ("act fast", "treat customers fairly") is read as the name it means.
 */
public final class Principles {
	private record Entry(String zh, String en, String[] alsoWritten) {
	}

	private static final Map<String, Entry> VOCABULARY = new LinkedHashMap<>();

	static {
		add("right-first-time", "第一次就做对", "Do it right the first time", "do it right the first time");
		add("welcome-complaints", "欢迎并鼓励抱怨", "Welcome and encourage complaints", "welcome and encourage complaints");
		add("act-fast", "快速行动", "Act fast", "act quickly");
		add("treat-fairly", "公平对待顾客", "Treat customers fairly", "treat customers fairly");
		add("learn-from-recovery", "从补救中学习", "Learn from recovery", "learn from recovery experiences");
		add("learn-from-lost-customers", "从流失的顾客身上学习", "Learn from lost customers");
		add("make-it-right-again", "重新把事情做好", "Make it right again");
		add("service-profit-chain", "服务利润链", "Service-profit chain");
		add("internal-customer", "内部顾客", "Internal customer", "internal customers");
		add("exceed-expectations", "超越期望", "Exceed expectations");
		add("moments-of-truth", "关键时刻", "Moments of truth", "moment of truth", "mot");
		add("empowerment", "授权", "Empowerment", "staff empowerment");
		add("know-your-customer", "了解你的顾客", "Know your customer");
		add("anticipation", "预见顾客需要", "Anticipation", "anticipate needs");
		add("learn-from-others", "向他人学习", "Learn from others", "benchmarking");
		add("service-flywheel", "服务飞轮", "Service flywheel");
		add("follow-up", "跟进", "Follow up", "follow-up call");
	}

	private static final Map<String, String> ALIASES = new LinkedHashMap<>();

	static {
		for (Map.Entry<String, Entry> e : VOCABULARY.entrySet()) {
			ALIASES.put(e.getKey(), e.getKey());
			ALIASES.put(slug(e.getValue().en()), e.getKey());
			ALIASES.put(e.getValue().zh(), e.getKey());
			for (String also : e.getValue().alsoWritten()) {
				ALIASES.put(slug(also), e.getKey());
			}
		}
		for (RecoveryPrinciple p : RecoveryPrinciple.VALUES) {
			if (!VOCABULARY.containsKey(p.getLiteral())) {
				throw new IllegalStateException("recovery principle without a name: " + p.getLiteral());
			}
		}
	}

	private Principles() {
	}

	private static void add(String name, String zh, String en, String... alsoWritten) {
		VOCABULARY.put(name, new Entry(zh, en, alsoWritten));
	}

	private static String slug(String text) {
		return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
	}

	/** The vocabulary's name for a principle however it was written, or the text itself, hyphenated, when it is not in the vocabulary. */
	public static String normalise(String written) {
		if (written == null) {
			return null;
		}
		String slug = slug(written);
		return ALIASES.getOrDefault(slug, ALIASES.getOrDefault(written.strip(), slug));
	}

	public static boolean isKnown(String name) {
		return VOCABULARY.containsKey(name);
	}

	/** The name shown to readers, in Chinese or English; an unknown principle is shown as written. */
	public static String label(String name, boolean zh) {
		Entry e = VOCABULARY.get(name);
		return e == null ? name : zh ? e.zh() : e.en();
	}
}
