package org.touchstone.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;

import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Markdown shown in a read-only text widget: headings, paragraphs, lists, bold and italic, from
 * flexmark's syntax tree (the same parser the handbook uses). No HTML is produced, so nothing in
 * a case's text can run as script, and no web engine is needed.
 */
final class MarkdownText {
	private final StringBuilder text = new StringBuilder();
	private final List<StyleRange> styles = new ArrayList<>();

	private MarkdownText() {
	}

	static void render(String markdown, StyledText widget) {
		MarkdownText out = new MarkdownText();
		out.block(Parser.builder().build().parse(markdown));
		widget.setText(out.text.toString().strip());
		for (StyleRange style : out.styles) {
			if (style.start + style.length <= widget.getCharCount()) {
				widget.setStyleRange(style);
			}
		}
	}

	private void block(Node parent) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Heading heading) {
				int start = text.length();
				inline(heading, SWT.BOLD);
				StyleRange style = new StyleRange(start, text.length() - start, null, null, SWT.BOLD);
				style.rise = 0;
				styles.add(style);
				text.append("\n\n");
			} else if (node instanceof Paragraph paragraph) {
				inline(paragraph, SWT.NORMAL);
				text.append(paragraph.getParent() instanceof BulletListItem || paragraph.getParent() instanceof OrderedListItem ? "\n" : "\n\n");
			} else if (node instanceof BulletListItem) {
				text.append("\u2022 ");
				block(node);
			} else if (node instanceof OrderedListItem item) {
				text.append(item.getOpeningMarker()).append(' ');
				block(node);
			} else {
				block(node);
				if (node instanceof com.vladsch.flexmark.ast.ListBlock) {
					text.append('\n');
				}
			}
		}
	}

	private void inline(Node parent, int fontStyle) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Text t) {
				text.append(t.getChars().unescape());
			} else if (node instanceof SoftLineBreak) {
				text.append(' ');
			} else if (node instanceof StrongEmphasis || node instanceof Emphasis) {
				int start = text.length();
				int style = fontStyle | (node instanceof StrongEmphasis ? SWT.BOLD : SWT.ITALIC);
				inline(node, style);
				styles.add(new StyleRange(start, text.length() - start, null, null, style));
			} else {
				inline(node, fontStyle);
				if (!node.hasChildren()) {
					text.append(node.getChars().unescape());
				}
			}
		}
	}
}
