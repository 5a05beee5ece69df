package org.assay.generator.data;

import static org.assay.generator.java.JavaText.comment;
import static org.assay.generator.java.JavaText.literal;
import static org.assay.generator.java.JavaText.doubleLiteral;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.assay.dsl.SourceLocation;
import org.assay.dsl.semantics.ConstraintSemantics;
import org.assay.generator.GenerationContext;
import org.assay.generator.files.GeneratedFile;
import org.assay.generator.java.JavaBuilder;
import org.assay.generator.java.JavaNames;
import org.assay.generator.suite.SuiteGenerator;
import org.assay.model.DataConstraint;
import org.assay.model.Dataset;
import org.assay.model.NamedElement;
import org.assay.model.ReferenceMembership;
import org.assay.model.Requirement;
import org.assay.model.TestCase;
import org.assay.model.TestSuite;
import org.assay.runtime.constraint.ConstraintSpec;

/**
 * Generates, for a dataset with checks, its data suite: the JUnit 5 class {@code Abstract<Dataset>ChecksTest}
 * (regenerated) that opens the dataset once with the runtime's one-pass engine ({@code DataSuite}) for all its
 * constraints and has one test per check, tagged with the requirements it verifies; and once the hand-written
 * {@code <Dataset>ChecksTest} that JUnit runs (generation gap, as {@link SuiteGenerator}). No pipeline, no training:
 * the checks need only the data file.
 */
public final class DataSuiteGenerator {

	/** Names a test method may not take: the suite's own methods and Object's. */
	private static final Set<String> RESERVED_METHODS = Set.of("openData", "closeData", "dataset", "constraints", "toString",
			"hashCode", "equals", "getClass", "clone", "finalize", "notify", "notifyAll", "wait");

	public static String baseClass(Dataset dataset) {
		return "Abstract" + JavaNames.typeName(dataset.getName()) + "ChecksTest";
	}

	public static String handWrittenClass(Dataset dataset) {
		return JavaNames.typeName(dataset.getName()) + "ChecksTest";
	}

	/** The suite name a dataset's checks record their evidence under. */
	public static String suiteName(Dataset dataset) {
		return org.assay.dsl.ElementNames.dataSuite(dataset);
	}

	/** The engine-neutral constraint of a check or data test, under its qualified name and location. */
	public static ConstraintSpec spec(TestCase test) {
		DataConstraint constraint = ConstraintSemantics.of(test);
		return ConstraintSemantics.spec(constraint, GenerationContext.qualifiedName(test), SourceLocation.of(test),
				ConstraintSemantics.requirements(constraint));
	}

	/** What one data suite class is generated from: its dataset's checks, or a suite without a pipeline. */
	private record Plan(NamedElement owner, String suiteName, String baseClass, String handWrittenClass, String what,
			String title, Dataset dataset, List<TestCase> tests) {
	}

	/** The files of a dataset's data suite (a dataset with checks and a data file). */
	public List<GeneratedFile> generate(Dataset dataset) {
		return generate(new Plan(dataset, suiteName(dataset), baseClass(dataset), handWrittenClass(dataset),
				"Data suite of dataset " + comment(dataset.getName()), (dataset.getTitle() != null ? dataset.getTitle()
						: "Dataset " + dataset.getName()) + ": data checks", dataset, dataset.getChecks()));
	}

	/**
	 * The files of a suite that tests no pipeline: its tests are column constraints on one dataset, run as a data
	 * suite (see {@link #unsupported(TestSuite)}).
	 */
	public List<GeneratedFile> generate(TestSuite suite) {
		Dataset dataset = ConstraintSemantics.dataset(ConstraintSemantics.of(suite.getTests().get(0)));
		return generate(new Plan(suite, GenerationContext.qualifiedName(suite), SuiteGenerator.baseClass(suite),
				SuiteGenerator.handWrittenClass(suite), "Suite " + comment(suite.getName()),
				suite.getTitle() != null ? suite.getTitle() : "Suite " + suite.getName(), dataset, suite.getTests()));
	}

	/**
	 * Why a suite without a pipeline cannot be generated as a data suite, or null when it can: every test must be a
	 * column constraint ({@code data CONSTRAINT}) on the whole of one dataset with a data file; partitions and slices
	 * need the pipeline's split.
	 */
	public static String unsupported(TestSuite suite) {
		Dataset common = null;
		for (TestCase test : suite.getTests()) {
			DataConstraint constraint = ConstraintSemantics.of(test);
			if (constraint == null) {
				return "test " + test.getName() + " needs a pipeline (a suite without 'tests PIPELINE' runs only column "
						+ "constraints, 'data CONSTRAINT'); add 'tests PIPELINE' to the suite";
			}
			Dataset dataset = ConstraintSemantics.dataset(constraint);
			if (dataset == null || dataset.getSource() == null) {
				return "test " + test.getName() + " names no dataset with a data file; add 'on DATASET'";
			}
			if (ConstraintSemantics.view(constraint) != dataset) {
				return "test " + test.getName() + " reads a partition or slice, which needs the split of a pipeline; check the "
						+ "whole dataset or add 'tests PIPELINE' to the suite";
			}
			if (common != null && common != dataset) {
				return "its tests read two datasets (" + common.getName() + " and " + dataset.getName() + "); a suite without a "
						+ "pipeline checks one dataset: split it in two, or write the checks in the datasets";
			}
			common = dataset;
		}
		return null;
	}

