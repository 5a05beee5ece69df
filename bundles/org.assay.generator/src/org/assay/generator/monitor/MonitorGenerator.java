package org.assay.generator.monitor;

import static org.assay.generator.java.JavaText.comment;
import static org.assay.generator.java.JavaText.doubleLiteral;
import static org.assay.generator.java.JavaText.literal;

import java.util.List;
import java.util.stream.Collectors;

import org.assay.generator.GenerationContext;
import org.assay.dsl.SourceLocation;
import org.assay.generator.files.GeneratedFile;
import org.assay.generator.java.JavaBuilder;
import org.assay.generator.java.JavaNames;
import org.assay.generator.pipeline.PipelineGenerator;
import org.assay.model.Action;
import org.assay.model.ConfidenceCheck;
import org.assay.model.DriftCheck;
import org.assay.model.Monitor;
import org.assay.model.MonitorCheck;
import org.assay.model.Reaction;

/**
 * Generates, for a monitor of a generated pipeline, {@code <Name>MonitorBase} (regenerated) declaring its drift and
 * confidence checks and reactions for the runtime's {@code AssayMonitor}, and once the hand-written
 * {@code <Name>Monitor} in which a service connects alerts and fallbacks.
 */
public final class MonitorGenerator {

	public static String baseClass(Monitor monitor) {
		return JavaNames.typeName(monitor.getName()) + "MonitorBase";
	}

	public static String handWrittenClass(Monitor monitor) {
		return JavaNames.typeName(monitor.getName()) + "Monitor";
	}

	public List<GeneratedFile> generate(Monitor monitor) {
		String pkg = GenerationContext.packageOf(monitor);
		return List.of(
				new GeneratedFile(GenerationContext.path(PipelineGenerator.GENERATED_MAIN, pkg, baseClass(monitor)), base(monitor, pkg),
						true),
				new GeneratedFile(GenerationContext.path(PipelineGenerator.MAIN, pkg, handWrittenClass(monitor)),
						handWritten(monitor, pkg), false));
	}

	private String handWritten(Monitor monitor, String pkg) {
		String name = handWrittenClass(monitor);
		return GenerationContext.handWrittenSubclass(pkg, List.of("java.nio.file.Paths", "java.util.Map"),
				"Monitor " + comment(monitor.getName()), "override alert, fallback, retrain or block to connect them to the service.",
				"public ", name, baseClass(monitor), java -> {
					java.line();
					java.open("public " + name + "(Map<String, double[]> reference) {");
					java.line("super(reference);");
					java.close("}");
					java.line();
					java.line("/** Uses the project in system property assay.project (default: the working directory) for the reference. */");
					java.open("public " + name + "() {");
					java.line("this(referenceOf(Paths.get(System.getProperty(\"assay.project\", \"\")).toAbsolutePath()));");
					java.close("}");
				});
	}

	private String base(Monitor monitor, String pkg) {
		JavaBuilder java = new JavaBuilder();
		java.line(GenerationContext.header(monitor, handWrittenClass(monitor) + ".java").stripTrailing());
		java.line("package " + pkg + ";").line();
		java.imports("java.nio.file.Path", "java.util.ArrayList", "java.util.EnumMap", "java.util.List", "java.util.Map", "",
				"org.assay.runtime.monitor.AssayMonitor");
		java.line();
		java.line("/**");
		java.line(" * Monitor " + comment(monitor.getName()) + " of pipeline " + comment(monitor.getPipeline().getName())
				+ ": call {@link #observe} with every live batch.");
		java.line(" */");
		java.open("public abstract class " + baseClass(monitor) + " extends AssayMonitor {");
		java.line();
		java.line("/** @param reference the training data's values per numeric feature */");
		java.open("protected " + baseClass(monitor) + "(Map<String, double[]> reference) {");
		java.line("super(reference);");
		java.close("}");
		java.line();
		java.line("/** The reference data: the numeric columns of the watched pipeline's dataset in the project. */");
		java.open("public static Map<String, double[]> referenceOf(Path project) {");
		java.line("return referenceFrom(project, new " + GenerationContext.packageOf(monitor.getPipeline()) + "."
				+ PipelineGenerator.handWrittenClass(monitor.getPipeline()) + "().dataset());");
		java.close("}");
		java.line();
		java.line("@Override");
		java.open("protected String name() {");
		java.line("return " + literal(GenerationContext.qualifiedName(monitor)) + ";");
		java.close("}");
		java.line();
		java.line("@Override");
		java.open("protected List<DriftWatch> driftWatches() {");
		java.line("List<DriftWatch> watches = new ArrayList<>();");
		for (MonitorCheck check : monitor.getChecks()) {
			if (check instanceof DriftCheck drift) {
				String features = drift.getFeatures().stream().map(f -> literal(f.getName())).collect(Collectors.joining(", "));
				java.line("// " + comment(SourceLocation.of(drift)));
				java.line("watches.add(new DriftWatch(" + literal(drift.getStatistic().getName()) + ", List.of(" + features + "), "
						+ drift.getWindow() + ", " + doubleLiteral(drift.getWarn()) + ", " + doubleLiteral(drift.getFail()) + ", "
						+ literal(SourceLocation.of(drift)) + "));");
			}
		}
		java.line("return watches;");
		java.close("}");
		java.line();
		java.line("@Override");
		java.open("protected List<ConfidenceWatch> confidenceWatches() {");
		java.line("List<ConfidenceWatch> watches = new ArrayList<>();");
		for (MonitorCheck check : monitor.getChecks()) {
			if (check instanceof ConfidenceCheck confidence) {
				java.line("// " + comment(SourceLocation.of(confidence)));
				java.line("watches.add(new ConfidenceWatch(" + doubleLiteral(confidence.getBelow()) + ", " + confidence.getWindow()
						+ ", " + (confidence.getWarnRate() == null ? "null" : doubleLiteral(confidence.getWarnRate())) + ", "
						+ doubleLiteral(confidence.getFailRate()) + ", " + literal(SourceLocation.of(confidence)) + "));");
			}
		}
		java.line("return watches;");
		java.close("}");
		java.line();
		java.line("@Override");
		java.open("protected Map<Level, List<Action>> reactions() {");
		java.line("Map<Level, List<Action>> reactions = new EnumMap<>(Level.class);");
		for (Reaction reaction : monitor.getReactions()) {
			String actions = reaction.getActions().stream()
					.map(a -> "new Action(" + literal(a.getKind().getLiteral()) + ", " + literal(argument(a)) + ")")
					.collect(Collectors.joining(", "));
			java.line("// " + comment(SourceLocation.of(reaction)));
			java.line("reactions.put(Level." + reaction.getLevel().name() + ", List.of(" + actions + "));");
		}
		java.line("return reactions;");
		java.close("}");
		java.close("}");
		return java.toString();
	}

	private static String argument(Action action) {
		return action.getArgument();
	}
}
