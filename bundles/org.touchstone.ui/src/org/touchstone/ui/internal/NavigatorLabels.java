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
import org.touchstone.core.Labels;
import org.touchstone.core.Validation;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.Tenant;
import org.touchstone.ui.TenantEditing;

/**
 * The navigator's labels and icons: the model's item providers for model elements (their text,
 * their icon), folder and group names, and, on a standard, the count of its errors and warnings.
 * The findings are counted once per tenant and refresh, not once per row.
 */
final class NavigatorLabels extends LabelProvider {
	private final AdapterFactoryItemDelegator items = new AdapterFactoryItemDelegator(TenantEditing.adapters());
	private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());
	private final Map<String, Map<String, int[]>> counts = new HashMap<>();

	/** Forgets the counted findings: the model changed. */
	void changed() {
		counts.clear();
	}

	@Override
	public String getText(Object element) {
		if (element instanceof NavigatorContent.Folder f) {
			return Messages.folder(f.kind());
		}
		if (element instanceof NavigatorContent.Group g) {
			return g.dimension() == null ? Messages.Navigator_noDimension : Labels.dimension(g.dimension(), false) + " (" + g.dimension() + ")";
		}
		String text = items.getText(element);
		if (element instanceof ServiceStandard s && s.eContainer() instanceof Tenant t) {
			int[] n = findings(t).get(s.getKey());
			if (n != null) {
				text += " \u2014 " + org.eclipse.osgi.util.NLS.bind(Messages.Navigator_findings, n[0], n[1]);
			}
		}
		return text;
	}

	private Map<String, int[]> findings(Tenant t) {
		return counts.computeIfAbsent(t.getId(), id -> {
			Map<String, int[]> byKey = new HashMap<>();
			List<Finding> findings = Validation.check(t, LocalDate.now());
			for (Finding f : findings) {
				if (f.key() != null) {
					int[] n = byKey.computeIfAbsent(f.key(), k -> new int[2]);
					n[f.severity() == Finding.Severity.ERROR ? 0 : 1]++;
				}
			}
			return byKey;
		});
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof NavigatorContent.Folder || element instanceof NavigatorContent.Group) {
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
