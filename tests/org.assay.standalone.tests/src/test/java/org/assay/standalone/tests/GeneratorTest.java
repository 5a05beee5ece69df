package org.assay.standalone.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.assay.cli.AssayCli;
import org.assay.dsl.AssayStandaloneSetup;
import org.assay.dsl.validation.IssueCodes;
import org.assay.dsl.headless.AssayWorkspace;
import org.assay.generator.AssayGenerator;
import org.assay.generator.files.GeneratedFile;
import org.assay.generator.files.GeneratedFiles;
import org.assay.model.AssayModel;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generators, tested as a user meets them: the checked-in code of the example equals what generation produces now
 * (golden files), generation is deterministic and never overwrites hand-written code, and hostile strings in a
 * model compile to code that carries them verbatim without breaking out of literals or comments.
 */
class GeneratorTest {

	static final Path ROOT = Paths.get("../..").toAbsolutePath().normalize();

	@TempDir
	Path project;

	private static int cli(StringWriter out, String... args) {
		return AssayCli.run(new PrintWriter(out), new PrintWriter(out), args);
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({ "breast-cancer, 8", "german-credit, 4", "digits, 4", "diabetes, 4", "customers, 2" })
	void checkedInCodeOfTheExamplesIsCurrent(String example, int files) {
		StringWriter out = new StringWriter();
		int code = cli(out, "generate", "--check", ROOT.resolve("examples").resolve(example).toString());
		assertEquals(0, code, () -> "regenerate with ./assay generate examples/" + example + ":\n" + out);
		assertTrue(out.toString().contains(files + " generated file(s) checked, 0 stale"), out::toString);
	}

	@Test
	void generationIsDeterministicAndKeepsHandWrittenCode() throws Exception {
		copyExample();
		Path handWritten = project.resolve("src/test/java/breastcancer/ScreeningQATest.java");
		Files.writeString(handWritten, Files.readString(handWritten).replace("{", "{\n\t// my extension"));
		Path generated = project.resolve("src/generated/test/java/breastcancer/AbstractScreeningQATest.java");
		Files.delete(generated);

		StringWriter out = new StringWriter();
		assertEquals(0, cli(out, "generate", project.toString()), out::toString);
		assertTrue(out.toString().contains("kept  src/test/java/breastcancer/ScreeningQATest.java"), out::toString);
		assertTrue(Files.readString(handWritten).contains("// my extension"));
		assertEquals(Files.readString(ROOT.resolve("examples/breast-cancer/src/generated/test/java/breastcancer/AbstractScreeningQATest.java")),
				Files.readString(generated));

		StringWriter again = new StringWriter();
		assertEquals(0, cli(again, "generate", project.toString()));
		assertTrue(again.toString().contains("0 written, 4 unchanged, 4 hand-written kept"), again::toString);
	}

	@Test
	void staleGeneratedCodeIsDetected() throws Exception {
		copyExample();
		Path model = project.resolve("breast-cancer.assay");
		Files.writeString(model, Files.readString(model).replace("accept accuracy >= 0.93", "accept accuracy >= 0.94"));
		StringWriter out = new StringWriter();
		assertEquals(1, cli(out, "generate", "--check", project.toString()));
		assertTrue(out.toString().contains("stale: src/generated/test/java/breastcancer/AbstractScreeningQATest.java"), out::toString);
	}

	@Test
	void hostileStringsCannotInjectCode() throws Exception {
		String[] hostile = { "say \"hi\"", "back\\slash", "end */ comment", "unicode \\u002a/ end", "line\nbreak",
				"tab\tand \u00e9\u4e2d\ud83d\ude00", "\\u0022); System.exit(1); //", "@Deprecated <b>&amp;" };
		StringBuilder model = new StringBuilder("namespace hostile\nimport assay.iso25059.*\nimport assay.iso25012.*\n");
		model.append("dataset D \"").append(escapeAssay(hostile[0])).append("\" {\n\tsource csv \"d.csv\"\n")
				.append("\tlabel y : category [a, b]\n\tfeature x : double range 0 .. *\n\tsplit train 50 %, test 50 % seed 1\n}\n");
		model.append("pipeline P \"").append(escapeAssay(hostile[2])).append("\" {\n\tprepare D { require completeness >= 0.5 }\n")
				.append("\tmodel M : classifier mlp hidden [4]\n\ttrain epochs 1 seed 1\n}\n");
		model.append("requirement R \"").append(escapeAssay(hostile[3])).append("\" refines FunctionalCorrectness {\n")
				.append("\taccept accuracy >= 0.5 on D.test\n}\n");
		model.append("suite S \"").append(escapeAssay(String.join("|", hostile))).append("\" tests P {\n");
		for (int i = 0; i < hostile.length; i++) {
			model.append("\ttest T").append(i).append(" \"").append(escapeAssay(hostile[i]))
					.append("\" verifies R : threshold accuracy on D.test\n");
		}
		model.append("}\n");
		Files.writeString(project.resolve("hostile.assay"), model.toString());
		Files.writeString(project.resolve("d.csv"), "x,y\n1,a\n2,b\n");

		AssayWorkspace workspace = AssayStandaloneSetup.doSetup().getInstance(AssayWorkspace.class)
				.load(List.of(project.resolve("hostile.assay")));
		List<Issue> errors = workspace.validateAll(CancelIndicator.NullImpl).values().stream().flatMap(List::stream)
				.filter(i -> i.getSeverity() == Severity.ERROR).toList();
		assertEquals(List.of(), errors);
		AssayModel parsed = (AssayModel) workspace.getResourceSet().getResources().get(0).getContents().get(0);
		List<GeneratedFile> files = new AssayGenerator().generate(List.of(parsed)).files();
		GeneratedFiles.write(project, files);

		Path classes = compile();

		try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] { classes.toUri().toURL() },
				getClass().getClassLoader())) {
			Class<?> suite = loader.loadClass("hostile.AbstractSTest");
			assertEquals(String.join("|", hostile), suite.getAnnotation(org.junit.jupiter.api.DisplayName.class).value());
			for (int i = 0; i < hostile.length; i++) {
				Method method = suite.getDeclaredMethod("t" + i);
				String display = method.getAnnotation(org.junit.jupiter.api.DisplayName.class).value();
				assertTrue(display.startsWith("T" + i + " — " + hostile[i] + ":"), display);
			}
			assertEquals(hostile.length, Stream.of(suite.getDeclaredMethods()).filter(m -> m.getName().matches("t\\d+")).count(),
					"no method was injected");
		}
	}

	/** Compiles everything under src/ of the project with -Werror; returns the class folder. */
	private Path compile() throws Exception {
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

	@Test
	void clashingNamesAndSuitesInAnotherNamespaceCompile() throws Exception {
		Files.writeString(project.resolve("data.assay"), """
				namespace alpha
				import assay.iso25012.*
				dataset D { source csv "d.csv" label y : category [a, b] feature x : double split train 50 %, test 50 % seed 1 }
				pipeline P { prepare D { require completeness >= 0.5 } model M : classifier mlp hidden [4] train epochs 1 seed 1 }
				""");
		Files.writeString(project.resolve("qa.assay"), """
				namespace beta
				import assay.iso25059.*
				import assay.iso25012.*
				import alpha.*
				requirement R refines FunctionalCorrectness { accept accuracy >= 0.5 on D.test }
				suite S tests P {
					test Accuracy verifies R : threshold accuracy on D.test
					test accuracy verifies R : threshold accuracy on D.test
					test runPipeline verifies R : threshold accuracy on D.test
					test toString verifies R : threshold accuracy on D.test
				}
				monitor Mo watches P { drift psi on x warn 0.1 fail 0.2 }
				""");
		AssayWorkspace workspace = AssayStandaloneSetup.doSetup().getInstance(AssayWorkspace.class)
				.load(List.of(project.resolve("data.assay"), project.resolve("qa.assay")));
		List<Issue> errors = workspace.validateAll(CancelIndicator.NullImpl).values().stream().flatMap(List::stream)
				.filter(i -> i.getSeverity() == Severity.ERROR).toList();
		assertEquals(List.of(), errors);
		List<AssayModel> models = workspace.getResourceSet().getResources().stream().map(r -> (AssayModel) r.getContents().get(0))
				.toList();
		GeneratedFiles.write(project, new AssayGenerator().generate(models).files());
		Path classes = compile();
		try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] { classes.toUri().toURL() }, getClass().getClassLoader())) {
			Class<?> suite = loader.loadClass("beta.AbstractSTest");
			List<String> methods = Stream.of(suite.getDeclaredMethods()).map(Method::getName).sorted().toList();
			assertEquals(List.of("accuracy", "accuracy_2", "closePipeline", "runPipeline", "runPipeline_2", "toString_2"), methods);
			assertNotNull(loader.loadClass("beta.MoMonitor"));
		}
	}

	@Test
	void earlyStoppingIsGeneratedAndWhatIsNotHonouredIsSaid() throws Exception {
		String dataset = "namespace t\nimport assay.iso25012.*\n"
				+ "dataset D { source csv \"d.csv\" label y : category [a, b] feature x : double split train 50 %, test 50 % seed 1 }\n"
				+ "pipeline P {\n\tprepare D { require completeness >= 0.5 }\n\tmodel M : classifier mlp hidden [4]\n";
		Files.writeString(project.resolve("d.csv"), "x,y\n1,a\n2,b\n");
		Files.writeString(project.resolve("early.assay"),
				dataset + "\ttrain epochs 7 seed 1 validate on D.test early stop on validation error patience 2\n}\n");
		Files.writeString(project.resolve("alone.assay"), dataset.replace("namespace t", "namespace u")
				+ "\ttrain epochs 7 seed 1 validate on D.test\n}\n");
		AssayWorkspace workspace = AssayStandaloneSetup.doSetup().getInstance(AssayWorkspace.class)
				.load(List.of(project.resolve("early.assay"), project.resolve("alone.assay")));
		List<Issue> errors = workspace.validateAll(CancelIndicator.NullImpl).values().stream().flatMap(List::stream)
				.filter(i -> i.getSeverity() == Severity.ERROR).toList();
		assertEquals(List.of(), errors);
		List<AssayModel> models = workspace.getResourceSet().getResources().stream().map(r -> (AssayModel) r.getContents().get(0))
				.toList();
		AssayGenerator.Result result = new AssayGenerator().generate(models);
		assertEquals(List.of("alone.assay:7: pipeline P: 'validate on' without early stopping has no effect on the generated "
				+ "training: the model trains for all 7 epochs"), result.notes());
		GeneratedFile early = result.files().stream().filter(f -> f.path().toString().replace('\\', '/')
				.endsWith("t/PPipelineBase.java")).findFirst().orElseThrow(() -> new AssertionError(result.files().toString()));
		assertTrue(early.content().contains("return new EarlyStoppingSpec(\"test\", true, 2);"), early.content());
		GeneratedFiles.write(project, result.files());
		compile();
	}

	@Test
	void preTrainedOnnxPipelinesAreGeneratedAndWhatNeedsGradientsIsDisabled() throws Exception {
		String text = "namespace t\nimport assay.iso25059.*\nimport assay.iso25012.*\n"
				+ "dataset D { source csv \"d.csv\" label y : category [a, b] feature x : double split train 50 %, test 50 % seed 1 }\n"
				+ "pipeline P {\n\tprepare D { require completeness >= 0.5 }\n\tmodel M : classifier pretrained onnx \"m.onnx\"\n}\n"
				+ "pipeline T {\n\tprepare D { require completeness >= 0.5 }\n\tmodel M : classifier pretrained torchscript \"m.pt\"\n}\n"
				+ "requirement R refines FunctionalCorrectness { accept accuracy >= 0.5 on D.test }\n"
				+ "requirement Q refines Robustness { accept accuracy >= 0.5 on D.test under fgsm epsilon 0.1 }\n"
				+ "suite S tests P {\n\ttest A verifies R : threshold accuracy on D.test\n"
				+ "\ttest F verifies Q : adversarial fgsm epsilon 0.1 accuracy on D.test >= 0.5\n}\n";
		Files.writeString(project.resolve("d.csv"), "x,y\n1,a\n2,b\n");
		Files.writeString(project.resolve("m.assay"), text);
		AssayWorkspace workspace = AssayStandaloneSetup.doSetup().getInstance(AssayWorkspace.class)
				.load(List.of(project.resolve("m.assay")));
		List<Issue> issues = workspace.validateAll(CancelIndicator.NullImpl).values().stream().flatMap(List::stream).toList();
		assertEquals(List.of(), issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList());
		AssayGenerator.Result result = new AssayGenerator().generate(List.of((AssayModel) workspace.getResourceSet()
				.getResources().get(0).getContents().get(0)));
		// what generation skips or disables, validation reported first, with the same words (TestSemantics)
		Issue torchscript = issues.stream().filter(i -> IssueCodes.PRETRAINED_FORMAT_NOT_LOADED.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError(issues.toString()));
		assertEquals(9, torchscript.getLineNumber());
		assertEquals(List.of("m.assay:9: " + torchscript.getMessage()), result.notes());
		Issue fgsm = issues.stream().filter(i -> IssueCodes.PATTERN_NEEDS_TRAINED_MODEL.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError(issues.toString()));
		assertEquals(17, fgsm.getLineNumber());
		assertTrue(fgsm.getMessage().contains("FGSM needs input gradients"), fgsm.getMessage());
		GeneratedFile pipeline = find(result, "t/PPipelineBase.java");
		assertTrue(pipeline.content().contains("return new PretrainedSpec(\"onnx\", \"m.onnx\", null, \"m.assay:7\");"),
				pipeline.content());
		assertFalse(pipeline.content().contains("MlpSpec"), pipeline.content());
		GeneratedFile suite = find(result, "t/AbstractSTest.java");
		assertTrue(suite.content().contains("@Disabled(" + org.assay.generator.java.JavaText.literal("m.assay:17: "
				+ fgsm.getMessage()) + ")"), suite.content());
		assertFalse(suite.content().contains("Checks.fgsm"), "nothing is generated that would fail at run time: " + suite.content());
		GeneratedFiles.write(project, result.files());
		compile();
	}

	private static GeneratedFile find(AssayGenerator.Result result, String suffix) {
		return result.files().stream().filter(f -> f.path().toString().replace('\\', '/').endsWith(suffix)).findFirst()
				.orElseThrow(() -> new AssertionError(suffix + " not in " + result.files()));
	}

	/** Writes a string as the content of an .assay string literal (the DSL's STRING escapes). */
	private static String escapeAssay(String value) {
		return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t");
	}

	private void copyExample() throws Exception {
		Path example = ROOT.resolve("examples/breast-cancer");
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
}
