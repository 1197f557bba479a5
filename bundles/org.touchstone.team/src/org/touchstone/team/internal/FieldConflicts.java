package org.touchstone.team.internal;

import org.touchstone.team.Conflict;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.touchstone.core.RevisionDiff;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;

/**
 * Explains a merge that Git could not finish in the users' own words: for a standard, each field
 * both sides changed to different values since they parted, with both values and who made the other
 * change and when, compared as {@code standard diff} compares revisions. A file that is not a
 * standard is named whole.
 */
public final class FieldConflicts {

	private FieldConflicts() {
	}

	public static List<Conflict> explain(Repository repository, Tenant tenant, ObjectId mine, ObjectId theirs, Collection<String> paths) throws IOException {
		ObjectId base = mergeBase(repository, mine, theirs);
		List<Conflict> conflicts = new ArrayList<>();
		for (String path : new java.util.TreeSet<>(paths)) {
			String[] parts = path.split("/");
			String key = parts[parts.length - 1].replaceAll("\\.xmi$", "");
			RevCommit last = lastChange(repository, theirs, path);
			String who = last == null ? "?" : last.getAuthorIdent().getName();
			Instant when = last == null ? null : last.getAuthorIdent().getWhenAsInstant();
			if (parts.length == 2 && parts[0].equals("standards") && base != null) {
				ServiceStandard was = (ServiceStandard) ChangeMessage.Elements.at(repository, base, path, tenant);
				ServiceStandard ours = (ServiceStandard) ChangeMessage.Elements.at(repository, mine, path, tenant);
				ServiceStandard other = (ServiceStandard) ChangeMessage.Elements.at(repository, theirs, path, tenant);
				if (was != null && ours != null && other != null) {
					List<Conflict> fields = fields(key, was, ours, other, who, when, path);
					if (!fields.isEmpty()) {
						conflicts.addAll(fields);
						continue;
					}
				}
			}
			conflicts.add(new Conflict(key, null, null, null, who, when, path));
		}
		return conflicts;
	}

	/**
	 * Document control across machines, for a merge Git finished by itself: a revision that one side
	 * took out of draft (submitted, approved, made effective, retired) since the two parted must not
	 * have been edited on the other side meanwhile, or the merge would hold an approved revision with
	 * changes nobody reviewed (and perhaps approved by someone who made them). Each such revision is
	 * told as a conflict of its field {@code status}.
	 */
	public static List<Conflict> lifecycle(Repository repository, Tenant tenant, ObjectId mine, ObjectId theirs, Collection<String> standardsChangedOnBothSides)
			throws IOException {
		ObjectId base = mergeBase(repository, mine, theirs);
		List<Conflict> conflicts = new ArrayList<>();
		if (base == null) {
			return conflicts;
		}
		for (String path : new java.util.TreeSet<>(standardsChangedOnBothSides)) {
			ServiceStandard was = (ServiceStandard) ChangeMessage.Elements.at(repository, base, path, tenant);
			ServiceStandard ours = (ServiceStandard) ChangeMessage.Elements.at(repository, mine, path, tenant);
			ServiceStandard other = (ServiceStandard) ChangeMessage.Elements.at(repository, theirs, path, tenant);
			if (was == null || ours == null || other == null) {
				continue;
			}
			RevCommit last = lastChange(repository, theirs, path);
			String who = last == null ? "?" : last.getAuthorIdent().getName();
			Instant when = last == null ? null : last.getAuthorIdent().getWhenAsInstant();
			for (StandardRevision before : was.getRevisions()) {
				StandardRevision here = revision(ours, before.getNumber());
				StandardRevision there = revision(other, before.getNumber());
				if (here == null || there == null) {
					continue;
				}
				boolean editedHere = !RevisionDiff.between(before, here).isEmpty();
				boolean editedThere = !RevisionDiff.between(before, there).isEmpty();
				boolean steppedHere = here.getTransitions().size() > before.getTransitions().size();
				boolean steppedThere = there.getTransitions().size() > before.getTransitions().size();
				if ((steppedThere && editedHere) || (steppedHere && editedThere)) {
					conflicts.add(new Conflict(ours.getKey() + " r" + before.getNumber(), "status",
							here.getStatus().getLiteral() + (editedHere ? " (edited)" : ""),
							there.getStatus().getLiteral() + (editedThere ? " (edited)" : ""), who, when, path));
				}
			}
		}
		return conflicts;
	}

	private static StandardRevision revision(ServiceStandard s, int number) {
		return s.getRevisions().stream().filter(r -> r.getNumber() == number).findFirst().orElse(null);
	}

	private static List<Conflict> fields(String key, ServiceStandard was, ServiceStandard ours, ServiceStandard other, String who, Instant when, String path) {
		StandardRevision mineNewest = newest(ours);
		StandardRevision theirNewest = newest(other);
		StandardRevision base = was.getRevisions().stream().filter(r -> r.getNumber() == mineNewest.getNumber()).findFirst().orElse(newest(was));
		Map<String, RevisionDiff.Change> mineChanged = byField(RevisionDiff.between(base, mineNewest));
		Map<String, RevisionDiff.Change> theirChanged = byField(RevisionDiff.between(base, theirNewest));
		List<Conflict> conflicts = new ArrayList<>();
		for (Map.Entry<String, RevisionDiff.Change> e : mineChanged.entrySet()) {
			RevisionDiff.Change there = theirChanged.get(e.getKey());
			if (there != null && !Objects.equals(e.getValue().after(), there.after())) {
				conflicts.add(new Conflict(key + " r" + mineNewest.getNumber(), e.getKey(), e.getValue().after(), there.after(), who, when, path));
			}
		}
		return conflicts;
	}

	private static Map<String, RevisionDiff.Change> byField(List<RevisionDiff.Change> changes) {
		Map<String, RevisionDiff.Change> byField = new LinkedHashMap<>();
		changes.forEach(c -> byField.put(c.field(), c));
		return byField;
	}

	private static StandardRevision newest(ServiceStandard s) {
		return s.getRevisions().get(s.getRevisions().size() - 1);
	}

	/** Where two histories parted (null when they share nothing). */
	public static ObjectId mergeBase(Repository repository, ObjectId a, ObjectId b) throws IOException {
		try (RevWalk walk = new RevWalk(repository)) {
			walk.setRevFilter(RevFilter.MERGE_BASE);
			walk.markStart(walk.parseCommit(a));
			walk.markStart(walk.parseCommit(b));
			RevCommit base = walk.next();
			return base == null ? null : base.getId();
		}
	}

	private static RevCommit lastChange(Repository repository, ObjectId from, String path) {
		try (Git git = new Git(repository)) {
			for (RevCommit c : git.log().add(from).addPath(path).setMaxCount(1).call()) {
				return c;
			}
		} catch (GitAPIException | IOException e) {
			// who made the other change is then not known
		}
		return null;
	}
}
