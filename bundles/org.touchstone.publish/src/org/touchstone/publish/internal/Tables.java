package org.touchstone.publish.internal;

import java.util.Set;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;

/**
 * flexmark's GFM tables, with one change: flexmark makes the table pre-processor again for every
 * page, and making it compiles the regular expression for separator rows, about a third of
 * flexmark's fixed cost per page. The pre-processor keeps nothing of a page (its fields are its
 * options and that expression), so here a parser makes it once, for its first page, and uses it
 * for every page after; parsing and rendering tables is flexmark's.
 */
final class Tables extends TablesExtension {
	public static Tables create() {
		return new Tables();
	}

	@Override
	public void extend(Parser.Builder builder) {
		builder.paragraphPreProcessorFactory(new OncePerParser(TableParagraphPreProcessor.Factory()));
	}

	private static final class OncePerParser implements ParagraphPreProcessorFactory {
		private final ParagraphPreProcessorFactory tables;
		private volatile ParagraphPreProcessor made;

		OncePerParser(ParagraphPreProcessorFactory tables) {
			this.tables = tables;
		}

		@Override
		public ParagraphPreProcessor apply(ParserState state) {
			ParagraphPreProcessor processor = made;
			if (processor == null) {
				// Two threads may both make one; either serves, as they are equal.
				processor = made = tables.apply(state);
			}
			return processor;
		}

		@Override
		public Set<Class<?>> getAfterDependents() {
			return tables.getAfterDependents();
		}

		@Override
		public Set<Class<?>> getBeforeDependents() {
			return tables.getBeforeDependents();
		}

		@Override
		public boolean affectsGlobalScope() {
			return tables.affectsGlobalScope();
		}
	}
}
