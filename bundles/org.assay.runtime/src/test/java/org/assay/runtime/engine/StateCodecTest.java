package org.assay.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.assay.runtime.constraint.NullPolicy;
import org.assay.runtime.constraint.RowCondition;
import org.assay.runtime.engine.condition.ConditionCompiler;
import org.assay.runtime.engine.state.CorrelationState;
import org.assay.runtime.engine.state.DistinctState;
import org.assay.runtime.engine.state.KllBudget;
import org.assay.runtime.engine.state.MetricState;
import org.assay.runtime.engine.state.MinMaxState;
import org.assay.runtime.engine.state.MomentsState;
import org.assay.runtime.engine.state.SatisfactionState;
import org.assay.runtime.engine.state.SimpleStates;
import org.assay.runtime.engine.state.SketchStates;
import org.assay.runtime.engine.state.StateCodec;
import org.assay.runtime.engine.state.StateKind;
import org.assay.runtime.engine.state.ValuesState;
import org.assay.runtime.scan.Chunk;
import org.assay.runtime.stats.Criterion.Operator;
import org.junit.jupiter.api.Test;

/**
 * decode(encode(s)) is s for every kind of state: the same bytes again, the same results, the same merges. Sketch
 * states are encoded in DataSketches' own form, by DataSketches 6.1.1 on Java 17 and 21 and by the relocated 9.0.0 on
 * Java 25 and later (SketchCrossVersionTest moves them between the two); on the Java versions in between, where neither
 * serialises, the test checks that encoding them is refused with a clear message instead.
 */
class StateCodecTest {

	private static final int JAVA = Runtime.version().feature();
	private static final boolean SKETCHES_ENCODE = JAVA == 17 || JAVA == 21 || JAVA >= 25;

	private static boolean isSketch(MetricState state) {
		return state.kind() == StateKind.HLL || state instanceof SketchStates.Kll kll && !kll.isExact();
	}

	private static final List<Object[]> ROWS = EngineData.rows(400, 17);

	private static List<MetricState> states() {
		int[] income = { EngineData.INCOME };
		List<String> incomeName = List.of("income");
		ConditionCompiler compiler = new ConditionCompiler(EngineData.SCHEMA, "test", in -> null);
		RowCondition condition = new RowCondition.Compare("age", Operator.GREATER_OR_EQUAL, 18);
		return List.of(new SimpleStates.RowCount(), new SimpleStates.Completeness(List.of("age"), new int[] { EngineData.AGE },
				NullPolicy.IGNORED), new SimpleStates.Length(List.of("id"), new int[] { EngineData.ID }, NullPolicy.MISSING),
				new DistinctState(incomeName, income, NullPolicy.MISSING, true),
				new DistinctState(List.of("country"), new int[] { EngineData.COUNTRY }, NullPolicy.MISSING, false),
				new DistinctState(List.of("country", "age"), new int[] { EngineData.COUNTRY, EngineData.AGE }, NullPolicy.MISSING,
						false),
				new MinMaxState(incomeName, income, NullPolicy.MISSING), new MomentsState(incomeName, income, NullPolicy.MISSING),
				new ValuesState(incomeName, income, NullPolicy.MISSING),
				new SketchStates.Kll(incomeName, income, NullPolicy.MISSING, SketchStates.kFor(0.05)),
				new SketchStates.Hll(List.of("id"), new int[] { EngineData.ID }, NullPolicy.MISSING),
				new CorrelationState(List.of("age", "income"), new int[] { EngineData.AGE, EngineData.INCOME }, NullPolicy.MISSING),
				new SatisfactionState(List.of("age"), new int[] { EngineData.AGE }, NullPolicy.INVALID, condition.toString(),
						compiler.compile(condition)));
	}

	private static void fill(MetricState state, int from, int to) throws IOException {
		MemorySource source = MemorySource.of(EngineData.SCHEMA, ROWS.subList(from, to)).batchSize(50);
		for (Chunk chunk : source.chunks()) {
			chunk.read(state::update);
		}
	}

