package org.touchstone.core;

import java.util.List;
import java.util.function.Predicate;

import org.touchstone.model.ServiceGuarantee;

/** The five tests of a good service guarantee from the training material, in the order it gives them. */
public final class GuaranteeTests {
	/** One test: its key (its names are {@code guaranteeTest.KEY} in core's labels) and whether a guarantee passes it. */
	public record Test(String key, Predicate<ServiceGuarantee> passes) {
		public String name(boolean chinese) {
			return Labels.guaranteeTest(key, chinese);
		}
	}

	public static final List<Test> ALL = List.of(new Test("unconditional", ServiceGuarantee::isUnconditional),
			new Test("meaningful", ServiceGuarantee::isMeaningful), new Test("easy-to-understand", ServiceGuarantee::isEasyToUnderstand),
			new Test("easy-to-invoke", ServiceGuarantee::isEasyToInvoke), new Test("credible", ServiceGuarantee::isCredible));

	private GuaranteeTests() {
	}
}
