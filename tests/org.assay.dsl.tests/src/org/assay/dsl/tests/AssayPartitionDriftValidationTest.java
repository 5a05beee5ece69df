package org.assay.dsl.tests;

import static org.assay.dsl.validation.IssueCodes.DRIFT_SETTINGS_INVALID;
import static org.assay.dsl.validation.IssueCodes.DRIFT_STATE_UNSUITABLE;
import static org.assay.dsl.validation.IssueCodes.DRIFT_WITHOUT_PARTITIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assay.model.DataQualityTest;
import org.assay.model.Dataset;
import org.assay.model.PartitionDrift;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * Drift checks of partitioned datasets ({@code … drift psi of last 7 < 0.25}, issue #10) on real folders: parsing, and
 * one positive and one negative case per rule, with the issue's code and position.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class AssayPartitionDriftValidationTest {

	@Inject
	private AssayTestSupport support;

	@TempDir
	Path project;

	private static final String DATASET = """
			namespace shop
			import assay.iso25012.*
			dataset Orders {
				%s
				feature amount : double
				feature country : category [DE, FR, last]
				check shape : %s
			}
			""";

	private static final String PARTITIONS = "source csv partitions \"data/days/*.csv\"";

	private XtextResource load(String source, String check) throws Exception {
		Files.writeString(project.resolve("pom.xml"), "<project/>");
		Path folder = Files.createDirectories(project.resolve("data/days"));
		Files.writeString(folder.resolve("2024-01-01.csv"), "amount,country\n1.5,DE\n");
		Files.writeString(project.resolve("data/one.csv"), "amount,country\n1.5,DE\n");
		Path model = project.resolve("m.assay");
		Files.writeString(model, DATASET.formatted(source, check));
		XtextResourceSet set = support.newResourceSet();
		return (XtextResource) set.getResource(URI.createFileURI(model.toString()), true);
	}

	private List<Issue> validate(String source, String check) throws Exception {
		return support.validate(load(source, check));
	}

	private static List<Issue> problems(List<Issue> issues) {
		return issues.stream().filter(i -> i.getSeverity() == Severity.ERROR || i.getSeverity() == Severity.WARNING).toList();
	}

	@Test
	void driftChecksOnAQuantileAndOnValueCountsParseAndValidate() throws Exception {
		XtextResource resource = load(PARTITIONS, "approx quantile 0.5 of amount > 0 anomaly beyond 3 sd of last 7 "
				+ "drift psi of last 7 < 0.25");
		List<Issue> issues = support.validate(resource);
		assertEquals(List.of(), problems(issues), () -> AssayTestSupport.describe(issues));
		Dataset orders = (Dataset) support.model(resource).getElements().get(0);
		DataQualityTest check = (DataQualityTest) orders.getChecks().get(0).getPattern();
		PartitionDrift drift = check.getDrift();
		assertEquals("psi", drift.getStatistic().getName());
		assertEquals(7, drift.getWindow());
		assertEquals(0.25, drift.getCondition().getThreshold());
		assertEquals(7, check.getAnomaly().getWindow(), "an anomaly check and a drift check on one check");
		for (String ok : List.of("quantile 0.9 of amount < 1000 drift ks_statistic of last 3 < 0.1",
				"distinctness of country > 0 drift chi_square_p_value of last 1 >= 0.05 warn below 0.1")) {
			List<Issue> found = validate(PARTITIONS, ok);
			assertEquals(List.of(), problems(found), () -> ok + "\n" + AssayTestSupport.describe(found));
		}
	}

	@Test
	void aDriftCheckNeedsPartitions() throws Exception {
		Issue single = AssayCrossFileValidationTest.single(validate("source csv \"data/one.csv\"",
				"quantile 0.5 of amount > 0 drift psi of last 7 < 0.25"), DRIFT_WITHOUT_PARTITIONS);
		assertEquals(Severity.ERROR, single.getSeverity());
		assertEquals(7, single.getLineNumber());
		assertEquals("A drift check compares the newest partition with the ones before it, and Orders has no partitions. "
				+ "Declare its source as partitions (source csv partitions \"data/days/*.csv\"), or compare two views with a "
				+ "test: drift psi of COLUMN between REFERENCE and CURRENT < 0.25.", single.getMessage());
		AssayCrossFileValidationTest.assertNone(validate(PARTITIONS, "quantile 0.5 of amount > 0 drift psi of last 7 < 0.25"),
				DRIFT_WITHOUT_PARTITIONS);
	}

	@Test
	void theStatisticMustBeOneTheChecksStateGives() throws Exception {
		Issue onMean = AssayCrossFileValidationTest.single(validate(PARTITIONS, "mean of amount > 0 drift psi of last 7 < 0.25"),
				DRIFT_STATE_UNSUITABLE);
		assertEquals(Severity.ERROR, onMean.getSeverity());
		assertEquals(7, onMean.getLineNumber());
		assertEquals("psi compares the distribution of one numeric column, which this check does not keep. Put the drift "
				+ "check on a quantile check of the column, e.g. 'approx quantile 0.5 of amount > 0 drift psi of last 7 < 0.25' "
				+ "(exact 'quantile' keeps every value).", onMean.getMessage());
		Issue chiOnNumbers = AssayCrossFileValidationTest.single(validate(PARTITIONS,
				"quantile 0.5 of amount > 0 drift chi_square_p_value of last 7 >= 0.05"), DRIFT_STATE_UNSUITABLE);
		assertTrue(chiOnNumbers.getMessage().startsWith("chi_square_p_value compares value counts of one categorical column"),
				chiOnNumbers.getMessage());
		Issue notDrift = AssayCrossFileValidationTest.single(validate(PARTITIONS,
				"quantile 0.5 of amount > 0 drift mean of last 7 < 0.25"), DRIFT_STATE_UNSUITABLE);
		assertEquals("'mean' is no drift statistic a partition's stored states give: use psi or ks_statistic for a numeric "
				+ "column, chi_square_p_value for a categorical one.", notDrift.getMessage());
	}

	@Test
	void theWindowHoldsAPartitionAndTheBoundIsOneSided() throws Exception {
		Issue window = AssayCrossFileValidationTest.single(validate(PARTITIONS,
				"quantile 0.5 of amount > 0 drift psi of last 0 < 0.25"), DRIFT_SETTINGS_INVALID);
		assertEquals(Severity.ERROR, window.getSeverity());
		assertEquals(7, window.getLineNumber());
		assertTrue(window.getMessage().startsWith("'of last 0' compares with no partition"), window.getMessage());
		Issue twoSided = AssayCrossFileValidationTest.single(validate(PARTITIONS,
				"quantile 0.5 of amount > 0 drift psi of last 7 between 0.1 and 0.25"), DRIFT_SETTINGS_INVALID);
		assertEquals("A drift check takes one bound: write '< 0.25' for psi or ks_statistic, '>= 0.05' for "
				+ "chi_square_p_value.", twoSided.getMessage());
	}
}
