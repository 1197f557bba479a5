package org.touchstone.team.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.touchstone.core.RevisionDiff;
import org.touchstone.core.internal.TenantFiles;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;
import org.touchstone.model.Transition;

/**
 * A commit's message in the words of document control, read off the files a save changed: one line
 * per element ({@code G-001 r3: threshold: 30 s -> 20 s; submitted for review}), the first line a
 * summary. History is kept in English, as Git's own words are, whatever the tenant's language.
 */
public final class ChangeMessage {
	private ChangeMessage() {
	}

	/** The message of a merge of what the server holds. */
	public static String merge(String remote) {
		return "Merge what " + remote + " holds";
	}

	/** What a merge says of the conflicts its user settled: one line each, with the value kept; empty when none. */
	public static String settled(java.util.List<org.touchstone.team.Conflict> conflicts, org.touchstone.team.TenantGit.Choices choices) {
		StringBuilder text = new StringBuilder();
		for (org.touchstone.team.Conflict c : conflicts) {
			boolean theirs = choices.of(c) == org.touchstone.team.TenantGit.Keep.THEIRS;
			String written = choices.writtenFor(c);
			text.append(text.length() == 0 ? "\n\nChanged on both sides, settled:" : "").append("\n- ").append(c.id())
					.append(written != null ? ": written anew" : theirs ? ": kept theirs" : ": kept mine");
			String value = written != null ? written : theirs ? c.theirs() : c.mine();
			if (c.field() != null) {
				text.append(" (").append(value == null || value.isEmpty() ? "(none)" : value).append(')');
			}
		}
		return text.toString();
	}

	/** What a merge says of standards it took whole from one side, document control having forbidden a field-by-field merge. */
	public static String keptWhole(java.util.Collection<String> keys) {
		return "taken whole from one side (a revision left draft on one side and was edited on the other): " + String.join(", ", keys);
	}

	public static String of(Repository repository, org.eclipse.jgit.api.Status status, Tenant tenant) {
		TreeSet<String> paths = new TreeSet<>();
		paths.addAll(status.getModified());
		paths.addAll(status.getChanged());
		paths.addAll(status.getAdded());
		paths.addAll(status.getUntracked());
		paths.addAll(status.getMissing());
		paths.addAll(status.getRemoved());
		List<String> lines = new ArrayList<>();
		boolean results = false;
		for (String path : paths) {
			boolean gone = status.getMissing().contains(path) || status.getRemoved().contains(path);
			boolean added = status.getUntracked().contains(path) || status.getAdded().contains(path);
			if (path.startsWith("results/")) {
				results = true;
			} else if (path.equals(".gitignore")) {
				continue;
			} else {
				lines.add(describe(repository, path, tenant, added, gone));
			}
		}
		if (results) {
			lines.add("audit results recorded");
		}
		if (lines.isEmpty()) {
			return "files changed";
		}
		if (lines.size() == 1) {
			return lines.get(0);
		}
		return lines.size() + " changes\n\n" + String.join("\n", lines);
	}

	private static String describe(Repository repository, String path, Tenant tenant, boolean added, boolean gone) {
		if (path.equals(TenantFiles.FILE_NAME)) {
			return "the tenant's name, branding, users or roles changed";
		}
		String[] parts = path.split("/");
		if (parts.length == 3 && parts[0].equals("handbooks") && parts[2].endsWith(".xmi")) {
			String uuid = parts[2].substring(0, parts[2].length() - ".xmi".length());
			String title = tenant.getHandbooks().stream().flatMap(h -> h.getChapters().stream()).filter(c -> uuid.equals(c.getUuid()))
					.map(c -> c.getTitle() != null ? c.getTitle() : c.getTitleEn()).filter(java.util.Objects::nonNull).findFirst().orElse(uuid);
			return parts[1] + ": chapter " + title + (added ? " added" : gone ? " removed" : " changed");
		}
		if (parts.length != 2 || !parts[1].endsWith(".xmi")) {
			return path + (added ? " added" : gone ? " removed" : " changed");
		}
		String key = parts[1].substring(0, parts[1].length() - ".xmi".length());
		String kind = Elements.kind(parts[0]);
		if (gone) {
			return key + ": " + kind + " removed";
		}
		if (parts[0].equals("standards")) {
			ServiceStandard now = tenant.getStandards().stream().filter(s -> key.equals(s.getKey())).findFirst().orElse(null);
			if (now != null && !now.getRevisions().isEmpty()) {
				ServiceStandard before = added ? null : (ServiceStandard) Elements.atHead(repository, path, tenant);
				return standard(before, now);
			}
		}
		return key + ": " + (added ? "new " + kind : kind + " changed");
	}

