package org.touchstone.ui.internal;

import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.touchstone.core.Finding;
import org.touchstone.core.Validation;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.Tenant;
import org.touchstone.ui.TenantEditing;

/**
 * The navigator's labels and icons: the model's item providers for model elements (their text,
 * their icon), folder and group names, and, on a standard, the count of its errors and warnings.
 * The findings are those the Findings view keeps (no second check of a tenant). For a tenant kept in
 * Git, an element saved and not yet sent, or changed on the server, says so ({@link TeamMarks}).
 */
final class NavigatorLabels extends LabelProvider {
	private final AdapterFactoryItemDelegator items = new AdapterFactoryItemDelegator(TenantEditing.adapters());
	private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	@Override
	public String getText(Object element) {
		if (element instanceof NavigatorContent.Folder f) {
			return Messages.folder(f.kind());
		}
		if (element instanceof NavigatorContent.Group g) {
			return g.dimension() == null ? Messages.Navigator_noDimension : DimensionNames.of(() -> NavigatorContent.tenant(g.tenant()), g.dimension());
		}
		if (element instanceof NavigatorContent.Range r) {
			return r.first() + " \u2026 " + r.last();
		}
		String text = inFolder(element);
		if (text == null) {
			text = items.getText(element);
		}
		String team = element instanceof Tenant t ? TeamMarks.mark(t)
				: element instanceof org.eclipse.emf.ecore.EObject e && e.eContainer() instanceof Tenant owner ? TeamMarks.mark(owner, e) : null;
		if (team != null) {
			text += " [" + team + "]";
		}
		if (element instanceof ServiceStandard s && s.eContainer() instanceof Tenant t && TenantFindings.kept(t.getId()) != null) {
			int[] n = TenantFindings.kept(t.getId()).count(s.getKey());
			if (n != null && n[0] + n[1] > 0) {
				// only what there is: "0 errors, " told nothing and cut the label short in the tree
				text += " \u2014 " + Messages.findings(n[0], n[1], false);
			}
		}
		return text;
	}

	/**
	 * An element in its tenant's folder by its key and its name, as a standard is shown by its key and
	 * title: the folder already says what kind it is ("Customer Segment 商务散客" said it again), or
	 * null for the item provider's text.
	 */
	private static String inFolder(Object element) {
		return switch (element) {
		case org.touchstone.model.CustomerSegment s -> keyAndName(s.getKey(), s.getName());
		case org.touchstone.model.Touchpoint t -> keyAndName(t.getKey(), t.getName());
		case org.touchstone.model.RecoveryPlaybook p -> keyAndName(p.getKey(), p.getTitle());
		case org.touchstone.model.CaseStudy c -> keyAndName(c.getKey(), c.getCompany());
		case org.touchstone.model.Handbook h -> keyAndName(h.getKey(), h.getTitle());
		case org.touchstone.model.Site s -> keyAndName(s.getKey(), s.getName());
		case org.touchstone.model.Complaint c -> keyAndName(c.getKey(), null);
		default -> null;
		};
	}

	private static String keyAndName(String key, String name) {
		if (key == null || key.isBlank()) {
			return name == null || name.isBlank() ? null : name;
		}
		return name == null || name.isBlank() || name.equals(key) ? key : key + " " + name;
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof NavigatorContent.Folder || element instanceof NavigatorContent.Group || element instanceof NavigatorContent.Range) {
			return org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages().getImage(org.eclipse.ui.ISharedImages.IMG_OBJ_FOLDER);
		}
		Object image = items.getImage(element);
		if (image instanceof ComposedImage composed && !composed.getImages().isEmpty()) {
			image = composed.getImages().get(0);
		}
		URL url = image instanceof URL u ? u : image instanceof URI uri ? toUrl(uri) : null;
		return url == null ? null : images.create(ImageDescriptor.createFromURL(url));
	}

	private static URL toUrl(URI uri) {
		try {
			return new URL(uri.toString());
		} catch (java.net.MalformedURLException e) {
			return null;
		}
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}
