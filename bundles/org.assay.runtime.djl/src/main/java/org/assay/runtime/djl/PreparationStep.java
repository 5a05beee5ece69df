package org.assay.runtime.djl;

import java.util.List;

import org.assay.runtime.data.Column;

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

	public PreparationStep {
		features = List.copyOf(features);
		boolean valid = switch (kind) {
		case IMPUTE -> List.of("mean", "median", "mode", "constant").contains(option);
		case SCALE -> List.of("standardize", "normalize").contains(option);
		case ENCODE -> List.of("onehot", "ordinal").contains(option);
		case DROP -> option == null;
		};
		if (!valid) {
			throw new IllegalArgumentException(source + ": " + kind.name().toLowerCase(java.util.Locale.ROOT)
					+ " has no option '" + option + "'");
		}
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
