package org.touchstone.publish.internal;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's autolink extension (bare {@code https://...}, {@code www....} and e-mail addresses
 * become links), with two changes: flexmark unescapes every text node and scans it with a link
 * extractor and a regular expression, which took about a third of the parse time of a handbook
 * page (measured with C1, as the command line runs), so here a text node reaches that scan only
 * when it holds a character or word an address needs ({@code :}, {@code @}, {@code www}, or
 * {@code &} for an entity); and the scan runs over the whole page at once
 * ({@link PagePostProcessor}). What the scan finds and makes is flexmark's.
 */
final class Autolinks implements Parser.ParserExtension {
	static Autolinks create() {
		return new Autolinks();
	}

	@Override
	public void parserOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(Parser.Builder builder) {
		builder.postProcessorFactory(new CandidatesFirst());
	}

	/** Whether text may hold an address the link extractor would find. */
	static boolean candidate(BasedSequence text) {
		int ws = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ':' || c == '@' || c == '&') {
				return true;
			}
			if (c == 'w' || c == 'W') {
				if (++ws == 3) {
					return true;
				}
			} else if (c != '\\') {
				ws = 0;
			}
		}
		return false;
	}

	private static final class CandidatesFirst extends PagePostProcessor {
		private final AutolinkNodePostProcessor.Factory autolinks = new AutolinkNodePostProcessor.Factory();

		CandidatesFirst() {
			super(Text.class);
		}

		@Override
		boolean wanted(Node node) {
			return candidate(node.getChars());
		}

		@Override
		NodePostProcessor processor(Document document) {
			return autolinks.apply(document);
		}
	}
}