	private List<GeneratedFile> generate(Plan plan) {
		String pkg = GenerationContext.packageOf(plan.owner());
		return List.of(
				new GeneratedFile(GenerationContext.path(SuiteGenerator.GENERATED_TEST, pkg, plan.baseClass()), base(plan, pkg), true),
				new GeneratedFile(GenerationContext.path(SuiteGenerator.TEST, pkg, plan.handWrittenClass()),
						GenerationContext.handWrittenSubclass(pkg, plan.what(), "", plan.handWrittenClass(), plan.baseClass()),
						false));
	}

	private String base(Plan plan, String pkg) {
		Dataset dataset = plan.dataset();
		List<ConstraintSpec> specs = plan.tests().stream().map(DataSuiteGenerator::spec).toList();
		JavaBuilder java = new JavaBuilder();
		java.line(GenerationContext.header(plan.owner(), plan.handWrittenClass() + ".java").stripTrailing());
		java.line("package " + pkg + ";").line();
		List<String> imports = new ArrayList<>(DatasetSpecs.IMPORTS);
		imports.addAll(ConstraintLiterals.IMPORTS);
		imports.addAll(List.of("org.assay.runtime.engine.DataSuite", "org.assay.runtime.scan.SourceFormat",
				"org.junit.jupiter.api.AfterAll", "org.junit.jupiter.api.BeforeAll", "org.junit.jupiter.api.DisplayName", "org.junit.jupiter.api.Tag",
				"org.junit.jupiter.api.Test"));
		List<String> sorted = imports.stream().sorted().distinct().toList();
		List<String> grouped = new ArrayList<>(sorted.stream().filter(i -> i.startsWith("java.")).toList());
		grouped.add("");
		grouped.addAll(sorted.stream().filter(i -> !i.startsWith("java.")).toList());
		java.imports(grouped.toArray(String[]::new));
		java.line();
		java.line("/**");
		java.line(" * " + plan.what() + (plan.owner().getTitle() == null ? "" : " — " + comment(plan.owner().getTitle()))
				+ ": column constraints, measured in one pass over " + comment(dataset.getSource().getPath()) + ".");
		java.line(" */");
		java.line("@DisplayName(" + literal(plan.title()) + ")");
		java.open("public abstract class " + plan.baseClass() + " {");
		java.line();
		java.line("private static DataSuite suite;");
		java.line();
		java.line("/** Opens " + comment(dataset.getSource().getPath()) + " for all tests: it is read once, on the first. */");
		java.line("@BeforeAll");
		java.open("static void openData() {");
		List<Dataset> references = references(plan.tests(), dataset);
		List<String> chain = new ArrayList<>();
		for (int i = 0; i < references.size(); i++) {
			chain.add("\t\t.withReference(reference" + (i + 1) + "(), SourceFormat." + references.get(i).getSource().getFormat().name()
					+ ")");
		}
		for (int i = 0; i < specs.size(); i++) {
			if (plan.tests().get(i).getPattern() instanceof org.assay.model.DataQualityTest data && data.getAnomaly() != null) {
				chain.add("\t\t.withAnomaly(" + literal(specs.get(i).name()) + ", " + doubleLiteral(data.getAnomaly().getSigmas())
						+ ", " + data.getAnomaly().getWindow() + ")");
			}
			// a drift check of the newest partition against the stored states of the ones before it (#10)
			if (plan.tests().get(i).getPattern() instanceof org.assay.model.DataQualityTest data && data.getDrift() != null
					&& data.getDrift().getCondition() != null) {
				org.assay.model.Condition bound = data.getDrift().getCondition();
				chain.add("\t\t.withDrift(" + literal(specs.get(i).name()) + ", " + literal(data.getDrift().getStatistic().getName())
						+ ", " + data.getDrift().getWindow() + ", " + ConstraintLiterals.criterion(new org.assay.runtime.stats.Criterion(
								ConstraintSemantics.operator(bound.getOperator()), bound.getThreshold(),
								bound.isSetWarnLevel() ? bound.getWarnLevel() : Double.NaN)) + ")");
			}
		}
		String engine = engine(dataset);
		if (engine != null) {
			chain.add("\t\t.withEngine(" + literal(engine) + ")");
		}
		java.line("suite = DataSuite.open(" + literal(plan.suiteName()) + ", dataset(), SourceFormat."
				+ dataset.getSource().getFormat().name() + ", constraints())" + (chain.isEmpty() ? ";" : ""));
		for (int i = 0; i < chain.size(); i++) {
			java.line(chain.get(i) + (i == chain.size() - 1 ? ";" : ""));
		}
		java.close("}");
		java.line();
		java.line("@AfterAll");
		java.open("static void closeData() {");
		java.line("suite.close();");
		java.close("}");
		java.line();
		datasetMethod(java, "dataset", dataset);
		for (int i = 0; i < references.size(); i++) {
			java.line();
			datasetMethod(java, "reference" + (i + 1), references.get(i));
		}
		java.line();
		java.line("/** The constraints, in declaration order. */");
		java.open("static List<ConstraintSpec> constraints() {");
		java.line("List<ConstraintSpec> constraints = new ArrayList<>();");
		for (int i = 0; i < specs.size(); i++) {
			java.line("// " + comment(specs.get(i).source()) + ": " + comment(plan.tests().get(i).getName()));
			java.line("constraints.add(" + ConstraintLiterals.spec(specs.get(i)) + ");");
		}
		java.line("return constraints;");
		java.close("}");
		Set<String> used = new HashSet<>(RESERVED_METHODS);
		for (int i = 0; i < references.size(); i++) {
			used.add("reference" + (i + 1));
		}
		for (int i = 0; i < specs.size(); i++) {
			TestCase test = plan.tests().get(i);
			String method = JavaNames.memberName(test.getName());
			for (int n = 2; !used.add(method); n++) {
				method = JavaNames.memberName(test.getName()) + "_" + n;
			}
			java.line();
			testMethod(java, test, specs.get(i), method);
		}
		java.close("}");
		return java.toString();
	}

