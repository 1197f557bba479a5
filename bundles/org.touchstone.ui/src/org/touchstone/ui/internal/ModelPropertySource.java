package org.touchstone.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.touchstone.core.DocumentControl;
import org.touchstone.core.ElementEdits;
import org.touchstone.core.StandardEdits;
import org.touchstone.core.TouchstoneException;
import org.touchstone.model.Criterion;
import org.touchstone.model.ServiceStandard;
import org.touchstone.model.StandardRevision;
import org.touchstone.model.Tenant;
import org.touchstone.ui.TenantEditing;
import org.touchstone.ui.WorkspaceModel;

/**
 * An element's properties for the Properties view, from the model's item property descriptors
 * (names, categories, descriptions, labels): texts, numbers and choices are editable, each change an
 * undoable command on the tenant's stack. A standard's revision and criteria change through
 * {@link StandardEdits}, so document control holds there too; an element of the shared library or
 * of an older revision is shown read-only.
 */
public final class ModelPropertySource implements IPropertySource {
	private final EObject object;
	private final AdapterFactoryItemDelegator items = new AdapterFactoryItemDelegator(TenantEditing.adapters());

	public ModelPropertySource(EObject object) {
		this.object = object;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> out = new ArrayList<>();
		for (IItemPropertyDescriptor d : items.getPropertyDescriptors(object)) {
			Object feature = d.getFeature(object);
			String id = d.getId(object);
			String name = d.getDisplayName(object);
			PropertyDescriptor descriptor;
			if (editable(d, feature) && ((EAttribute) feature).getEAttributeType() instanceof EEnum e) {
				descriptor = new ComboBoxPropertyDescriptor(id, name, e.getELiterals().stream().map(EEnumLiteral::getLiteral).toArray(String[]::new));
			} else if (editable(d, feature)) {
				descriptor = new TextPropertyDescriptor(id, name);
			} else {
				descriptor = new PropertyDescriptor(id, name);
			}
			descriptor.setCategory(d.getCategory(object));
			descriptor.setDescription(d.getDescription(object));
			out.add(descriptor);
		}
		return out.toArray(IPropertyDescriptor[]::new);
	}

	/** A single text, number or choice of a tenant's own element, and of a revision still being worked on. */
	private boolean editable(IItemPropertyDescriptor d, Object feature) {
		if (!(feature instanceof EAttribute attribute) || attribute.isMany() || !d.canSetProperty(object)) {
			return false;
		}
		if (!(EcoreUtil.getRootContainer(object) instanceof Tenant tenant) || org.touchstone.core.Workspace.LIBRARY.equals(tenant.getId())) {
			return false;
		}
		StandardRevision revision = revision();
		return revision == null || revision == DocumentControl.latest((ServiceStandard) revision.eContainer());
	}

	private StandardRevision revision() {
		if (object instanceof StandardRevision r) {
			return r;
		}
		return object instanceof Criterion c && c.eContainer() instanceof StandardRevision r ? r : null;
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		return items.getPropertyDescriptor(object, id);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor d = descriptor(id);
		Object feature = d.getFeature(object);
		Object value = object.eGet((EStructuralFeature) feature);
		if (feature instanceof EAttribute a && !a.isMany() && editable(d, feature)) {
			if (a.getEAttributeType() instanceof EEnum e) {
				return value == null ? 0 : e.getELiterals().indexOf(e.getEEnumLiteralByLiteral(((Enumerator) value).getLiteral()));
			}
			return value == null ? "" : EcoreUtil.convertToString(a.getEAttributeType(), value);
		}
		return d.getLabelProvider(object).getText(d.getPropertyValue(object));
	}

	@Override
	public boolean isPropertySet(Object id) {
		return object.eIsSet((EStructuralFeature) descriptor(id).getFeature(object));
	}

	@Override
	public void resetPropertyValue(Object id) {
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		EAttribute attribute = (EAttribute) descriptor(id).getFeature(object);
		Tenant tenant = (Tenant) EcoreUtil.getRootContainer(object);
		WorkspaceModel model = WorkspaceModel.current();
		try {
			Object converted;
			if (attribute.getEAttributeType() instanceof EEnum e) {
				converted = e.getELiterals().get((Integer) value).getInstance();
			} else {
				String text = String.valueOf(value);
				converted = text.isBlank() && !attribute.getEAttributeType().getInstanceClass().isPrimitive() ? null
						: EcoreUtil.createFromString(attribute.getEAttributeType(), text.strip());
			}
			if (java.util.Objects.equals(converted, object.eGet(attribute))) {
				return;
			}
			Command command = command(model, tenant, attribute, converted);
			TenantEditing.stack(tenant.getId()).execute(command);
		} catch (TouchstoneException | IllegalArgumentException e) {
			MessageDialog.openInformation(Display.getCurrent().getActiveShell(), Messages.Properties_title, UiLanguage.text(e));
		}
	}

	private Command command(WorkspaceModel model, Tenant tenant, EAttribute attribute, Object value) {
		var context = model.context(tenant.getId());
		var domain = TenantEditing.domain(tenant.getId());
		StandardRevision revision = revision();
		if (revision != null) {
			ServiceStandard standard = (ServiceStandard) revision.eContainer();
			if (object instanceof Criterion c) {
				return StandardEdits.setOnCriterion(domain, context, standard, revision.getCriteria().indexOf(c), attribute, value);
			}
			return StandardEdits.setOnRevision(domain, context, standard, attribute, value);
		}
		return ElementEdits.set(domain, context, object, attribute, value);
	}
}
