package org.assay.standalone.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assay.cli.AssayCli;
import org.assay.dsl.headless.ProjectFiles;
import org.assay.generator.ProjectGenerator;
import org.assay.trace.ProjectTrace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one rule for which .assay files belong to a project ({@link ProjectFiles}), and that the CLI, the generator
 * (and so the Maven plugin) and the trace all follow it.
 */
class ProjectFilesTest {

	@TempDir
	Path temporary;

	private static final String MODEL = """
			namespace %s
			dataset Data {
				source csv "data.csv"
				label y : category [a, b]
				feature x : double
			}
			""";

	private static Path write(Path file, String text) throws Exception {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text);
	}

	private static List<String> relative(Path root, List<Path> files) {
		return files.stream().map(f -> root.toAbsolutePath().normalize().relativize(f).toString().replace('\\', '/')).toList();
	}

	@Test
	void modelsAreFoundEverywhereButInBuildOutputHiddenAndGeneratedFolders() throws Exception {
		Path project = temporary.resolve("project");
		for (String path : List.of("main.assay", "models/data model.assay", "target-data/kept.assay", "src/target/nested.assay",
				"src/main/bin/nested.assay", "docs/generated/kept.assay", "target/copied.assay", "target/classes/copied.assay",
				"bin/copied.assay", ".git/objects.assay", "models/.backup/old.assay", "src/generated/java/x.assay",
				"notes.assay.txt", ".assay")) {
			write(project.resolve(path), "namespace x");
		}
		Files.createDirectories(project.resolve("folder.assay")); // a folder with the extension is no model

		assertEquals(List.of("docs/generated/kept.assay", "main.assay", "models/data model.assay", "src/main/bin/nested.assay",
				"src/target/nested.assay", "target-data/kept.assay"), relative(project, ProjectFiles.models(project)));

		assertTrue(ProjectFiles.belongs(Path.of("target-data/kept.assay")));
		assertTrue(ProjectFiles.belongs(Path.of("src/target/nested.assay")));
		assertFalse(ProjectFiles.belongs(Path.of("target/copied.assay")));
		assertFalse(ProjectFiles.belongs(Path.of("models/.backup/old.assay")));
		assertFalse(ProjectFiles.belongs(Path.of("src/generated/test/java/x.assay")));
		assertFalse(ProjectFiles.belongs(Path.of("notes.assay.txt")));
		assertFalse(ProjectFiles.isExcludedFolder(Path.of("targets")));
		assertTrue(ProjectFiles.isExcludedFolder(Path.of("bin")));
	}

	@Test
	void filesGivenByNameAreTakenAsTheyAreAndFoldersByTheRule() throws Exception {
		Path project = temporary.resolve("project");
		Path inTarget = write(project.resolve("target/explicit.assay"), "namespace x");
		write(project.resolve("a.assay"), "namespace a");
		write(project.resolve("target/skipped.assay"), "namespace b");
		assertEquals(List.of("a.assay", "target/explicit.assay"), relative(project, ProjectFiles.models(List.of(project, inTarget))));
	}

	/** A project that itself lies below a folder named target (a build's temporary folder) still has its models. */
	@Test
	void aProjectBelowAFolderNamedTargetIsGeneratedValidatedAndTraced() throws Exception {
		Path project = temporary.resolve("target/work/credit");
		write(project.resolve("credit.assay"), MODEL.formatted("credit"));
		write(project.resolve("data.csv"), "x,y\n1.5,a\n-2,b\n");
		write(project.resolve("target/assay/old.assay"), MODEL.formatted("credit")); // a duplicate in the build output

		ProjectGenerator.Outcome outcome = ProjectGenerator.validateAndGenerate(project, project);
		assertEquals(0, outcome.errors(), () -> String.join("\n", outcome.diagnostics()));
		assertNotNull(outcome.result());

		StringWriter out = new StringWriter();
		int code = AssayCli.run(new PrintWriter(out), new PrintWriter(out), "validate", project.toString());
		assertEquals(0, code, out::toString);
		assertTrue(out.toString().contains("1 file(s) validated: 0 error(s)"), out::toString);

		ProjectTrace trace = ProjectTrace.load(project);
		assertEquals(1, trace.models().size());
		assertEquals(0, trace.errors());
	}
}
