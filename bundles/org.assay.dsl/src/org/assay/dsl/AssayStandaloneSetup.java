package org.assay.dsl;

import org.assay.model.AssayPackage;
import org.eclipse.emf.ecore.EPackage;

import com.google.inject.Injector;

/**
 * Initializes the Assay language outside Eclipse (CLI, Maven, tests, language server).
 */
public class AssayStandaloneSetup extends AssayStandaloneSetupGenerated {

	/** Creates the injector and registers the language and the Assay metamodel with EMF. */
	public static Injector doSetup() {
		return new AssayStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public void register(Injector injector) {
		EPackage.Registry.INSTANCE.putIfAbsent(AssayPackage.eNS_URI, AssayPackage.eINSTANCE);
		super.register(injector);
	}
}
