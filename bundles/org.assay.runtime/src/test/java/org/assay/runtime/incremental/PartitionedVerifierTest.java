package org.assay.runtime.incremental;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assay.runtime.constraint.ConstraintSpec;
import org.assay.runtime.constraint.Statistic;
import org.assay.runtime.engine.ConstraintResult;
import org.assay.runtime.engine.DataEngine;
import org.assay.runtime.engine.EngineOptions;
import org.assay.runtime.engine.EngineResult;
import org.assay.runtime.engine.StateKey;
import org.assay.runtime.engine.state.MetricState;
import org.assay.runtime.engine.state.StateCodec;
import org.assay.runtime.scan.RowSource;
import org.assay.runtime.scan.RowSources;
import org.assay.runtime.scan.SourceFormat;
import org.assay.runtime.spec.DatasetSpec;
import org.assay.runtime.stats.Criterion.Operator;
import org.assay.runtime.stats.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental verification from stored partition states against full runs over the same CSV files. */
class PartitionedVerifierTest {

	private static final EngineOptions OPTIONS = EngineOptions.defaults().withThreads(2);

	@TempDir
	Path incremental;

	@TempDir
	Path full;

	private static PartitionedVerifier.Outcome run(Path project, boolean incremental) throws IOException {
		return run(project, Days.dataset(), Days.constraints(), incremental);
	}

	private static PartitionedVerifier.Outcome run(Path project, DatasetSpec dataset, List<ConstraintSpec> constraints,
			boolean incremental) throws IOException {
		return PartitionedVerifier.verify(project, dataset, SourceFormat.CSV, constraints, OPTIONS, new LocalPartitionEngine(2),
				incremental);
	}

	private static List<String> scanned(PartitionedVerifier.Outcome outcome) {
		return outcome.partitions().stream().filter(PartitionedVerifier.PartitionStatus::scanned)
				.map(s -> s.partition().name() + ": " + s.why()).toList();
	}

	@Test
	void dayOneThenDaysOneAndTwoIncrementallyGiveExactlyTheStatesOfAFullRun() throws IOException {
		Days.write(incremental, "2024-01-01", Days.DAY1);
		PartitionedVerifier.Outcome first = run(incremental, true);
		assertEquals(List.of("2024-01-01: new partition"), scanned(first));
		Days.write(incremental, "2024-01-02", Days.DAY2);
		PartitionedVerifier.Outcome second = run(incremental, true);
		assertEquals(List.of("2024-01-02: new partition"), scanned(second), "day 1 comes from the store");

		Days.write(full, "2024-01-01", Days.DAY1);
		Days.write(full, "2024-01-02", Days.DAY2);
		PartitionedVerifier.Outcome whole = run(full, false);
		assertEquals(List.of("2024-01-01: full run", "2024-01-02: full run"), scanned(whole));

		assertEquals(whole.states().keySet(), second.states().keySet());
		for (StateKey key : whole.states().keySet()) {
			assertArrayEquals(StateCodec.encode(whole.states().get(key)), StateCodec.encode(second.states().get(key)), key.id());
		}
		assertEquals(11, whole.result().rows());
		assertEquals(messages(whole.result()), messages(second.result()));
		// each partition's stored bytes are those the full run stored
		for (String day : List.of("2024-01-01", "2024-01-02")) {
			Path a = new StateStore(incremental, "shop.Orders").folder(day);
			Path b = new StateStore(full, "shop.Orders").folder(day);
			assertEquals(Files.readString(b.resolve(StateStore.MANIFEST)).replaceAll("data.modified=\\d+", ""),
					Files.readString(a.resolve(StateStore.MANIFEST)).replaceAll("data.modified=\\d+", ""));
			for (StateKey key : whole.states().keySet()) {
				assertArrayEquals(Files.readAllBytes(b.resolve(StateStore.fileOf(key))),
						Files.readAllBytes(a.resolve(StateStore.fileOf(key))), day + " " + key.id());
			}
		}
	}

