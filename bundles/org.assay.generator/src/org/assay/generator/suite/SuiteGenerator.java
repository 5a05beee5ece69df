package org.assay.generator.suite;

import static org.assay.generator.java.JavaText.comment;
import static org.assay.generator.java.JavaText.doubleLiteral;
import static org.assay.generator.java.JavaText.literal;

import java.util.List;
import java.util.stream.Collectors;

import org.assay.generator.GenerationContext;
import org.assay.dsl.SourceLocation;
import org.assay.dsl.semantics.Defaults;
import org.assay.dsl.semantics.Limit;
import org.assay.dsl.semantics.PipelineSemantics;
import org.assay.dsl.semantics.TestSemantics;
import org.assay.dsl.semantics.ConstraintSemantics;
import org.assay.generator.data.ConstraintLiterals;
import org.assay.generator.data.DataSuiteGenerator;
import org.assay.generator.files.GeneratedFile;
import org.assay.generator.java.JavaBuilder;
import org.assay.generator.java.JavaNames;
import org.assay.generator.pipeline.PipelineGenerator;
import org.assay.model.AdversarialTest;
import org.assay.model.Baseline;
import org.assay.model.BaselineComparisonTest;
import org.assay.model.CategorySwap;
import org.assay.model.Condition;
import org.assay.model.DataQualityTest;
import org.assay.model.DataView;
import org.assay.model.Dataset;
import org.assay.model.Direction;
import org.assay.model.DirectionalTest;
import org.assay.model.DriftTest;
import org.assay.model.FairnessTest;
import org.assay.model.Feature;
import org.assay.model.GaussianNoise;
import org.assay.model.InvarianceTest;
import org.assay.model.Metric;
import org.assay.model.MetricPattern;
import org.assay.model.NoiseRobustnessTest;
import org.assay.model.Requirement;
import org.assay.model.SliceTest;
import org.assay.model.TestCase;
import org.assay.model.TestSuite;
import org.assay.model.UniformNoise;

/**
 * Generates, for a test suite, the JUnit 5 class {@code Abstract<Name>Test} (regenerated): one test method per test
 * case, tagged with the requirements it verifies, named for a safety engineer, recording evidence and failing with
 * the measured value, interval, threshold and verdict; and once the hand-written {@code <Name>Test} that JUnit runs.
 * A test is generated {@code @Disabled} only for a warning validation reported for it (the generation limits of
 * {@link TestSemantics}), with the same message.
 */
public final class SuiteGenerator {

	public static final String GENERATED_TEST = "src/generated/test/java";
	public static final String TEST = "src/test/java";

	public static String baseClass(TestSuite suite) {
		return "Abstract" + JavaNames.typeName(suite.getName()) + "Test";
	}

	public static String handWrittenClass(TestSuite suite) {
		return JavaNames.typeName(suite.getName()) + "Test";
	}

	public List<GeneratedFile> generate(TestSuite suite) {
		String pkg = GenerationContext.packageOf(suite);
		return List.of(new GeneratedFile(GenerationContext.path(GENERATED_TEST, pkg, baseClass(suite)), base(suite, pkg), true),
				new GeneratedFile(GenerationContext.path(TEST, pkg, handWrittenClass(suite)), handWritten(suite, pkg), false));
	}

