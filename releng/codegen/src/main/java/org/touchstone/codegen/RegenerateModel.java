package org.touchstone.codegen;

import java.io.File;
import java.util.List;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenResourceKind;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF model and edit code of Touchstone from touchstone.ecore and its genmodel,
 * outside an Eclipse IDE. Run with: ./mvnw -f releng/codegen/pom.xml compile exec:java
 */
public class RegenerateModel {
  public static void main(String[] args) throws Exception {
    File bundles = new File(args[0]).getCanonicalFile();
    for (String bundle : List.of("org.touchstone.model", "org.touchstone.model.edit")) {
      EcorePlugin.getPlatformResourceMap().put(bundle, URI.createFileURI(new File(bundles, bundle).getPath() + "/"));
    }
    ResourceSet rs = new ResourceSetImpl();
    rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
    rs.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    rs.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
    URI genUri = URI.createPlatformResourceURI("org.touchstone.model/model/touchstone.genmodel", true);
    GenModel gm;
    if (new File(bundles, "org.touchstone.model/model/touchstone.genmodel").exists()) {
      gm = (GenModel) rs.getResource(genUri, true).getContents().get(0);
      gm.reconcile();
      gm.eResource().save(null);
    } else {
      Resource ecore = rs.getResource(URI.createPlatformResourceURI("org.touchstone.model/model/touchstone.ecore", true), true);
      EPackage pkg = (EPackage) ecore.getContents().get(0);
      gm = GenModelFactory.eINSTANCE.createGenModel();
      Resource genResource = rs.createResource(genUri);
      genResource.getContents().add(gm);
      gm.initialize(List.of(pkg));
      gm.getForeignModel().add("touchstone.ecore");
      gm.setImporterID("org.eclipse.emf.importer.ecore");
      gm.setModelName("Touchstone");
      gm.setModelDirectory("/org.touchstone.model/src");
      gm.setModelPluginID("org.touchstone.model");
      gm.setEditDirectory("/org.touchstone.model.edit/src");
      gm.setEditPluginID("org.touchstone.model.edit");
      gm.setEditPluginClass("org.touchstone.model.provider.TouchstoneEditPlugin");
      gm.setComplianceLevel(GenJDKLevel.JDK110_LITERAL);
      gm.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
      gm.setCopyrightText("Copyright (c) 2026 the Touchstone authors.");
      gm.setUpdateClasspath(false);
      gm.setOSGiCompatible(true);
      gm.setCodeFormatting(false);
      gm.setCreationCommands(false);
      gm.setCreationIcons(false);
      GenPackage gp = gm.getGenPackages().get(0);
      gp.setBasePackage("org.touchstone");
      gp.setPrefix("Touchstone");
      gp.setResource(GenResourceKind.XMI_LITERAL);
      gp.setFileExtensions("xmi");
      genResource.save(null);
    }
    gm.setCanGenerate(true);
    Diagnostic problems = gm.diagnose();
    if (problems.getSeverity() == Diagnostic.ERROR) {
      System.err.println(problems);
      System.exit(1);
    }
    Generator generator = new Generator();
    generator.setInput(gm);
    for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
      Diagnostic result = generator.generate(gm, type, new BasicMonitor.Printing(System.out));
      if (result.getSeverity() == Diagnostic.ERROR) {
        System.err.println(type + ": " + result);
        System.exit(1);
      }
    }
  }
}