	@Test
	void theUnionOfPartitionsGivesTheValuesOfOneFileHoldingAllTheirRows() throws IOException {
		Days.write(full, "2024-01-01", Days.DAY1);
		Days.write(full, "2024-01-02", Days.DAY2);
		Days.write(full, "2024-01-03", Days.DAY3);
		PartitionedVerifier.Outcome partitioned = run(full, false);
		Path one = full.resolve("data/all.csv");
		Files.writeString(one, Days.DAY1 + Days.DAY2.substring(Days.HEADER.length()) + Days.DAY3.substring(Days.HEADER.length()),
				StandardCharsets.UTF_8);
		EngineResult single;
		try (RowSource source = RowSources.open(one, "data/all.csv", Days.schema(List.of("DE", "FR", "Non-EU")), SourceFormat.CSV,
				"shop.assay:3")) {
			single = DataEngine.verify(source, Days.constraints(), OPTIONS);
		}
		assertEquals(14, single.rows());
		assertEquals(messages(single), messages(partitioned.result()));
		// verdicts that do not all pass, so the comparison is not vacuous
		assertEquals(Verdict.FAIL, partitioned.result().get("shop.Orders.unique").verdict());
		assertEquals(Verdict.FAIL, partitioned.result().get("shop.Orders.smallest").verdict());
		assertEquals(Verdict.FAIL, partitioned.result().get("shop.Orders.positive").verdict());
	}

	@Test
	void counterexamplesNameTheirPartitionsFileAndLine() throws IOException {
		Days.write(full, "2024-01-01", Days.DAY1);
		Days.write(full, "2024-01-02", Days.DAY2);
		ConstraintResult positive = run(full, false).result().get("shop.Orders.positive");
		// row 8 of the dataset is day 2's second row, on line 3 of its file
		assertEquals("data/days/2024-01-02.csv:3: amount='-4.75' (row 8)",
				positive.counterexamples().get(0).located("data/days/*.csv"));
		ConstraintResult smallest = run(full, false).result().get("shop.Orders.smallest");
		assertEquals("data/days/2024-01-02.csv:3: amount='-4.75' (row 8)",
				smallest.counterexamples().get(0).located("data/days/*.csv"));
	}

	@Test
	void aChangedFileIsScannedAgainAndATouchedOneIsNot() throws IOException {
		Days.write(incremental, "2024-01-01", Days.DAY1);
		Days.write(incremental, "2024-01-02", Days.DAY2);
		run(incremental, true);
		Path day1 = incremental.resolve("data/days/2024-01-01.csv");
		Files.setLastModifiedTime(day1, FileTime.fromMillis(Files.getLastModifiedTime(day1).toMillis() + 60_000));
		assertEquals(List.of(), scanned(run(incremental, true)), "same bytes, newer time: the hash says unchanged");

		// same size, one byte changed, time kept: only the size/time pre-check would miss it; a new time makes it hash
		String changed = Days.DAY1.replace("12.5", "92.5");
		FileTime before = Files.getLastModifiedTime(day1);
		Files.writeString(day1, changed, StandardCharsets.UTF_8);
		Files.setLastModifiedTime(day1, FileTime.fromMillis(before.toMillis() + 1000));
		PartitionedVerifier.Outcome after = run(incremental, true);
		assertEquals(List.of("2024-01-01: the file changed (another SHA-256)"), scanned(after));

		Files.writeString(day1, changed + "99,C-000099,1,DE,late row\n", StandardCharsets.UTF_8);
		after = run(incremental, true);
		assertTrue(scanned(after).get(0).startsWith("2024-01-01: the file changed ("), scanned(after).toString());
		assertEquals(12, after.result().rows());
		assertEquals(List.of(), scanned(run(incremental, true)));
	}

