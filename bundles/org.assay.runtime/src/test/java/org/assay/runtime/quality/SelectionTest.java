package org.assay.runtime.quality;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Quickselect quantiles equal quantiles of the sorted values; the row set counts distinct rows exactly. */
class SelectionTest {

	@Test
	void quantilesEqualSortedQuantiles() {
		Random random = new Random(3);
		for (int round = 0; round < 200; round++) {
			double[] values = new double[1 + random.nextInt(300)];
			for (int i = 0; i < values.length; i++) {
				values[i] = random.nextInt(20) - 10; // many ties
			}
			double[] sorted = values.clone();
			Arrays.sort(sorted);
			for (double q : new double[] { 0, 0.25, 0.5, 0.75, 1 }) {
				double position = q * (sorted.length - 1);
				int lower = (int) Math.floor(position);
				double expected = sorted[lower] + (position - lower) * (sorted[Math.min(lower + 1, sorted.length - 1)] - sorted[lower]);
				assertEquals(expected, Selection.quantile(values.clone(), q), 1e-12);
			}
		}
	}
}
