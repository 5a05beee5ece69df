package org.assay.dsl.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.assay.catalogue.StandardCatalogue;
import org.assay.dsl.catalogue.CatalogueLibrary;
import org.assay.model.Catalogue;
import org.assay.model.Characteristic;
import org.assay.model.Direction;
import org.assay.model.Metric;
import org.assay.model.QualityAttribute;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The shipped catalogues load without errors and contain what the standards and the metrics list demand.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class AssayCatalogueTest {

	@Inject
	private CatalogueLibrary library;

	private Catalogue catalogue(StandardCatalogue which) {
		Resource resource = library.resource(which);
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors()::toString);
		return EcoreUtil2.eAllOfType(resource.getContents().get(0), Catalogue.class).get(0);
	}

	@Test
	void iso25059HasTheProductCharacteristicsAndTheAiAdditions() {
		Catalogue iso = catalogue(StandardCatalogue.ISO_25059);
		Set<String> ai = EcoreUtil2.eAllOfType(iso, QualityAttribute.class).stream().filter(QualityAttribute::isAiSpecific)
				.map(QualityAttribute::getName).collect(Collectors.toSet());
		assertEquals(Set.of("FunctionalAdaptability", "Robustness", "UserControllability", "Transparency",
				"Intervenability", "SocietalAndEthicalRiskMitigation"), ai);
		assertTrue(names(iso).containsAll(List.of("FunctionalCorrectness", "Robustness", "Transparency", "Fairness")));
		assertEquals(9, iso.getCharacteristics().stream().filter(c -> !c.isQualityInUse()).count(),
				"the nine product quality characteristics of ISO/IEC 25010:2023");
	}

	@Test
	void iso25012HasItsFifteenCharacteristics() {
		Catalogue iso = catalogue(StandardCatalogue.ISO_25012);
		Set<String> iso25012 = Set.of("Accuracy", "Completeness", "Consistency", "Credibility", "Currentness",
				"Accessibility", "Compliance", "Confidentiality", "Efficiency", "Precision", "Traceability",
				"Understandability", "Availability", "Portability", "Recoverability");
		assertTrue(names(iso).containsAll(iso25012), names(iso)::toString);
	}

	@Test
	void requiredMetricsAreFormallyDefinedWithRangeAndDirection() {
		List<Metric> metrics = StandardCatalogue.all().stream()
				.flatMap(c -> EcoreUtil2.eAllOfType(catalogue(c), Metric.class).stream()).toList();
		Set<String> names = metrics.stream().map(Metric::getName).collect(Collectors.toSet());
		assertTrue(names.containsAll(List.of("accuracy", "precision", "recall", "f1", "roc_auc", "log_loss",
				"expected_calibration_error", "mae", "rmse", "demographic_parity_difference", "equalized_odds_difference",
				"disparate_impact_ratio", "flip_rate", "accuracy_under_perturbation", "completeness", "validity",
				"uniqueness", "class_balance", "psi", "ks_statistic")), names::toString);
		for (Metric metric : metrics) {
			assertNotNull(metric.getFormula(), metric.getName());
			assertNotNull(metric.getDescription(), metric.getName());
			assertFalse(metric.getAppliesTo().isEmpty(), metric.getName());
			// statistics of a column's own values (minimum, mean, quantile, …) range over the values: unbounded
			assertTrue(metric.getMinimum() != null || metric.getMaximum() != null || "value of the column".equals(metric.getUnit()),
					metric.getName() + " has no range");
		}
		Metric logLoss = metrics.stream().filter(m -> m.getName().equals("log_loss")).findFirst().orElseThrow();
		assertEquals(Direction.LOWER_IS_BETTER, logLoss.getDirection());
		assertNull(logLoss.getMaximum());
		assertTrue(logLoss.isInRange(12.5));
		assertFalse(logLoss.isInRange(-0.1));
	}

	@Test
	void everyAttributeBelongsToACharacteristic() {
		for (StandardCatalogue which : StandardCatalogue.all()) {
			for (QualityAttribute attribute : EcoreUtil2.eAllOfType(catalogue(which), QualityAttribute.class)) {
				Characteristic characteristic = attribute.getCharacteristic();
				assertNotNull(characteristic, attribute.getName());
				assertNotNull(attribute.getDescription(), attribute.getName());
			}
		}
	}

	private static Set<String> names(Catalogue catalogue) {
		return EcoreUtil2.eAllOfType(catalogue, QualityAttribute.class).stream().map(QualityAttribute::getName)
				.collect(Collectors.toSet());
	}
}
