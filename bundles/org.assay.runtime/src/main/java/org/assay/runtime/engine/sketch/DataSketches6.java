package org.assay.runtime.engine.sketch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.function.Supplier;

import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.hll.Union;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.kll.KllSketch;
import org.apache.datasketches.memory.Memory;
import org.apache.datasketches.quantilescommon.QuantileSearchCriteria;

/**
 * The sketches on {@code org.apache.datasketches} 6.1.1 (Java 17 and 21). Updating, merging and querying work on any
 * Java; (de)serialising goes through datasketches-memory 3.0.2, which refuses Java versions other than 8, 11, 17 and
 * 21.
 * The same binary API holds in 6.2.0 (what Spark 4.2 brings), should that version win on a shared class path.
 */
final class DataSketches6 implements SketchLibrary {

	/** The version of datasketches-java on the class path: 6.1.1 as built, 6.2.0 where Spark's copy wins. */
	private static final String VERSION = version();

	@Override
	public String name() {
		return "DataSketches " + VERSION;
	}

	private static String version() {
		String properties = "/META-INF/maven/org.apache.datasketches/datasketches-java/pom.properties";
		try (InputStream in = Union.class.getResourceAsStream(properties)) {
			if (in == null) {
				return "6.x";
			}
			Properties pom = new Properties();
			pom.load(in);
			return pom.getProperty("version", "6.x");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public DistinctSketch newDistinct(int lgK) {
		return new Distinct(new Union(lgK));
	}

	@Override
	public DistinctSketch readDistinct(byte[] bytes) {
		return new Distinct(serialised(() -> Union.heapify(Memory.wrap(bytes))));
	}

	@Override
	public QuantileSketch newQuantile(int k) {
		return new Quantiles(KllDoublesSketch.newHeapInstance(k));
	}

	@Override
	public QuantileSketch readQuantile(byte[] bytes) {
		return new Quantiles(serialised(() -> KllDoublesSketch.heapify(Memory.wrap(bytes))));
	}

	@Override
	public int kFromEpsilon(double epsilon) {
		return KllSketch.getKFromEpsilon(epsilon, false);
	}

	/** datasketches-memory 3.0.2 fails in a static initialiser on Java versions other than 8, 11, 17 and 21. */
	private static <T> T serialised(Supplier<T> serialisation) {
		try {
			return serialisation.get();
		} catch (ExceptionInInitializerError | NoClassDefFoundError e) {
			throw new UnsupportedOperationException("encoding or decoding a sketch state needs Java 17, 21 or 25 and later "
					+ "(DataSketches 6.1.1's datasketches-memory 3.0.2 refuses Java " + Runtime.version().feature()
					+ "; on Java 25 and later the relocated DataSketches 9, org.assay.shaded.datasketches, must be on the class "
					+ "path); exact states encode on any Java", e);
		}
	}

	private record Distinct(Union union) implements DistinctSketch {

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
			return serialised(union::toCompactByteArray);
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
			return serialised(sketch::toByteArray);
		}
	}
}
