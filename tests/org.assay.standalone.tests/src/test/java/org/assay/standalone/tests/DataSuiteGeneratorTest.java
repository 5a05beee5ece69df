package org.assay.standalone.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.assay.dsl.AssayStandaloneSetup;
import org.assay.dsl.headless.AssayWorkspace;
import org.assay.generator.AssayGenerator;
import org.assay.generator.files.GeneratedFile;
import org.assay.generator.files.GeneratedFiles;
import org.assay.model.AssayModel;
import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Criterion.Operator;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data suites generated for datasets with checks: one JUnit class per dataset, no pipeline; the constraints it
 * declares are exactly the model's (rebuilt from literals, compiled with -Werror), and no model string can inject code.
 */
class DataSuiteGeneratorTest {

	@TempDir
	Path project;

	private List<AssayModel> load(String... files) throws Exception {
		List<Path> paths = Stream.of(files).map(project::resolve).toList();
		AssayWorkspace workspace = AssayStandaloneSetup.doSetup().getInstance(AssayWorkspace.class).load(paths);
		List<Issue> errors = workspace.validateAll(CancelIndicator.NullImpl).values().stream().flatMap(List::stream)
				.filter(i -> i.getSeverity() == Severity.ERROR).toList();
		assertEquals(List.of(), errors);
		return workspace.getResourceSet().getResources().stream().map(r -> (AssayModel) r.getContents().get(0)).toList();
	}