	/** {@code G-001 r3: what changed in the newest revision; lifecycle steps taken}. */
	static String standard(ServiceStandard before, ServiceStandard now) {
		StandardRevision newest = now.getRevisions().get(now.getRevisions().size() - 1);
		List<String> said = new ArrayList<>();
		StandardRevision same = before == null ? null
				: before.getRevisions().stream().filter(r -> r.getNumber() == newest.getNumber()).findFirst().orElse(null);
		if (before == null) {
			said.add("new standard");
		} else if (same == null) {
			said.add("new revision");
			StandardRevision previous = before.getRevisions().get(before.getRevisions().size() - 1);
			RevisionDiff.between(previous, newest).forEach(c -> said.add(c.toString()));
		} else {
			RevisionDiff.between(same, newest).forEach(c -> said.add(c.toString()));
		}
		int seen = same == null ? 0 : same.getTransitions().size();
		for (int i = seen; i < newest.getTransitions().size(); i++) {
			said.add(step(newest.getTransitions().get(i)));
		}
		if (before != null) {
			for (StandardRevision r : now.getRevisions()) {
				if (r == newest) {
					continue;
				}
				before.getRevisions().stream().filter(b -> b.getNumber() == r.getNumber() && b.getStatus() != r.getStatus())
						.forEach(b -> said.add("r" + r.getNumber() + " " + r.getStatus().getLiteral()));
			}
		}
		return now.getKey() + " r" + newest.getNumber() + ": " + (said.isEmpty() ? "changed" : String.join("; ", said));
	}

	private static String step(Transition t) {
		String by = t.getUser() == null ? "" : " by " + t.getUser();
		return switch (t.getTo()) {
		case IN_REVIEW -> "submitted for review" + by;
		case DRAFT -> "returned to its author" + by;
		case APPROVED -> "approved" + by;
		case EFFECTIVE -> "made effective" + by;
		case RETIRED -> "retired" + by;
		};
	}

	/** Reading element files as they were at a commit, with their links resolved against the tenant in memory. */
	public static final class Elements {
		private Elements() {
		}

		static String kind(String folder) {
			return switch (folder) {
			case "standards" -> "standard";
			case "segments" -> "segment";
			case "touchpoints" -> "touchpoint";
			case "playbooks" -> "playbook";
			case "cases" -> "case";
			case "handbooks" -> "handbook";
			case "sites" -> "site";
			case "complaints" -> "complaint";
			default -> folder;
			};
		}

		static EObject atHead(Repository repository, String path, Tenant tenant) {
			try {
				ObjectId head = repository.resolve("HEAD");
				return head == null ? null : at(repository, head, path, tenant);
			} catch (IOException e) {
				return null;
			}
		}

		/** The element a file held at a commit; null when it did not exist there or cannot be read. */
		static EObject at(Repository repository, ObjectId commit, String path, Tenant tenant) {
			try (RevWalk walk = new RevWalk(repository)) {
				return inTree(repository, walk.parseCommit(commit).getTree(), path, tenant);
			} catch (IOException e) {
				return null;
			}
		}

		/** The element a file holds in a tree (a merge not yet committed); null when it is not there or cannot be read. */
		public static EObject inTree(Repository repository, ObjectId treeId, String path, Tenant tenant) {
			try {
				try (TreeWalk tree = TreeWalk.forPath(repository, path, treeId)) {
					if (tree == null) {
						return null;
					}
					byte[] bytes = repository.open(tree.getObjectId(0)).getBytes();
					ResourceSetImpl set = (ResourceSetImpl) TenantFiles.newResourceSet();
					Map<URI, Resource> known = new HashMap<>();
					for (Resource r : tenant.eResource().getResourceSet().getResources()) {
						known.put(r.getURI(), r);
					}
					set.setURIResourceMap(known);
					java.nio.file.Path file = java.nio.file.Path.of(tenant.eResource().getURI().toFileString()).resolveSibling(path);
					Resource resource = set.createResource(TenantFiles.uri(file));
					resource.load(new ByteArrayInputStream(bytes), Map.of());
					return resource.getContents().isEmpty() ? null : resource.getContents().get(0);
				}
			} catch (IOException | RuntimeException e) {
				return null;
			}
		}
	}
}
