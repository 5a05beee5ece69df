package org.assay.dsl.scoping;

import org.assay.dsl.catalogue.CatalogueLibrary;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/**
 * The global scope of a resource: the visible containers of the workspace (index), above the standard catalogues.
 * Catalogue resources themselves only see each other.
 */
public class CatalogueAwareGlobalScopeProvider extends DefaultGlobalScopeProvider {

	@Inject
	private CatalogueLibrary catalogues;

	@Override
	protected IScope getScope(Resource resource, boolean ignoreCase, EClass type, Predicate<IEObjectDescription> filter) {
		if (CatalogueLibrary.isCatalogue(resource)) {
			return super.getScope(resource, ignoreCase, type, filter);
		}
		IScope library = catalogues.scope(IScope.NULLSCOPE, type, filter, ignoreCase);
		return getScope(library, resource, ignoreCase, type, filter);
	}
}
