package org.assay.dsl.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.assay.catalogue.StandardCatalogue;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.SelectableBasedScope;

import com.google.common.base.Predicate;
import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The standard catalogues ({@link StandardCatalogue}), parsed and linked once per injector and shared, read-only, by
 * every resource set: user models refer to catalogue elements without copying the catalogue files into their project.
 * Elements of the user's workspace shadow catalogue elements of the same qualified name.
 */
@Singleton
public class CatalogueLibrary {

	@Inject
	private Provider<XtextResourceSet> resourceSetProvider;

	@Inject
	private IResourceFactory resourceFactory;

	@Inject
	private IResourceDescription.Manager descriptionManager;

	private volatile Loaded loaded;

	private record Loaded(XtextResourceSet resourceSet, ResourceDescriptionsData index) {
	}

	/** Whether the resource is one of the standard catalogues (by its URI). */
	public static boolean isCatalogue(Resource resource) {
		URI uri = resource.getURI();
		return uri != null && StandardCatalogue.forUri(uri.toString()) != null;
	}

	/** The scope of all exported catalogue elements of the given type, below {@code parent}. */
	public IScope scope(IScope parent, EClass type, Predicate<IEObjectDescription> filter, boolean ignoreCase) {
		return SelectableBasedScope.createScope(parent, loaded().index(), filter, type, ignoreCase);
	}

	/** The index of the catalogues: their resource descriptions. */
	public ResourceDescriptionsData index() {
		return loaded().index();
	}

	/** The loaded resource of a catalogue. */
	public Resource resource(StandardCatalogue catalogue) {
		return loaded().resourceSet().getResource(URI.createURI(catalogue.uri()), false);
	}

	private Loaded loaded() {
		Loaded result = loaded;
		if (result == null) {
			synchronized (this) {
				result = loaded;
				if (result == null) {
					result = load();
					loaded = result;
				}
			}
		}
		return result;
	}

	private Loaded load() {
		XtextResourceSet resourceSet = resourceSetProvider.get();
		for (StandardCatalogue catalogue : StandardCatalogue.all()) {
			Resource resource = resourceFactory.createResource(URI.createURI(catalogue.uri()));
			resourceSet.getResources().add(resource);
			try (InputStream in = catalogue.open()) {
				resource.load(in, resourceSet.getLoadOptions());
			} catch (IOException e) {
				throw new UncheckedIOException("Cannot read standard catalogue " + catalogue.uri(), e);
			}
		}
		EcoreUtil.resolveAll(resourceSet);
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (Resource resource : resourceSet.getResources()) {
			if (!resource.getErrors().isEmpty()) {
				throw new IllegalStateException("Standard catalogue " + resource.getURI() + " has errors: " + resource.getErrors());
			}
			descriptions.add(descriptionManager.getResourceDescription(resource));
		}
		return new Loaded(resourceSet, new ResourceDescriptionsData(descriptions));
	}
}
