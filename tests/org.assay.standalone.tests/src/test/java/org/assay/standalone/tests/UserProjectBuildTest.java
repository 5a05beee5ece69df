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
		Build build = maven();
		assertEquals(0, build.exit(), build.output());
		assertTrue(build.output().contains("Assay: 8 generated file(s) are current"), build.output());
		assertTrue(build.output().contains("Tests run: 9, Failures: 0, Errors: 0, Skipped: 0"), build.output());
		assertTrue(Files.exists(project.resolve("target/assay/runs.jsonl")), "the suites wrote their evidence");
		// the example's pom asks the plugin for the CI formats (docs/ci-formats.md)
		assertTrue(Files.readString(project.resolve("target/assay/validation.sarif")).contains("\"version\" : \"2.1.0\""));
		List<Path> reports = junitReports();
		assertEquals(List.of("TEST-breastcancer.DeployedQA.xml", "TEST-breastcancer.ScreeningQA.xml"),
				reports.stream().map(p -> p.getFileName().toString()).toList());
		for (Path report : reports) {
			assertTrue(Files.readString(report).contains("failures=\"0\" errors=\"0\" skipped=\"0\""), report.toString());
		}
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
		Path pom = project.resolve("pom.xml");
		String text = Files.readString(pom);
		String check = "<goals><goal>check</goal></goals>";
		int end = text.indexOf("</execution>", text.indexOf(check)) + "</execution>".length();
		Files.writeString(pom, text.substring(0, end) + "<execution><id>annex-iv</id><goals><goal>annex-iv</goal></goals>"
				+ "<configuration><timestamp>2026-11-30T12:00:00Z</timestamp></configuration></execution>"
				+ text.substring(end));
		Build build = maven();
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
