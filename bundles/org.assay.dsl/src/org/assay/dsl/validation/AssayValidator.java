package org.assay.dsl.validation;

import java.util.List;

import org.assay.model.AssayPackage;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.ComposedChecks;

/**
 * Entry point of Assay's validation: composes one validator per concern. Every rule reports a located issue with a
 * code from {@link IssueCodes} and a message that says what is wrong and how to fix it; no rule throws.
 */
@ComposedChecks(validators = { NamespaceValidator.class, CatalogueValidator.class, DataValidator.class,
		DataPathValidator.class, CategoryValidator.class,
		PipelineValidator.class, MetricUsageValidator.class, PerturbationValidator.class, RequirementValidator.class,
		RequirementOriginValidator.class,
		TestValidator.class, MonitorValidator.class, GenerationLimitValidator.class, ConstraintValidator.class,
		ConstraintDataValidator.class, RowConditionValidator.class, ProjectValidator.class,
		PartitionValidator.class, ReviewValidator.class,
		PartitionDriftValidator.class /* incremental drift checks (#10) */,
		RiskDepthValidator.class /* risk-driven test depth, issue 11 section 6 */ })
public class AssayValidator extends AbstractAssayValidator {

	/**
	 * The metamodel itself, not its entry in EMF's package registry: the validator registers while the injector is
	 * created, before a standalone setup has put the package there. Looked up by URI, the package was null and the
	 * validator became EMF's default for every package, together with EMF's structural checks ("The feature … of
	 * '…Impl@…' contains an unresolved proxy", "The required feature … must be set"), which repeated each linking and
	 * syntax error in words no user can act on.
	 */
	@Override
	protected List<EPackage> getEPackages() {
		return List.of(AssayPackage.eINSTANCE);
	}
}
