package org.assay.runtime.spark.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.apache.spark.sql.SparkSession;
import org.assay.runtime.data.Schema;
import org.assay.runtime.evaluation.EvaluationState;
import org.assay.runtime.fairness.GroupFairness;
import org.assay.runtime.metrics.ConfusionMatrix;
import org.assay.runtime.pipeline.TrainedModel;
import org.assay.runtime.results.AtomicFiles;
import org.assay.runtime.scan.SourceFormat;
import org.assay.runtime.spark.SparkDataset;
import org.assay.runtime.spark.SparkSessions;
import org.assay.runtime.spark.eval.ExecutorModels;
import org.assay.runtime.spark.eval.ModelSource;
import org.assay.runtime.spark.eval.SparkEvaluation;

/**
 * The main class of the job jar that {@code assay package --spark} writes: scores a CSV dataset with a packed, trained
 * pipeline on Spark ({@link SparkEvaluation}) and prints the model metrics (accuracy, per slice, fairness by group);
 * {@code --output FILE} also writes them as JSON on the driver. Under {@code spark-submit} the session is the one it
 * configured; {@code --master} starts one with Assay's settings instead.
 *
 * <pre>EvaluationJob DATA [--pipeline NAME] [--master MASTER] [--output FILE]</pre>
 *
 * DATA: a path or URI every executor can read ({@code hdfs://…}, {@code s3a://…}, {@code file:/…}). Exit 0 when
 * scored, 2 on a usage or data error (said on standard error).
 */
public final class EvaluationJob {

	private EvaluationJob() {
	}

	public static void main(String[] args) {
		int code;
		try {
			code = run(args, System.out, System.err);
		} catch (IOException | RuntimeException e) {
			System.err.println("assay job: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
			code = 2;
		}
		if (code != 0) {
			System.exit(code);
		}
	}

	static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
		String data = null;
		String pipeline = null;
		String master = null;
		String output = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--pipeline", "--master", "--output" -> {
				if (i + 1 == args.length) {
					err.println("assay job: " + args[i] + " needs a value");
					return 2;
				}
				String value = args[++i];
				switch (args[i - 1]) {
				case "--pipeline" -> pipeline = value;
				case "--master" -> master = value;
				default -> output = value;
				}
			}
			default -> {
				if (data != null || args[i].startsWith("--")) {
					err.println("assay job: unexpected argument " + args[i]
							+ "; usage: DATA [--pipeline NAME] [--master MASTER] [--output FILE]");
					return 2;
				}
				data = args[i];
			}
			}
		}
		if (data == null) {
			err.println("assay job: name the CSV file to score; usage: DATA [--pipeline NAME] [--master MASTER] [--output FILE]");
			return 2;
		}
		Properties job = description();
		List<String> names = List.of(job.getProperty("pipelines", "").split(","));
		if (pipeline == null && names.size() != 1) {
			err.println("assay job: this jar holds the pipelines " + names + "; choose one with --pipeline NAME");
			return 2;
		}
		String chosen = pipeline == null ? names.get(0) : pipeline;
		if (!names.contains(chosen)) {
			err.println("assay job: no pipeline " + chosen + " in this jar; it holds " + names);
			return 2;
		}
		ModelSource source = new ModelSource(job.getProperty("pipeline." + chosen + ".class"),
				job.getProperty("pipeline." + chosen + ".model"));
		SparkSession spark = master == null ? SparkSession.builder().config("spark.ui.showConsoleProgress", "false").getOrCreate()
				: SparkSessions.start(master);
		try {
			TrainedModel model = ExecutorModels.get(source);
			Schema schema = model.dataset().schema();
			Path local = data.contains(":") ? null : Paths.get(data);
			String location = local != null && Files.exists(local) ? local.toAbsolutePath().toUri().toString() : data;
			EvaluationState state = SparkEvaluation.evaluate(spark,
					new SparkDataset(data, location, null, schema, SourceFormat.CSV), source);
			String report = report(chosen, data, spark.version(), model, state);
			out.print(report);
			if (output != null) {
				AtomicFiles.write(Paths.get(output), JobJson.of(chosen, data, spark.version(), model, state)
						.getBytes(StandardCharsets.UTF_8));
			}
			return 0;
		} finally {
			// a finished application stops its context: Spark then reports FINISHED to a launcher's SparkAppHandle
			// (spark-submit's JVM would exit anyway; an in-process launch would otherwise see the state LOST)
			spark.stop();
		}
	}

	private static Properties description() throws IOException {
		ClassLoader loader = Thread.currentThread().getContextClassLoader();
		try (InputStream in = (loader == null ? EvaluationJob.class.getClassLoader() : loader)
				.getResourceAsStream(JobJar.DESCRIPTION)) {
			if (in == null) {
				throw new IOException("no " + JobJar.DESCRIPTION + " on the class path: run the jar that assay package --spark "
						+ "wrote, not the runtime alone");
			}
			Properties properties = new Properties();
			properties.load(in);
			return properties;
		}
	}

	static String report(String pipeline, String data, String sparkVersion, TrainedModel model, EvaluationState state) {
		StringBuilder text = new StringBuilder();
		ConfusionMatrix matrix = state.matrix();
		List<String> classes = model.dataset().schema().label().orElseThrow().categories();
		text.append(String.format(Locale.ROOT, "assay job: %s scored %s on Spark %s: %d rows, %d labelled%n", pipeline, data,
				sparkVersion, state.rows(), matrix.total()));
		List<String> predicted = new ArrayList<>();
		for (int c = 0; c < classes.size(); c++) {
			predicted.add(classes.get(c) + " " + state.predicted(c));
		}
		text.append("predicted: ").append(String.join(", ", predicted)).append('\n');
		text.append(String.format(Locale.ROOT, "accuracy %.4f, macro precision %.4f, macro recall %.4f, macro F1 %.4f%n",
				matrix.accuracy(), matrix.macroPrecision(), matrix.macroRecall(), matrix.macroF1()));
		state.slices().forEach((slice, counts) -> text.append(String.format(Locale.ROOT, "slice %s: accuracy %.4f on %d rows%n",
				slice, counts.accuracy(), counts.total())));
		for (String feature : state.protectedFeatures()) {
			GroupFairness fairness = state.fairness(feature);
			List<String> categories = model.dataset().schema().column(feature).categories();
			for (GroupFairness.Group group : fairness.groups()) {
				text.append(String.format(Locale.ROOT, "%s = %s: %d rows, selection rate %.4f, TPR %.4f, FPR %.4f%n", feature,
						categories.get(group.group()), group.size(), group.selectionRate(), group.truePositiveRate(),
						group.falsePositiveRate()));
			}
			text.append(String.format(Locale.ROOT, "%s: demographic parity difference %.4f, equalized odds difference %.4f%n",
					feature, fairness.demographicParityDifference(), fairness.equalizedOddsDifference()));
		}
		return text.toString();
	}
}