	@Test
	void aDatasetWithChecksGetsADataSuiteThatRebuildsItsConstraints() throws Exception {
		Files.writeString(project.resolve("d.csv"), "id,name,age,score\n1,a,20,0.5\n");
		Files.writeString(project.resolve("checks.assay"), """
				namespace shop
				import assay.iso25012.*
				requirement R "Plausible" refines Credibility { accept uniqueness of id = 100 % on People }
				dataset People "People" {
					source csv "d.csv"
					feature id : long
					feature name : text
					feature age : int range 0 .. 150
					feature score : double
					check Ids verifies R : uniqueness of id = 100 %
					check Median verifies R : approx quantile 0.5 of score within 2 % between 0.1 and 0.9
					check Adults : where age >= 18 and (name matches "[a-z]+" or not age in 0 .. 17) nulls invalid >= 99 %
					check Named verifies R : completeness of name >= 95 % warn below 99 %
				}
				""");
		AssayGenerator.Result result = new AssayGenerator().generate(load("checks.assay"));
		assertEquals(List.of("src/generated/test/java/shop/AbstractPeopleChecksTest.java", "src/test/java/shop/PeopleChecksTest.java"),
				result.files().stream().map(GeneratedFile::path).toList());
		GeneratedFiles.write(project, result.files());
		Path classes = GeneratedCode.compile(project);
		try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] { classes.toUri().toURL() }, getClass().getClassLoader())) {
			Class<?> suite = loader.loadClass("shop.AbstractPeopleChecksTest");
			Method constraints = suite.getDeclaredMethod("constraints");
			constraints.setAccessible(true);
			@SuppressWarnings("unchecked")
			List<ConstraintSpec> specs = (List<ConstraintSpec>) constraints.invoke(null);
			assertEquals(4, specs.size());
			assertEquals(new ConstraintSpec("shop.Ids", "checks.assay:10", List.of("shop.R"), Statistic.UNIQUENESS, List.of("id"),
					Double.NaN, null, Double.NaN, null, NullPolicy.MISSING, List.of(new Criterion(Operator.EQUAL, 1.0))), specs.get(0));
			assertEquals(new ConstraintSpec("shop.Median", "checks.assay:11", List.of("shop.R"), Statistic.APPROX_QUANTILE,
					List.of("score"), 0.5, null, 0.02, null, NullPolicy.MISSING, List.of(new Criterion(Operator.GREATER_OR_EQUAL, 0.1),
							new Criterion(Operator.LESS_OR_EQUAL, 0.9))), specs.get(1));
			assertEquals(new ConstraintSpec("shop.Adults", "checks.assay:12", List.of(), Statistic.SATISFACTION, List.of(),
					Double.NaN, null, Double.NaN, new RowCondition.And(new RowCondition.Compare("age", Operator.GREATER_OR_EQUAL, 18.0),
							new RowCondition.Or(new RowCondition.Matches("name", "[a-z]+"),
									new RowCondition.Not(new RowCondition.InRange("age", 0.0, 17.0)))),
					NullPolicy.INVALID, List.of(new Criterion(Operator.GREATER_OR_EQUAL, 0.99))), specs.get(2));
			assertEquals(new Criterion(Operator.GREATER_OR_EQUAL, 0.95, 0.99), specs.get(3).criteria().get(0));
			List<String> tests = Stream.of(suite.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Test.class))
					.map(Method::getName).sorted().toList();
			assertEquals(List.of("adults", "ids", "median", "named"), tests);
			assertEquals("Median: approx quantile 0.5 of score within 2 % between 0.1 and 0.9 (verifies R)",
					suite.getDeclaredMethod("median").getAnnotation(org.junit.jupiter.api.DisplayName.class).value());
		}
	}

	@Test
	void hostileStringsInChecksCannotInjectCode() throws Exception {
		String[] hostile = { "say \"hi\"", "back\\slash", "end */ comment", "unicode \\u002a/ end", "line\nbreak",
				"tab\tand \u00e9\u4e2d\ud83d\ude00", "\\u0022); System.exit(1); //", "@Deprecated <b>&amp;" };
		// a regular expression that compiles and carries a quote, a comment end and an escaped unicode escape
		String regex = "x*/ \\u0022\\); System\\.exit\\(1\\); //";
		StringBuilder model = new StringBuilder("namespace hostile\nimport assay.iso25012.*\n");
		model.append("dataset D \"").append(escape(String.join("|", hostile))).append("\" {\n\tsource csv \"d.csv\"\n")
				.append("\tfeature name : text\n\tfeature kind : category [")
				.append(Stream.of(hostile).map(h -> "\"" + escape(h) + "\"").reduce((a, b) -> a + ", " + b).orElseThrow()).append("]\n");
		for (int i = 0; i < hostile.length; i++) {
			model.append("\tcheck T").append(i).append(" \"").append(escape(hostile[i])).append("\" : frequency \"")
					.append(escape(hostile[i])).append("\" of kind <= 100 %\n");
		}
		model.append("\tcheck Pattern : where name matches \"").append(escape(regex)).append("\"\n");
		model.append("\tcheck Listed : where kind in [\"").append(escape(hostile[6])).append("\", \"").append(escape(hostile[2]))
				.append("\"]\n}\n");
		Files.writeString(project.resolve("hostile.assay"), model.toString());
		Files.writeString(project.resolve("d.csv"), "name,kind\nx,say\n");
		GeneratedFiles.write(project, new AssayGenerator().generate(load("hostile.assay")).files());
		Path classes = GeneratedCode.compile(project);
		try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] { classes.toUri().toURL() }, getClass().getClassLoader())) {
			Class<?> suite = loader.loadClass("hostile.AbstractDChecksTest");
			assertEquals(String.join("|", hostile) + ": data checks",
					suite.getAnnotation(org.junit.jupiter.api.DisplayName.class).value());
			Method constraints = suite.getDeclaredMethod("constraints");
			constraints.setAccessible(true);
			@SuppressWarnings("unchecked")
			List<ConstraintSpec> specs = (List<ConstraintSpec>) constraints.invoke(null);
			for (int i = 0; i < hostile.length; i++) {
				assertEquals(hostile[i], specs.get(i).value(), "frequency value " + i);
				String display = suite.getDeclaredMethod("t" + i).getAnnotation(org.junit.jupiter.api.DisplayName.class).value();
				assertTrue(display.startsWith("T" + i + " — " + hostile[i] + ":"), display);
			}
			assertEquals(new RowCondition.Matches("name", regex), specs.get(hostile.length).condition());
			assertEquals(new RowCondition.InSet("kind", List.of(hostile[6], hostile[2])), specs.get(hostile.length + 1).condition());
			assertEquals(hostile.length + 2, Stream.of(suite.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Test.class)).count(),
					"no method was injected");
		}
	}

	@Test
	void constraintsInGatesAndPipelineSuitesCompileWithoutWarnings() throws Exception {
		String regex = "x*/ \\u0022\\); System\\.exit\\(1\\); //";
		Files.writeString(project.resolve("d.csv"), "x,name,y\n1,a,a\n2,b,b\n");
		Files.writeString(project.resolve("p.assay"), """
				namespace gated
				import assay.iso25059.*
				import assay.iso25012.*
				dataset D { source csv "d.csv" label y : category [a, b] feature x : double feature name : category [a, b, "say \\"hi\\" */"]
					split train 50 %, test 50 % seed 1 }
				pipeline P {
					prepare D {
						require completeness >= 0.5
						require where name in ["say \\"hi\\" */", a, b] nulls invalid
						require mean of x between 0 and 10
					}
					model M : classifier mlp hidden [4]
					train epochs 1 seed 1
				}
				requirement R refines FunctionalCorrectness { accept accuracy >= 0.5 on D.test }
				requirement Q refines Consistency { accept where x >= 0 on D }
				suite S tests P {
					test Accuracy verifies R : threshold accuracy on D.test
					test Names verifies Q : data where name matches "REGEX" >= 50 % on D.test
					test Spread verifies Q : data standard_deviation of x > 0 and < 5
				}
				""".replace("REGEX", escape(regex)));
		AssayGenerator.Result result = new AssayGenerator().generate(load("p.assay"));
		GeneratedFiles.write(project, result.files());
		Path classes = GeneratedCode.compile(project);
		String suite = Files.readString(project.resolve("src/generated/test/java/gated/AbstractSTest.java"));
		assertTrue(suite.contains("Checks.constraint(new ConstraintSpec(\"gated.Names\""), suite);
		assertTrue(suite.contains("List.of(new Criterion(Operator.GREATER_OR_EQUAL, 0.5))), \"test\"),"), "on the partition: " + suite);
		assertTrue(suite.contains("List.of(new Criterion(Operator.GREATER, 0.0), new Criterion(Operator.LESS, 5.0))"), suite);
		try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] { classes.toUri().toURL() }, getClass().getClassLoader())) {
			Class<?> pipeline = loader.loadClass("gated.PPipelineBase");
			Method gates = pipeline.getDeclaredMethod("constraintGates");
			gates.setAccessible(true);
			@SuppressWarnings("unchecked")
			List<ConstraintSpec> specs = (List<ConstraintSpec>) gates.invoke(loader.loadClass("gated.PPipeline")
					.getDeclaredConstructor().newInstance());
			assertEquals(2, specs.size());
			assertEquals(new RowCondition.InSet("name", List.of("say \"hi\" */", "a", "b")), specs.get(0).condition());
			assertEquals(NullPolicy.INVALID, specs.get(0).nulls());
			assertEquals(Statistic.MEAN, specs.get(1).statistic());
			Method names = loader.loadClass("gated.AbstractSTest").getDeclaredMethod("names");
			assertTrue(names.getAnnotation(org.junit.jupiter.api.DisplayName.class).value().startsWith("Names: data where name matches"),
					"the constraint as written is the test's name");
		}
	}

	private static String escape(String value) {
		return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t");
	}

	/** Compiles everything under src/ of a project with -Werror; returns the class folder. */
	static final class GeneratedCode {

		static Path compile(Path project) throws Exception {
			Path classes = Files.createDirectories(project.resolve("classes"));
			List<String> sources = new ArrayList<>();
			try (Stream<Path> walk = Files.walk(project.resolve("src"))) {
				walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> sources.add(p.toString()));
			}
			JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
			List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
					"-encoding", "UTF-8", "-Xlint:all,-path,-processing", "-Werror"));
			arguments.addAll(sources);
			java.io.ByteArrayOutputStream diagnostics = new java.io.ByteArrayOutputStream();
			int result = compiler.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
			assertEquals(0, result, diagnostics::toString);
			return classes;
		}
	}
}
