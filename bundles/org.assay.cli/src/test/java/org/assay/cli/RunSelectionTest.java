package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.assay.runtime.results.Run;
import org.assay.runtime.results.RunsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assay run --suite S --test T} (what the IDE's Run Assay Test runs): only the selected test runs, on a copy of
 * the German credit example, whose other tests (fairness) fail by design.
 */
class RunSelectionTest {

	@TempDir
	Path project;

	private String run(int expectedExit, String... options) {
		StringWriter out = new StringWriter();
		List<String> arguments = new java.util.ArrayList<>(List.of("run", project.toString()));
		arguments.addAll(List.of(options));
		int code = AssayCli.run(new PrintWriter(out), new PrintWriter(out), arguments.toArray(String[]::new));
		assertEquals(expectedExit, code, out::toString);
		return out.toString();
	}

	@Test
	void oneTestOfASuiteRunsAlone() throws Exception {
		RunCommandTest.copyExample("german-credit", project);
		String out = run(0, "--suite", "ScoringQA", "--test", "Accuracy");
		assertTrue(out.contains("[3/4] training and running the test ScoringQA.Accuracy"), out);
		assertTrue(out.contains("germancredit.R1            Accuracy               PASS"), out);
		assertFalse(out.contains("ApprovalParity"), "the failing fairness tests did not run: " + out);
		assertTrue(out.contains("1 test(s) run, 0 skipped"), out);
		List<Run> runs = RunsFile.read(project.resolve(RunsFile.PATH));
		assertEquals(List.of("Accuracy"), runs.get(runs.size() - 1).evidence().stream().map(e -> e.test()).toList());
	}

	@Test
	void aSuiteOrTestThatIsNotThereIsAnErrorThatSaysSo() throws Exception {
		RunCommandTest.copyExample("german-credit", project);
		String out = run(2, "--suite", "ScoringQA", "--test", "NoSuchTest");
		assertTrue(out.contains("assay run: no test ScoringQA.NoSuchTest in "), out);
		out = run(2, "--test", "Accuracy");
		assertTrue(out.contains("--test Accuracy needs the suite it belongs to: --suite SUITE --test Accuracy"), out);
	}
}
