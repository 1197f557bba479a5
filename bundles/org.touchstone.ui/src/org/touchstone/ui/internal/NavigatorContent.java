package org.touchstone.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.Workspace;
import org.touchstone.model.Dimension;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.Tenant;
import org.touchstone.model.Touchpoint;
import org.touchstone.ui.TenantEditing;
import org.touchstone.ui.WorkspaceModel;

/**
 * The navigator's tree: each tenant the user can see, with folders for its standards (grouped by
 * dimension), segments, touchpoints in journey order, playbooks, cases and handbooks; below a
 * folder, the model's own children as its item providers give them. The shared library shows its
 * cases.
 */
final class NavigatorContent implements ITreeContentProvider {
	/** What a folder holds. */
	enum Kind {
		STANDARDS, SEGMENTS, TOUCHPOINTS, PLAYBOOKS, CASES, HANDBOOKS, SITES, COMPLAINTS
	}

	/** A folder of a tenant, known by the tenant's id so that it survives a new read of the tenant. */
	record Folder(String tenant, Kind kind) {
	}

	/** The standards of one dimension (null: those with none). */
	record Group(String tenant, String dimension) {
	}

	/** A run of a large group's standards, in key order: a tree shows a few hundred rows at a time, not ten thousand. */
	record Range(String tenant, String dimension, int from, int to, String first, String last) {
	}

	/** How many standards a group shows before it shows them in runs. */
	static final int RUN = 200;

	private final AdapterFactoryItemDelegator items = new AdapterFactoryItemDelegator(TenantEditing.adapters());

	static Tenant tenant(String id) {
		WorkspaceModel model = WorkspaceModel.current();
		return model.workspace().read(model.context(id));
	}

	@Override
	public Object[] getElements(Object input) {
		WorkspaceModel model = (WorkspaceModel) input;
		return model.workspace().tenants(model.user()).toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof Tenant t) {
			List<Object> folders = new ArrayList<>();
			for (Kind kind : Workspace.LIBRARY.equals(t.getId()) ? new Kind[] { Kind.CASES } : Kind.values()) {
				folders.add(new Folder(t.getId(), kind));
			}
			return folders.toArray();
		}
		if (parent instanceof Folder f) {
			Tenant t = tenant(f.tenant());
			return switch (f.kind()) {
			case STANDARDS -> groups(t).toArray();
			case SEGMENTS -> t.getSegments().toArray();
			case TOUCHPOINTS -> t.getTouchpoints().stream().sorted(Comparator.comparing(Touchpoint::getStage)).toArray();
			case PLAYBOOKS -> t.getPlaybooks().toArray();
			case CASES -> t.getCases().toArray();
			case HANDBOOKS -> t.getHandbooks().toArray();
			case SITES -> t.getSites().toArray();
			// The newest first: the log is read from the top, as a service desk reads its tickets.
			case COMPLAINTS -> t.getComplaints().stream().sorted(Comparator.comparing(org.touchstone.model.Complaint::getAt,
					Comparator.nullsLast(Comparator.reverseOrder()))).toArray();
			};
		}
		if (parent instanceof Group g) {
			List<ServiceStandard> standards = standards(tenant(g.tenant()), g.dimension());
			if (standards.size() <= RUN) {
				return standards.toArray();
			}
			List<Range> runs = new ArrayList<>();
			for (int from = 0; from < standards.size(); from += RUN) {
				int to = Math.min(from + RUN, standards.size());
				runs.add(new Range(g.tenant(), g.dimension(), from, to, standards.get(from).getKey(), standards.get(to - 1).getKey()));
			}
			return runs.toArray();
		}
		if (parent instanceof Range r) {
			List<ServiceStandard> standards = standards(tenant(r.tenant()), r.dimension());
			return standards.subList(Math.min(r.from(), standards.size()), Math.min(r.to(), standards.size())).toArray();
		}
		if (parent instanceof ServiceStandard) {
			return new Object[0];
		}
		return items.getChildren(parent).toArray();
	}

	private static List<Group> groups(Tenant t) {
		List<Group> groups = new ArrayList<>();
		for (Dimension d : t.getDimensions()) {
			if (!standards(t, d.getCode()).isEmpty()) {
				groups.add(new Group(t.getId(), d.getCode()));
			}
		}
		if (!standards(t, null).isEmpty()) {
			groups.add(new Group(t.getId(), null));
		}
		return groups;
	}

	static List<ServiceStandard> standards(Tenant t, String dimension) {
		return t.getStandards().stream().filter(s -> {
			Dimension d = DocumentControl.latest(s).getDimension();
			return Objects.equals(d == null ? null : d.getCode(), dimension);
		}).sorted(Comparator.comparing(ServiceStandard::getKey, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof Folder f) {
			return tenant(f.tenant());
		}
		if (element instanceof Group g) {
			return new Folder(g.tenant(), Kind.STANDARDS);
		}
		if (element instanceof Range r) {
			return new Group(r.tenant(), r.dimension());
		}
		if (element instanceof org.eclipse.emf.ecore.EObject e && e.eContainer() instanceof Tenant t) {
			if (e instanceof ServiceStandard s) {
				Dimension d = DocumentControl.latest(s).getDimension();
				String code = d == null ? null : d.getCode();
				List<ServiceStandard> group = standards(t, code);
				if (group.size() <= RUN) {
					return new Group(t.getId(), code);
				}
				int from = group.indexOf(s) / RUN * RUN;
				int to = Math.min(from + RUN, group.size());
				return new Range(t.getId(), code, from, to, group.get(from).getKey(), group.get(to - 1).getKey());
			}
			Kind kind = e instanceof org.touchstone.model.CustomerSegment ? Kind.SEGMENTS
					: e instanceof Touchpoint ? Kind.TOUCHPOINTS
							: e instanceof org.touchstone.model.RecoveryPlaybook ? Kind.PLAYBOOKS
									: e instanceof org.touchstone.model.CaseStudy ? Kind.CASES : e instanceof org.touchstone.model.Handbook ? Kind.HANDBOOKS
											: e instanceof org.touchstone.model.Site ? Kind.SITES : e instanceof org.touchstone.model.Complaint ? Kind.COMPLAINTS : null;
			if (kind != null) {
				return new Folder(t.getId(), kind);
			}
		}
		return items.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof ServiceStandard) {
			return false;
		}
		return element instanceof Folder || element instanceof Group || element instanceof Range || getChildren(element).length > 0;
	}
}
