package org.assay.standalone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assay.dsl.AssayStandaloneSetup;
import org.assay.dsl.headless.AssayWorkspace;
import org.assay.generator.AssayGenerator;
import org.assay.generator.files.GeneratedFile;
import org.assay.model.AssayModel;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine of data checks in the model (issue #10, docs/spark.md): {@code engine spark} in the project applies to
 * every dataset, a dataset's {@code source … engine local} overrides it, and the generated suites say so; the words
 * stay usable as names.
 */
class EngineSyntaxTest {

	@TempDir
	Path project;

	@Test
	void projectAndDatasetEnginesReachTheGeneratedSuites() throws Exception {
		Files.writeString(project.resolve("shop.assay"), """
				namespace shop
				import assay.iso25012.*
				project Shop "Web shop" {
					engine spark
				}
				requirement Unique "Ids are unique" refines Accuracy { accept uniqueness of id = 100 % on Orders }
				dataset Orders {
					source csv "data/orders.csv"
					feature id : long
					feature engine : category [local, spark]
					check IdUnique verifies Unique : uniqueness of id = 100 %
				}
				dataset Returns {
					source csv "data/returns.csv" engine local
					feature id : long
					check IdUnique verifies Unique : uniqueness of id = 100 %
				}
				""");
		AssayWorkspace workspace = AssayStandaloneSetup.doSetup().getInstance(AssayWorkspace.class)
				.load(List.of(project.resolve("shop.assay")));
		List<Issue> errors = workspace.validateAll(CancelIndicator.NullImpl).values().stream().flatMap(List::stream)
				.filter(i -> i.getSeverity() == Severity.ERROR).toList();
		assertEquals(List.of(), errors);
		List<AssayModel> models = workspace.getResourceSet().getResources().stream().map(r -> (AssayModel) r.getContents().get(0))
				.toList();
		List<GeneratedFile> files = new AssayGenerator().generate(models).files();
		String orders = content(files, "AbstractOrdersChecksTest.java");
		String returns = content(files, "AbstractReturnsChecksTest.java");
		assertTrue(orders.contains(".withEngine(\"spark\")"), orders);
		assertTrue(returns.contains(".withEngine(\"local\")"), returns);
		assertFalse(returns.contains("\"spark\""), returns);
	}

	private static String content(List<GeneratedFile> files, String name) {
		return files.stream().filter(f -> f.path().endsWith("/" + name)).findFirst()
				.orElseThrow(() -> new AssertionError(name + " not among " + files.stream().map(GeneratedFile::path).toList()))
				.content();
	}
}