	@Test
	void everyKindRoundTrips() throws IOException {
		List<MetricState> states = states();
		assertEquals(StateKind.values().length, states.stream().map(MetricState::kind).distinct().count(),
				"one state of each kind");
		for (int i = 0; i < states.size(); i++) {
			MetricState state = states.get(i);
			fill(state, 0, 250);
			if (isSketch(state) && !SKETCHES_ENCODE) {
				UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
						() -> StateCodec.encode(state));
				assertTrue(refused.getMessage().contains("needs Java 17, 21 or 25 and later"), refused.getMessage());
				continue;
			}
			byte[] encoded = StateCodec.encode(state);
			MetricState decoded = StateCodec.decode(encoded);
			assertEquals(state.kind(), decoded.kind());
			if (state.kind() == StateKind.HLL) {
				// DataSketches recomputes its register sums (KxQ) on heapify: equal registers and estimate, not always bytes
				assertEquals(((SketchStates.Hll) state).result().estimate(), ((SketchStates.Hll) decoded).result().estimate(),
						1e-9 * ((SketchStates.Hll) state).result().estimate());
				assertEquals(((SketchStates.Hll) state).result().upperBound(2), ((SketchStates.Hll) decoded).result().upperBound(2),
						1e-6);
			} else {
				assertArrayEquals(encoded, StateCodec.encode(decoded), state.kind().toString());
			}
			assertEquals(state.tally().values(), decoded.tally().values());
			assertEquals(state.tally().missing().list(), decoded.tally().missing().list());
			// a decoded state merges like the original: merge both with the rest of the rows
			MetricState rest = states().get(i);
			fill(rest, 250, 400);
			rest.relocate(250, 250);
			state.merge(rest);
			decoded.merge(rest);
			if (state.kind() == StateKind.HLL) {
				// the same registers; the union's estimator bookkeeping (HIP or composite) may differ in the bytes
				assertEquals(((SketchStates.Hll) state).result().estimate(), ((SketchStates.Hll) decoded).result().estimate(),
						1e-3 * ((SketchStates.Hll) state).result().estimate());
			} else if (state.kind() != StateKind.KLL) {
				// KLL compaction draws random bits, so its merges are equal only in distribution
				assertArrayEquals(StateCodec.encode(state), StateCodec.encode(decoded), state.kind() + " after merging");
			}
		}
	}

	@Test
	void resultsSurviveTheRoundTrip() throws IOException {
		MomentsState moments = new MomentsState(List.of("income"), new int[] { EngineData.INCOME }, NullPolicy.MISSING);
		fill(moments, 0, 400);
		MomentsState decoded = (MomentsState) StateCodec.decode(StateCodec.encode(moments));
		assertEquals(Double.doubleToLongBits(moments.standardDeviation()), Double.doubleToLongBits(decoded.standardDeviation()));
		assertEquals(moments.sum(), decoded.sum());
		DistinctState counts = new DistinctState(List.of("country"), new int[] { EngineData.COUNTRY }, NullPolicy.MISSING, false);
		fill(counts, 0, 400);
		DistinctState decodedCounts = (DistinctState) StateCodec.decode(StateCodec.encode(counts));
		assertArrayEquals(counts.counts(), decodedCounts.counts());
		assertEquals(counts.frequency("Non-EU"), decodedCounts.frequency("Non-EU"));
		if (!SKETCHES_ENCODE) {
			return;
		}
		SketchStates.Hll hll = new SketchStates.Hll(List.of("id"), new int[] { EngineData.ID }, NullPolicy.MISSING);
		fill(hll, 0, 400);
		assertEquals(hll.result().estimate(), ((SketchStates.Hll) StateCodec.decode(StateCodec.encode(hll))).result().estimate());
		// a budget of 100 values: a sketch (exact states: KllCodecTest)
		SketchStates.Kll kll = KllBudget.withBudget(new SketchStates.Kll(List.of("income"), new int[] { EngineData.INCOME },
				NullPolicy.MISSING, 8), 100);
		fill(kll, 0, 400);
		assertTrue(kll.sketch().isEstimationMode(), "k 8 compacts 400 rows");
		SketchStates.Kll decodedKll = (SketchStates.Kll) StateCodec.decode(StateCodec.encode(kll));
		for (double q : new double[] { 0, 0.1, 0.5, 0.9, 1 }) {
			assertEquals(kll.sketch().quantile(q), decodedKll.sketch().quantile(q), "quantile " + q);
		}
	}

	@Test
	void foreignNewerAndCutShortEncodingsAreRefused() {
		byte[] encoded = StateCodec.encode(new MomentsState(List.of("income"), new int[] { EngineData.INCOME }, NullPolicy.MISSING));
		byte[] foreign = encoded.clone();
		foreign[0] = 'X';
		assertTrue(assertThrows(IOException.class, () -> StateCodec.decode(foreign)).getMessage().contains("no ASST magic"));
		byte[] newer = encoded.clone();
		newer[5] = 9;
		assertTrue(assertThrows(IOException.class, () -> StateCodec.decode(newer)).getMessage().contains("format 9"));
		byte[] kind = encoded.clone();
		kind[8] = 7;
		assertTrue(assertThrows(IOException.class, () -> StateCodec.decode(kind)).getMessage().contains("MOMENTS state version 7"));
		byte[] cut = Arrays.copyOf(encoded, encoded.length - 3);
		assertTrue(assertThrows(IOException.class, () -> StateCodec.decode(cut)).getMessage().contains("cut short"));
	}
}
