package org.assay.benchmarks.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assay.runtime.check.Measurement;
import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.engine.ConstraintResult;
import org.assay.runtime.engine.DataEngine;
import org.assay.runtime.engine.EngineOptions;
import org.assay.runtime.engine.EngineResult;
import org.assay.runtime.scan.RowSource;
import org.assay.runtime.scan.RowSources;
import org.assay.runtime.scan.SourceFormat;
import org.assay.runtime.spec.DatasetSpec;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Criterion.Operator;
import org.assay.runtime.stats.Verdict;

/**
 * Assay's leg of the data benchmark: the 14 checks as {@link ConstraintSpec}s (as a model's {@code check}s generate
 * them), verified by {@link DataEngine} in one pass over the CSV {@link RowSources} opens, on all cores. The schema
 * declares numeric columns without ranges and text ids as {@code text}, so that the checks, not the reader, find
 * what is out of range; countries, genders and segments are categories, as a model declares them. "Engine start"
 * is building the dataset and constraints (there is no engine to start); the first verification opens the file.
 */
public final class AssayLeg {

	private static final double ANY = Double.POSITIVE_INFINITY;

	private AssayLeg() {
	}

	public static void main(String[] args) throws IOException {
		long jvm = LegOutput.jvmMillis();
		Path file = Path.of(args[0]).toAbsolutePath();
		long t = System.nanoTime();
		DatasetSpec dataset = dataset(file);
		List<ConstraintSpec> checks = checks();
		EngineOptions options = EngineOptions.defaults();
		long engine = (System.nanoTime() - t) / 1_000_000;
		t = System.nanoTime();
		EngineResult first = verify(file, dataset, checks, options);
		long cold = System.nanoTime() - t;
		t = System.nanoTime();
		EngineResult second = verify(file, dataset, checks, options);
		long warm = System.nanoTime() - t;
		if (second.rows() != first.rows()) {
			throw new IllegalStateException("two runs read different row counts");
		}
		System.out.println("rows " + first.rows() + ", threads " + options.threads() + ", fatal problems "
				+ first.fatalProblems().size());
		LegOutput.timing(jvm, engine, cold, warm);
		LegOutput.heap();
		print(first);
	}

	private static EngineResult verify(Path file, DatasetSpec dataset, List<ConstraintSpec> checks, EngineOptions options)
			throws IOException {
		try (RowSource source = RowSources.open(file.getParent(), dataset, SourceFormat.CSV)) {
			return DataEngine.verify(source, checks, options);
		}
	}

	static DatasetSpec dataset(Path file) {
		Schema schema = new Schema(List.of(Column.integer("id", -ANY, ANY), Column.text("customer_id"),
				Column.integer("age", -ANY, ANY), Column.real("income", -ANY, ANY), Column.real("score", -ANY, ANY),
				Column.categorical("country", CustomerData.COUNTRIES), Column.categorical("gender", CustomerData.GENDERS),
				Column.categorical("segment", CustomerData.SEGMENTS), Column.integer("tenure_days", -ANY, ANY),
				Column.integer("num_purchases", -ANY, ANY), Column.categorical("is_active", List.of("true", "false")),
				Column.categorical("label", List.of("0", "1")).asLabel()));
		return new DatasetSpec("benchmark.Customers", "benchmark:1", file.getFileName().toString(), null, schema, List.of(),
				new double[0], CustomerData.DEFAULT_SEED, null, Map.of());
	}

	/** The 14 reference checks, in the order of {@link ReferenceChecks#CHECKS}. */
	static List<ConstraintSpec> checks() {
		List<ConstraintSpec> checks = new ArrayList<>();
		checks.add(column("id_completeness", Statistic.COMPLETENESS, "id", at(Operator.EQUAL, 1)));
		checks.add(column("id_uniqueness", Statistic.UNIQUENESS, "id", at(Operator.EQUAL, 1)));
		checks.add(column("age_completeness", Statistic.COMPLETENESS, "age", at(Operator.GREATER_OR_EQUAL, 0.95)));
		checks.add(column("age_min", Statistic.MINIMUM, "age", at(Operator.GREATER_OR_EQUAL, 18)));
		checks.add(column("age_max", Statistic.MAXIMUM, "age", at(Operator.LESS_OR_EQUAL, 120)));
		checks.add(rows("income_non_negative", new RowCondition.Compare("income", Operator.GREATER_OR_EQUAL, 0)));
		checks.add(rows("country_in_set", new RowCondition.InSet("country", CustomerData.COUNTRIES)));
		checks.add(rows("gender_in_set", new RowCondition.InSet("gender", CustomerData.GENDERS)));
		checks.add(rows("score_in_range", new RowCondition.InRange("score", 0, 1)));
		checks.add(column("score_mean", Statistic.MEAN, "score", at(Operator.GREATER, 0.45), at(Operator.LESS, 0.55)));
		checks.add(column("score_stddev", Statistic.STANDARD_DEVIATION, "score", at(Operator.GREATER, 0.25),
				at(Operator.LESS, 0.33)));
		checks.add(new ConstraintSpec("income_approx_median", "benchmark:income_approx_median", List.of(), Statistic.APPROX_QUANTILE,
				List.of("income"), 0.5, null, ReferenceChecks.RANK_ERROR, null, NullPolicy.MISSING,
				List.of(at(Operator.GREATER, 10_000), at(Operator.LESS, 100_000))));
		checks.add(column("segment_distinctness", Statistic.DISTINCTNESS, "segment", at(Operator.LESS, 0.001)));
		checks.add(column("customer_id_approx_distinct", Statistic.APPROX_DISTINCT_COUNT, "customer_id",
				at(Operator.GREATER, 150_000)));
		return checks;
	}

	private static Criterion at(Operator operator, double threshold) {
		return new Criterion(operator, threshold);
	}

	private static ConstraintSpec column(String name, Statistic statistic, String column, Criterion... criteria) {
		return new ConstraintSpec(name, "benchmark:" + name, List.of(), statistic, List.of(column), Double.NaN, null,
				Double.NaN, null, NullPolicy.MISSING, List.of(criteria));
	}

	/** Every row whose cell is present satisfies the condition ({@code where …} without a bound: {@code = 100 %}). */
	private static ConstraintSpec rows(String name, RowCondition condition) {
		return new ConstraintSpec(name, "benchmark:" + name, List.of(), Statistic.SATISFACTION, List.of(), Double.NaN, null,
				Double.NaN, condition, NullPolicy.MISSING, List.of(at(Operator.EQUAL, 1)));
	}

	/** Prints each constraint's value (and an approximate one's stated error) in the legs' shared format. */
	static void print(EngineResult result) {
		for (ConstraintResult constraint : result.constraints()) {
			String key = constraint.constraint().name();
			if (constraint.verdict() != Verdict.PASS) {
				System.out.println(key + ": " + constraint.message());
			}
			Measurement measurement = constraint.measurement();
			double value = measurement == null ? Double.NaN : measurement.interval().estimate();
			switch (constraint.constraint().statistic()) {
			case APPROX_DISTINCT_COUNT -> {
				if (measurement == null) { // not measured (an ERROR, said above)
					LegOutput.metric(key, value);
					continue;
				}
				// the sketch's 95 % bounds, as a relative error
				double halfWidth = (measurement.interval().upper() - measurement.interval().lower()) / 2;
				LegOutput.metric(key, value, halfWidth / value);
			}
			case APPROX_QUANTILE -> LegOutput.metric(key, value, constraint.constraint().rankError());
			default -> LegOutput.metric(key, value);
			}
		}
	}
}
