package org.assay.runtime.spark.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.assay.runtime.data.CsvLoader;
import org.assay.runtime.data.Table;
import org.assay.runtime.djl.BatchScorer;
import org.assay.runtime.evaluation.BatchEvaluation;
import org.assay.runtime.evaluation.EvaluationState;
import org.assay.runtime.fairness.GroupFairness;
import org.assay.runtime.metrics.ClassificationMetrics;
import org.assay.runtime.metrics.ConfusionMatrix;
import org.assay.runtime.pipeline.PipelineRun;
import org.assay.runtime.pipeline.TrainedModel;
import org.assay.runtime.scan.SourceFormat;
import org.assay.runtime.spark.SparkDataset;
import org.assay.runtime.spark.SparkSessions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Batch evaluation of a trained pipeline on a real local[2] Spark session against the local run on the same rows:
 * the german-credit data (with real-world damage appended: empty and unknown cells, NaN, quoted values, unlabelled
 * rows) scored by the model the pipeline saved. The merged state equals the local one exactly (accuracy, slices,
 * fairness, predicted classes), however Spark splits the file and the tasks cut their splits; one Spark job; the
 * model loaded once in this JVM however many tasks score.
 */
class SparkEvaluationTest {

	private static SparkSession spark;
	private static final AtomicInteger JOBS = new AtomicInteger();
	private static final AtomicInteger TASKS = new AtomicInteger();
	private static Path project;
	private static Path data;
	private static Path folder;

	@BeforeAll
	static void trainAndStart() throws IOException {
		project = CreditProject.project();
		data = CreditProject.data();
		folder = CreditProject.modelFolder();
		spark = SparkSessions.start("local[2]");
		spark.sparkContext().addSparkListener(new SparkListener() {
			@Override
			public void onJobStart(SparkListenerJobStart job) {
				JOBS.incrementAndGet();
			}

			@Override
			public void onTaskEnd(SparkListenerTaskEnd task) {
				TASKS.incrementAndGet();
			}
		});
	}

	@AfterAll
	static void stop() {
		if (spark != null) {
			spark.stop();
		}
	}

	private static SparkDataset dataset(TrainedModel model) {
		return SparkDataset.local(data, "data/german_credit.csv", model.dataset().schema(), SourceFormat.CSV);
	}

	private static ModelSource source() {
		return new ModelSource(CreditPipeline.class.getName(), folder.toString());
	}

	@Test
	void sparkGivesExactlyTheLocalMetricsHoweverTheFileIsSplit() throws IOException {
		try (TrainedModel model = TrainedModel.load(new CreditPipeline(), folder);
				BatchScorer scorer = new BatchScorer(model.classifier(), 2)) {
			CsvLoader.Result read = CsvLoader.load(data, model.dataset().schema());
			assertTrue(read.problemCount() > 0, "the damaged rows are read as the local reader reads them");
			EvaluationState local = BatchEvaluation.evaluate(model, read.table(), scorer);
			assertEquals(1005, local.rows());
			assertEquals(1004, local.matrix().total(), "the row without a label is scored but not counted in the metrics");
			for (long[] split : new long[][] { { 8 << 10, 1500 }, { 64 << 10, 4000 }, { 1 << 20, 1 << 20 } }) {
				spark.conf().set("spark.sql.files.maxPartitionBytes", Long.toString(split[0]));
				spark.conf().set("spark.sql.files.openCostInBytes", "0");
				int jobs = JOBS.get();
				int tasks = TASKS.get();
				EvaluationState onSpark = SparkEvaluation.evaluate(spark, dataset(model), source(), (int) split[1]);
				assertEquals(1, JOBS.get() - jobs, "one Spark job");
				assertTrue(split[0] > 60_000 || TASKS.get() - tasks > 1, "the file was split over several tasks");
				assertArrayEquals(local.encode(), onSpark.encode(), "split " + split[0] + ", pieces of " + split[1]);
				assertEquals(local.matrix().accuracy(), onSpark.matrix().accuracy());
				assertEquals(local.fairness("sex").groups(), onSpark.fairness("sex").groups());
			}
			assertEquals(local, EvaluationState.decode(local.encode()));
		}
		assertEquals(1, ExecutorModels.loads(), "the model is loaded once in this JVM, not once per task");
	}

	@Test
	void theStateHoldsWhatTheSuitesComputeFromTheTrainingRun() throws IOException {
		CreditPipeline pipeline = new CreditPipeline();
		try (PipelineRun run = pipeline.run(project); TrainedModel model = TrainedModel.load(pipeline, folder)) {
			Table table = run.table();
			EvaluationState onSpark = SparkEvaluation.evaluate(spark, dataset(model), source());
			List<Integer> labelled = new ArrayList<>();
			int[] labels = table.codes("risk");
			for (int r = 0; r < table.rows(); r++) {
				if (labels[r] >= 0) {
					labelled.add(r);
				}
			}
			int[] rows = labelled.stream().mapToInt(Integer::intValue).toArray();
			int[] truth = run.labels(rows);
			int[] predicted = ClassificationMetrics.argmax(run.model().probabilities(run.encoder().encode(table, rows)));
			ConfusionMatrix expected = ConfusionMatrix.of(2, truth, predicted);
			for (int t = 0; t < 2; t++) {
				for (int p = 0; p < 2; p++) {
					assertEquals(expected.count(t, p), onSpark.matrix().count(t, p), "truth " + t + ", predicted " + p);
				}
			}
			int[] sex = table.codes("sex");
			boolean[] truthPositive = new boolean[rows.length];
			boolean[] decision = new boolean[rows.length];
			int[] groups = new int[rows.length];
			long young = 0;
			for (int i = 0; i < rows.length; i++) {
				truthPositive[i] = truth[i] == 0;
				decision[i] = predicted[i] == 0;
				groups[i] = sex[rows[i]];
				young += table.numeric("age")[rows[i]] < 25 ? 1 : 0;
			}
			assertEquals(GroupFairness.of(truthPositive, decision, groups, 2).groups(), onSpark.fairness("sex").groups());
			assertEquals(young, onSpark.slices().get("Young").total());
		}
	}

	@Test
	void aMissingModelIsNamedWithWhatToDo() {
		ModelSource nowhere = new ModelSource(CreditPipeline.class.getName(), project.resolve("no-model").toString());
		Exception e = assertThrows(Exception.class, () -> SparkEvaluation.evaluate(spark,
				SparkDataset.local(data, "data/german_credit.csv", new CreditPipeline().dataset().schema(), SourceFormat.CSV),
				nowhere));
		String message = String.valueOf(e.getMessage()) + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
		assertTrue(message.contains("no trained model of credit.Scoring in " + project.resolve("no-model")), message);
		assertTrue(message.contains("run the pipeline first"), message);
	}
}
