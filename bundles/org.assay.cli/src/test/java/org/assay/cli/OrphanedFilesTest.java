package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A suite renamed or deleted in the model: {@code generate --check} fails on what is left over, {@code generate}
 * removes the old generated suite and lists the hand-written one, and {@code run} runs only the suites the model has.
 */
class OrphanedFilesTest {

	@TempDir
	Path project;

	private String cli(int expectedExit, String... args) {
		StringWriter out = new StringWriter();
		int code = AssayCli.run(new PrintWriter(out), new PrintWriter(out), args);
		assertEquals(expectedExit, code, out::toString);
		return out.toString();
	}

	/** The breast-cancer example with suite DeployedQA renamed to DeployedChecks and suite ScreeningQA deleted. */
	private void renameAndDelete() throws Exception {
		RunCommandTest.copyExample("breast-cancer", project);
		Path model = project.resolve("breast-cancer.assay");
		String text = Files.readString(model);
		int screening = text.indexOf("suite ScreeningQA");
		int deployed = text.indexOf("suite DeployedQA");
		assertTrue(screening > 0 && deployed > screening, text);
		Files.writeString(model, text.substring(0, screening)
				+ text.substring(deployed).replace("suite DeployedQA", "suite DeployedChecks"));
	}

	@Test
	void checkFailsOnTheGeneratedFilesOfARenamedSuite() throws Exception {
		renameAndDelete();
		String out = cli(1, "generate", "--check", project.toString());
		assertTrue(out.contains("orphaned: src/generated/test/java/breastcancer/AbstractDeployedQATest.java (generated for a "
				+ "model element that no longer exists"), out);
		assertTrue(out.contains("orphaned: src/generated/test/java/breastcancer/AbstractScreeningQATest.java"), out);
		assertTrue(out.contains("stale: src/generated/test/java/breastcancer/AbstractDeployedChecksTest.java"), out);
		assertTrue(out.contains("2 orphaned generated, 2 orphaned hand-written"), out);
		assertTrue(Files.exists(project.resolve("src/generated/test/java/breastcancer/AbstractDeployedQATest.java")),
				"--check writes and removes nothing");
	}

	@Test
	void generateRemovesTheOldGeneratedSuiteAndListsTheHandWrittenOne() throws Exception {
		renameAndDelete();
		String out = cli(0, "generate", project.toString());
		assertTrue(out.contains("removed src/generated/test/java/breastcancer/AbstractDeployedQATest.java"), out);
		assertTrue(out.contains("warning: orphaned src/test/java/breastcancer/DeployedQATest.java: hand-written, extends "
				+ "AbstractDeployedQATest, which Assay generated for suite DeployedQA; that element no longer exists"), out);
		assertTrue(out.contains("2 removed, 2 orphaned"), out);
		assertFalse(Files.exists(project.resolve("src/generated/test/java/breastcancer/AbstractDeployedQATest.java")));
		assertFalse(Files.exists(project.resolve("src/generated/test/java/breastcancer/AbstractScreeningQATest.java")));
		assertTrue(Files.exists(project.resolve("src/test/java/breastcancer/DeployedQATest.java")), "hand-written: never deleted");
		assertTrue(Files.exists(project.resolve("src/test/java/breastcancer/DeployedChecksTest.java")));

		// what is left is only the hand-written files, which --check still names (the project would not compile)
		String check = cli(1, "generate", "--check", project.toString());
		assertTrue(check.contains("0 stale, 0 orphaned generated, 2 orphaned hand-written"), check);
		Files.delete(project.resolve("src/test/java/breastcancer/DeployedQATest.java"));
		Files.delete(project.resolve("src/test/java/breastcancer/ScreeningQATest.java"));
		String clean = cli(0, "generate", "--check", project.toString());
		assertTrue(clean.contains("0 stale, 0 orphaned generated, 0 orphaned hand-written"), clean);
	}

	/** Found: a renamed suite left the old generated suite running beside the new one (6 tests instead of 3). */
	@Test
	void runRunsOnlyTheSuitesOfTheModel() throws Exception {
		RunCommandTest.copyExample("breast-cancer", project);
		Path model = project.resolve("breast-cancer.assay");
		String text = Files.readString(model);
		// first a run of the deployed suite alone, so that its compiled classes are there too
		Files.writeString(model, text.substring(0, text.indexOf("suite ScreeningQA")) + text.substring(text.indexOf("suite DeployedQA")));
		Files.delete(project.resolve("src/test/java/breastcancer/ScreeningQATest.java"));
		Files.delete(project.resolve("src/generated/test/java/breastcancer/AbstractScreeningQATest.java"));
		assertTrue(cli(0, "run", project.toString()).contains("3 test(s) run, 0 skipped"));

		Files.writeString(model, Files.readString(model).replace("suite DeployedQA", "suite DeployedChecks"));
		String out = cli(0, "run", project.toString());
		assertTrue(out.contains("3 test(s) run, 0 skipped"), out);
		assertTrue(out.contains("warning: orphaned src/test/java/breastcancer/DeployedQATest.java"), out);
	}
}
