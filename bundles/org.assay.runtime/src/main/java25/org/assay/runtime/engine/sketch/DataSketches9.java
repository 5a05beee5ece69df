package org.assay.runtime.engine.sketch;

import java.lang.foreign.MemorySegment;

import org.assay.shaded.datasketches.hll.HllUnion;
import org.assay.shaded.datasketches.hll.TgtHllType;
import org.assay.shaded.datasketches.kll.KllDoublesSketch;
import org.assay.shaded.datasketches.kll.KllSketch;
import org.assay.shaded.datasketches.quantilescommon.QuantileSearchCriteria;

/**
 * The sketches on DataSketches 9.0.0, relocated to {@code org.assay.shaded.datasketches} (module
 * org.assay.shaded.datasketches), for Java 25 and later: it serialises through java.lang.foreign instead of
 * datasketches-memory. Compiled with {@code --release 25} and loaded only there ({@link Libraries}); it mirrors
 * {@link DataSketches6} call for call.
 */
public final class DataSketches9 implements SketchLibrary {

	@Override
	public String name() {
		return "DataSketches 9.0.0";
	}

	@Override
	public DistinctSketch newDistinct(int lgK) {
		return new Distinct(new HllUnion(lgK));
	}

	@Override
	public DistinctSketch readDistinct(byte[] bytes) {
		return new Distinct(HllUnion.heapify(bytes));
	}

	@Override
	public QuantileSketch newQuantile(int k) {
		return new Quantiles(KllDoublesSketch.newHeapInstance(k));
	}

	@Override
	public QuantileSketch readQuantile(byte[] bytes) {
		return new Quantiles(KllDoublesSketch.heapify(MemorySegment.ofArray(bytes)));
	}

	@Override
	public int kFromEpsilon(double epsilon) {
		return KllSketch.getKFromEpsilon(epsilon, false);
	}

	private record Distinct(HllUnion union) implements DistinctSketch {

		@Override
		public void update(long key) {
			union.update(key);
		}

		@Override
		public void merge(DistinctSketch other) {
			union.update(((Distinct) other).union.getResult(TgtHllType.HLL_8));
		}

		@Override
		public double estimate() {
			return union.getResult(TgtHllType.HLL_8).getEstimate();
		}

		@Override
		public double lowerBound(int standardDeviations) {
			return union.getResult(TgtHllType.HLL_8).getLowerBound(standardDeviations);
		}

		@Override
		public double upperBound(int standardDeviations) {
			return union.getResult(TgtHllType.HLL_8).getUpperBound(standardDeviations);
		}

		@Override
		public byte[] toBytes() {
			return union.toCompactByteArray();
		}
	}

	private record Quantiles(KllDoublesSketch sketch) implements QuantileSketch {

		@Override
		public void update(double value) {
			sketch.update(value);
		}

		@Override
		public void merge(QuantileSketch other) {
			sketch.merge(((Quantiles) other).sketch);
		}

		@Override
		public boolean isEmpty() {
			return sketch.isEmpty();
		}

		@Override
		public boolean isEstimationMode() {
			return sketch.isEstimationMode();
		}

		@Override
		public double quantile(double rank) {
			return sketch.getQuantile(rank, QuantileSearchCriteria.INCLUSIVE);
		}

		@Override
		public double normalizedRankError() {
			return sketch.getNormalizedRankError(false);
		}

		@Override
		public byte[] toBytes() {
			return sketch.toByteArray();
		}
	}
}
