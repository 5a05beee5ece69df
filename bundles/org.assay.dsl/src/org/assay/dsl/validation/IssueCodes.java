package org.assay.dsl.validation;

/**
 * Issue codes of the Assay language, shared by the validators, the quick fixes and the tests. Each code names one
 * rule; the README's validation table lists them with their severity.
 */
public interface IssueCodes {

	String PREFIX = "org.assay.dsl.";

	// syntax
	String NESTING_TOO_DEEP = PREFIX + "nestingTooDeep";
	String UNKNOWN_ELEMENT = PREFIX + "unknownElement";

	// robustness: a rule that failed (a fault in Assay), reported on the element it was checking
	String INTERNAL_ERROR = PREFIX + "internalError";

	// names and imports
	String DUPLICATE_NAME = PREFIX + "duplicateName";
	String IMPORT_UNRESOLVED = PREFIX + "importUnresolved";
	String IMPORT_CYCLE = PREFIX + "importCycle";

	// catalogues and metric use
	String INVALID_RANGE = PREFIX + "invalidRange";
	String THRESHOLD_OUT_OF_RANGE = PREFIX + "thresholdOutOfRange";
	String WARN_LEVEL_INCONSISTENT = PREFIX + "warnLevelInconsistent";
	String METRIC_NOT_APPLICABLE = PREFIX + "metricNotApplicable";
	String FAIRNESS_GROUPING_NOT_PROTECTED = PREFIX + "fairnessGroupingNotProtected";
	String FAIRNESS_GROUPING_NOT_CATEGORICAL = PREFIX + "fairnessGroupingNotCategorical";
	String FAIRNESS_METRIC_WITHOUT_GROUPING = PREFIX + "fairnessMetricWithoutGrouping";
	String GROUPING_WITHOUT_FAIRNESS_METRIC = PREFIX + "groupingWithoutFairnessMetric";

	// perturbations
	String NUMERIC_PERTURBATION_ON_CATEGORICAL = PREFIX + "numericPerturbationOnCategorical";
	String CATEGORY_SWAP_ON_NON_CATEGORICAL = PREFIX + "categorySwapOnNonCategorical";
	String SWAP_SAME_CATEGORY = PREFIX + "swapSameCategory";
	String NON_POSITIVE_STRENGTH = PREFIX + "nonPositiveStrength";

	// data
	String SPLIT_SHARES_NOT_100 = PREFIX + "splitSharesNot100";
	String STRATIFY_NOT_CATEGORICAL = PREFIX + "stratifyNotCategorical";
	String SLICE_PREDICATE_TYPE_MISMATCH = PREFIX + "slicePredicateTypeMismatch";
	String DATA_FILE_MISSING = PREFIX + "dataFileMissing";

	// partitioned datasets and anomaly checks (PartitionValidator, docs/incremental.md)
	String PARTITIONS_WITHOUT_PATTERN = PREFIX + "partitionsWithoutPattern";
	String PATTERN_WITHOUT_PARTITIONS = PREFIX + "patternWithoutPartitions";
	String PARTITIONS_WITH_HASH = PREFIX + "partitionsWithHash";
	String PARTITIONS_MISSING = PREFIX + "partitionsMissing";
	String ANOMALY_WITHOUT_PARTITIONS = PREFIX + "anomalyWithoutPartitions";
	String ANOMALY_SETTINGS_INVALID = PREFIX + "anomalySettingsInvalid";
	// drift checks on partitions (PartitionDriftValidator, #10)
	String DRIFT_WITHOUT_PARTITIONS = PREFIX + "driftWithoutPartitions";
	String DRIFT_STATE_UNSUITABLE = PREFIX + "driftStateUnsuitable";
	String DRIFT_SETTINGS_INVALID = PREFIX + "driftSettingsInvalid";
	String DATA_CHANGED = PREFIX + "dataChanged";
	String DATA_HASH_NOT_RECORDED = PREFIX + "dataHashNotRecorded";
	String CATEGORY_NAME_INVALID = PREFIX + "categoryNameInvalid";

	// files a model names: inside the project, readable, matching the schema
	String PATH_OUTSIDE_PROJECT = PREFIX + "pathOutsideProject";
	String PATH_INVALID = PREFIX + "pathInvalid";
	String DATA_FILE_UNREADABLE = PREFIX + "dataFileUnreadable";
	String DATA_FILE_NOT_UTF8 = PREFIX + "dataFileNotUtf8";
	String DATA_HEADER_INVALID = PREFIX + "dataHeaderInvalid";
	String DATA_COLUMN_MISSING = PREFIX + "dataColumnMissing";
	String DATA_COLUMN_UNDECLARED = PREFIX + "dataColumnUndeclared";

