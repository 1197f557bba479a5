package org.touchstone.core;

import java.util.List;
import java.util.function.Predicate;

import org.touchstone.model.ServiceGuarantee;

/** The five tests of a good service guarantee from the training material, in the order it gives them. */
public final class GuaranteeTests {
	/** One test: its names and whether a guarantee passes it. */
	public record Test(String zh, String en, Predicate<ServiceGuarantee> passes) {
		public String name(boolean chinese) {
			return chinese ? zh : en;
		}
	}

	public static final List<Test> ALL = List.of(new Test("无条件", "unconditional", ServiceGuarantee::isUnconditional),
			new Test("有意义", "meaningful", ServiceGuarantee::isMeaningful),
			new Test("容易理解与沟通", "easy to understand", ServiceGuarantee::isEasyToUnderstand),
			new Test("易于使用和赔付", "easy to invoke and pay out", ServiceGuarantee::isEasyToInvoke),
			new Test("可以信赖", "credible", ServiceGuarantee::isCredible));

	private GuaranteeTests() {
	}
}
