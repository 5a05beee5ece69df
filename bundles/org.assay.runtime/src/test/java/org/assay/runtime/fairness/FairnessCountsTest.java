package org.assay.runtime.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Fairness counts are a mergeable state: any split of the rows, merged in any order, counts as all of them at once. */
class FairnessCountsTest {

	@Test
	void statesOfRandomPartsMergedEqualTheStateOfAllRows() {
		Random random = new Random(3);
		for (int trial = 0; trial < 50; trial++) {
			int rows = 1 + random.nextInt(500);
			int groupCount = 1 + random.nextInt(4);
			boolean[] truth = new boolean[rows];
			boolean[] decision = new boolean[rows];
			int[] group = new int[rows];
			for (int i = 0; i < rows; i++) {
				truth[i] = random.nextBoolean();
				decision[i] = random.nextDouble() < 0.3;
				group[i] = random.nextInt(groupCount + 1) - 1; // -1: a row without a group
			}
			FairnessCounts whole = new FairnessCounts(groupCount);
			int parts = 1 + random.nextInt(6);
			FairnessCounts[] part = new FairnessCounts[parts];
			for (int p = 0; p < parts; p++) {
				part[p] = new FairnessCounts(groupCount);
			}
			for (int i = 0; i < rows; i++) {
				whole.add(truth[i], decision[i], group[i]);
				part[random.nextInt(parts)].add(truth[i], decision[i], group[i]);
			}
			FairnessCounts merged = new FairnessCounts(groupCount);
			for (int p = parts - 1; p >= 0; p--) {
				merged.merge(part[p]);
			}
			assertEquals(whole, merged, "trial " + trial);
			assertEquals(GroupFairness.of(truth, decision, group, groupCount).groups(), merged.fairness().groups());
			assertEquals(whole, FairnessCounts.of(whole.arrays()));
		}
	}

	@Test
	void countsOfDifferentGroupsAreNotMerged() {
		var e = assertThrows(IllegalArgumentException.class, () -> new FairnessCounts(2).merge(new FairnessCounts(3)));
		assertEquals("cannot merge fairness counts of 3 groups into 2", e.getMessage());
	}
}
