package org.touchstone.team.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.ContentMergeStrategy;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.touchstone.core.RevisionDiff;
import org.touchstone.core.internal.TenantFiles;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;
import org.touchstone.team.Conflict;
import org.touchstone.team.TenantGit;
import org.touchstone.team.TenantGit.Keep;

/**
 * A merge whose conflicts the user settled one by one. Git merges the two sides twice in memory,
 * once keeping this side's lines where both changed the same, once the other side's; every file
 * without a conflict is the same in both. A file whose conflicts all go one way is taken from that
 * merge; a standard with some fields kept from each side is this side's merge with the chosen
 * fields set to the other side's values ({@link RevisionDiff#copy}) or to a text the user wrote
 * ({@link RevisionDiff#write}), written as a save writes it.
 */
public final class SettledMerge {
	private SettledMerge() {
	}

	/** The merged tree; every conflict must have a side ({@link Keep#MINE} or {@link Keep#THEIRS}). */
	public static ObjectId tree(Repository repository, Tenant tenant, ObjectId mine, ObjectId theirs, List<Conflict> conflicts, TenantGit.Choices choices)
			throws IOException {
		Function<Conflict, Keep> choice = choices::of;
		ObjectId keepingMine = merged(repository, mine, theirs, ContentMergeStrategy.OURS);
		ObjectId keepingTheirs = merged(repository, mine, theirs, ContentMergeStrategy.THEIRS);
		Map<String, List<Conflict>> byFile = new LinkedHashMap<>();
		for (Conflict c : conflicts) {
			byFile.computeIfAbsent(c.file(), f -> new java.util.ArrayList<>()).add(c);
		}
		Path tenantFile = Path.of(tenant.eResource().getURI().toFileString());
		DirCache index = DirCache.newInCore();
		try (ObjectReader reader = repository.newObjectReader(); ObjectInserter inserter = repository.newObjectInserter(); RevWalk walk = new RevWalk(repository)) {
			DirCacheBuilder builder = index.builder();
			builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, keepingMine);
			builder.finish();
			DirCacheEditor editor = index.editor();
			for (Map.Entry<String, List<Conflict>> file : byFile.entrySet()) {
				List<Conflict> here = file.getValue();
				if (here.stream().allMatch(c -> choice.apply(c) == Keep.MINE && choices.writtenFor(c) == null)) {
					continue;
				}
				ObjectId blob;
				if (here.stream().allMatch(c -> choice.apply(c) == Keep.THEIRS && choices.writtenFor(c) == null)) {
					blob = blobOf(repository, keepingTheirs, file.getKey());
				} else {
					ServiceStandard merged = (ServiceStandard) ChangeMessage.Elements.inTree(repository, keepingMine, file.getKey(), tenant);
					ServiceStandard other = (ServiceStandard) ChangeMessage.Elements.at(repository, theirs, file.getKey(), tenant);
					if (merged == null || other == null) {
						throw new IOException(file.getKey() + " cannot be read on both sides to settle it field by field");
					}
					for (Conflict c : here) {
						String written = choices.writtenFor(c);
						if (written != null && (c.field() == null || !RevisionDiff.write(c.field(), newest(merged), written))) {
							throw new IOException(c.id() + " is not a text: choose mine or theirs for it");
						}
						if (written == null && choice.apply(c) == Keep.THEIRS && !RevisionDiff.copy(c.field(), newest(other), newest(merged))) {
							throw new IOException(c.id() + " cannot be settled field by field");
						}
					}
					blob = inserter.insert(Constants.OBJ_BLOB, TenantFiles.elementBytes(merged, tenantFile, file.getKey()));
				}
				if (blob == null) {
					editor.add(new DirCacheEditor.DeletePath(file.getKey()));
				} else {
					ObjectId content = blob;
					editor.add(new DirCacheEditor.PathEdit(file.getKey()) {
						@Override
						public void apply(DirCacheEntry entry) {
							entry.setFileMode(FileMode.REGULAR_FILE);
							entry.setObjectId(content);
						}
					});
				}
			}
			editor.finish();
			ObjectId tree = index.writeTree(inserter);
			inserter.flush();
			return tree;
		}
	}

	private static ObjectId merged(Repository repository, ObjectId mine, ObjectId theirs, ContentMergeStrategy keeping) throws IOException {
		ResolveMerger merger = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(repository, true);
		merger.setContentMergeStrategy(keeping);
		if (!merger.merge(mine, theirs)) {
			throw new IOException("Git cannot merge " + (merger.getFailingPaths() == null ? merger.getUnmergedPaths() : merger.getFailingPaths().keySet())
					+ " even keeping one side's lines");
		}
		return merger.getResultTreeId();
	}

	/** A file's content in a tree, or null when the tree does not hold it. */
	private static ObjectId blobOf(Repository repository, ObjectId tree, String path) throws IOException {
		try (TreeWalk walk = TreeWalk.forPath(repository, path, tree)) {
			return walk == null ? null : walk.getObjectId(0);
		}
	}

	private static StandardRevision newest(ServiceStandard s) {
		return s.getRevisions().get(s.getRevisions().size() - 1);
	}
}