	private static void datasetMethod(JavaBuilder java, String name, Dataset dataset) {
		java.line("/** " + comment(SourceLocation.of(dataset)) + ": dataset " + comment(dataset.getName()) + ". */");
		java.open("static DatasetSpec " + name + "() {");
		DatasetSpecs.body(java, dataset);
		java.close("}");
	}

	/**
	 * The other datasets the tests' row conditions look values up in ({@code where x in Other.column}), in first-use
	 * order: the suite reads them too.
	 */
	static List<Dataset> references(List<TestCase> tests, Dataset self) {
		java.util.LinkedHashSet<Dataset> found = new java.util.LinkedHashSet<>();
		for (TestCase test : tests) {
			test.eAllContents().forEachRemaining(element -> {
				if (element instanceof ReferenceMembership reference && reference.getColumn() != null
						&& reference.getColumn().eContainer() instanceof Dataset other && other != self && other.getSource() != null) {
					found.add(other);
				}
			});
		}
		return List.copyOf(found);
	}

	private static void testMethod(JavaBuilder java, TestCase check, ConstraintSpec spec, String method) {
		String verifies = check.getVerifies().stream().map(Requirement::getName).collect(Collectors.joining(", "));
		java.line("/** " + comment(spec.source()) + ": " + (check.eContainer() instanceof Dataset ? "check " : "test ")
				+ comment(check.getName())
				+ (verifies.isEmpty() ? "" : ", verifies " + comment(verifies)) + ". */");
		java.line("@Test");
		for (String requirement : spec.requirements()) {
			java.line("@Tag(" + literal(requirement) + ")");
		}
		String text = written(check.getPattern());
		java.line("@DisplayName(" + literal(check.getName() + (check.getTitle() == null ? "" : " — " + check.getTitle())
				+ (text == null ? "" : ": " + text) + (verifies.isEmpty() ? "" : " (verifies " + verifies + ")")) + ")");
		java.open("void " + method + "() {");
		java.line("DataSuite.require(suite.evaluate(" + literal(spec.name()) + "));");
		java.close("}");
	}

	/** The constraint as written in the model, on one line (null when the model has no text, as a built one). */
	public static String written(org.eclipse.emf.ecore.EObject element) {
		org.eclipse.xtext.nodemodel.ICompositeNode node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(element);
		return node == null ? null : org.eclipse.xtext.nodemodel.util.NodeModelUtils.getTokenText(node);
	}


	/**
	 * The engine the model asks for this dataset's checks ({@code engine spark} on its source, else in the project), or
	 * null for the run's default.
	 */
	static String engine(Dataset dataset) {
		if (dataset.getSource() != null && dataset.getSource().isSetEngine()) {
			return dataset.getSource().getEngine().getLiteral();
		}
		if (dataset.eResource() == null || dataset.eResource().getResourceSet() == null) {
			return null;
		}
		List<org.eclipse.emf.ecore.resource.Resource> resources = new ArrayList<>(List.of(dataset.eResource()));
		resources.addAll(dataset.eResource().getResourceSet().getResources());
		for (org.eclipse.emf.ecore.resource.Resource resource : resources) {
			for (org.eclipse.emf.ecore.EObject root : resource.getContents()) {
				if (root instanceof org.assay.model.AssayModel model) {
					for (org.assay.model.Element element : model.getElements()) {
						if (element instanceof org.assay.model.Project project && project.isSetEngine()) {
							return project.getEngine().getLiteral();
						}
					}
				}
			}
		}
		return null;
	}
}
