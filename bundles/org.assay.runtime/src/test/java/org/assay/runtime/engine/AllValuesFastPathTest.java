package org.assay.runtime.engine;

import static org.assay.runtime.engine.Specs.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.scan.Batch;
import org.assay.runtime.scan.Chunk;
import org.assay.runtime.scan.RowSource;
import org.assay.runtime.scan.csv.CsvRowSource;
import org.assay.runtime.stats.Criterion.Operator;
import org.junit.jupiter.api.Test;

/**
 * States take a batch whose cells are all values ({@code ColumnVector.allValues}) in one loop without classifying each
 * cell: every statistic must come out exactly as when each cell is classified, on batches that mix clean and
 * incomplete ones, and the CSV reader must say "all values" exactly for the batches that hold no null, NaN or
 * invalid cell.
 */
class AllValuesFastPathTest {

	private static final List<Object[]> ROWS = EngineData.rows(400, 23);

	private static List<ConstraintSpec> everyKind() {
		List<ConstraintSpec> specs = new ArrayList<>();
		for (String column : List.of("age", "income", "score")) {
			specs.add(Specs.stat(column + " rows", Statistic.ROW_COUNT, List.of(), NullPolicy.MISSING, at(Operator.GREATER, 0)));
			for (Statistic statistic : List.of(Statistic.COMPLETENESS, Statistic.UNIQUENESS, Statistic.DISTINCTNESS,
					Statistic.DISTINCT_COUNT, Statistic.APPROX_DISTINCT_COUNT, Statistic.MINIMUM, Statistic.MAXIMUM,
					Statistic.SUM, Statistic.MEAN, Statistic.STANDARD_DEVIATION, Statistic.ENTROPY, Statistic.TOP_FREQUENCY)) {
				specs.add(Specs.stat(column + " " + statistic, statistic, column, at(Operator.GREATER, 0)));
			}
			specs.add(Specs.argument(column + " median", Statistic.QUANTILE, column, 0.5, at(Operator.GREATER, 0)));
			specs.add(Specs.approxQuantile(column + " approx median", column, 0.5, 0.01, at(Operator.GREATER, 0)));
		}
		specs.add(Specs.stat("id lengths", Statistic.MAX_LENGTH, "id", at(Operator.LESS, 100)));
		specs.add(Specs.stat("id approx distinct", Statistic.APPROX_DISTINCT_COUNT, "id", at(Operator.GREATER, 0)));
		specs.add(Specs.stat("country distinct", Statistic.DISTINCT_COUNT, "country", at(Operator.GREATER, 0)));
		for (NullPolicy policy : NullPolicy.values()) {
			specs.add(Specs.where("score range " + policy, new RowCondition.InRange("score", 0.1, 0.9), policy,
					at(Operator.GREATER, 0.5)));
			specs.add(Specs.where("country set " + policy, new RowCondition.InSet("country", List.of("DE", "FR")), policy,
					at(Operator.GREATER, 0.5)));
			specs.add(Specs.where("age vs score " + policy, new RowCondition.Compare("age", Operator.LESS, 60), policy,
					at(Operator.GREATER, 0.5)));
		}
		return specs;
	}

	@Test
	void everyStatisticIsTheSameWithAndWithoutTheFastPath() {
		List<ConstraintSpec> specs = everyKind();
		for (int batchSize : new int[] { 1, 5, 64 }) {
			EngineResult fast = DataEngine.verify(MemorySource.of(EngineData.SCHEMA, ROWS).split(150, 150, 100)
					.batchSize(batchSize), specs, EngineOptions.defaults().withThreads(2));
			EngineResult classified = DataEngine.verify(MemorySource.of(EngineData.SCHEMA, ROWS).split(150, 150, 100)
					.batchSize(batchSize).withoutAllValues(), specs, EngineOptions.defaults().withThreads(2));
			for (int i = 0; i < specs.size(); i++) {
				ConstraintResult a = fast.constraints().get(i);
				ConstraintResult b = classified.constraints().get(i);
				String name = specs.get(i).name() + " (batches of " + batchSize + ")";
				assertEquals(b.verdict(), a.verdict(), name);
				if (specs.get(i).statistic() == Statistic.APPROX_QUANTILE) {
					continue; // a KLL sketch compacts at random: two reads of the same rows may differ within its error
				}
				assertEquals(b.message(), a.message(), name);
				if (b.measurement() != null) {
					assertEquals(b.measurement().interval().estimate(), a.measurement().interval().estimate(), 0, name);
					assertEquals(b.measurement().interval().lower(), a.measurement().interval().lower(), 0, name);
					assertEquals(b.measurement().interval().upper(), a.measurement().interval().upper(), 0, name);
				}
			}
		}
	}

	@Test
	void theCsvReaderSaysAllValuesOnlyForBatchesWithoutNullNanOrInvalidCells() throws Exception {
		Schema schema = Schema.of(Column.integer("n", 0, 100), Column.real("x", 0, 1), Column.categorical("c", List.of("a", "b")));
		StringBuilder csv = new StringBuilder("n,x,c\n");
		int rows = 3 * 4096 + 17;
		for (int row = 0; row < rows; row++) {
			// n: one empty cell in the second batch; x: NaN in the third; c: an undeclared category in the last
			String n = row == 5000 ? "" : Integer.toString(row % 100);
			String x = row == 9000 ? "NaN" : "0." + (row % 10);
			String c = row == rows - 1 ? "zz" : row % 2 == 0 ? "a" : " b ";
			csv.append(n).append(',').append(x).append(',').append(c).append('\n');
		}
		List<boolean[]> seen = new ArrayList<>();
		try (RowSource source = CsvRowSource.of(csv.toString().getBytes(StandardCharsets.UTF_8), "clean.csv", schema, ',',
				1 << 30)) {
			for (Chunk chunk : source.chunks()) {
				chunk.read((Batch batch) -> seen.add(new boolean[] { batch.column(0).allValues(), batch.column(1).allValues(),
						batch.column(2).allValues() }));
			}
		}
		assertEquals(4, seen.size());
		assertTrue(seen.get(0)[0] && seen.get(0)[1] && seen.get(0)[2], "first batch: clean");
		assertFalse(seen.get(1)[0], "second batch: an empty n");
		assertTrue(seen.get(1)[1] && seen.get(1)[2]);
		assertTrue(seen.get(2)[0] && seen.get(2)[2]);
		assertFalse(seen.get(2)[1], "third batch: a NaN x");
		assertTrue(seen.get(3)[0] && seen.get(3)[1]);
		assertFalse(seen.get(3)[2], "last batch: an undeclared category");
	}
}