	@Test
	void aChangedSchemaOrANewStateInvalidatesAndAChangedBoundDoesNot() throws IOException {
		Days.write(incremental, "2024-01-01", Days.DAY1);
		Days.write(incremental, "2024-01-02", Days.DAY2);
		run(incremental, true);
		PartitionedVerifier.Outcome schema = run(incremental, Days.dataset(List.of("DE", "FR", "Non-EU", "XX")),
				Days.constraints(), true);
		assertEquals(List.of("2024-01-01: the dataset's schema changed", "2024-01-02: the dataset's schema changed"),
				scanned(schema));
		assertEquals(List.of(), scanned(run(incremental, Days.dataset(List.of("DE", "FR", "Non-EU", "XX")), Days.constraints(),
				true)));

		List<ConstraintSpec> more = new ArrayList<>(Days.constraints());
		more.add(Days.stat("max", Statistic.MAXIMUM, List.of("id"), Double.NaN, Days.at(Operator.LESS, 5)));
		PartitionedVerifier.Outcome added = run(incremental, Days.dataset(List.of("DE", "FR", "Non-EU", "XX")), more, true);
		assertEquals(2, scanned(added).size());
		assertTrue(scanned(added).get(0).startsWith("2024-01-01: the constraints need a state not stored (MIN_MAX(id)"),
				scanned(added).toString());
		assertEquals(Verdict.FAIL, added.result().get("shop.Orders.max").verdict());

		List<ConstraintSpec> looser = new ArrayList<>(more);
		looser.set(looser.size() - 1, Days.stat("max", Statistic.MAXIMUM, List.of("id"), Double.NaN,
				Days.at(Operator.LESS, 50)));
		PartitionedVerifier.Outcome bound = run(incremental, Days.dataset(List.of("DE", "FR", "Non-EU", "XX")), looser, true);
		assertEquals(List.of(), scanned(bound), "a bound is decided from the same state");
		assertEquals(Verdict.PASS, bound.result().get("shop.Orders.max").verdict());
	}

	@Test
	void aDeletedPartitionIsDroppedFromTheStore() throws IOException {
		Days.write(incremental, "2024-01-01", Days.DAY1);
		Days.write(incremental, "2024-01-02", Days.DAY2);
		Days.write(incremental, "2024-01-03", Days.DAY3);
		run(incremental, true);
		StateStore store = new StateStore(incremental, "shop.Orders");
		assertTrue(Files.isDirectory(store.folder("2024-01-02")));
		Files.delete(incremental.resolve("data/days/2024-01-02.csv"));
		PartitionedVerifier.Outcome after = run(incremental, true);
		assertEquals(List.of("2024-01-02"), after.dropped());
		assertFalse(Files.exists(store.folder("2024-01-02")));
		assertEquals(List.of(), scanned(after));
		assertEquals(9, after.result().rows());
		assertEquals(List.of("2024-01-01", "2024-01-03"), after.history().partitions());
		// day 3's rows now follow day 1's: its first row is row 7
		Days.write(full, "2024-01-01", Days.DAY1);
		Days.write(full, "2024-01-03", Days.DAY3);
		assertEquals(messages(run(full, false).result()), messages(after.result()));
	}

	@Test
	void theHistoryHoldsEachPartitionsOwnValue() throws IOException {
		Days.write(incremental, "2024-01-01", Days.DAY1);
		Days.write(incremental, "2024-01-02", Days.DAY2);
		Days.write(incremental, "2024-01-03", Days.DAY3);
		PartitionedVerifier.Outcome outcome = run(incremental, true);
		MetricHistory.Series rows = outcome.history().of("rows");
		assertEquals(List.of(6.0, 5.0, 3.0), rows.values());
		MetricHistory.Series mean = outcome.history().of("mean");
		assertEquals((12.5 + 7.25 + 100 + 0.5) / 4, mean.values().get(0), 1e-12);
		assertEquals((3 - 4.75 + 250 + 12.5) / 4, mean.values().get(1), 1e-12);
		assertEquals((19.99 + 20.01 + 100) / 3, mean.values().get(2), 1e-12);
		assertEquals(List.of(Verdict.PASS, Verdict.FAIL, Verdict.PASS), outcome.history().of("positive").verdicts());
		MetricHistory read = MetricHistory.read("shop.Orders",
				new StateStore(incremental, "shop.Orders").root().resolve(MetricHistory.FILE));
		assertEquals(outcome.history(), read);
	}

	@Test
	void aMissingFolderOrNoMatchingFileIsALocatedError() throws IOException {
		Partitions.NoPartitionsException missing = assertThrows(Partitions.NoPartitionsException.class,
				() -> run(full, false));
		assertEquals("shop.assay:3: partition folder data/days does not exist (looked at " + full.resolve("data/days")
				+ "). Create it and put one file per partition in it, e.g. data/days/2024-01-01.csv.", missing.getMessage());
		Files.createDirectories(full.resolve("data/days"));
		Files.writeString(full.resolve("data/days/notes.txt"), "not a partition");
		Partitions.NoPartitionsException empty = assertThrows(Partitions.NoPartitionsException.class, () -> run(full, false));
		assertEquals("shop.assay:3: no file in data/days matches '*.csv', so the dataset has no partition to read. Add the "
				+ "partitions' files (one per day, say) or correct the pattern.", empty.getMessage());
	}

