package org.touchstone.publish.internal;

import java.util.Set;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

/**
 * One of flexmark's block parsers, shown only the lines that can open its block. flexmark makes
 * every block parser again for each page and asks it about every line, and some make that costly
 * (compiling regular expressions when made, or for every line asked). Here the parser is made for
 * a page when the page's first such line comes, and only such lines reach it; what it does with
 * them is flexmark's. Which lines can open the block must follow from the parser's own rule; the
 * tests compare the output with flexmark's on every spec example.
 * <p>
 * Each use is a class of its own, as flexmark keeps one block parser factory per class.
 */
abstract class FilteredBlockParser implements CustomBlockParserFactory {
	private final CustomBlockParserFactory parser;

	FilteredBlockParser(CustomBlockParserFactory parser) {
		this.parser = parser;
	}

	/** Whether the line the parser is at can open the block. */
	abstract boolean canOpen(ParserState state);

	@Override
	public BlockParserFactory apply(DataHolder options) {
		BlockParserFactory[] made = new BlockParserFactory[1];
		return (state, matched) -> {
			if (!canOpen(state)) {
				return BlockStart.none();
			}
			if (made[0] == null) {
				made[0] = parser.apply(options);
			}
			return made[0].tryStart(state, matched);
		};
	}

	@Override
	public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
		return parser.getLeadInHandler(options);
	}

	@Override
	public Set<Class<?>> getAfterDependents() {
		return parser.getAfterDependents();
	}

	@Override
	public Set<Class<?>> getBeforeDependents() {
		return parser.getBeforeDependents();
	}

	@Override
	public boolean affectsGlobalScope() {
		return parser.affectsGlobalScope();
	}
}