	private String base(TestSuite suite, String pkg) {
		JavaBuilder java = new JavaBuilder();
		java.line(GenerationContext.header(suite, handWrittenClass(suite) + ".java").stripTrailing());
		java.line("package " + pkg + ";").line();
		boolean anyDisabled = suite.getTests().stream().anyMatch(t -> unsupported(t) != null);
		boolean constraints = suite.getTests().stream().anyMatch(t -> ConstraintSemantics.of(t) != null);
		java.imports("java.util.List", "", constraints ? "org.assay.runtime.constraint.ConstraintSpec" : null,
				constraints ? "org.assay.runtime.constraint.NullPolicy" : null,
				constraints ? "org.assay.runtime.constraint.RowCondition" : null,
				constraints ? "org.assay.runtime.constraint.Statistic" : null,
				"org.assay.runtime.stats.Criterion", "org.assay.runtime.stats.Criterion.Operator",
				"org.assay.runtime.suite.Checks",
				PipelineSemantics.isRegression(suite.getPipeline()) ? "org.assay.runtime.suite.RegressionChecks" : null,
				"org.assay.runtime.suite.SuiteContext", "org.junit.jupiter.api.AfterAll", "org.junit.jupiter.api.BeforeAll",
				anyDisabled ? "org.junit.jupiter.api.Disabled" : null, "org.junit.jupiter.api.DisplayName",
				"org.junit.jupiter.api.Tag", "org.junit.jupiter.api.Test");
		java.line();
		java.line("/**");
		java.line(" * Suite " + comment(suite.getName()) + (suite.getTitle() == null ? "" : " — " + comment(suite.getTitle()))
				+ ": tests of pipeline " + comment(suite.getPipeline().getName()) + ".");
		java.line(" */");
		java.line("@DisplayName(" + literal(suite.getTitle() != null ? suite.getTitle() : "Suite " + suite.getName()) + ")");
		java.open("public abstract class " + baseClass(suite) + " {");
		java.line();
		java.line("private static SuiteContext suite;");
		java.line();
		java.line("/** Runs pipeline " + comment(suite.getPipeline().getName()) + " once for all tests of the suite. */");
		java.line("@BeforeAll");
		java.open("static void runPipeline() {");
		java.line("suite = SuiteContext.open(" + literal(GenerationContext.qualifiedName(suite)) + ", new "
				+ GenerationContext.packageOf(suite.getPipeline()) + "." + PipelineGenerator.handWrittenClass(suite.getPipeline()) + "());");
		List<TestCase> family = suite.getTests().stream().filter(SuiteGenerator::adjustedTogether).toList();
		if (!family.isEmpty()) {
			java.line("// p-values are adjusted together (Holm–Bonferroni) over the suite: each test's check is declared here");
			for (TestCase test : family) {
				Metric metric = metric(test);
				java.line("suite.adjustTogether(" + literal(test.getName()) + ", " + check(test, metric, confidence(test)) + ");");
			}
		}
		java.close("}");
		java.line();
		java.line("@AfterAll");
		java.open("static void closePipeline() {");
		java.line("suite.close();");
		java.close("}");
		java.util.Set<String> used = new java.util.HashSet<>(RESERVED_METHODS);
		for (TestCase test : suite.getTests()) {
			java.line();
			String method = JavaNames.memberName(test.getName());
			for (int n = 2; !used.add(method); n++) {
				method = JavaNames.memberName(test.getName()) + "_" + n;
			}
			testMethod(java, test, method);
		}
		java.close("}");
		return java.toString();
	}

	/** Names a test method may not take: the suite's own methods and Object's. */
	private static final java.util.Set<String> RESERVED_METHODS = java.util.Set.of("runPipeline", "closePipeline", "toString",
			"hashCode", "equals", "getClass", "clone", "finalize", "notify", "notifyAll", "wait");

	private void testMethod(JavaBuilder java, TestCase test, String method) {
		List<String> requirements = test.getVerifies().stream().map(GenerationContext::qualifiedName).toList();
		String verifies = test.getVerifies().stream().map(Requirement::getName).collect(Collectors.joining(", "));
		java.line("/** " + comment(SourceLocation.of(test)) + ": test " + comment(test.getName())
				+ (verifies.isEmpty() ? "" : ", verifies " + comment(verifies)) + ". */");
		java.line("@Test");
		for (String requirement : requirements) {
			java.line("@Tag(" + literal(requirement) + ")");
		}
		String unsupported = unsupported(test);
		Metric metric = metric(test);
		Condition condition = condition(test, metric);
		java.line("@DisplayName(" + literal(displayName(test, metric, condition, verifies)) + ")");
		if (unsupported != null) {
			java.line("@Disabled(" + literal(SourceLocation.of(test) + ": " + unsupported) + ")");
		}
		java.open("void " + method + "() {");
		if (unsupported == null) {
			double confidence = confidence(test);
			java.line("SuiteContext.require(suite.evaluate(" + literal(test.getName()) + ", List.of("
					+ requirements.stream().map(r -> literal(r)).collect(Collectors.joining(", ")) + "), "
					+ literal(SourceLocation.of(test)) + ",");
			java.line("\t\t" + (adjustedTogether(test) ? "suite.adjusted(" + literal(test.getName()) + ")"
					: check(test, metric, confidence)) + ",");
			// a named life cycle stage travels into the evidence; unnamed, the runtime records its default (verification)
			java.line("\t\t" + criterion(test, condition) + ", " + doubleLiteral(confidence)
					+ (test.isSetPhase() ? ", " + literal(test.getPhase().getLiteral()) : "") + "));");
		}
		java.close("}");
	}

