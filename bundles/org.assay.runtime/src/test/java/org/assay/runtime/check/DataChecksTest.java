package org.assay.runtime.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.data.Table;
import org.junit.jupiter.api.Test;

/**
 * Data checks measure a run's data without a model: this module has no DJL or PyTorch on its class path, and the
 * run here is nothing but a table and two partitions.
 */
class DataChecksTest {

	/** 100 rows: x is 0..49 in partition "before" and 100..149 in "after"; y (the label) is always present. */
	private static DataRun run() {
		Schema schema = new Schema(List.of(Column.real("x", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
				Column.categorical("y", List.of("no", "yes")).asLabel()));
		double[] x = IntStream.range(0, 100).mapToDouble(i -> i < 50 ? i : 50 + i).toArray();
		int[] y = IntStream.range(0, 100).map(i -> i % 2).toArray();
		Table table = Table.of("shift.csv", schema, List.of(x, y));
		return new DataRun() {
			@Override
			public Table table() {
				return table;
			}

			@Override
			public int[] partition(String name) {
				return IntStream.range(name.equals("before") ? 0 : 50, name.equals("before") ? 50 : 100).toArray();
			}
		};
	}

	@Test
	void dataQualityAndDriftAreMeasuredOnTheDataAlone() {
		DataRun run = run();
		assertEquals(100, run.rows(null).length);
		Measurement completeness = DataChecks.dataQuality("completeness").measure(run);
		assertEquals(1.0, completeness.interval().estimate(), 1e-12);
		DataCheck drift = DataChecks.drift("ks_statistic", "before", "after", List.of());
		assertEquals("ks_statistic between before and after", drift.describe());
		Measurement shifted = drift.measure(run);
		assertEquals(1.0, shifted.interval().estimate(), 1e-12, "disjoint ranges: the KS statistic is 1");
		assertTrue(shifted.parts().containsKey("x"), shifted.parts().toString());
	}

	@Test
	void anUnknownDriftStatisticNamesTheSupportedOnes() {
		var e = assertThrows(IllegalArgumentException.class,
				() -> DataChecks.drift("wasserstein", "before", "after", List.of()).measure(run()));
		assertTrue(e.getMessage().contains("psi, ks_statistic or chi_square_p_value"), e.getMessage());
	}
}