	// pipelines and monitors
	String IMPUTE_CONSTANT_MISMATCH = PREFIX + "imputeConstantMismatch";
	String STEP_FEATURE_TYPE = PREFIX + "stepFeatureType";
	String MISSING_SEED = PREFIX + "missingSeed";
	String TRAINING_VALUE_NOT_POSITIVE = PREFIX + "trainingValueNotPositive";
	String MONITOR_LEVELS_INVERTED = PREFIX + "monitorLevelsInverted";

	// the project's argument (ProjectValidator; docs/safety-case.md)
	String PROJECT_WITHOUT_PURPOSE = PREFIX + "projectWithoutPurpose";
	String PROJECT_WITHOUT_CONTEXT = PREFIX + "projectWithoutContext";

	// risks and requirements
	String REQUIREMENT_WITHOUT_CRITERION = PREFIX + "requirementWithoutCriterion";
	String REQUIREMENT_WITHOUT_ATTRIBUTE = PREFIX + "requirementWithoutAttribute";
	String REQUIREMENT_NOT_VERIFIED = PREFIX + "requirementNotVerified";
	String REQIF_ORIGIN_INVALID = PREFIX + "reqifOriginInvalid";
	String REQIF_ORIGIN_DUPLICATE = PREFIX + "reqifOriginDuplicate";
	String REQUIREMENT_ATTRIBUTE_DUPLICATE = PREFIX + "requirementAttributeDuplicate";
	String REQUIREMENT_LINK_TO_ITSELF = PREFIX + "requirementLinkToItself"; // area deliver (#11)
	String REQUIREMENT_LINK_DUPLICATE = PREFIX + "requirementLinkDuplicate"; // area deliver (#11)
	String CRITERION_METRIC_NOT_OF_ATTRIBUTE = PREFIX + "criterionMetricNotOfAttribute";
	String BASELINE_MISSING = PREFIX + "baselineMissing";
	String HAZARD_NOT_MITIGATED = PREFIX + "hazardNotMitigated";

	// tests
	String PATTERN_CANNOT_MEASURE_ATTRIBUTE = PREFIX + "patternCannotMeasureAttribute";
	String TEST_WITHOUT_METRIC = PREFIX + "testWithoutMetric";
	String TEST_WITHOUT_THRESHOLD = PREFIX + "testWithoutThreshold";
	String TEST_VERIFIES_NOTHING = PREFIX + "testVerifiesNothing";
	String REPEATS_INVALID = PREFIX + "repeatsInvalid";
	String CONFIDENCE_OUT_OF_RANGE = PREFIX + "confidenceOutOfRange";

	// column constraints (ConstraintValidator, RowConditionValidator; meanings in org.assay.dsl.semantics.ConstraintSemantics)
	String NOT_A_COLUMN_STATISTIC = PREFIX + "notAColumnStatistic";
	String COLUMN_METRIC_WITHOUT_COLUMN = PREFIX + "columnMetricWithoutColumn";
	String STATISTIC_COLUMN_TYPE = PREFIX + "statisticColumnType";
	String STATISTIC_COLUMN_COUNT = PREFIX + "statisticColumnCount";
	String DUPLICATE_KEY_COLUMN = PREFIX + "duplicateKeyColumn";
	String STATISTIC_ARGUMENT_INVALID = PREFIX + "statisticArgumentInvalid";
	String APPROX_NOT_AVAILABLE = PREFIX + "approxNotAvailable";
	String WITHIN_WITHOUT_APPROX_QUANTILE = PREFIX + "withinWithoutApproxQuantile";
	String BOUND_REVERSED = PREFIX + "boundReversed";
	String BOUND_SIDES_INVALID = PREFIX + "boundSidesInvalid";
	String TWO_SIDED_BOUND_NOT_SUPPORTED = PREFIX + "twoSidedBoundNotSupported";
	String COLUMN_OF_OTHER_DATASET = PREFIX + "columnOfOtherDataset";
	String CONSTRAINT_WITHOUT_DATA = PREFIX + "constraintWithoutData";
	String ROW_CONDITION_TYPE = PREFIX + "rowConditionType";
	String RANGE_REVERSED = PREFIX + "rangeReversed";
	String REGEX_INVALID = PREFIX + "regexInvalid";
	String VALUE_NOT_A_CATEGORY = PREFIX + "valueNotACategory";
	String REFERENCE_TYPE_MISMATCH = PREFIX + "referenceTypeMismatch";

