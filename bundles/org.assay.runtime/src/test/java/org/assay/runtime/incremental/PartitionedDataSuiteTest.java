package org.assay.runtime.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.engine.DataSuite;
import org.assay.runtime.results.Evidence;
import org.assay.runtime.results.RunsFile;
import org.assay.runtime.scan.SourceFormat;
import org.assay.runtime.stats.Criterion.Operator;
import org.assay.runtime.stats.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated data suite's path over a partitioned dataset: full and incremental runs, anomaly checks, evidence. */
class PartitionedDataSuiteTest {

	@TempDir
	Path project;

	@AfterEach
	void clear() {
		System.clearProperty(PartitionedEvidence.INCREMENTAL_PROPERTY);
	}

	/** A day of orders whose amounts have the given mean (a few rows around it, one quoted, one empty). */
	private void day(int day, double mean) throws IOException {
		StringBuilder csv = new StringBuilder(Days.HEADER);
		csv.append(String.format(Locale.ROOT, "%d,C-%06d,%s,DE,\"first, of day\"%n", day * 10, day * 10, mean - 1));
		csv.append(String.format(Locale.ROOT, "%d,C-%06d,%s,FR,%n", day * 10 + 1, day * 10 + 1, mean + 1));
		csv.append(String.format(Locale.ROOT, "%d,,,Non-EU,NaN%n", day * 10 + 2));
		csv.append(String.format(Locale.ROOT, "%d,C-%06d,%s,DE,-%n", day * 10 + 3, day * 10 + 3, mean));
		Days.write(project, String.format("2024-01-%02d", day), csv.toString());
	}

	private static List<ConstraintSpec> constraints() {
		return List.of(Days.stat("mean", Statistic.MEAN, List.of("amount"), Double.NaN, Days.at(Operator.GREATER, 0)),
				Days.stat("rows", Statistic.ROW_COUNT, List.of(), Double.NaN, Days.at(Operator.GREATER_OR_EQUAL, 1)));
	}

	private Evidence evaluate(String constraint) {
		try (DataSuite suite = DataSuite.open("shop.Orders.checks", Days.dataset(), SourceFormat.CSV, constraints(), project)
				.withAnomaly("shop.Orders.mean", 3, 5)) {
			return suite.evaluate(constraint);
		}
	}

	@Test
	void aSpikeInTheNewestDayFailsItsAnomalyCheckAndOnlyThatDayIsRead() throws IOException {
		double[] means = { 50, 52, 49, 51, 50, 48, 51 };
		for (int d = 0; d < means.length; d++) {
			day(d + 1, means[d]);
		}
		Evidence calm = evaluate("mean");
		assertEquals(Verdict.PASS, calm.verdict(), calm.message());
		assertTrue(calm.message().contains("anomaly check: 2024-01-07 = 51"), calm.message());
		assertEquals("> 0.0 and within 3 sd of last 5", calm.criterion());
		assertTrue(calm.details().contains("partitions: 7 (7 read: 2024-01-01 full run; 2024-01-02 full run; 2024-01-03 full "
				+ "run; 2024-01-04 full run; 2024-01-05 full run; …; 0 from stored states)"), calm.details().toString());
		assertTrue(calm.lineage().inputs().containsKey("data/days/*.csv"));

		day(8, 90);
		System.setProperty(PartitionedEvidence.INCREMENTAL_PROPERTY, "true");
		Evidence spike = evaluate("mean");
		assertEquals(Verdict.FAIL, spike.verdict(), spike.message());
		assertTrue(spike.message().startsWith("mean of amount = "), spike.message());
		assertTrue(spike.message().contains("anomaly check: 2024-01-08 = 90 is "), spike.message());
		assertTrue(spike.details().contains("partitions: 8 (1 read: 2024-01-08 new partition; 7 from stored states)"),
				spike.details().toString());
		assertTrue(spike.details().contains("per partition: 2024-01-03=49.0000, 2024-01-04=51.0000, 2024-01-05=50.0000, "
				+ "2024-01-06=48.0000, 2024-01-07=51.0000, 2024-01-08=90.0000"), spike.details().toString());
		Evidence rows = evaluate("rows");
		assertEquals(Verdict.PASS, rows.verdict(), "a constraint without an anomaly check keeps its verdict");
		assertEquals(32, rows.value());
		assertTrue(RunsFile.read(project.resolve(RunsFile.PATH)).size() > 0);
	}

	@Test
	void aMissingFolderIsNoDataWithTheReason() {
		Evidence missing = evaluate("mean");
		assertEquals(Verdict.NO_DATA, missing.verdict());
		assertTrue(missing.message().contains("shop.assay:3: partition folder data/days does not exist"), missing.message());
	}
}
