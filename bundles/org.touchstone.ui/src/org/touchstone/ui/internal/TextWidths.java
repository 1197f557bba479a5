package org.touchstone.ui.internal;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;

/** How wide texts are drawn in a control's font: for columns that must show a whole key, label, count or date. */
final class TextWidths {
	private TextWidths() {
	}

	/** The width in pixels of the widest of the texts, as the control draws them. */
	static int widest(Control control, String... texts) {
		GC gc = new GC(control);
		try {
			int widest = 0;
			for (String text : texts) {
				widest = Math.max(widest, gc.textExtent(text).x);
			}
			return widest;
		} finally {
			gc.dispose();
		}
	}
}
