package org.touchstone.ui.internal;

import java.util.function.BiPredicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

/**
 * Drag an element onto another of the same list to move it there: handbook chapters and playbook
 * steps, in the navigator and in the editors' tables. The move itself is the caller's (an undoable
 * command); this only says which element went where.
 */
final class DragToReorder {
	private DragToReorder() {
	}

	/**
	 * @param movable which elements may be dragged
	 * @param move    moves the first element to the place of the second; says whether it did
	 */
	static void install(StructuredViewer viewer, java.util.function.Predicate<Object> movable, BiPredicate<EObject, EObject> move) {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				event.doit = movable.test(viewer.getStructuredSelection().getFirstElement());
				LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
			}
		});
		viewer.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(viewer) {
			@Override
			public boolean validateDrop(Object target, int operation, TransferData type) {
				Object dragged = dragged();
				return dragged instanceof EObject d && target instanceof EObject t && d != t && d.eContainer() == t.eContainer()
						&& d.eContainmentFeature() == t.eContainmentFeature();
			}

			@Override
			public boolean performDrop(Object data) {
				return dragged() instanceof EObject d && getCurrentTarget() instanceof EObject t && move.test(d, t);
			}

			private Object dragged() {
				return ((IStructuredSelection) LocalSelectionTransfer.getTransfer().getSelection()).getFirstElement();
			}
		});
	}
}
