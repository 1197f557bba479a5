package org.touchstone.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.touchstone.search.internal.Folding;
import org.touchstone.search.internal.FoldingTableMaker;

/** Traditional characters are folded to simplified ones from a shipped table that must stay ICU's mapping. */
class FoldingTest {
	@Test
	void theShippedTableIsIcusTraditionalToSimplifiedMapping() {
		assertEquals(FoldingTableMaker.fromIcu(), Folding.shipped(),
				"folding/traditional-simplified.txt differs from ICU; remake it with org.touchstone.search.internal.FoldingTableMaker#main");
	}

	@Test
	void traditionalTextIsFoldedAndOtherTextIsLeftAsItIs() {
		assertEquals("海底捞的服务员记住了顾客", Folding.simplified("海底撈的服務員記住了顧客"));
		assertEquals("台湾 Service 2026，优质", Folding.simplified("臺灣 Service 2026，優質"));
		String simplified = "客服在三十秒内问候 guests";
		assertSame(simplified, Folding.simplified(simplified), "text without traditional characters is not copied");
		assertEquals("", Folding.simplified(null));
	}
}
