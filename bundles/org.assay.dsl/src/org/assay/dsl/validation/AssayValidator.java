package org.assay.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * Entry point of Assay's validation: composes one validator per concern. Every rule reports a located issue with a
 * code from {@link IssueCodes} and a message that says what is wrong and how to fix it; no rule throws.
 */
@ComposedChecks(validators = { NamespaceValidator.class, CatalogueValidator.class, DataValidator.class,
		DataPathValidator.class, CategoryValidator.class,
		PipelineValidator.class, MetricUsageValidator.class, PerturbationValidator.class, RequirementValidator.class,
		TestValidator.class, MonitorValidator.class, GenerationLimitValidator.class })
public class AssayValidator extends AbstractAssayValidator {
}
