package org.assay.standalone.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assay.dsl.AssayStandaloneSetup;
import org.assay.dsl.headless.AssayWorkspace;
import org.assay.runtime.check.Measurement;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.djl.MlpSpec;
import org.assay.runtime.pipeline.AssayPipeline;
import org.assay.runtime.quality.DataQualityMetrics;
import org.assay.runtime.spec.DatasetSpec;
import org.assay.runtime.spec.GateSpec;
import org.assay.runtime.pipeline.PipelineRun;
import org.assay.runtime.spec.RowPredicate;
import org.assay.runtime.suite.Check;
import org.assay.runtime.suite.Checks;
import org.assay.runtime.suite.RegressionChecks;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every metric of the catalogues (read from bundles/org.assay.catalogue/catalogue/*.assay, so a new metric is covered
 * the day it is added), in every place a model can use it — each test pattern and the data-quality gate, of a
 * classifier and of a regressor pipeline — is either rejected by validation with a located, coded error, or computed
 * by the runtime: the same check the generated code calls is run on a real trained pipeline and must not throw.
 */
class CatalogueMetricsCoverageTest {

	static final Path ROOT = Paths.get("../..").toAbsolutePath().normalize();

	@TempDir
	static Path project;

	private static PipelineRun classifier;
	private static PipelineRun regressor;

	record Metric(String name, Double minimum, Double maximum) {
		/** A threshold inside the metric's range, so that only the use of the metric is judged. */
		String threshold() {
			return String.valueOf(maximum != null ? maximum : minimum != null ? minimum : 0);
		}
	}

	/** Where a metric is used: the model text (%s the metric, %t a threshold) and the runtime call generated for it. */
	record Use(String name, boolean regression, String text, BiFunction<String, PipelineRun, Measurement> runtime) {
	}

	static final String MODEL = """
			namespace cov
			import assay.iso25059.*
			import assay.iso25012.*
			dataset D {
				source csv "d.csv"
				label y : category [pos, neg]
				feature age : int range 0 .. 120
				feature income : double range 0 .. *
				feature sex : category [f, m] protected
				split train 70 %, test 30 % seed 1
				slice Old where age > 60
			}
			dataset R {
				source csv "r.csv"
				label level : double range 0 .. *
				feature age : int range 0 .. 120
				feature income : double range 0 .. *
				feature sex : category [f, m] protected
				split train 70 %, test 30 % seed 1
				slice Old where age > 60
			}
			pipeline P { prepare D { %GATE_P% } model M : classifier mlp hidden [4] train epochs 2 seed 1 }
			pipeline PR { prepare R { %GATE_R% } model M : regressor mlp hidden [4] train epochs 2 seed 1 }
			suite S tests %PIPELINE% {
				test T : %TEST%
			}
			""";

	static List<Use> uses() {
		List<Use> uses = new ArrayList<>();
		for (boolean regression : new boolean[] { false, true }) {
			String d = regression ? "R" : "D";
			uses.add(new Use("threshold", regression, "threshold %s on " + d + ".test >= %t", (m, run) -> measure(run,
					run.isRegression() ? RegressionChecks.threshold(m, "test", 0.95) : Checks.threshold(m, "test", 0.95))));
			uses.add(new Use("slice", regression, "threshold %s on each slice of " + d + ".test >= %t", (m, run) -> measure(run,
					run.isRegression() ? RegressionChecks.slices(m, "test", true, List.of(), 0.95)
							: Checks.slices(m, "test", true, 0.95))));
			uses.add(new Use("robustness", regression, "robustness %s on " + d + ".test under gaussian sigma 0.1 on income >= %t",
					(m, run) -> measure(run, run.isRegression() ? RegressionChecks.noise(m, "test", false, 0.1, List.of("income"), 2, 1, 0.95)
							: Checks.gaussianNoise(m, "test", 0.1, List.of("income"), 2, 1, 0.95))));
			uses.add(new Use("adversarial", regression, "adversarial fgsm epsilon 0.1 %s on " + d + ".test >= %t",
					(m, run) -> measure(run, Checks.fgsm(m, "test", 0.1, 0.95))));
			uses.add(new Use("baseline", regression, "baseline comparison %s on " + d + ".test versus baseline \"b\" >= 0",
					// the comparison evaluates ModelMetrics on the current and the saved model: the saved one is this one
					(m, run) -> measure(run, Checks.threshold(m, "test", 0.95))));
			uses.add(new Use("fairness", regression, "fairness %s by sex on " + d + ".test >= %t",
					(m, run) -> measure(run, Checks.fairness(m, "test", "sex", 0.95))));
			uses.add(new Use("data", regression, "data %s >= %t", (m, run) -> measure(run, Checks.dataQuality(m))));
			uses.add(new Use("drift", regression, "drift %s between " + d + ".train and " + d + ".test >= %t",
					(m, run) -> measure(run, Checks.drift(m, "train", "test", List.of()))));
			uses.add(new Use("gate", regression, null, (m, run) -> {
				DataQualityMetrics.measure(m, run.table());
				return null;
			}));
		}
		return uses;
	}

	private static Measurement measure(PipelineRun run, Check check) {
		return check.measure(run);
	}

	static List<Metric> catalogueMetrics() throws Exception {
		List<Metric> metrics = new ArrayList<>();
		Pattern block = Pattern.compile("metric (\\w+)[^{]*\\{(.*?)\\n\\s*\\}", Pattern.DOTALL);
		Pattern range = Pattern.compile("range (\\S+) \\.\\. (\\S+)");
		try (Stream<Path> files = Files.list(ROOT.resolve("bundles/org.assay.catalogue/catalogue"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".assay")).sorted().toList()) {
				Matcher m = block.matcher(Files.readString(file));
				while (m.find()) {
					Matcher r = range.matcher(m.group(2));
					boolean ranged = r.find();
					metrics.add(new Metric(m.group(1), ranged && !r.group(1).equals("*") ? Double.valueOf(r.group(1)) : null,
							ranged && !r.group(2).equals("*") ? Double.valueOf(r.group(2)) : null));
				}
			}
		}
		return metrics;
	}

	@BeforeAll
	static void trainPipelines() throws Exception {
		Random random = new Random(5);
		StringBuilder d = new StringBuilder("age,income,sex,y\n");
		StringBuilder r = new StringBuilder("age,income,sex,level\n");
		for (int i = 0; i < 80; i++) {
			int age = 20 + random.nextInt(60);
			double income = Math.round(random.nextDouble() * 1000) / 10.0;
			String sex = random.nextBoolean() ? "f" : "m";
			d.append(age).append(',').append(income).append(',').append(sex).append(',')
					.append(income + random.nextGaussian() * 20 > 50 ? "pos" : "neg").append('\n');
			r.append(age).append(',').append(income).append(',').append(sex).append(',')
					.append(Math.round((income + age / 2.0 + random.nextGaussian() * 5) * 10) / 10.0).append('\n');
		}
		Files.writeString(project.resolve("d.csv"), d);
		Files.writeString(project.resolve("r.csv"), r);
		classifier = new TinyPipeline("d.csv", Column.categorical("y", List.of("pos", "neg"))).run(project);
		regressor = new TinyPipeline("r.csv", Column.real("level", 0, Double.POSITIVE_INFINITY)).run(project);
		assertTrue(classifier.succeeded(), classifier.failure());
		assertTrue(regressor.succeeded(), regressor.failure());
	}

	@AfterAll
	static void close() {
		classifier.close();
		regressor.close();
	}

	@Test
	void everyCatalogueMetricIsComputedOrRejectedWhereverItCanBeWritten() throws Exception {
		List<Metric> metrics = catalogueMetrics();
		assertTrue(metrics.size() >= 24, "catalogue metrics read: " + metrics);
		Path file = project.resolve("cov.assay");
		Files.writeString(file, MODEL);
		AssayWorkspace workspace = AssayStandaloneSetup.doSetup().getInstance(AssayWorkspace.class).load(List.of(file));
		workspace.validateAll(CancelIndicator.NullImpl);
		XtextResource resource = (XtextResource) workspace.getResourceSet().getResources().stream()
				.filter(res -> res.getURI().isFile()).findFirst().orElseThrow();
		Map<String, List<String>> computed = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		int rejected = 0;
		for (Metric metric : metrics) {
			for (Use use : uses()) {
				String where = metric.name() + " in " + use.name() + (use.regression() ? " of a regressor" : " of a classifier");
				String test = use.text() == null ? "data completeness >= 0.5"
						: use.text().replace("%s", metric.name()).replace("%t", metric.threshold());
				String gate = "require " + metric.name() + " >= " + metric.threshold();
				String text = MODEL.replace("%PIPELINE%", use.regression() ? "PR" : "P").replace("%TEST%", test)
						.replace(use.regression() ? "%GATE_R%" : "%GATE_P%", use.text() == null ? gate : "")
						.replace("%GATE_P%", "").replace("%GATE_R%", "");
				List<Issue> errors = workspace.update(resource, text).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
				if (!errors.isEmpty()) {
					for (Issue error : errors) {
						if (error.getCode() == null || error.getLineNumber() == null || error.getLineNumber() < 1) {
							problems.add(where + ": rejected without a code or a line: " + error);
						}
					}
					rejected++;
					continue;
				}
				try {
					use.runtime().apply(metric.name(), use.regression() ? regressor : classifier);
					computed.computeIfAbsent(metric.name(), k -> new ArrayList<>()).add(where);
				} catch (RuntimeException e) {
					problems.add(where + ": validation accepts it, but the runtime fails: " + e);
				}
			}
		}
		int accepted = computed.values().stream().mapToInt(List::size).sum();
		System.out.printf("catalogue coverage: metrics=%d uses=%d computed=%d rejected=%d problems=%d%n", metrics.size(),
				uses().size(), accepted, rejected, problems.size());
		assertEquals(List.of(), problems);
		assertEquals(metrics.size() * uses().size(), accepted + rejected);
		// the regression metrics now run end to end, and prediction_confidence is computed
		for (String name : List.of("mae", "rmse", "r2", "prediction_confidence")) {
			assertTrue(computed.containsKey(name), name + " is computed somewhere: " + computed);
		}
		assertTrue(computed.get("rmse").contains("rmse in threshold of a regressor"), computed.toString());
	}

	/** A pipeline as generated code declares it, on the small CSV written above. */
	static final class TinyPipeline extends AssayPipeline {
		private final String path;
		private final Column label;

		TinyPipeline(String path, Column label) {
			this.path = path;
			this.label = label;
		}

		@Override
		protected String name() {
			return "cov." + path;
		}

		@Override
		protected DatasetSpec dataset() {
			List<Column> columns = new ArrayList<>(List.of(Column.integer("age", 0, 120), Column.real("income", 0,
					Double.POSITIVE_INFINITY), Column.categorical("sex", List.of("f", "m")).asProtected(), label.asLabel()));
			Map<String, RowPredicate> slices = new LinkedHashMap<>();
			slices.put("Old", (t, r) -> t.numeric("age")[r] > 60);
			return new DatasetSpec("cov.data", "cov.assay:4", path, null, new Schema(columns), List.of("train", "test"),
					new double[] { 70, 30 }, 1, null, slices);
		}

		@Override
		protected List<GateSpec> gates() {
			return List.of();
		}

		@Override
		protected MlpSpec model() {
			return new MlpSpec(new int[] { 4 }, "relu", 0, 2, 16, "adam", 0.01, 1);
		}
	}
}
