package org.assay.runtime.engine;

import static org.assay.runtime.engine.Specs.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Criterion.Operator;
import org.junit.jupiter.api.Test;

/**
 * The merge law: random data split into random chunks and batches, read on 1 or 4 threads, gives bit-for-bit the
 * result of one chunk for every exact statistic, and approximate ones within their stated error.
 */
class MergeLawTest {

	private static final Criterion ANY = at(Operator.GREATER_OR_EQUAL, Double.NEGATIVE_INFINITY);

	private static List<ConstraintSpec> specs() {
		List<ConstraintSpec> specs = new ArrayList<>();
		for (Statistic statistic : List.of(Statistic.MINIMUM, Statistic.MAXIMUM, Statistic.SUM, Statistic.MEAN,
				Statistic.STANDARD_DEVIATION, Statistic.UNIQUENESS, Statistic.DISTINCTNESS, Statistic.DISTINCT_COUNT,
				Statistic.ENTROPY, Statistic.COMPLETENESS)) {
			specs.add(Specs.stat(statistic + " income", statistic, "income", ANY));
			specs.add(Specs.stat(statistic + " age", statistic, List.of("age"), NullPolicy.INVALID, ANY));
		}
		specs.add(Specs.stat("rows", Statistic.ROW_COUNT, List.of(), NullPolicy.MISSING, ANY));
		specs.add(Specs.stat("unique id", Statistic.UNIQUENESS, "id", ANY));
		specs.add(Specs.stat("key", Statistic.UNIQUENESS, List.of("country", "id"), NullPolicy.MISSING, ANY));
		specs.add(Specs.argument("top", Statistic.TOP_FREQUENCY, "country", 2, ANY));
		specs.add(Specs.frequency("de", "country", "DE", ANY));
		specs.add(Specs.argument("median", Statistic.QUANTILE, "income", 0.5, ANY));
		specs.add(Specs.stat("minl", Statistic.MIN_LENGTH, "id", ANY));
		specs.add(Specs.stat("maxl", Statistic.MAX_LENGTH, "id", ANY));
		specs.add(Specs.stat("r", Statistic.CORRELATION, List.of("age", "income"), NullPolicy.MISSING, ANY));
		specs.add(Specs.where("ordered", new RowCondition.CompareColumns("start", Operator.LESS_OR_EQUAL, "end"),
				NullPolicy.INVALID, ANY));
		specs.add(Specs.where("adult", new RowCondition.Compare("age", Operator.GREATER_OR_EQUAL, 18), NullPolicy.MISSING, ANY));
		specs.add(Specs.stat("hll", Statistic.APPROX_DISTINCT_COUNT, "id", ANY));
		specs.add(Specs.approxQuantile("kll", "income", 0.5, 0.01, ANY));
		return specs;
	}

	private static int[] randomSplit(Random random, int rows) {
		int k = 1 + random.nextInt(12);
		int[] cuts = new int[k - 1];
		for (int i = 0; i < cuts.length; i++) {
			cuts[i] = random.nextInt(rows + 1);
		}
		Arrays.sort(cuts);
		int[] sizes = new int[k];
		int previous = 0;
		for (int i = 0; i < cuts.length; i++) {
			sizes[i] = cuts[i] - previous;
			previous = cuts[i];
		}
		sizes[k - 1] = rows - previous;
		return sizes;
	}

	@Test
	void mergedChunksEqualTheWhole() {
		List<Object[]> rows = EngineData.rows(3000, 99);
		List<ConstraintSpec> specs = specs();
		EngineResult whole = DataEngine.verify(MemorySource.of(EngineData.SCHEMA, rows).batchSize(4096), specs,
				EngineOptions.defaults().withThreads(1));
		double[] incomes = EngineData.numbers(rows, EngineData.INCOME);
		Arrays.sort(incomes);
		long distinctIds = EngineData.texts(rows, EngineData.ID).stream().distinct().count();
		Random random = new Random(2026);
		for (int trial = 0; trial < 20; trial++) {
			int[] split = randomSplit(random, rows.size());
			MemorySource source = MemorySource.of(EngineData.SCHEMA, rows).split(split).batchSize(1 + random.nextInt(64));
			EngineResult chunked = DataEngine.verify(source, specs, EngineOptions.defaults().withThreads(trial % 2 == 0 ? 1 : 4));
			String context = "split " + Arrays.toString(split);
			for (int i = 0; i < specs.size(); i++) {
				ConstraintResult a = whole.constraints().get(i);
				ConstraintResult b = chunked.constraints().get(i);
				double value = b.measurement().interval().estimate();
				if (a.constraint().statistic().isExact()) {
					assertEquals(Double.doubleToLongBits(a.measurement().interval().estimate()), Double.doubleToLongBits(value),
							a.constraint().name() + " " + context);
					assertEquals(a.message(), b.message(), context);
					assertEquals(a.counterexamples(), b.counterexamples(), context);
				} else if (a.constraint().statistic() == Statistic.APPROX_DISTINCT_COUNT) {
					assertEquals(distinctIds, value, 0.05 * distinctIds, context);
				} else {
					// the value's rank lies within the stated rank error of q
					double q = 0.5;
					long below = Arrays.stream(incomes).filter(x -> x < value).count();
					long atOrBelow = Arrays.stream(incomes).filter(x -> x <= value).count();
					assertTrue(below <= (q + 0.01) * incomes.length && atOrBelow >= (q - 0.01) * incomes.length, context);
				}
			}
		}
	}

	@Test
	void oneAndFourThreadsGiveTheSameResults() {
		List<Object[]> rows = EngineData.rows(5000, 3);
		List<ConstraintSpec> specs = specs().stream().filter(s -> s.statistic() != Statistic.APPROX_QUANTILE).toList();
		int[] split = { 700, 1300, 0, 1000, 2000 };
		EngineResult one = DataEngine.verify(MemorySource.of(EngineData.SCHEMA, rows).split(split), specs,
				EngineOptions.defaults().withThreads(1));
		EngineResult four = DataEngine.verify(MemorySource.of(EngineData.SCHEMA, rows).split(split), specs,
				EngineOptions.defaults().withThreads(4));
		// HLL too: chunks' sketches are merged in chunk order, whatever thread read them
		for (int i = 0; i < specs.size(); i++) {
			assertEquals(one.constraints().get(i).message(), four.constraints().get(i).message());
			assertEquals(one.constraints().get(i).measurement(), four.constraints().get(i).measurement());
			assertEquals(one.constraints().get(i).counterexamples(), four.constraints().get(i).counterexamples());
		}
	}
}