	// generation limits: what validation reports where the generator would skip an element or disable a test
	// (org.assay.dsl.semantics.PipelineSemantics and TestSemantics hold the rules, shared with the generator)
	String PIPELINE_DATASET_COUNT = PREFIX + "pipelineDatasetCount";
	String PIPELINE_DATASET_INCOMPLETE = PREFIX + "pipelineDatasetIncomplete";
	String PIPELINE_WITHOUT_MODEL = PREFIX + "pipelineWithoutModel";
	String PIPELINE_TEXT_COLUMN = PREFIX + "pipelineTextColumn";
	String PIPELINE_DATASET_FORMAT = PREFIX + "pipelineDatasetFormat";
	String MODEL_TASK_MISMATCH = PREFIX + "modelTaskMismatch";
	String PRETRAINED_FORMAT_NOT_LOADED = PREFIX + "pretrainedFormatNotLoaded";
	String REGRESSOR_NOT_GENERATED = PREFIX + "regressorNotGenerated";
	String CNN_INPUT_SHAPE = PREFIX + "cnnInputShape";
	String TRAINING_NOT_GENERATED = PREFIX + "trainingNotGenerated";
	String SUITE_PIPELINE_NOT_GENERATED = PREFIX + "suitePipelineNotGenerated";
	String METRIC_NOT_COMPUTED = PREFIX + "metricNotComputed";
	String PATTERN_NOT_FOR_REGRESSOR = PREFIX + "patternNotForRegressor";
	String DIRECTIONAL_FEATURE_NOT_NUMERIC = PREFIX + "directionalFeatureNotNumeric";
	String DIRECTIONAL_TARGET_ON_REGRESSOR = PREFIX + "directionalTargetOnRegressor";
	String INVARIANCE_NOT_SWAP = PREFIX + "invarianceNotSwap";
	String PATTERN_NEEDS_TRAINED_MODEL = PREFIX + "patternNeedsTrainedModel";

	// reviews of ML Test Score items (ReviewValidator)
	String REVIEW_ITEM_UNKNOWN = PREFIX + "reviewItemUnknown";
	String REVIEW_ITEM_DUPLICATE = PREFIX + "reviewItemDuplicate";
	String REVIEW_DATE_INVALID = PREFIX + "reviewDateInvalid";
	String REVIEW_DOCUMENT_MISSING = PREFIX + "reviewDocumentMissing";
	// annex (#11): the EU AI Act profile, reported by 'assay validate --profile ai-act' only (AiActProfile, docs/annex-iv.md)
	String AI_ACT_PROJECT_MISSING = PREFIX + "aiActProjectMissing";
	String AI_ACT_PROVIDER_MISSING = PREFIX + "aiActProviderMissing";
	String AI_ACT_VERSION_MISSING = PREFIX + "aiActVersionMissing";
	String AI_ACT_USERS_MISSING = PREFIX + "aiActUsersMissing";
	String AI_ACT_OVERSIGHT_MISSING = PREFIX + "aiActOversightMissing";
	String AI_ACT_LIMITATIONS_MISSING = PREFIX + "aiActLimitationsMissing";
	String AI_ACT_POST_MARKET_MISSING = PREFIX + "aiActPostMarketMissing";
	String AI_ACT_MONITOR_MISSING = PREFIX + "aiActMonitorMissing";
	String AI_ACT_HAZARD_MISSING = PREFIX + "aiActHazardMissing";
	String AI_ACT_HAZARD_UNMITIGATED = PREFIX + "aiActHazardUnmitigated";
	String AI_ACT_DATASET_UNDOCUMENTED = PREFIX + "aiActDatasetUndocumented";
	String AI_ACT_DATASET_UNHASHED = PREFIX + "aiActDatasetUnhashed";
	String AI_ACT_PROTECTED_UNTESTED = PREFIX + "aiActProtectedUntested";
	String AI_ACT_ROBUSTNESS_UNTESTED = PREFIX + "aiActRobustnessUntested";

	// risk-driven test depth (RiskDepthValidator, docs/risk-depth.md)
	String RISK_CONFIDENCE_SHORTFALL = PREFIX + "riskConfidenceShortfall";
	String RISK_PATTERN_MISSING = PREFIX + "riskPatternMissing";
	String RISK_LEVEL_INVALID = PREFIX + "riskLevelInvalid";
	String RISK_LEVEL_OVERLAP = PREFIX + "riskLevelOverlap";
}
