package org.assay.runtime.suite;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Random;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.data.Table;
import org.junit.jupiter.api.Test;

class PerturbationsTest {

	private static Table table() {
		double[] x = new double[1000];
		double[] z = new double[1000];
		int[] c = new int[1000];
		for (int r = 0; r < x.length; r++) {
			x[r] = r % 10; // SD = sqrt(8.25) ≈ 2.87
			z[r] = r;
			c[r] = r % 2;
		}
		Schema schema = Schema.of(Column.real("x", 0, 10), Column.real("z", 0, 1000),
				Column.categorical("c", List.of("a", "b")));
		return Table.of("t", schema, List.of(x, z, c));
	}

	@Test
	void uniformNoiseIsBoundedByAmplitudeTimesSdAndLeavesOtherColumnsAlone() {
		Table table = table();
		Column x = table.schema().columns().get(0);
		Table noisy = Perturbations.noise(table, List.of(x), 0.5, true, new Random(7));
		double sd = Math.sqrt(8.25);
		double[] before = table.numeric("x");
		double[] after = noisy.numeric("x");
		double maxShift = 0;
		double sumShift = 0;
		for (int r = 0; r < before.length; r++) {
			double shift = after[r] - before[r];
			maxShift = Math.max(maxShift, Math.abs(shift));
			sumShift += shift;
		}
		assertTrue(maxShift <= 0.5 * sd + 1e-9, "uniform draws stay within ±a·SD, saw " + maxShift);
		assertTrue(maxShift > 0.4 * sd, "1000 draws reach near the bound, saw " + maxShift);
		assertEquals(0, sumShift / before.length, 0.1, "zero-mean noise");
		assertArrayEquals(table.numeric("z"), noisy.numeric("z"), "unnamed column unchanged");
		assertArrayEquals(table.codes("c"), noisy.codes("c"), "categorical column unchanged");
		assertEquals(0.0, table.numeric("x")[1] - 1.0, "the original table is not changed");
	}

	@Test
	void gaussianNoiseHasTheRequestedSpreadAndIsSeeded() {
		Table table = table();
		Column x = table.schema().columns().get(0);
		Table a = Perturbations.noise(table, List.of(x), 0.5, false, new Random(3));
		Table b = Perturbations.gaussian(table, List.of(x), 0.5, new Random(3));
		assertArrayEquals(a.numeric("x"), b.numeric("x"), "same seed, same noise");
		double sq = 0;
		for (int r = 0; r < 1000; r++) {
			double shift = a.numeric("x")[r] - table.numeric("x")[r];
			sq += shift * shift;
		}
		double sd = Math.sqrt(sq / 1000);
		assertEquals(0.5 * Math.sqrt(8.25), sd, 0.15, "noise SD is sigma·SD");
	}
}
