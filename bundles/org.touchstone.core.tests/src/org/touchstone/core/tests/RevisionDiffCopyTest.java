package org.touchstone.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Context;
import org.touchstone.core.RevisionDiff;
import org.touchstone.core.Workspace;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;

/**
 * A merge applies a user's choice of the other side's value one field at a time: copying a field
 * named by {@code RevisionDiff.between} makes exactly that field equal and leaves every other
 * difference as it was. Tried over every pair of standards of every sample tenant.
 */
class RevisionDiffCopyTest {
	@TempDir
	Path dir;

	@Test
	void copyingOneFieldNamedByTheDiffSettlesThatFieldAndNoOther() {
		Workspace workspace = Workspace.openOrCreate(dir.resolve("ws"), "me");
		Set<String> covered = new TreeSet<>();
		for (SampleStandards.Pair pair : SampleStandards.pairs(workspace, "me")) {
			ServiceStandard a = pair.a();
			ServiceStandard b = pair.b();
			StandardRevision mine = newest(a);
			StandardRevision theirs = newest(b);
			List<RevisionDiff.Change> before = RevisionDiff.between(mine, theirs);
			for (RevisionDiff.Change change : before) {
				StandardRevision merged = EcoreUtil.copy(mine);
				assertTrue(RevisionDiff.copy(change.field(), theirs, merged), change.field());
				List<String> left = RevisionDiff.between(merged, theirs).stream().map(RevisionDiff.Change::field).toList();
				String settles = wholeCriterion(change.field(), mine, theirs);
				if (settles != null) {
					// A criterion only one side has is taken whole (with those before it that this side
					// lacks, so it keeps its place), or dropped.
					int n = settles.isEmpty() ? 1 : Integer.parseInt(settles.replaceAll("\\D", ""));
					int expected = theirs.getCriteria().size() > mine.getCriteria().size() ? Math.max(mine.getCriteria().size(), n) : mine.getCriteria().size() - 1;
					assertEquals(expected, merged.getCriteria().size(), a.getKey() + " <- " + b.getKey() + ": " + change.field());
				} else {
					assertFalse(left.contains(change.field()), a.getKey() + " <- " + b.getKey() + ": " + change.field() + " still differs: " + left);
					assertEquals(before.stream().map(RevisionDiff.Change::field).filter(f -> !f.equals(change.field())).toList(), left,
							a.getKey() + " <- " + b.getKey() + ": copying " + change.field() + " changed another field");
				}
				covered.add(change.field());
			}
		}
		assertTrue(covered.size() >= 12, "the sample's standards differ in many fields: " + covered);
		StandardRevision any = newest(workspace.read(new Context("harbor-hotel", "me")).getStandards().get(0));
		assertFalse(RevisionDiff.copy("no such field", any, EcoreUtil.copy(any)), "a name the diff does not give changes nothing");

		StandardRevision written = EcoreUtil.copy(any);
		assertTrue(RevisionDiff.write("title (English)", written, "Written anew"));
		assertEquals(List.of(new RevisionDiff.Change("title (English)", any.getTitleEn(), "Written anew")), RevisionDiff.between(any, written),
				"a text written for a field changes that field alone");
		assertFalse(RevisionDiff.write("threshold", written, "5"), "a threshold is not a text to write");
		assertFalse(RevisionDiff.write("segments", written, "VIP"), "nor is a list");
	}

	private static final Set<String> CRITERION = Set.of("metric", "metric (English)", "comparison", "threshold", "compliance target");

	/**
	 * The prefix of the fields of a criterion only one of the two revisions has ("criterion 2 ", or
	 * "" when each has at most one), when the field is one of them; else null.
	 */
	private static String wholeCriterion(String field, StandardRevision a, StandardRevision b) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(criterion (\\d+) )(.*)").matcher(field);
		String prefix = m.matches() ? m.group(1) : "";
		String name = m.matches() ? m.group(3) : field;
		int n = m.matches() ? Integer.parseInt(m.group(2)) : 1;
		if (!CRITERION.contains(name)) {
			return null;
		}
		return (n <= a.getCriteria().size()) != (n <= b.getCriteria().size()) ? prefix : null;
	}

	private static StandardRevision newest(ServiceStandard s) {
		return s.getRevisions().get(s.getRevisions().size() - 1);
	}
}
