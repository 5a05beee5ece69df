package org.assay.dsl.ide;

import org.assay.dsl.AssayRuntimeModule;
import org.assay.dsl.AssayStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Initializes the Assay language with its IDE services (language server, Eclipse editor).
 */
public class AssayIdeSetup extends AssayStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new AssayRuntimeModule(), new AssayIdeModule()));
	}
}
