package org.touchstone.publish.internal;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;

/**
 * One of flexmark's node post-processors, run over a whole page at once. Before flexmark runs node
 * post-processors it sorts every node of the page by class and ancestry, for each page; with two
 * of them (bare addresses and heading anchors) that sorting cost more than their work. Run as a
 * document post-processor, this finds its nodes with one walk: the nodes of its class, in
 * document order as flexmark visits them, skipping one an earlier step removed. No other
 * post-processor may need to hear of the nodes it adds, as none is told (flexmark tells only node
 * post-processors of the same stage; the handbook has no other).
 * <p>
 * Each use is a class of its own, as flexmark keeps one post-processor factory per class.
 */
abstract class PagePostProcessor extends DocumentPostProcessorFactory {
	private static final NodeTracker NOBODY = new NodeTracker() {
		@Override
		public void nodeAdded(Node node) {
		}

		@Override
		public void nodeAddedWithChildren(Node node) {
		}

		@Override
		public void nodeAddedWithDescendants(Node node) {
		}

		@Override
		public void nodeRemoved(Node node) {
		}

		@Override
		public void nodeRemovedWithChildren(Node node) {
		}

		@Override
		public void nodeRemovedWithDescendants(Node node) {
		}
	};

	private final Class<? extends Node> type;

	PagePostProcessor(Class<? extends Node> type) {
		this.type = type;
	}

	/** flexmark's post-processor for this page. */
	abstract NodePostProcessor processor(Document document);

	/** Whether a node of the class is processed; all are, unless a subclass says otherwise. */
	boolean wanted(Node node) {
		return true;
	}

	@Override
	public DocumentPostProcessor apply(Document page) {
		return new DocumentPostProcessor() {
			@Override
			public Document processDocument(Document document) {
				List<Node> nodes = new ArrayList<>();
				for (Node node : document.getDescendants()) {
					if (node.getClass() == type && wanted(node)) {
						nodes.add(node);
					}
				}
				if (!nodes.isEmpty()) {
					NodePostProcessor processor = processor(document);
					for (Node node : nodes) {
						if (node.getParent() != null) {
							processor.process(NOBODY, node);
						}
					}
				}
				return document;
			}
		};
	}
}
