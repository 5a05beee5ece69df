package org.assay.runtime.pipeline;

import java.util.List;
import java.util.Map;

import org.assay.runtime.check.DataRun;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.DataFindings;
import org.assay.runtime.data.DataProblem;
import org.assay.runtime.data.Table;
import org.assay.runtime.djl.ConvSpec;
import org.assay.runtime.djl.FeatureEncoder;
import org.assay.runtime.djl.Classifier;
import org.assay.runtime.djl.MlpSpec;
import org.assay.runtime.djl.Regressor;
import org.assay.runtime.lineage.Lineage;

/**
 * The outcome of running a pipeline: either a failure (a located reason why there is no model) or the loaded data,
 * its partitions and slices, the fitted encoder and the trained model, with the lineage captured before execution.
 */
public final class PipelineRun implements DataRun, AutoCloseable {

	private final String pipeline;
	private final Lineage lineage;
	private final String failure;
	private final List<DataProblem> problems;
	private final Table table;
	private final Map<String, int[]> partitions;
	private final Map<String, int[]> slices;
	private final FeatureEncoder encoder;
	private final Classifier model;
	private final int classes;
	private final MlpSpec spec;
	private final java.nio.file.Path project;
	private final ConvSpec conv;
	private final Regressor regressor;
	private DataFindings findings;

	PipelineRun(String pipeline, Lineage lineage, String failure, List<DataProblem> problems, Table table,
			Map<String, int[]> partitions, Map<String, int[]> slices, FeatureEncoder encoder, Classifier model, int classes,
			MlpSpec spec, ConvSpec conv, java.nio.file.Path project) {
		this(pipeline, lineage, failure, problems, table, partitions, slices, encoder, model, classes, spec, conv, project, null);
	}

	private PipelineRun(String pipeline, Lineage lineage, String failure, List<DataProblem> problems, Table table,
			Map<String, int[]> partitions, Map<String, int[]> slices, FeatureEncoder encoder, Classifier model, int classes,
			MlpSpec spec, ConvSpec conv, java.nio.file.Path project, Regressor regressor) {
		this.regressor = regressor;
		this.pipeline = pipeline;
		this.lineage = lineage;
		this.failure = failure;
		this.problems = List.copyOf(problems);
		this.table = table;
		this.partitions = partitions;
		this.slices = slices;
		this.encoder = encoder;
		this.model = model;
		this.classes = classes;
		this.spec = spec;
		this.project = project;
		this.conv = conv;
	}

	/** The declared convolutional layers, or null. */
	public ConvSpec conv() {
		return conv;
	}

	/** The project the pipeline ran for. */
	public java.nio.file.Path project() {
		return project;
	}

	/** The declared model and training (for loading saved models of the same architecture); null for a pre-trained model. */
	public MlpSpec spec() {
		return spec;
	}

	/** A successful run of a regression pipeline: a trained regressor instead of a classifier. */
	static PipelineRun regression(String pipeline, Lineage lineage, List<DataProblem> problems, Table table,
			Map<String, int[]> partitions, Map<String, int[]> slices, FeatureEncoder encoder, Regressor regressor, MlpSpec spec,
			java.nio.file.Path project) {
		return new PipelineRun(pipeline, lineage, null, problems, table, partitions, slices, encoder, null, 0, spec, null, project,
				regressor);
	}

	static PipelineRun failed(String pipeline, Lineage lineage, String failure, List<DataProblem> problems, Table table) {
		return new PipelineRun(pipeline, lineage, failure, problems, table, Map.of(), Map.of(), null, null, 0, null, null, null);
	}

	public String pipeline() {
		return pipeline;
	}

	public boolean succeeded() {
		return failure == null;
	}

	/** Why the pipeline produced no model (located), or null. */
	public String failure() {
		return failure;
	}

	/**
	 * What loading the data found (values outside their declaration, undeclared columns), named by the model's path of
	 * the data file; null when the file could not be read at all.
	 */
	public DataFindings findings() {
		return findings;
	}

	PipelineRun withFindings(DataFindings findings) {
		this.findings = findings;
		return this;
	}

	public List<DataProblem> problems() {
		return problems;
	}

	public Lineage lineage() {
		return lineage;
	}

	/** The loaded table, also after a failed quality gate (null when the data could not be loaded). */
	@Override
	public Table table() {
		return table;
	}

	/** The rows of a partition or, failing that, of a slice with that name. */
	@Override
	public int[] partition(String name) {
		int[] rows = partitions.get(name);
		if (rows == null) {
			rows = slices.get(name);
		}
		if (rows == null) {
			throw new IllegalArgumentException("no partition or slice '" + name + "' (partitions " + partitions.keySet()
					+ ", slices " + slices.keySet() + ")");
		}
		return rows;
	}

	public int[] slice(String name) {
		int[] rows = slices.get(name);
		if (rows == null) {
			throw new IllegalArgumentException("no slice '" + name + "' (have " + slices.keySet() + ")");
		}
		return rows;
	}

	public Map<String, int[]> slices() {
		return slices;
	}

	public FeatureEncoder encoder() {
		return encoder;
	}

	/** The trained or loaded classifier; null for a regression pipeline (see {@link #regressor()}). */
	public Classifier model() {
		return model;
	}

	/** The trained regressor of a regression pipeline (its label is numeric), or null. */
	public Regressor regressor() {
		return regressor;
	}

	/** Whether the pipeline predicts a number (its label is numeric) rather than a class. */
	public boolean isRegression() {
		return table != null && table.schema().label().map(Column::isNumeric).orElse(false);
	}

	/** The numeric targets of the given rows ({@code NaN} where missing or invalid), for a regression pipeline. */
	public double[] targets(int[] rows) {
		double[] values = table.numeric(table.schema().label().orElseThrow().name());
		double[] targets = new double[rows.length];
		for (int i = 0; i < rows.length; i++) {
			targets[i] = values[rows[i]];
		}
		return targets;
	}

	public int classes() {
		return classes;
	}

	/** The label codes of the given rows. */
	public int[] labels(int[] rows) {
		String label = table.schema().label().orElseThrow().name();
		int[] codes = table.codes(label);
		int[] labels = new int[rows.length];
		for (int i = 0; i < rows.length; i++) {
			labels[i] = codes[rows[i]];
		}
		return labels;
	}

	@Override
	public void close() {
		if (model != null) {
			model.close();
		}
		if (regressor != null) {
			regressor.close();
		}
	}
}
