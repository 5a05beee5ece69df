package org.assay.benchmarks.peers;

import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import com.amazon.deequ.VerificationResult;
import com.amazon.deequ.VerificationSuite;
import com.amazon.deequ.checks.Check;
import com.amazon.deequ.checks.CheckLevel;
import com.amazon.deequ.checks.CheckResult;
import com.amazon.deequ.constraints.ConstraintResult;
import com.amazon.deequ.metrics.Metric;

import scala.Function1;
import scala.Option;
import scala.collection.JavaConverters;

/**
 * Deequ 2.0.7's leg of the data benchmark: Spark 3.5 in {@code local[2]}, the CSV read with a declared schema (no
 * inference pass), the 14 checks as one {@link VerificationSuite} with Deequ's defaults (its analyzers share scans
 * where Deequ can). Engine start = creating the Spark session. Runs on Java 17.
 */
public final class DeequLeg {

	/**
	 * Deequ's approximate distinct count is a HyperLogLog++ with a relative standard deviation of 5 %; the stated
	 * error is its 95 % bound.
	 */
	private static final double DISTINCT_ERROR = 0.10;

	/** Deequ's hasApproxQuantile uses Spark's percentile_approx with a relative (rank) error of 0.01. */
	private static final double RANK_ERROR = 0.01;

	private static final List<String> KEYS = List.of("id_completeness", "id_uniqueness", "age_completeness", "age_min",
			"age_max", "income_non_negative", "country_in_set", "gender_in_set", "score_in_range", "score_mean",
			"score_stddev", "income_approx_median", "segment_distinctness", "customer_id_approx_distinct");

	private DeequLeg() {
	}

	public static void main(String[] args) {
		long jvm = Leg.jvmMillis();
		String file = args[0];
		long t = System.nanoTime();
		SparkSession spark = SparkSession.builder().master("local[2]").appName("assay-data-benchmark")
				.config("spark.ui.enabled", "false").getOrCreate();
		spark.sparkContext().setLogLevel("WARN");
		long engine = (System.nanoTime() - t) / 1_000_000;
		try {
			t = System.nanoTime();
			VerificationResult first = verify(spark, file);
			long cold = System.nanoTime() - t;
			t = System.nanoTime();
			verify(spark, file);
			long warm = System.nanoTime() - t;
			Leg.timing(jvm, engine, cold, warm);
			Leg.heap();
			print(first);
		} finally {
			spark.stop();
		}
	}

	private static VerificationResult verify(SparkSession spark, String file) {
		StructType schema = new StructType().add("id", DataTypes.LongType).add("customer_id", DataTypes.StringType)
				.add("age", DataTypes.IntegerType).add("income", DataTypes.DoubleType).add("score", DataTypes.DoubleType)
				.add("country", DataTypes.StringType).add("gender", DataTypes.StringType).add("segment", DataTypes.StringType)
				.add("tenure_days", DataTypes.IntegerType).add("num_purchases", DataTypes.IntegerType)
				.add("is_active", DataTypes.BooleanType).add("label", DataTypes.IntegerType);
		Dataset<Row> data = spark.read().option("header", "true").schema(schema).csv(file);
		Option<String> none = Option.empty();
		Check check = new Check(CheckLevel.Error(), "reference checks", JavaConverters.asScalaBuffer(List.<com.amazon.deequ.constraints.Constraint>of()).toSeq())
				.isComplete("id", none, Option.empty())
				.isUnique("id", none, Option.empty())
				.hasCompleteness("age", holds(v -> v >= 0.95), none, Option.empty())
				.hasMin("age", holds(v -> v >= 18), none, Option.empty())
				.hasMax("age", holds(v -> v <= 120), none, Option.empty())
				.isNonNegative("income", holds(v -> v == 1), none)
				.isContainedIn("country", new String[] { "US", "DE", "FR", "GB", "IT", "ES", "NL", "SE", "PL", "JP" })
				.isContainedIn("gender", new String[] { "M", "F", "X" })
				.isContainedIn("score", 0.0, 1.0, true, true, none, Option.empty())
				.hasMean("score", holds(v -> v > 0.45 && v < 0.55), none)
				.hasStandardDeviation("score", holds(v -> v > 0.25 && v < 0.33), none)
				.hasApproxQuantile("income", 0.5, holds(v -> v > 10_000 && v < 100_000), none)
				.hasDistinctness(JavaConverters.asScalaBuffer(List.of("segment")).toSeq(), holds(v -> v < 0.001), none)
				.hasApproxCountDistinct("customer_id", holds(v -> v > 150_000), none);
		return new VerificationSuite().onData(data).addCheck(check).run();
	}

	private interface DoubleCondition {
		boolean test(double value);
	}

	private static Function1<Object, Object> holds(DoubleCondition condition) {
		return value -> condition.test((Double) value);
	}

	/** The constraints' metrics, in the order the checks were added (the order of {@link #KEYS}). */
	private static void print(VerificationResult result) {
		CheckResult checkResult = JavaConverters.mapAsJavaMap(result.checkResults()).values().iterator().next();
		List<ConstraintResult> constraints = JavaConverters.seqAsJavaList(checkResult.constraintResults());
		if (constraints.size() != KEYS.size()) {
			throw new IllegalStateException(constraints.size() + " constraint results for " + KEYS.size() + " checks");
		}
		for (int i = 0; i < KEYS.size(); i++) {
			ConstraintResult constraint = constraints.get(i);
			double value = Double.NaN;
			if (constraint.metric().isDefined()) {
				Metric<?> metric = constraint.metric().get();
				if (metric.value().isSuccess()) {
					value = ((Number) metric.value().get()).doubleValue();
				} else {
					System.out.println(KEYS.get(i) + ": " + metric.value().failed().get());
				}
			}
			String key = KEYS.get(i);
			if (key.equals("customer_id_approx_distinct")) {
				Leg.metric(key, value, DISTINCT_ERROR);
			} else if (key.equals("income_approx_median")) {
				Leg.metric(key, value, RANK_ERROR);
			} else {
				Leg.metric(key, value);
			}
		}
	}
}