	private static String criterion(TestCase test, Condition condition) {
		if (ConstraintSemantics.of(test) != null) {
			// a column constraint's bound: every criterion must hold
			return "List.of(" + DataSuiteGenerator.spec(test).criteria().stream().map(ConstraintLiterals::criterion)
					.collect(Collectors.joining(", ")) + ")";
		}
		if (test.getPattern() instanceof DirectionalTest directional) {
			return "new Criterion(Operator.LESS_OR_EQUAL, " + doubleLiteral(Defaults.maxViolationRate(directional)) + ")";
		}
		if (test.getPattern() instanceof InvarianceTest invariance) {
			return "new Criterion(Operator.LESS_OR_EQUAL, " + doubleLiteral(invariance.getMaxFlipRate()) + ")";
		}
		return GenerationContext.criterion(condition);
	}

	private static String displayName(TestCase test, Metric metric, Condition condition, String verifies) {
		StringBuilder name = new StringBuilder(test.getName());
		if (test.getTitle() != null) {
			name.append(" — ").append(test.getTitle());
		}
		if (test.getPattern() instanceof DirectionalTest directional) {
			name.append(": violation_rate <= ").append(doubleLiteral(Defaults.maxViolationRate(directional)));
		} else if (test.getPattern() instanceof InvarianceTest invariance) {
			name.append(": flip_rate <= ").append(doubleLiteral(invariance.getMaxFlipRate()));
		} else if (ConstraintSemantics.of(test) != null) {
			String written = DataSuiteGenerator.written(test.getPattern());
			if (written != null) {
				name.append(": ").append(written);
			}
		} else if (metric != null && condition != null) {
			name.append(": ").append(metric.getName()).append(' ').append(symbol(condition)).append(' ')
					.append(doubleLiteral(condition.getThreshold()));
		}
		if (!verifies.isEmpty()) {
			name.append(" (verifies ").append(verifies).append(')');
		}
		return name.toString();
	}

	private static String symbol(Condition condition) {
		return switch (condition.getOperator()) {
		case LESS -> "<";
		case LESS_OR_EQUAL -> "<=";
		case GREATER -> ">";
		case GREATER_OR_EQUAL -> ">=";
		case EQUAL -> "=";
		case NOT_EQUAL -> "!=";
		};
	}

	private static double confidence(TestCase test) {
		return Defaults.confidence(test);
	}

	/** Whether a generated test measures p-values (its metric's unit is "p-value"): those are adjusted as a family. */
	static boolean adjustedTogether(TestCase test) {
		Metric metric = metric(test);
		return unsupported(test) == null && ConstraintSemantics.of(test) == null && metric != null
				&& "p-value".equals(metric.getUnit());
	}

	/** Why a test is generated disabled (the message validation reports for it), or null. */
	static String unsupported(TestCase test) {
		Limit limit = TestSemantics.limit(test);
		if (limit != null) {
			return limit.message();
		}
		if (ConstraintSemantics.of(test) != null) {
			return null; // a column constraint carries its statistic and bound
		}
		if (test.getPattern() instanceof MetricPattern) {
			Metric metric = metric(test);
			if (metric == null || condition(test, metric) == null) {
				return "no metric and threshold (fix the validation errors first)";
			}
		}
		return null;
	}

