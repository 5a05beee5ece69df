package org.assay.runtime.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.data.Table;
import org.assay.runtime.stats.Criterion;
import org.assay.runtime.stats.Criterion.Operator;
import org.junit.jupiter.api.Test;

/** A column constraint as a data check over a run's partition, through the engine and the table row source. */
class ConstraintCheckTest {

	private static final Schema SCHEMA = Schema.of(Column.real("x", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
			Column.categorical("c", List.of("a", "b")));
	private static final double[] X = { 1, 2, Double.NaN, 4, 8, 16, 32 };
	private static final int[] TEST = { 1, 2, 4, 6 };

	private static final DataRun RUN = new DataRun() {
		private final Table table = Table.of("data/t.csv", SCHEMA, List.of(X, new int[] { 0, 1, 0, 1, 0, 1, 0 }));

		@Override
		public Table table() {
			return table;
		}

		@Override
		public int[] partition(String name) {
			assertEquals("test", name);
			return TEST;
		}
	};

	private static ConstraintSpec spec(Statistic statistic, NullPolicy nulls, RowCondition condition) {
		return new ConstraintSpec("s.T", "m.assay:4", List.of(), statistic, condition == null ? List.of("x") : List.of(), Double.NaN,
				null, Double.NaN, condition, nulls, List.of(new Criterion(Operator.GREATER, 0)));
	}

	@Test
	void measuresThePartitionsRows() {
		double sum = 0;
		int n = 0;
		for (int row : TEST) {
			if (!Double.isNaN(X[row])) {
				sum += X[row];
				n++;
			}
		}
		DataCheck mean = DataChecks.constraint(spec(Statistic.MEAN, NullPolicy.MISSING, null), "test");
		assertEquals("mean of x on test", mean.describe());
		assertEquals(sum / n, mean.measure(RUN).interval().estimate());
		Measurement share = DataChecks.constraint(spec(Statistic.SATISFACTION, NullPolicy.MISSING,
				new RowCondition.Compare("x", Operator.LESS, 10)), "test").measure(RUN);
		assertEquals(2.0 / 3, share.interval().estimate(), 1e-15);
		assertTrue(share.details().get(0).startsWith("data/t.csv:") && share.details().get(0).contains("x='32"),
				share.details().toString());
		double all = 0;
		for (double x : X) {
			all += Double.isNaN(x) ? 0 : x;
		}
		assertEquals(all / (X.length - 1), DataChecks.constraint(spec(Statistic.MEAN, NullPolicy.MISSING, null)).measure(RUN)
				.interval().estimate(), 1e-12);
	}

	@Test
	void whatCannotBeExpressedAsAValueIsThrown() {
		IllegalStateException invalid = assertThrows(IllegalStateException.class,
				() -> DataChecks.constraint(spec(Statistic.MEAN, NullPolicy.INVALID, null), "test").measure(RUN));
		assertTrue(invalid.getMessage().contains("'nulls invalid' forbids"), invalid.getMessage());
		ConstraintSpec onCategory = new ConstraintSpec("s.T", "m.assay:4", List.of(), Statistic.MEAN, List.of("c"), Double.NaN,
				null, Double.NaN, null, NullPolicy.MISSING, List.of(new Criterion(Operator.GREATER, 0)));
		IllegalStateException error = assertThrows(IllegalStateException.class, () -> DataChecks.constraint(onCategory).measure(RUN));
		assertTrue(error.getMessage().contains("m.assay:4: mean of c cannot be measured: mean needs a numeric column"),
				error.getMessage());
	}
}
