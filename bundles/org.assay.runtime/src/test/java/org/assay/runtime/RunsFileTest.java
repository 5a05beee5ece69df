package org.assay.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.assay.runtime.data.DataFindings;
import org.assay.runtime.data.DataProblem.Kind;
import org.assay.runtime.lineage.Lineage;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.results.Run;
import org.assay.runtime.results.RunInfo;
import org.assay.runtime.results.RunsFile;
import org.assay.runtime.stats.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code runs.jsonl}: runs appended line by line, read back with their evidence and data findings; old files load. */
class RunsFileTest {

	@TempDir
	Path folder;

	private static final Lineage LINEAGE = Lineage.builder().seed("train", 7).version("djl", "0.36.0").build();

	private static Evidence evidence(String test, double value, Verdict verdict) {
		return new Evidence("credit.ScoringQA", test, List.of("credit.R1"), "credit.assay:62", "accuracy", value, value - 0.02,
				value + 0.02, 0.95, ">= 0.85", verdict, "accuracy " + value, LINEAGE, List.of());
	}

	private static final DataFindings FINDINGS = new DataFindings("data/hr.csv", 1470, List.of(new DataFindings.Finding(
			"BusinessTravel", Kind.UNKNOWN_CATEGORY, "[Travel_Rarely, Travel_Frequently]", 150, Map.of("Non-Travel", 150L), 0,
			List.of(5L, 17L, 23L))), List.of("EmployeeNumber"));

	@Test
	void runsAreAppendedLineByLineAndReadBackInOrder() throws Exception {
		Path file = folder.resolve(RunsFile.PATH);
		RunInfo first = new RunInfo("20261130T100000Z-aaaaaa", "2026-11-30T10:00:00Z", "0123456789abcdef0123456789abcdef01234567");
		RunInfo second = new RunInfo("20261130T110000Z-bbbbbb", "2026-11-30T11:00:00Z", null);
		RunsFile.append(file, first, FINDINGS);
		RunsFile.append(file, first, evidence("Accuracy", 0.87, Verdict.PASS));
		Evidence error = new Evidence("credit.ScoringQA", "Completeness", List.of("credit.R5"), "credit.assay:69", null,
				Double.NaN, Double.NaN, Double.NaN, 0.95, ">= 0.99", Verdict.ERROR, "data/a.csv:3:0: ragged-row", LINEAGE,
				List.of("data/a.csv:3:0: ragged-row: the row has 3 fields but the header has 4."));
		RunsFile.append(file, first, error);
		long sizeAfterFirst = Files.size(file);
		String before = Files.readString(file);
		RunsFile.append(file, second, evidence("Accuracy", 0.80, Verdict.FAIL));
		RunsFile.append(file, second, FINDINGS); // a second suite of the run loaded the same data: recorded once

		assertEquals(before, Files.readString(file).substring(0, (int) sizeAfterFirst), "appending leaves earlier lines as they were");
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertEquals(7, lines.size(), "two run lines, three evidence lines, two data lines: " + lines);
		assertTrue(lines.get(0).contains("\"record\":\"run\"") && lines.get(0).contains("\"schema\":\"assay-results/2\""), lines.get(0));
		assertTrue(lines.get(2).contains("\"value\":0.87"), lines.get(2));
		assertTrue(lines.get(3).contains("\"value\":null"), "NaN is written as null: " + lines.get(3));

		List<Run> runs = RunsFile.read(file);
		assertEquals(List.of(first, second), runs.stream().map(Run::info).toList());
		assertEquals(List.of(evidence("Accuracy", 0.87, Verdict.PASS), error), runs.get(0).evidence());
		assertTrue(Double.isNaN(runs.get(0).evidence().get(1).value()));
		assertEquals(List.of(FINDINGS), runs.get(0).data());
		assertEquals(List.of(FINDINGS), runs.get(1).data());
		assertNull(runs.get(1).info().commit());
		Map<String, List<Evidence>> history = Run.history(runs, 10);
		assertEquals(List.of(Verdict.PASS, Verdict.FAIL), history.get("credit.ScoringQA.Accuracy").stream().map(Evidence::verdict)
				.toList());
		assertEquals(1, Run.history(runs, 1).get("credit.ScoringQA.Accuracy").size());
		try (var files = Files.list(file.getParent())) {
			assertEquals(1, files.count(), "no temporary file is left behind");
		}
	}

	@Test
	void theLifeCycleStageIsRecordedWhereKnownAndLeftOutWhereNot() throws Exception {
		Path file = folder.resolve(RunsFile.PATH);
		RunInfo run = new RunInfo("20261130T100000Z-cccccc", "2026-11-30T10:00:00Z", null);
		Evidence plain = evidence("Accuracy", 0.87, Verdict.PASS);
		Evidence deployed = new Evidence(plain.suite(), "DeployedAccuracy", plain.requirements(), plain.source(), plain.metric(),
				0.9, 0.88, 0.92, 0.99, plain.criterion(), Verdict.PASS, "deployed", LINEAGE, List.of(), "deployment");
		RunsFile.append(file, run, plain);
		RunsFile.append(file, run, deployed);
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertFalse(lines.get(1).contains("phase"), "no stage known, no field: " + lines.get(1));
		assertTrue(lines.get(2).endsWith(",\"phase\":\"deployment\"}"), lines.get(2));
		List<Evidence> read = RunsFile.read(file).get(0).evidence();
		assertNull(read.get(0).phase());
		assertEquals("deployment", read.get(1).phase());
		assertEquals(deployed, read.get(1));
	}

