package org.assay.standalone.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.assay.generator.ProjectGenerator;
import org.assay.generator.files.GeneratedFile;
import org.assay.generator.files.GeneratedFiles;
import org.assay.generator.files.Ownership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated files are owned by Assay (their header, in a generated folder): what the models no longer produce is
 * removed on generation, hand-written files are never removed but listed as orphaned, and nothing else is touched.
 */
class GeneratedFilesOwnershipTest {

	@TempDir
	Path project;

	private Path model;

	private void copyExample() throws Exception {
		Path example = GeneratorTest.ROOT.resolve("examples/breast-cancer");
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
		model = project.resolve("breast-cancer.assay");
	}

	private GeneratedFiles.Report generate() throws Exception {
		ProjectGenerator.Outcome outcome = ProjectGenerator.validateAndGenerate(project, project);
		assertEquals(0, outcome.errors(), () -> String.join("\n", outcome.diagnostics()));
		return ProjectGenerator.write(project, outcome);
	}

	private void edit(String from, String to) throws Exception {
		String text = Files.readString(model);
		assertTrue(text.contains(from), from);
		Files.writeString(model, text.replace(from, to));
	}

	private static List<String> paths(List<Ownership.Orphan> orphans) {
		return orphans.stream().map(Ownership.Orphan::path).toList();
	}

	@Test
	void aRenamedSuiteLeavesNoGeneratedSuiteBehind() throws Exception {
		copyExample();
		edit("suite DeployedQA", "suite DeployedChecks");
		GeneratedFiles.Report report = generate();
		assertEquals(List.of("src/generated/test/java/breastcancer/AbstractDeployedQATest.java"), report.removed());
		assertEquals(List.of("src/test/java/breastcancer/DeployedQATest.java"), paths(report.orphaned()));
		assertTrue(report.orphaned().get(0).message().contains("which Assay generated for suite DeployedQA"),
				report.orphaned().get(0).message());
		assertTrue(Files.exists(project.resolve("src/generated/test/java/breastcancer/AbstractDeployedChecksTest.java")));
		assertTrue(Files.exists(project.resolve("src/test/java/breastcancer/DeployedQATest.java")));

		GeneratedFiles.Report again = generate();
		assertEquals(List.of(), again.removed(), "nothing generated is left to remove");
		assertEquals(List.of("src/test/java/breastcancer/DeployedQATest.java"), paths(again.orphaned()),
				"the hand-written file is still named from its header after its base class is gone");
	}

	@Test
	void aRenamedNamespaceRemovesTheOldPackageAndListsAllItsHandWrittenClasses() throws Exception {
		copyExample();
		edit("namespace breastcancer", "namespace screening");
		GeneratedFiles.Report report = generate();
		assertEquals(4, report.removed().size(), report.removed()::toString);
		assertFalse(Files.exists(project.resolve("src/generated/java/breastcancer")), "emptied package folders are removed");
		assertFalse(Files.exists(project.resolve("src/generated/test/java/breastcancer")));
		assertTrue(Files.isDirectory(project.resolve("src/generated/java/screening")));
		// the old hand-written classes extend classes of the same simple name that now exist in another package
		assertEquals(List.of("src/main/java/breastcancer/DeployedScreeningPipeline.java",
				"src/main/java/breastcancer/ScreeningPipeline.java", "src/test/java/breastcancer/DeployedQATest.java",
				"src/test/java/breastcancer/ScreeningQATest.java"), paths(report.orphaned()));
	}

	@Test
	void aDeletedMonitorOrPipelineLeavesNoGeneratedFileBehind() throws Exception {
		copyExample();
		Files.writeString(model, Files.readString(model) + "\nmonitor Drift watches Screening { drift psi on mean_radius warn 0.1 fail 0.2 }\n");
		generate();
		assertTrue(Files.exists(project.resolve("src/generated/java/breastcancer/DriftMonitorBase.java")));
		Files.writeString(model, Files.readString(model).replace("monitor Drift watches", "// monitor Drift watches"));
		GeneratedFiles.Report report = generate();
		assertEquals(List.of("src/generated/java/breastcancer/DriftMonitorBase.java"), report.removed());
		assertEquals(List.of("src/main/java/breastcancer/DriftMonitor.java"), paths(report.orphaned()));
		assertTrue(report.orphaned().get(0).message().contains("monitor Drift"), report.orphaned().get(0).message());
	}

	@Test
	void filesAssayDidNotGenerateAreNeverTouched() throws Exception {
		copyExample();
		// a file put into a generated folder by hand (no Assay header), a helper class, and a hand-written subclass of
		// a generated class that was not created by Assay
		Path foreign = Files.writeString(project.resolve("src/generated/java/breastcancer/Notes.java"),
				"package breastcancer;\n/* Kept by hand. */\nclass Notes {\n}\n");
		Path helper = Files.writeString(project.resolve("src/test/java/breastcancer/Rows.java"),
				"package breastcancer;\nclass Rows extends java.util.ArrayList<String> {\n}\n");
		Path mine = Files.writeString(project.resolve("src/test/java/breastcancer/MyDeployedTest.java"),
				"package breastcancer;\nclass MyDeployedTest extends AbstractDeployedQATest {\n}\n");
		GeneratedFiles.Report report = generate();
		assertEquals(List.of(), report.removed());
		assertEquals(List.of(), report.orphaned());

		edit("suite DeployedQA", "suite DeployedChecks");
		report = generate();
		assertEquals(List.of("src/generated/test/java/breastcancer/AbstractDeployedQATest.java"), report.removed());
		assertEquals(List.of("src/test/java/breastcancer/DeployedQATest.java", "src/test/java/breastcancer/MyDeployedTest.java"),
				paths(report.orphaned()), "a subclass of a removed generated class is listed even without Assay's header");
		assertTrue(report.orphaned().get(1).message().contains("generated for a model element"), report.orphaned().get(1).message());
		assertTrue(Files.exists(foreign) && Files.exists(helper) && Files.exists(mine));
	}

	@Test
	void aRegeneratedFileWithoutTheHeaderOrOutsideTheGeneratedFoldersIsRefused() {
		String header = "/*\n * " + Ownership.GENERATED_MARKER + "m.assay:1. Do not edit.\n */\nclass A {}\n";
		assertThrows(java.io.IOException.class, () -> GeneratedFiles.write(project,
				List.of(new GeneratedFile("src/main/java/A.java", header, true))));
		assertThrows(java.io.IOException.class, () -> GeneratedFiles.write(project,
				List.of(new GeneratedFile("src/generated/java/A.java", "class A {}\n", true))));
		assertFalse(Files.exists(project.resolve("src")), "nothing is written when one file is refused");
	}
}