	@Test
	void anUnreadablePartitionMakesEveryConstraintALocatedErrorAndIsNotStored() throws IOException {
		Days.write(incremental, "2024-01-01", Days.DAY1);
		Days.write(incremental, "2024-01-02", Days.HEADER + "7,C-000007,3,DE\n");
		PartitionedVerifier.Outcome outcome = run(incremental, true);
		for (ConstraintResult result : outcome.result().constraints()) {
			assertEquals(Verdict.ERROR, result.verdict());
			assertTrue(result.message().contains("a partition of data/days/*.csv cannot be read: data/days/2024-01-02.csv:2"),
					result.message());
		}
		assertFalse(Files.exists(new StateStore(incremental, "shop.Orders").folder("2024-01-02").resolve(StateStore.MANIFEST)));
		Days.write(incremental, "2024-01-02", Days.DAY2);
		assertEquals(List.of("2024-01-02: new partition"), scanned(run(incremental, true)));
	}

	@Test
	void aSketchThatCannotBeStoredOnThisJavaIsComputedAgainWithTheSameResult() throws IOException {
		List<ConstraintSpec> constraints = new ArrayList<>(Days.constraints());
		constraints.add(Days.sketch());
		Days.write(incremental, "2024-01-01", Days.DAY1);
		Days.write(incremental, "2024-01-02", Days.DAY2);
		PartitionedVerifier.Outcome first = run(incremental, Days.dataset(), constraints, true);
		PartitionedVerifier.Outcome second = run(incremental, Days.dataset(), constraints, true);
		StateKey kll = DataEngine.plan("x", Days.schema(List.of("DE", "FR", "Non-EU")), List.of(Days.sketch()), OPTIONS).keyOf(0);
		boolean encodable;
		try {
			StateCodec.encode(first.states().get(kll));
			encodable = true;
		} catch (UnsupportedOperationException e) {
			encodable = false;
		}
		if (encodable) {
			assertEquals(List.of(), scanned(second));
		} else {
			String why = ": state " + kll.id() + " could not be stored on Java " + Runtime.version().feature()
					+ " (see docs/incremental.md)";
			assertEquals(List.of("2024-01-01" + why, "2024-01-02" + why), scanned(second));
			assertTrue(second.partitions().stream().noneMatch(PartitionedVerifier.PartitionStatus::storable));
		}
		assertEquals(messages(first.result()), messages(second.result()));
		assertEquals(Verdict.PASS, second.result().get("shop.Orders.median_approx").verdict());
		assertEquals(Verdict.PASS, second.result().get("shop.Orders.distinct").verdict());
		// without the sketch, the exact states stored alongside it are used
		assertEquals(List.of(), scanned(run(incremental, Days.dataset(), Days.constraints(), true)));
	}

	@Test
	void aRunDecodesEachPartitionsStoredStatesOnce() throws IOException {
		Days.write(incremental, "2024-01-01", Days.DAY1);
		Days.write(incremental, "2024-01-02", Days.DAY2);
		int keys = DataEngine.plan(Days.dataset().path(), Days.dataset().schema(), Days.constraints(), OPTIONS).keys().size();
		long before = PartitionedVerifier.DECODED.sum();
		PartitionedVerifier.Outcome first = run(incremental, true);
		assertEquals(2L * keys, PartitionedVerifier.DECODED.sum() - before, "each partition's new states decoded once");
		before = PartitionedVerifier.DECODED.sum();
		PartitionedVerifier.Outcome second = run(incremental, true);
		assertEquals(List.of(), scanned(second));
		assertEquals(2L * keys, PartitionedVerifier.DECODED.sum() - before, "each partition's stored states decoded once");
		// deciding each partition on the instances that are then relocated and merged changes nothing
		assertEquals(messages(first.result()), messages(second.result()));
		assertEquals("2024-01-02", second.history().partitions().get(1));
		assertEquals(Verdict.FAIL, second.result().get("shop.Orders.positive").verdict());
	}

	private static List<String> messages(EngineResult result) {
		List<String> messages = new ArrayList<>();
		for (ConstraintResult c : result.constraints()) {
			messages.add(c.verdict() + " " + c.message());
		}
		return messages;
	}

	static Map<StateKey, MetricState> states(PartitionedVerifier.Outcome outcome) {
		return outcome.states();
	}
}
