package org.assay.standalone.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A user's project outside this repository builds with plain {@code mvn verify} once Assay's artifacts are installed
 * in a local Maven repository (docs/user-projects.md). Each test copies a project into a temporary folder outside
 * the repository and runs Maven 3.9 on it, offline, against the repository named by the system property
 * {@value #REPOSITORY} (with the default local repository as a read-only tail for third-party artifacts).
 * {@code tests/user-project/run} installs the artifacts into a fresh repository and runs these tests; without the
 * property they are skipped.
 */
@EnabledIfSystemProperty(named = UserProjectBuildTest.REPOSITORY, matches = ".+",
		disabledReason = "needs Assay's artifacts installed: run tests/user-project/run")
class UserProjectBuildTest {

	static final String REPOSITORY = "assay.userProjects.repository";

	private Path project;

	@BeforeEach
	void createOutsideTheRepository() throws IOException {
		project = Files.createTempDirectory("assay-user-project");
		assertFalse(project.toRealPath().startsWith(GeneratorTest.ROOT.toRealPath()), "the project must lie outside " + GeneratorTest.ROOT);
	}

	@AfterEach
	void delete() throws IOException {
		try (Stream<Path> walk = Files.walk(project)) {
			for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/** The example as a user copies it: everything but its build output. */
	private void copyExample(String name) throws IOException {
		Path example = GeneratorTest.ROOT.resolve("examples").resolve(name);
		try (Stream<Path> walk = Files.walk(example)) {
			for (Path source : walk.filter(p -> !example.relativize(p).startsWith("target")).toList()) {
				Path target = project.resolve(example.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target);
				}
			}
		}
	}

	/** Runs {@code mvn -o -B verify} in the project (with the extra arguments before the goal); the exit code and the output. */
	private Build maven(String... extra) throws Exception {
		Path maven = GeneratorTest.ROOT.resolve(".mvn/dist/apache-maven-3.9.16/bin/mvn");
		String tail = System.getProperty("assay.userProjects.tail",
				Paths.get(System.getProperty("user.home"), ".m2", "repository").toString());
		List<String> command = new ArrayList<>(List.of(Files.isExecutable(maven) ? maven.toString() : "mvn", "-o", "-B",
				"-Dmaven.repo.local=" + System.getProperty(REPOSITORY), "-Dmaven.repo.local.tail=" + tail));
		command.addAll(List.of(extra));
		command.add("verify");
		Path log = Files.createTempFile("assay-user-project", ".log");
		try {
			Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
					.redirectOutput(log.toFile()).start();
			if (!process.waitFor(10, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				fail("mvn verify did not finish in 10 minutes");
			}
			return new Build(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
		} finally {
			Files.delete(log);
		}
	}

	private record Build(int exit, String output) {
	}

	@Test
	void aCopiedExampleBuildsAndRunsItsSuites() throws Exception {
		copyExample("breast-cancer");
		Build build = maven("-Dassay.annexIvTimestamp=" + PluginFiles.ANNEX_TIMESTAMP);
		assertEquals(0, build.exit(), build.output());
		assertTrue(build.output().contains("Assay: 8 generated file(s) are current"), build.output());
		assertTrue(build.output().contains("Tests run: 9, Failures: 0, Errors: 0, Skipped: 0"), build.output());
		assertTrue(Files.exists(project.resolve("target/assay/runs.jsonl")), "the suites wrote their evidence");
		// the example's pom asks the plugin for the CI formats (docs/ci-formats.md) and the deliverables
		PluginFiles.sarif(project.resolve("target/assay/validation.sarif"));
		List<Path> reports = junitReports();
		assertEquals(List.of("TEST-breastcancer.DeployedQA.xml", "TEST-breastcancer.ScreeningQA.xml"),
				reports.stream().map(p -> p.getFileName().toString()).toList());
		for (Path report : reports) {
			PluginFiles.junit(report);
			assertTrue(Files.readString(report).contains("failures=\"0\" errors=\"0\" skipped=\"0\""), report.toString());
		}
		PluginFiles.sameAsTheCommandLine(project);
		assertTrue(build.output().contains("Assay: ML Test Score 0 (More of a research project"), build.output());
		assertTrue(Files.readString(project.resolve("target/assay/safety-case.svg")).contains("data-status=\"WARN\" "
				+ "data-element=\"breastcancer.ScreeningQA.WorstSlice\""), "the run's verdicts are in the safety case");
	}

	/**
	 * German credit, with its failing suite run (-DskipTests=false) and Surefire told to go on: the plugin writes the
	 * safety case and the score from this run, the JUnit XML with the two failures, and then fails the build on them.
	 */
	@Test
	void germanCreditsDeliverablesShowItsFailingFairnessTests() throws Exception {
		copyExample("german-credit");
		Build build = maven("-DskipTests=false", "-Dmaven.test.failure.ignore=true",
				"-Dassay.annexIvTimestamp=" + PluginFiles.ANNEX_TIMESTAMP);
		assertNotEquals(0, build.exit(), build.output());
		assertTrue(build.output().contains("Assay: 2 test(s) failed the quality gate"), build.output());
		PluginFiles.sarif(project.resolve("target/assay/validation.sarif"));
		Path junit = project.resolve("target/assay-junit/TEST-germancredit.ScoringQA.xml");
		PluginFiles.junit(junit);
		assertTrue(Files.readString(junit).contains("tests=\"4\" failures=\"2\" errors=\"0\" skipped=\"0\""),
				Files.readString(junit));
		PluginFiles.sameAsTheCommandLine(project);
		String svg = Files.readString(project.resolve("target/assay/safety-case.svg"));
		assertTrue(svg.contains("data-status=\"FAIL\" data-element=\"germancredit.ScoringQA.ApprovalParity\""), svg);
		String score = Files.readString(project.resolve("target/assay/ml-test-score.txt"));
		assertTrue(score.contains("Data: 1 of 7"), score);
		assertTrue(score.contains("Model 7    1   automated The model is tested for considerations of inclusion — test "
				+ "germancredit.ScoringQA.ApprovalParity (FAIL)"), score);
		assertTrue(build.output().contains("Assay: technical documentation (Annex IV) of Credit scoring of loan applications"),
				build.output());
	}

	/**
	 * With Surefire told to go on after failing tests, the plugin's junit-xml goal writes the verdicts and fails the
	 * build on the quality gate itself.
	 */
	@Test
	void theJUnitXmlGoalWritesTheVerdictsAndFailsTheGate() throws Exception {
		copyExample("breast-cancer");
		Path model = project.resolve("breast-cancer.assay");
		Files.writeString(model, Files.readString(model).replace("accept accuracy >= 0.93", "accept accuracy >= 0.999"));
		Build build = maven("-Dmaven.test.failure.ignore=true", "assay:generate"); // the raised threshold is generated code
		assertNotEquals(0, build.exit(), build.output());
		assertTrue(build.output().matches("(?s).*Assay: \\d+ test\\(s\\) failed the quality gate.*"), build.output());
		String screening = Files.readString(project.resolve("target/assay-junit/TEST-breastcancer.ScreeningQA.xml"));
		assertTrue(screening.contains("<failure message=\"FAIL: accuracy = "), screening);
		assertTrue(screening.contains("criterion &gt;= 0.999"), screening);
	}

	private List<Path> junitReports() throws IOException {
		try (Stream<Path> list = Files.list(project.resolve("target/assay-junit"))) {
			return list.sorted().toList();
		}
	}

	/**
	 * annex (#11): the plugin's annex-iv goal, added to a user's pom, writes the Annex IV bundle after the suites ran
	 * (docs/annex-iv.md), with the run's evidence, a manifest that verifies, and the model gaps logged as warnings.
	 */
	@Test
	void theAnnexIvGoalWritesTheDocumentationAfterTheSuites() throws Exception {
		copyExample("breast-cancer");
		// the example's pom runs the goal with the other deliverables (profile 'deliverables'); the timestamp pinned here
		Build build = maven("-Dassay.annexIvTimestamp=2026-11-30T12:00:00Z");
		assertEquals(0, build.exit(), build.output());
		assertTrue(build.output().contains("Assay: technical documentation (Annex IV) of Decision support for breast-cancer "
				+ "screening in "), build.output());
		assertTrue(build.output().contains("[WARNING] Assay: Annex IV 1(a), Art. 13(3)(a): breast-cancer.assay:7: Project "
				+ "'Diagnosis' names no provider"), build.output());
		Path bundle = project.resolve("target/assay/annex-iv");
		String json = Files.readString(bundle.resolve("annex-iv.json"));
		assertTrue(json.contains("\"generated\": \"2026-11-30T12:00:00Z\""), json);
		assertFalse(json.contains("\"evidence\": {\"run\": null"), "the suites' run is the evidence");
		List<String> manifest = Files.readAllLines(bundle.resolve("manifest.sha256"));
		assertEquals(3, manifest.size());
		for (String line : manifest) {
			String[] parts = line.split("  ");
			byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(bundle.resolve(parts[1])));
			assertEquals(java.util.HexFormat.of().formatHex(hash), parts[0], line);
		}
	}

	/** The New Assay Project wizard's pom (bundles/org.assay.ui/templates/pom.xml) around a real model. */
	@Test
	void theWizardsPomBuildsAProject() throws Exception {
		copyExample("breast-cancer");
		String template = Files.readString(GeneratorTest.ROOT.resolve("bundles/org.assay.ui/templates/pom.xml"));
		assertTrue(template.contains("${artifactId}") && template.contains("${name}"), template);
		Files.writeString(project.resolve("pom.xml"),
				template.replace("${artifactId}", "screening-qa").replace("${name}", "Screening QA &amp; review"));
		Build build = maven();
		assertEquals(0, build.exit(), build.output());
		assertTrue(build.output().contains("Building Screening QA & review 0.1.0-SNAPSHOT"), build.output());
		assertTrue(build.output().contains("Tests run: 9, Failures: 0, Errors: 0, Skipped: 0"), build.output());
	}

	/** The Maven check goal fails a build whose checked-in code was generated for a suite since renamed. */
	@Test
	void theCheckGoalFailsOnOrphanedGeneratedFiles() throws Exception {
		copyExample("breast-cancer");
		Path model = project.resolve("breast-cancer.assay");
		Files.writeString(model, Files.readString(model).replace("suite DeployedQA", "suite DeployedChecks"));
		Build build = maven();
		assertNotEquals(0, build.exit(), build.output());
		assertTrue(build.output().contains("orphaned generated file: src/generated/test/java/breastcancer/AbstractDeployedQATest.java"),
				build.output());
		assertTrue(build.output().contains("orphaned src/test/java/breastcancer/DeployedQATest.java: hand-written"), build.output());
		assertFalse(build.output().contains("Tests run:"), "nothing runs on stale or orphaned code: " + build.output());
	}
}