	private static String check(TestCase test, Metric metric, double confidence) {
		if (PipelineSemantics.isRegression(((TestSuite) test.eContainer()).getPipeline())) {
			String regression = RegressionCheckCalls.check(test, metric, confidence);
			if (regression != null) {
				return regression;
			}
		}
		if (test.getPattern() instanceof DirectionalTest directional) {
			return "Checks.directional(" + (directional.getData() == null ? heldOut(test) : partition(directional.getData())) + ", "
					+ literal(directional.getFeature().getName()) + ", " + doubleLiteral(directional.getDelta()) + ", "
					+ (directional.getExpected() == org.assay.model.Trend.INCREASE) + ", "
					+ (directional.getTarget() == null ? "null" : literal(directional.getTarget().getName())) + ", "
					+ doubleLiteral(confidence) + ")";
		}
		if (test.getPattern() instanceof InvarianceTest invariance) {
			CategorySwap swap = (CategorySwap) invariance.getPerturbation();
			return "Checks.invariance(" + (invariance.getData() == null ? heldOut(test) : partition(invariance.getData())) + ", " + literal(swap.getFeature().getName()) + ", "
					+ literal(swap.getFrom().getName()) + ", " + literal(swap.getTo().getName()) + ", " + swap.isSymmetric() + ", "
					+ doubleLiteral(confidence) + ")";
		}
		if (ConstraintSemantics.of(test) != null) {
			// a column constraint, measured by the one-pass engine over the rows of the view it names
			return "Checks.constraint(" + ConstraintLiterals.spec(DataSuiteGenerator.spec(test)) + ", "
					+ partition(ConstraintSemantics.view(ConstraintSemantics.of(test))) + ")";
		}
		MetricPattern pattern = (MetricPattern) test.getPattern();
		// a model test that names no data is measured on the held-out partition (the split's last), never on training rows
		String data = pattern.getData() == null && !(pattern instanceof DataQualityTest) ? heldOut(test)
				: partition(pattern.getData());
		String name = literal(metric.getName());
		if (pattern instanceof SliceTest sliceTest) {
			String among = sliceTest.getSlices().stream().map(slice -> literal(slice.getName())).collect(Collectors.joining(", "));
			return "Checks.slices(" + name + ", " + data + ", " + (metric.getDirection() == Direction.HIGHER_IS_BETTER) + ", List.of("
					+ among + "), " + doubleLiteral(confidence) + ")";
		}
		if (pattern instanceof NoiseRobustnessTest noise) {
			String check;
			double strength;
			List<Feature> noisy;
			if (noise.getPerturbation() instanceof GaussianNoise gaussian) {
				check = "gaussianNoise";
				strength = gaussian.getSigma();
				noisy = gaussian.getFeatures();
			} else {
				UniformNoise uniform = (UniformNoise) noise.getPerturbation();
				check = "uniformNoise";
				strength = uniform.getAmplitude();
				noisy = uniform.getFeatures();
			}
			String features = noisy.stream().map(feature -> literal(feature.getName())).collect(Collectors.joining(", "));
			return "Checks." + check + "(" + name + ", " + data + ", " + doubleLiteral(strength) + ", List.of(" + features + "), "
					+ test.getRepeats() + ", 1L, " + doubleLiteral(confidence) + ")";
		}
		if (pattern instanceof AdversarialTest adversarial) {
			return "Checks.fgsm(" + name + ", " + data + ", " + doubleLiteral(adversarial.getEpsilon()) + ", "
					+ doubleLiteral(confidence) + ")";
		}
		if (pattern instanceof DataQualityTest) {
			return "Checks.dataQuality(" + name + ")";
		}
		if (pattern instanceof BaselineComparisonTest) {
			Baseline baseline = TestSemantics.baseline(test);
			return "Checks.baseline(" + name + ", " + data + ", " + literal(TestSemantics.baselinePath(test)) + ", "
					+ (baseline != null && baseline.isExternal() ? "true, " : "") + doubleLiteral(confidence) + ")";
		}
		if (pattern instanceof FairnessTest fairness) {
			return "Checks.fairness(" + name + ", " + data + ", " + literal(fairness.getGroupedBy().getName()) + ", "
					+ doubleLiteral(confidence) + ")";
		}
		if (pattern instanceof DriftTest drift) {
			List<String> features = drift.getFeatures().stream().map(f -> literal(f.getName())).toList();
			return "Checks.drift(" + name + ", " + partition(drift.getReference()) + ", " + data + ", List.of("
					+ String.join(", ", features) + "))";
		}
		return "Checks.threshold(" + name + ", " + data + ", " + doubleLiteral(confidence) + ")";
	}

	/** The held-out partition a model test that names no data is measured on, as a literal. */
	static String heldOut(TestCase test) {
		return literal(TestSemantics.heldOut(test).getName());
	}

	/** The partition or slice a pattern names, as a literal; null (all rows) for a whole dataset or none. */
	static String partition(DataView data) {
		return data == null || data instanceof Dataset ? "null" : literal(data.getName());
	}

	static Metric metric(TestCase test) {
		return TestSemantics.metric(test);
	}

	static Condition condition(TestCase test, Metric metric) {
		return TestSemantics.condition(test, metric);
	}

	private String handWritten(TestSuite suite, String pkg) {
		return GenerationContext.handWrittenSubclass(pkg, "Suite " + comment(suite.getName()), "", handWrittenClass(suite),
				baseClass(suite));
	}
}
