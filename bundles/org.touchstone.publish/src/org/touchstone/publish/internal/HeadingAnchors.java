package org.touchstone.publish.internal;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.anchorlink.internal.AnchorLinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * flexmark's heading anchors (each heading's text a link to itself), with its post-processor run
 * over the whole page at once ({@link PagePostProcessor}); the anchors and their rendering are
 * flexmark's.
 */
final class HeadingAnchors extends ParsedOurWay {
	private HeadingAnchors() {
		super(AnchorLinkExtension.create());
	}

	static HeadingAnchors create() {
		return new HeadingAnchors();
	}

	@Override
	public void extend(Parser.Builder builder) {
		builder.postProcessorFactory(new Headings(AnchorLinkExtension.ANCHORLINKS_NO_BLOCK_QUOTE.get(builder)));
	}

	private static final class Headings extends PagePostProcessor {
		private final boolean notInQuotes;

		Headings(boolean notInQuotes) {
			super(Heading.class);
			this.notInQuotes = notInQuotes;
		}

		@Override
		boolean wanted(Node node) {
			return !notInQuotes || node.getAncestorOfType(BlockQuote.class) == null;
		}

		@Override
		NodePostProcessor processor(Document document) {
			return new AnchorLinkNodePostProcessor(document);
		}
	}
}
