package org.assay.dsl.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each issue code means and how to fix it, for formats that describe their rules apart from the findings (SARIF's
 * {@code tool.driver.rules}). One line per code: {@code code | what the rule finds | how to fix it}; the codes are those
 * of {@link IssueCodes} without their prefix, plus the parser's and linker's ({@value #SYNTAX}, {@value #LINKING}).
 * A test checks that every code of {@link IssueCodes} is here.
 */
public final class IssueHelp {

	/** Xtext's code for a syntax error, without its prefix. */
	public static final String SYNTAX = "Syntax";
	/** Xtext's code for a reference that does not resolve, without its prefix. */
	public static final String LINKING = "Linking";

	/**
	 * @param code the code without its prefix
	 * @param description what the rule finds, one sentence
	 * @param fix how to fix what it finds
	 */
	public record Help(String code, String description, String fix) {
	}

	private static final String TABLE = """
			Syntax | the text does not follow the Assay grammar | correct the text at the position shown; the message names what was expected there
			Linking | a name refers to nothing Assay can find | declare the element, correct the name, or import its namespace; the message says where Assay looked
			nestingTooDeep | brackets are nested deeper than 100 levels; the region is skipped | flatten the nesting or close the brackets that were left open
			unknownElement | an unknown word where a top-level element must start | use one of the element keywords the message suggests, or remove the word
			internalError | a validation rule failed on this element (a defect of Assay, not of the model) | report it with the model text; the other rules still ran
			duplicateName | a name is declared twice in one scope, or a qualified name also in another file | rename one of the two elements
			importUnresolved | an import names no namespace or element of the workspace or the catalogues | correct the imported name or add the file that declares it
			importCycle | namespaces import each other | move the shared elements into a third namespace that both import
			invalidRange | a metric's or feature's range has its minimum above its maximum | swap the two ends of the range
			thresholdOutOfRange | a threshold lies outside the metric's range | use a value inside the range (write percentages as '95 %')
			warnLevelInconsistent | a warning level is not on the passing side of its condition | move the warning level between the threshold and the passing values
			metricNotApplicable | a data metric is applied to a model, or a model metric to data | use a metric of the kind the position measures
			fairnessGroupingNotProtected | fairness is grouped by a feature not declared protected | declare the feature 'protected' or group by a protected feature
			fairnessGroupingNotCategorical | fairness is grouped by a numeric feature | group by a categorical feature
			fairnessMetricWithoutGrouping | a fairness metric has no 'by FEATURE' | add 'by' and a protected categorical feature
			groupingWithoutFairnessMetric | 'by FEATURE' is given for a metric that is not a fairness metric | remove 'by', or use a fairness metric
			numericPerturbationOnCategorical | Gaussian or uniform noise on a categorical feature | perturb a numeric feature, or swap categories instead
			categorySwapOnNonCategorical | a category swap on a numeric feature | swap the categories of a categorical feature, or add noise instead
			swapSameCategory | a category is swapped with itself | name two different categories
			nonPositiveStrength | a noise sigma or amplitude or an FGSM epsilon is not positive | give a value above 0
			splitSharesNot100 | the shares of a split do not add up to 100 % | change the shares so that they add up to 100 %
			stratifyNotCategorical | a split is stratified by a feature that is not categorical | stratify by the label or another categorical feature
			slicePredicateTypeMismatch | a slice compares a feature with a value of the wrong type | compare with a value of the feature's type
			dataFileMissing | the dataset's file does not exist | correct the path, or add the file to the project
			dataChanged | the data file's SHA-256 differs from the recorded one: its evidence is suspect | rerun the tests, then record the new hash (quick fix)
			dataHashNotRecorded | no SHA-256 is recorded for the data file | record the hash (quick fix), so that changes to the data mark evidence suspect
			categoryNameInvalid | a category is empty or starts or ends with white space | remove the white space or the empty category
			pathOutsideProject | a data, model or baseline path leaves the project and is not marked external | move the file into the project, or mark the path 'external'
			pathInvalid | a data, model or baseline path is empty or no path at all | write the path of the file, relative to the project
			dataFileUnreadable | the data file exists but cannot be read | check its permissions and that it is a file
			dataFileNotUtf8 | the data file's header line is not UTF-8 | save the file as UTF-8
			dataHeaderInvalid | the data file is empty, or its header names a column twice | give the file one header line with distinct column names
			dataColumnMissing | the header lacks a column the dataset declares | add the column to the file, or remove the feature from the dataset
			dataColumnUndeclared | the header has columns the dataset does not declare | declare them as features if the pipeline should use them
			imputeConstantMismatch | 'constant' imputation without a value, or a value without 'constant' | give 'constant' its value, or remove the value
			stepFeatureType | a preparation step does not fit the feature's type | scale and mean/median-impute numeric features, encode categorical ones
			missingSeed | training or a split has no seed, so results are not reproducible | add 'seed N' (quick fix)
			trainingValueNotPositive | epochs, batch size, learning rate or patience is not positive | give a value above 0
			monitorLevelsInverted | a monitor's warning level does not come before its failing level | order the levels so that warning is reached first
			requirementWithoutCriterion | a requirement has no acceptance criterion | add 'accept METRIC CONDITION' (quick fix)
			requirementWithoutAttribute | a requirement refines no quality attribute | add 'refines ATTRIBUTE' from a catalogue
			requirementNotVerified | no test verifies the requirement | add a test that 'verifies' it
			criterionMetricNotOfAttribute | the criterion's metric does not measure the refined attribute | use a metric of the attribute, or refine the attribute the metric measures
			baselineMissing | a 'change' condition has no 'versus baseline' | add 'versus baseline' and the baseline to compare with
			hazardNotMitigated | no requirement mitigates the hazard | add a requirement that 'mitigates' it
			patternCannotMeasureAttribute | a test verifies a requirement whose attribute its pattern cannot measure | use a pattern that measures the attribute, or verify another requirement
			testWithoutMetric | a test names no metric and its requirements provide none | name the metric in the test, or give its requirement a criterion
			testWithoutThreshold | a test has no condition and its requirements have none for its metric | add a condition to the test or to its requirement's criterion
			testVerifiesNothing | a test verifies no requirement | add 'verifies REQUIREMENT'
			repeatsInvalid | 'repeat' is below 1 | repeat at least once
			confidenceOutOfRange | a confidence level lies outside (0, 100 %) | give a level such as 95 %
			notAColumnStatistic | 'of' follows a metric that is not a column statistic | use a column statistic, or measure the whole dataset without 'of'
			columnMetricWithoutColumn | a column statistic stands where a dataset-level metric is expected | add 'of COLUMN', or use a dataset-level metric
			statisticColumnType | the statistic does not fit the column's type | use a statistic of the column's kind (docs/constraints.md lists them)
			statisticColumnCount | the statistic is given the wrong number of columns | give correlation two columns and other statistics one
			duplicateKeyColumn | a column is named twice in one statistic | remove the repeated column
			statisticArgumentInvalid | the statistic's argument is missing or out of its range | give the argument the message names, in its range
			approxNotAvailable | 'approx' on a statistic that is only computed exactly | remove 'approx'
			withinWithoutApproxQuantile | 'within' on anything but 'approx quantile' | add 'approx', or remove 'within'
			boundReversed | no value can meet the two-sided bound | swap the two numbers
			boundSidesInvalid | a two-sided bound lacks one lower and one upper side | write one lower and one upper side
			twoSidedBoundNotSupported | a two-sided bound on a metric's condition | use a one-sided condition
			columnOfOtherDataset | the column belongs to another dataset than the one checked | name a column of the checked dataset
			constraintWithoutData | the constraint does not say which data it checks | add 'on DATASET' or a partition or slice
			rowConditionType | a row condition does not fit its column's type | use a condition of the column's kind
			rangeReversed | a range's lower end is above its upper end | swap the ends
			regexInvalid | the pattern is not a valid regular expression | correct the pattern at the position the message gives
			valueNotACategory | a value is not a category of its categorical column, so it can never match | use one of the column's categories, or add the category
			referenceTypeMismatch | a column is checked against a column of a different kind | refer to a column of the same kind
			pipelineDatasetCount | a pipeline prepares more or fewer than one dataset, so it is not generated | prepare exactly one dataset
			pipelineDatasetIncomplete | the pipeline's dataset lacks a source, a label or a split, so it is not generated | add the missing source, label or split
			pipelineWithoutModel | a pipeline declares no model, so it is not generated | add a model to the pipeline
			pipelineTextColumn | a pipeline uses a text column it cannot prepare | drop the column, or declare it as a category
			pipelineDatasetFormat | the pipeline's dataset is in a format the generated pipeline does not read | use a CSV or Parquet source
			modelTaskMismatch | a regressor of a categorical label, or a classifier of a numeric one | choose the model kind that fits the label
			pretrainedFormatNotLoaded | a pre-trained model format Assay does not load | export the model in a format Assay loads
			regressorNotGenerated | the regressor's configuration is not generated | use a generated configuration (docs/regression.md)
			cnnInputShape | a CNN whose input is not one 2-D tensor feature, so it is not generated | give the CNN one 2-D tensor feature
			trainingNotGenerated | training options the generated code cannot honour | remove the option or add what it needs (e.g. 'validate on' for early stopping)
			suitePipelineNotGenerated | the suite's pipeline is not generated, so neither is the suite | fix the pipeline's own warning first
			metricNotComputed | Assay does not compute this metric in this position | use a metric Assay computes here
			patternNotForRegressor | the test pattern does not apply to a regressor | use a pattern for regressors (docs/regression.md)
			directionalFeatureNotNumeric | a directional test raises a categorical feature | raise a numeric feature
			directionalTargetOnRegressor | a directional test of a regressor names a class | remove the class
			invarianceNotSwap | an invariance test whose perturbation is not a category swap is generated disabled | perturb by a category swap
			patternNeedsTrainedModel | FGSM or a baseline comparison on a pre-trained model is generated disabled | use a model the pipeline trains
			partitionsWithoutPattern | a 'partitions' source names no pattern of file names | end the path with a pattern, e.g. "data/days/*.csv"
			patternWithoutPartitions | a data file path is a pattern that names several files | write 'source csv partitions "…"' to read them as partitions, or name one file
			partitionsWithHash | a partitioned dataset records a sha256 | remove the sha256: each partition's hash is in the lineage and the store of states
			partitionsMissing | the partition folder does not exist, cannot be listed or has no matching file | create the folder with one file per partition, or correct the pattern
			anomalyWithoutPartitions | an anomaly check is declared on a dataset without partitions | declare the source as partitions, or remove the anomaly check
			anomalySettingsInvalid | an anomaly check allows no deviation or has too short a window for a standard deviation | write a positive 'beyond K sd' and 'last N' with N at least 2
			driftWithoutPartitions | a drift check ('drift psi of last 7 < 0.25') is declared on a dataset without partitions | declare the source as partitions, or compare two views with a 'drift … between' test
			driftStateUnsuitable | the drift statistic is not psi, ks_statistic or chi_square_p_value, or the check keeps no state it can be computed from | put psi or ks_statistic on a quantile check of a numeric column, chi_square_p_value on a distinctness, uniqueness or frequency check of a categorical one
			driftSettingsInvalid | a drift check's window holds no partition or its bound is two-sided | write 'of last N' with N at least 1 and one bound, e.g. '< 0.25'
			projectWithoutPurpose | the project states no purpose, which the safety case's top goal and Annex IV need | add 'purpose "…"' to the project (quick fix)
			projectWithoutContext | the project states no operating context for the safety case | add 'context "…"' to the project (quick fix)
			reqifOriginInvalid | a requirement's 'source reqif' has an empty identifier, a malformed sha256 or an instant that is not ISO 8601 | write the ReqIF IDENTIFIER, a 64-digit hex hash and an instant such as 2026-11-30T12:00:00Z, or re-import the file
			reqifOriginDuplicate | two requirements come from the same ReqIF spec object | keep one of them, or give the other its own source
			requirementAttributeDuplicate | a requirement gives the same attribute twice | remove one of the two lines
			requirementLinkToItself | a requirement's 'link' names the requirement itself | link it to the other requirement it refines, derives from, satisfies, depends on or relates to, or remove the line
			requirementLinkDuplicate | a requirement links to the same requirement twice in the same way | remove one of the two 'link' lines
			reviewItemUnknown | a review covers an id that is no ML Test Score item | use one of mltest.data.1 … mltest.monitor.7 (quick fix: the nearest id)
			reviewItemDuplicate | a review lists an ML Test Score item twice | remove the repeated id
			reviewDateInvalid | a review's date does not exist or lies in the future | write the date of the review as YYYY-MM-DD
			reviewDocumentMissing | a review's document is outside the project or does not exist | add the document to the project, or correct its path
			aiActProjectMissing | (profile ai-act) the models declare no project, so the technical documentation has no system to describe | add 'project NAME "title" { purpose "…" context "…" provider "…" }' to one .assay file
			aiActProviderMissing | (profile ai-act) the project names no provider (Annex IV 1(a), Art. 13(3)(a)) | add 'provider "name, address, contact"' to the project, after its purpose, context and assumptions
			aiActVersionMissing | (profile ai-act) the project states no version of the AI system (Annex IV 1(a)) | add 'version "1.0.0 (…relation to earlier versions…)"' to the project, after its provider
			aiActUsersMissing | (profile ai-act) the project names no intended deployers and users (Annex IV 2(b), Art. 13(3)(b)) | add 'users "who operates it, and on whom it is used"' to the project, after its version
			aiActOversightMissing | (profile ai-act) the project states no human oversight measure (Art. 14; Annex IV 2(e), 3) | add 'oversight NAME "who can check, overrule or stop the output, and how"' to the project
			aiActLimitationsMissing | (profile ai-act) the project states no known limitation (Annex IV 3, Art. 13(3)(b)(iii)) | add 'limitation NAME "where the system is known not to work well"' to the project
			aiActPostMarketMissing | (profile ai-act) the project has no post-market monitoring plan (Art. 72(3), Annex IV 9) | add 'post-market "what is collected after release, how often, who acts on it"' as the project's last line before 'engine'
			aiActMonitorMissing | (profile ai-act) no monitor watches the system in operation (Art. 12, 72; Annex IV 9) | add 'monitor NAME watches PIPELINE { drift … }' with its reactions
			aiActHazardMissing | (profile ai-act) the models identify no hazard, so there is no risk management to document (Art. 9, Annex IV 5) | add 'hazard NAME "title" severity … likelihood …' and requirements that mitigate it
			aiActHazardUnmitigated | (profile ai-act) a hazard that no requirement mitigates (Art. 9(2)(d)) | add 'mitigates HAZARD' to the requirements that reduce it, or a requirement that does
			aiActDatasetUndocumented | (profile ai-act) a dataset without a description of its provenance, scope and collection (Annex IV 2(d)) | add 'doc "where the data comes from, when and how it was collected and labelled"' to the dataset
			aiActDatasetUnhashed | (profile ai-act) a dataset source without a recorded SHA-256 (Annex IV 2(d) provenance) | add 'sha256 "…"' to the source (the hash the run's lineage records)
			aiActProtectedUntested | (profile ai-act) a protected feature no fairness test or criterion groups by (Annex IV 2(g), discriminatory impacts) | add a test 'fairness METRIC by FEATURE' or a criterion 'accept METRIC by FEATURE …'
			aiActRobustnessUntested | (profile ai-act) no test measures robustness (Art. 15, Annex IV 2(g)) | add a 'robustness', 'adversarial' or 'invariance' test to a suite
			riskConfidenceShortfall | a test of a requirement that mitigates a hazard has a lower confidence level than the hazard's risk level requires | raise 'confidence' in the test to the level's minimum, or, if the hazard is rated too high, correct its severity or likelihood
			riskPatternMissing | the hazard's risk level requires a kind of test (slice, fairness, robustness, adversarial, drift, monitor) that no test of its mitigating requirements is | add such a test verifying one of the mitigating requirements (or a monitor of their pipeline), or override the level in the project
			riskLevelInvalid | a risk level's score range is not within 1 .. 25 or its confidence is not strictly between 0 and 100 % | write 'score LOW .. HIGH' with 1 <= LOW <= HIGH <= 25 and a confidence such as 95 %
			riskLevelOverlap | two levels of the risk table in force cover the same risk score | change one level's score range, or override the other level in the project too
			""";

	private static final Map<String, Help> HELP = parse();

	private IssueHelp() {
	}

	/** The help of every code, in the order above. */
	public static Map<String, Help> all() {
		return HELP;
	}

	/** The help of a code (with or without its prefix), or null when there is none. */
	public static Help of(String code) {
		return code == null ? null : HELP.get(shortCode(code));
	}

	/** A code without its prefix (what follows the last dot), as the text output and SARIF's rule ids show it. */
	public static String shortCode(String code) {
		return code == null ? "" : code.substring(code.lastIndexOf('.') + 1);
	}

	private static Map<String, Help> parse() {
		Map<String, Help> help = new LinkedHashMap<>();
		for (String line : TABLE.split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split(" \\| ", -1);
			help.put(parts[0].strip(), new Help(parts[0].strip(), parts[1].strip(), parts[2].strip()));
		}
		return Collections.unmodifiableMap(help);
	}
}
