package org.assay.generator;

import org.assay.dsl.SourceLocation;
import org.assay.dsl.semantics.PipelineSemantics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.assay.generator.data.DataSuiteGenerator;
import org.assay.generator.files.GeneratedFile;
import org.assay.generator.monitor.MonitorGenerator;
import org.assay.generator.pipeline.PipelineGenerator;
import org.assay.generator.suite.SuiteGenerator;
import org.assay.model.AssayModel;
import org.assay.model.Dataset;
import org.assay.model.Element;
import org.assay.model.Monitor;
import org.assay.model.Pipeline;
import org.assay.model.TestSuite;

/**
 * The orchestrator: all files generated for a set of validated models, sorted by path (deterministic), and notes on
 * what could not be generated. File writing is apart ({@link org.assay.generator.files.GeneratedFiles}).
 */
public final class AssayGenerator {

	/** The generated files and the notes ({@code file:line: what was skipped and why}). */
	public record Result(List<GeneratedFile> files, List<String> notes) {
	}

	private final PipelineGenerator pipelines = new PipelineGenerator();
	private final SuiteGenerator suites = new SuiteGenerator();
	private final MonitorGenerator monitors = new MonitorGenerator();
	private final DataSuiteGenerator dataSuites = new DataSuiteGenerator();

	public Result generate(List<AssayModel> models) {
		List<GeneratedFile> files = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (AssayModel model : models) {
			for (Element element : model.getElements()) {
				if (element instanceof Pipeline pipeline) {
					String unsupported = PipelineGenerator.unsupported(pipeline);
					if (unsupported == null) {
						files.addAll(pipelines.generate(pipeline));
						String ignored = PipelineSemantics.notGeneratedTraining(pipeline);
						if (ignored != null) {
							notes.add(SourceLocation.of(pipeline.getTraining()) + ": pipeline " + pipeline.getName() + ": "
									+ ignored);
						}
					} else {
						notes.add(SourceLocation.of(pipeline) + ": " + unsupported);
					}
				} else if (element instanceof Dataset dataset && !dataset.getChecks().isEmpty() && dataset.getSource() != null) {
					files.addAll(dataSuites.generate(dataset));
				} else if (element instanceof Dataset dataset && !dataset.getChecks().isEmpty()) {
					notes.add(SourceLocation.of(dataset) + ": the checks of dataset " + dataset.getName() + " are not generated: "
							+ "it has no data file; add 'source csv \"FILE\"'");
				} else if (element instanceof TestSuite suite && suite.getPipeline() == null && !suite.getTests().isEmpty()) {
					String unsupported = DataSuiteGenerator.unsupported(suite);
					if (unsupported == null) {
						files.addAll(dataSuites.generate(suite));
					} else {
						notes.add(SourceLocation.of(suite) + ": suite " + suite.getName() + " not generated: " + unsupported);
					}
				} else if (element instanceof TestSuite suite && suite.getPipeline() != null) {
					String unsupported = PipelineGenerator.unsupported(suite.getPipeline());
					if (unsupported == null) {
						files.addAll(suites.generate(suite));
					} else {
						notes.add(SourceLocation.of(suite) + ": suite " + suite.getName() + " not generated: " + unsupported);
					}
				} else if (element instanceof Monitor monitor && monitor.getPipeline() != null) {
					String unsupported = PipelineGenerator.unsupported(monitor.getPipeline());
					if (unsupported == null && PipelineSemantics.isRegression(monitor.getPipeline())) {
						notes.add(SourceLocation.of(monitor) + ": monitor " + monitor.getName() + " not generated: monitors are "
								+ "generated for classifiers, and " + monitor.getPipeline().getName() + " is a regressor");
					} else if (unsupported == null) {
						files.addAll(monitors.generate(monitor));
					} else {
						notes.add(SourceLocation.of(monitor) + ": monitor " + monitor.getName() + " not generated: " + unsupported);
					}
				}
			}
		}
		files.sort(Comparator.comparing(GeneratedFile::path));
		return new Result(files, notes);
	}
}
