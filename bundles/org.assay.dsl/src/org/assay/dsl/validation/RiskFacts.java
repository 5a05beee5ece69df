package org.assay.dsl.validation;

import static org.assay.model.AssayPackage.Literals.MONITOR;
import static org.assay.model.AssayPackage.Literals.REQUIREMENT;
import static org.assay.model.AssayPackage.Literals.RISK_LEVEL;
import static org.assay.model.AssayPackage.Literals.TEST_CASE;

import java.util.ArrayList;
import java.util.List;

import org.assay.catalogue.StandardCatalogue;
import org.assay.dsl.catalogue.CatalogueLibrary;
import org.assay.dsl.semantics.RiskTable;
import org.assay.model.Catalogue;
import org.assay.model.Hazard;
import org.assay.model.Monitor;
import org.assay.model.Project;
import org.assay.model.Requirement;
import org.assay.model.RiskLevel;
import org.assay.model.TestCase;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;

/**
 * What the risk-depth rules read, once per validated file: the risk table in force and the project's requirements,
 * tests and monitors — this file's from its contents, other files' through the index (loaded on demand), so a hazard in
 * one file sees the tests of another.
 */
class RiskFacts {

	/** The table in force and the project's elements. */
	record Facts(RiskTable table, List<Requirement> requirements, List<TestCase> tests, List<Monitor> monitors) {

		/** The requirements that mitigate a hazard. */
		List<Requirement> mitigating(Hazard hazard) {
			return requirements.stream().filter(r -> r.getMitigates().contains(hazard)).toList();
		}

		/** The tests that verify any of the requirements. */
		List<TestCase> testsOf(List<Requirement> verified) {
			return tests.stream().filter(t -> t.getVerifies().stream().anyMatch(verified::contains)).toList();
		}
	}

	@Inject
	private CatalogueLibrary catalogues;

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Inject
	private IResourceScopeCache cache;

	Facts of(Resource resource) {
		return cache.get("assay.riskFacts", resource, () -> compute(resource));
	}

	private Facts compute(Resource resource) {
		List<RiskLevel> standard = new ArrayList<>();
		for (StandardCatalogue catalogue : StandardCatalogue.all()) {
			Resource library = catalogues.resource(catalogue);
			if (library != null && resource != library) {
				standard.addAll(EcoreUtil2.eAllOfType(library.getContents().get(0), RiskLevel.class));
			}
		}
		List<RiskLevel> levels = collect(resource, RISK_LEVEL, RiskLevel.class);
		List<RiskLevel> userCatalogues = levels.stream().filter(l -> l.eContainer() instanceof Catalogue).toList();
		List<RiskLevel> projects = levels.stream().filter(l -> l.eContainer() instanceof Project).toList();
		RiskTable table = CatalogueLibrary.isCatalogue(resource) ? RiskTable.of(standard)
				: RiskTable.of(standard, userCatalogues, projects);
		return new Facts(table, collect(resource, REQUIREMENT, Requirement.class), collect(resource, TEST_CASE, TestCase.class),
				collect(resource, MONITOR, Monitor.class));
	}

	/** This file's elements of a type, then those of every other indexed file (not the standard catalogues). */
	private <T extends EObject> List<T> collect(Resource resource, EClass type, Class<T> javaType) {
		List<T> found = new ArrayList<>();
		if (!resource.getContents().isEmpty()) {
			found.addAll(EcoreUtil2.eAllOfType(resource.getContents().get(0), javaType));
		}
		if (resource.getResourceSet() == null) {
			return found;
		}
		for (IResourceDescription description : indexProvider.getResourceDescriptions(resource).getAllResourceDescriptions()) {
			if (description.getURI().equals(resource.getURI())
					|| StandardCatalogue.forUri(description.getURI().toString()) != null) {
				continue;
			}
			for (IEObjectDescription exported : description.getExportedObjectsByType(type)) {
				EObject object = EcoreUtil.resolve(exported.getEObjectOrProxy(), resource.getResourceSet());
				if (javaType.isInstance(object) && !object.eIsProxy()) {
					found.add(javaType.cast(object));
				}
			}
		}
		return found;
	}
}
