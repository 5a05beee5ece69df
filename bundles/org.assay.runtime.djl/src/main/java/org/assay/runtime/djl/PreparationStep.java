package org.assay.runtime.djl;

import java.util.List;

import org.assay.runtime.data.Column;
import org.assay.runtime.options.Options;

/**
 * One declared preparation step of a pipeline, as the {@link FeatureEncoder} applies it to named features:
 * {@code impute} (option mean, median, mode or constant, with {@code constant}), {@code scale} (option standardize or
 * normalize), {@code encode} (option onehot or ordinal) or {@code drop}. A step names features; a tensor feature
 * {@code pixels} covers its columns {@code pixels_0, pixels_1, …}. Later steps override earlier ones for a feature.
 */
public record PreparationStep(Kind kind, List<String> features, String option, double constant, String source) {

	/** What a step does. */
	public enum Kind {
		IMPUTE, SCALE, ENCODE, DROP
	}

	/** The value an {@code impute} step puts in place of a missing one. */
	public enum Imputation {
		MEAN, MEDIAN, MODE, CONSTANT
	}

	/** How a {@code scale} step scales a numeric feature. */
	public enum Scaling {
		STANDARDIZE, NORMALIZE
	}

	/** How an {@code encode} step encodes a categorical feature. */
	public enum Encoding {
		ONEHOT, ORDINAL
	}

	public PreparationStep {
		features = List.copyOf(features);
		Class<? extends Enum<?>> options = options(kind);
		boolean valid = options == null ? option == null
				: java.util.Arrays.stream(options.getEnumConstants()).anyMatch(o -> Options.keyword(o).equals(option));
		if (!valid) {
			throw new IllegalArgumentException(source + ": " + Options.keyword(kind) + " has no option '" + option + "'"
					+ (options == null ? "" : "; use " + Options.allowed(options)));
		}
	}

	private static Class<? extends Enum<?>> options(Kind kind) {
		return switch (kind) {
		case IMPUTE -> Imputation.class;
		case SCALE -> Scaling.class;
		case ENCODE -> Encoding.class;
		case DROP -> null;
		};
	}

	/** The imputation of an {@code impute} step. */
	public Imputation imputation() {
		return Options.parse(Imputation.class, expect(Kind.IMPUTE), "imputation");
	}

	/** The scaling of a {@code scale} step. */
	public Scaling scaling() {
		return Options.parse(Scaling.class, expect(Kind.SCALE), "scaling");
	}

	/** The encoding of an {@code encode} step. */
	public Encoding encoding() {
		return Options.parse(Encoding.class, expect(Kind.ENCODE), "encoding");
	}

	private String expect(Kind expected) {
		if (kind != expected) {
			throw new IllegalStateException(source + ": a " + Options.keyword(kind) + " step has no "
					+ Options.keyword(expected) + " option");
		}
		return option;
	}

	public static PreparationStep impute(String strategy, double constant, String source, String... features) {
		return new PreparationStep(Kind.IMPUTE, List.of(features), strategy, constant, source);
	}

	public static PreparationStep scale(String method, String source, String... features) {
		return new PreparationStep(Kind.SCALE, List.of(features), method, Double.NaN, source);
	}

	public static PreparationStep encode(String method, String source, String... features) {
		return new PreparationStep(Kind.ENCODE, List.of(features), method, Double.NaN, source);
	}

	public static PreparationStep drop(String source, String... features) {
		return new PreparationStep(Kind.DROP, List.of(features), null, Double.NaN, source);
	}

	/** Whether the step applies to a column: the feature itself or one value of a tensor feature. */
	public boolean covers(String column) {
		return features.stream().anyMatch(feature -> Column.isPartOf(column, feature));
	}
}
