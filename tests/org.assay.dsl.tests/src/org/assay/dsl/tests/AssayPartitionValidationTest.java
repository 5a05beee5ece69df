package org.assay.dsl.tests;

import static org.assay.dsl.validation.IssueCodes.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assay.model.AnomalyWatch;
import org.assay.model.DataQualityTest;
import org.assay.model.Dataset;
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
 * Partitioned datasets ({@code source csv partitions "data/days/*.csv"}) and anomaly checks on their series, on real
 * folders: one positive and one negative case per rule, with the issue's code and position.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class AssayPartitionValidationTest {

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
				feature sd : int
				feature last : category [partitions, anomaly, beyond]
				check mean_amount : mean of amount > 0%s
			}
			""";

	private XtextResource load(String source, String anomaly) throws Exception {
		Files.writeString(project.resolve("pom.xml"), "<project/>");
		Path model = project.resolve("m.assay");
		Files.writeString(model, DATASET.formatted(source, anomaly));
		XtextResourceSet set = support.newResourceSet();
		return (XtextResource) set.getResource(URI.createFileURI(model.toString()), true);
	}

	private List<Issue> validate(String source, String anomaly) throws Exception {
		return support.validate(load(source, anomaly));
	}

	private void days(String... names) throws Exception {
		Path folder = Files.createDirectories(project.resolve("data/days"));
		for (String name : names) {
			Files.writeString(folder.resolve(name), "amount,sd,last\n1.5,2,beyond\n");
		}
	}

	private static List<Issue> problems(List<Issue> issues) {
		return issues.stream().filter(i -> i.getSeverity() == Severity.ERROR || i.getSeverity() == Severity.WARNING).toList();
	}

	@Test
	void aPartitionedSourceWithAnAnomalyCheckParsesAndValidates() throws Exception {
		days("2024-01-01.csv", "2024-01-02.csv");
		XtextResource resource = load("source csv partitions \"data/days/*.csv\"", " anomaly beyond 2.5 sd of last 7");
		List<Issue> issues = support.validate(resource);
		assertEquals(List.of(), problems(issues), () -> AssayTestSupport.describe(issues));
		Dataset orders = (Dataset) support.model(resource).getElements().get(0);
		assertTrue(orders.getSource().isPartitioned());
		assertEquals("data/days/*.csv", orders.getSource().getPath());
		AnomalyWatch anomaly = ((DataQualityTest) orders.getChecks().get(0).getPattern()).getAnomaly();
		assertEquals(2.5, anomaly.getSigmas());
		assertEquals(7, anomaly.getWindow());
		assertEquals(List.of("amount", "sd", "last"), orders.getFeatures().stream().map(f -> f.getName()).toList(),
				"the new words stay usable as names");
	}

	@Test
	void partitionsNeedAPatternAndAPatternNeedsPartitions() throws Exception {
		days("2024-01-01.csv");
		Issue noPattern = AssayCrossFileValidationTest.single(validate("source csv partitions \"data/days\"", ""),
				PARTITIONS_WITHOUT_PATTERN);
		assertEquals(Severity.ERROR, noPattern.getSeverity());
		assertEquals(4, noPattern.getLineNumber());
		assertEquals("'partitions' reads the files of a folder, one per partition, but 'data/days' names no pattern. End the "
				+ "path with a pattern of file names, e.g. \"data/days/*.csv\".", noPattern.getMessage());
		Issue noPartitions = AssayCrossFileValidationTest.single(validate("source csv \"data/days/*.csv\"", ""),
				PATTERN_WITHOUT_PARTITIONS);
		assertEquals(Severity.ERROR, noPartitions.getSeverity());
		assertTrue(noPartitions.getMessage().contains("Write 'source csv partitions \"data/days/*.csv\"'"),
				noPartitions.getMessage());
		AssayCrossFileValidationTest.assertNone(validate("source csv partitions \"data/days/2024-??-*.csv\"", ""),
				PATTERN_WITHOUT_PARTITIONS);
	}

	@Test
	void aPartitionedSourceRecordsNoHash() throws Exception {
		days("2024-01-01.csv");
		Issue hash = AssayCrossFileValidationTest.single(
				validate("source csv partitions \"data/days/*.csv\" sha256 \"abc\"", ""), PARTITIONS_WITH_HASH);
		assertEquals(Severity.ERROR, hash.getSeverity());
	}

	@Test
	void aMissingFolderOrOneWithoutMatchingFilesIsAWarningAtThePath() throws Exception {
		Issue missing = AssayCrossFileValidationTest.single(validate("source csv partitions \"data/days/*.csv\"", ""),
				PARTITIONS_MISSING);
		assertEquals(Severity.WARNING, missing.getSeverity());
		assertEquals(4, missing.getLineNumber());
		assertEquals("\tsource csv partitions ".length() + 1, missing.getColumn(), "at the path");
		assertTrue(missing.getMessage().startsWith("Partition folder 'data/days' does not exist (looked in "),
				missing.getMessage());
		assertTrue(missing.getMessage().endsWith("Create it with one file per partition, e.g. data/days/2024-01-01.csv; tests "
				+ "on this dataset report NO_DATA until then."), missing.getMessage());
		days("readme.txt");
		Issue empty = AssayCrossFileValidationTest.single(validate("source csv partitions \"data/days/*.csv\"", ""),
				PARTITIONS_MISSING);
		assertEquals("No file in 'data/days' matches '*.csv', so the dataset has no partition yet. Add the partitions' files "
				+ "or correct the pattern; tests on this dataset report NO_DATA until then.", empty.getMessage());
		days("2024-01-01.csv");
		List<Issue> found = validate("source csv partitions \"data/days/*.csv\"", "");
		AssayCrossFileValidationTest.assertNone(found, PARTITIONS_MISSING);
		AssayCrossFileValidationTest.assertNone(found, DATA_FILE_MISSING);
	}

	@Test
	void anAnomalyCheckNeedsPartitionsAndSensibleSettings() throws Exception {
		days("2024-01-01.csv");
		Files.writeString(project.resolve("data/one.csv"), "amount,sd,last\n1,2,beyond\n");
		Issue single = AssayCrossFileValidationTest.single(
				validate("source csv \"data/one.csv\"", " anomaly beyond 3 sd of last 7"), ANOMALY_WITHOUT_PARTITIONS);
		assertEquals(Severity.ERROR, single.getSeverity());
		assertEquals(8, single.getLineNumber());
		assertTrue(single.getMessage().startsWith("An anomaly check watches a statistic's values over the dataset's "
				+ "partitions, and Orders has none."), single.getMessage());
		Issue sigmas = AssayCrossFileValidationTest.single(
				validate("source csv partitions \"data/days/*.csv\"", " anomaly beyond 0 sd of last 7"), ANOMALY_SETTINGS_INVALID);
		assertTrue(sigmas.getMessage().startsWith("'beyond 0.0 sd' allows no deviation at all"), sigmas.getMessage());
		Issue window = AssayCrossFileValidationTest.single(
				validate("source csv partitions \"data/days/*.csv\"", " anomaly beyond 3 sd of last 1"), ANOMALY_SETTINGS_INVALID);
		assertTrue(window.getMessage().startsWith("'last 1' gives no standard deviation"), window.getMessage());
	}
}
