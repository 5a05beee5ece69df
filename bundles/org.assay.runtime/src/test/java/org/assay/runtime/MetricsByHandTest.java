package org.assay.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.Schema;
import org.assay.runtime.data.Table;
import org.assay.runtime.fairness.GroupFairness;
import org.assay.runtime.metrics.ClassificationMetrics;
import org.assay.runtime.quality.DataQuality;
import org.junit.jupiter.api.Test;

/** Metrics without a reference library here, checked against values worked out by hand (shown in comments). */
class MetricsByHandTest {

	@Test
	void groupFairness() {
		// group 0: 4 rows, predicted positive 3 (rate 0.75); positives (rows 0,1) both predicted → TPR 1;
		//          negatives (rows 2,3) one predicted → FPR 0.5
		// group 1: 4 rows, predicted positive 1 (rate 0.25); positives (rows 4,5) one predicted → TPR 0.5;
		//          negatives (rows 6,7) none predicted → FPR 0
		boolean[] truth = { true, true, false, false, true, true, false, false };
		boolean[] predicted = { true, true, true, false, true, false, false, false };
		int[] group = { 0, 0, 0, 0, 1, 1, 1, 1 };
		GroupFairness fairness = GroupFairness.of(truth, predicted, group, 2);
		assertEquals(0.5, fairness.demographicParityDifference(), 1e-12); // 0.75 - 0.25
		assertEquals(1.0 / 3, fairness.demographicParityRatio(), 1e-12); // 0.25 / 0.75
		assertEquals(1.0 / 3, fairness.disparateImpactRatio(), 1e-12);
		assertEquals(0.5, fairness.equalOpportunityDifference(), 1e-12); // 1 - 0.5
		assertEquals(0.5, fairness.equalizedOddsDifference(), 1e-12); // max(0.5, 0.5)
		assertEquals(List.of(4L, 4L), fairness.groups().stream().map(GroupFairness.Group::size).toList());
	}

	@Test
	void fairnessIgnoresRowsWithoutGroup() {
		GroupFairness fairness = GroupFairness.of(new boolean[] { true, true }, new boolean[] { true, false },
				new int[] { 0, -1 }, 2);
		assertEquals(1, fairness.groups().size());
		assertEquals(0, fairness.demographicParityDifference(), 1e-12);
	}

	@Test
	void expectedCalibrationError() {
		// 4 rows, 10 bins. Confidences 0.95 (bin 10, correct), 0.95 (bin 10, wrong), 0.65 (bin 7, correct),
		// 0.55 (bin 6, wrong). bin 10: |0.5 - 0.95| * 2/4 = 0.225; bin 7: |1 - 0.65| * 1/4 = 0.0875;
		// bin 6: |0 - 0.55| * 1/4 = 0.1375. ECE = 0.45
		double[][] probabilities = { { 0.95, 0.05 }, { 0.95, 0.05 }, { 0.35, 0.65 }, { 0.55, 0.45 } };
		int[] truth = { 0, 1, 1, 1 };
		assertEquals(0.45, ClassificationMetrics.expectedCalibrationError(truth, probabilities, 10), 1e-12);
	}

	@Test
	void dataQualityOfATable() {
		Schema schema = Schema.of(Column.real("x", 0, 100), Column.categorical("y", List.of("a", "b")).asLabel());
		// rows: (1,a) (1,a) (2,b) (3,a) (NaN,a) (100,a) → x values 1,1,2,3,100: q1=1, q3=3, IQR=2, fences -2..6 → 100 outlier
		Table table = Table.of("t", schema, List.of(new double[] { 1, 1, 2, 3, Double.NaN, 100 }, new int[] { 0, 0, 1, 0, 0, 0 }));
		assertEquals(11.0 / 12, DataQuality.completeness(table), 1e-12);
		assertEquals(5.0 / 6, DataQuality.uniqueness(table), 1e-12); // (1,a) twice
		assertEquals(1.0 / 5, DataQuality.classBalance(table), 1e-12); // b:1, a:5
		assertEquals(1.0 / 5, DataQuality.outlierRate(table), 1e-12);
		assertEquals(1.0, DataQuality.labelCompleteness(table), 1e-12);
	}
}