	@Test
	void aLastLineCutShortByACrashIsIgnoredButABrokenLineInsideIsLocated() throws Exception {
		Path file = folder.resolve("runs.jsonl");
		RunInfo run = new RunInfo("r1", "2026-11-30T10:00:00Z", null);
		RunsFile.append(file, run, evidence("Accuracy", 0.87, Verdict.PASS));
		String whole = Files.readString(file);
		Files.writeString(file, whole + "{\"record\":\"evidence\",\"run\":\"r1\",\"suite\":\"cre");
		assertEquals(1, RunsFile.read(file).get(0).evidence().size());

		Files.writeString(file, whole + "{not json\n" + whole);
		var e = assertThrows(java.io.IOException.class, () -> RunsFile.read(file));
		assertTrue(e.getMessage().contains("runs.jsonl:3: not a JSON record"), e.getMessage());

		Files.writeString(file, whole.replace("assay-results/2", "assay-results/9"));
		e = assertThrows(java.io.IOException.class, () -> RunsFile.read(file));
		assertTrue(e.getMessage().contains("runs.jsonl:1: run r1 has results format 'assay-results/9'"), e.getMessage());
	}

	@Test
	void anOldResultsFileLoadsAsTheFirstRun() throws Exception {
		// written by the results writer of Assay before runs (assay-results/1), kept as a fixture
		Path target = Files.createDirectories(folder.resolve("target/assay"));
		Files.copy(Paths.get("src/test/resources/results-v1/results.json"), target.resolve("results.json"));
		Path file = target.resolve("runs.jsonl");
		List<Run> old = RunsFile.read(file);
		assertEquals(1, old.size());
		assertEquals(RunsFile.LEGACY_RUN, old.get(0).info().id());
		assertEquals(List.of("Accuracy", "Completeness", "Accuracy"), old.get(0).evidence().stream().map(Evidence::test).toList());
		assertEquals(Verdict.INCONCLUSIVE, old.get(0).latest().get("breastcancer.ScreeningQA.Accuracy").verdict());
		assertTrue(Double.isNaN(old.get(0).evidence().get(1).value()));
		assertEquals(42L, old.get(0).evidence().get(0).lineage().seeds().get("split"));

		RunInfo now = new RunInfo("r2", "2026-11-30T12:00:00Z", null);
		Evidence again = old.get(0).evidence().get(0);
		RunsFile.append(file, now, new Evidence(again.suite(), again.test(), again.requirements(), again.source(), again.metric(),
				0.95, 0.93, 0.97, 0.95, again.criterion(), Verdict.PASS, "accuracy 0.95", LINEAGE, List.of()));
		List<Run> runs = RunsFile.read(file);
		assertEquals(List.of(RunsFile.LEGACY_RUN, "r2"), runs.stream().map(r -> r.info().id()).toList());
		assertEquals(List.of(Verdict.INCONCLUSIVE, Verdict.PASS), Run.history(runs, 5).get("breastcancer.ScreeningQA.Accuracy")
				.stream().map(Evidence::verdict).toList());
	}

	@Test
	void theCommitIsReadFromGitWithoutAGitProcess() throws Exception {
		String hash = "0123456789abcdef0123456789abcdef01234567";
		Path repository = folder.resolve("repo");
		Path project = Files.createDirectories(repository.resolve("examples/credit"));
		assertNull(RunInfo.commit(project), "not in a repository (the temporary folder is outside any)");
		Files.createDirectories(repository.resolve(".git/refs/heads"));
		Files.writeString(repository.resolve(".git/HEAD"), "ref: refs/heads/main\n");
		assertNull(RunInfo.commit(project), "an unborn branch has no commit");
		Files.writeString(repository.resolve(".git/packed-refs"), "# pack-refs with: peeled fully-peeled sorted\n" + hash
				+ " refs/heads/main\n");
		assertEquals(hash, RunInfo.commit(project));
		String newer = "fedcba9876543210fedcba9876543210fedcba98";
		Files.writeString(repository.resolve(".git/refs/heads/main"), newer + "\n");
		assertEquals(newer, RunInfo.commit(project), "a loose ref wins over packed-refs");
		Files.writeString(repository.resolve(".git/HEAD"), hash + "\n");
		assertEquals(hash, RunInfo.commit(project), "a detached HEAD");

		RunInfo current = RunInfo.current(project);
		assertSame(current, RunInfo.current(project), "one run per JVM unless named");
		assertEquals(hash, current.commit());
		assertTrue(current.id().matches("\\d{8}T\\d{6}Z-[0-9a-f]{6}"), current.id());
	}
}
