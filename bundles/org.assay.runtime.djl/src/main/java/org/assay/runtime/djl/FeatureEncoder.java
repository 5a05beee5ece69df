package org.assay.runtime.djl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.Table;
import org.assay.runtime.results.AtomicFiles;

/**
 * Turns the feature columns of a table into a dense float matrix, as the pipeline's preparation steps declare:
 * numeric columns have missing values imputed (mean by default; median, mode or a constant) and are standardized (by
 * default) or normalized to [0, 1] with the training rows' statistics; categorical columns are one-hot encoded (by
 * default; missing: all zeros) or ordinal encoded (the category's index; missing: -1), a missing category replaced by
 * the training rows' most frequent one when imputed by mode; dropped features are left out. Fitted once on training
 * rows, then applied to any rows.
 */
public final class FeatureEncoder {

	/** How one feature column is encoded: numeric {@code (value or imputed − center) / scale}, or categorical. */
	private record Encoding(Column column, boolean dropped, boolean ordinal, double imputed, double center, double scale,
			int imputedCode) {

		int width() {
			return dropped ? 0 : column.isNumeric() || ordinal ? 1 : column.categories().size();
		}

		String save() {
			if (dropped) {
				return "drop";
			}
			if (column.isNumeric()) {
				return "numeric," + imputed + "," + center + "," + scale;
			}
			return (ordinal ? "ordinal," : "onehot,") + imputedCode;
		}
	}

	private final List<Encoding> encodings;
	private final int width;

	private FeatureEncoder(List<Encoding> encodings) {
		this.encodings = List.copyOf(encodings);
		this.width = encodings.stream().mapToInt(Encoding::width).sum();
	}

	/** Fits the default encoding (mean imputation, standardization, one-hot) on the given rows. */
	public static FeatureEncoder fit(Table table, int[] rows) {
		return fit(table, rows, List.of());
	}

	/** Fits the encoding the steps declare on the given rows of the table's feature columns. */
	public static FeatureEncoder fit(Table table, int[] rows, List<PreparationStep> steps) {
		List<Encoding> encodings = new ArrayList<>();
		for (Column column : table.schema().features()) {
			PreparationStep.Imputation impute = column.isNumeric() ? PreparationStep.Imputation.MEAN : null;
			double constant = Double.NaN;
			PreparationStep.Scaling scale = PreparationStep.Scaling.STANDARDIZE;
			PreparationStep.Encoding encode = PreparationStep.Encoding.ONEHOT;
			boolean dropped = false;
			for (PreparationStep step : steps) {
				if (!step.covers(column.name())) {
					continue;
				}
				switch (step.kind()) {
				case IMPUTE -> {
					impute = step.imputation();
					constant = step.constant();
				}
				case SCALE -> scale = step.scaling();
				case ENCODE -> encode = step.encoding();
				case DROP -> dropped = true;
				}
			}
			if (dropped) {
				encodings.add(new Encoding(column, true, false, Double.NaN, 0, 1, -1));
			} else if (column.isNumeric()) {
				encodings.add(numeric(column, table.numeric(column.name()), rows, impute, constant, scale));
			} else {
				int imputedCode = impute == PreparationStep.Imputation.MODE ? modeCode(table.codes(column.name()), rows, column.categories().size())
						: -1;
				encodings.add(new Encoding(column, false, encode == PreparationStep.Encoding.ORDINAL, Double.NaN, 0, 1,
						imputedCode));
			}
		}
		return new FeatureEncoder(encodings);
	}

	private static Encoding numeric(Column column, double[] values, int[] rows, PreparationStep.Imputation impute,
			double constant, PreparationStep.Scaling scale) {
		double[] present = Arrays.stream(rows).mapToDouble(r -> values[r]).filter(v -> !Double.isNaN(v)).toArray();
		double mean = Arrays.stream(present).average().orElse(0);
		double imputed = switch (impute) {
		case MEAN -> mean;
		case MEDIAN -> median(present);
		case MODE -> mode(present);
		case CONSTANT -> constant;
		};
		if (scale == PreparationStep.Scaling.NORMALIZE) {
			double min = Arrays.stream(present).min().orElse(0);
			double max = Arrays.stream(present).max().orElse(0);
			return new Encoding(column, false, false, imputed, min, max > min ? max - min : 1, -1);
		}
		double variance = 0;
		for (double v : present) {
			variance += (v - mean) * (v - mean);
		}
		double sd = present.length == 0 ? 0 : Math.sqrt(variance / present.length);
		return new Encoding(column, false, false, imputed, mean, sd > 0 ? sd : 1, -1);
	}

	private static double median(double[] values) {
		if (values.length == 0) {
			return 0;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	/** The most frequent value; the smallest of equally frequent ones. */
	private static double mode(double[] values) {
		if (values.length == 0) {
			return 0;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		double best = sorted[0];
		int bestCount = 0;
		for (int i = 0; i < sorted.length;) {
			int j = i;
			while (j < sorted.length && sorted[j] == sorted[i]) {
				j++;
			}
			if (j - i > bestCount) {
				bestCount = j - i;
				best = sorted[i];
			}
			i = j;
		}
		return best;
	}

	private static int modeCode(int[] codes, int[] rows, int categories) {
		int[] counts = new int[categories];
		for (int r : rows) {
			if (codes[r] >= 0) {
				counts[codes[r]]++;
			}
		}
		int best = -1;
		for (int c = 0; c < categories; c++) {
			if (counts[c] > 0 && (best < 0 || counts[c] > counts[best])) {
				best = c;
			}
		}
		return best;
	}

	/**
	 * Saves the fitted parameters ({@code encoder.properties}: per feature, how it is encoded with its fitted values),
	 * so that a saved model is always evaluated with the encoding it was trained with.
	 */
	public void save(Path folder) throws IOException {
		StringBuilder text = new StringBuilder("# Assay feature encoder: name=numeric,imputed,center,scale | onehot,imputedCode"
				+ " | ordinal,imputedCode | drop\n");
		for (Encoding encoding : encodings) {
			text.append(encoding.column().name().replace("=", "\\=")).append('=').append(encoding.save()).append('\n');
		}
		AtomicFiles.write(folder.resolve("encoder.properties"), text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/**
	 * Loads parameters saved by {@link #save} for the given table's feature columns. Files of earlier versions
	 * ({@code name=mean,scale} for numeric features only; categorical one-hot) are read as they were meant.
	 */
	public static FeatureEncoder load(Path folder, Table table) throws IOException {
		return load(folder, table.schema());
	}

	/** Loads parameters saved by {@link #save} for the feature columns of {@code schema}, before any data is read. */
	public static FeatureEncoder load(Path folder, org.assay.runtime.data.Schema schema) throws IOException {
		java.util.Properties properties = new java.util.Properties();
		try (java.io.Reader reader = Files.newBufferedReader(folder.resolve("encoder.properties"))) {
			properties.load(reader);
		}
		List<Encoding> encodings = new ArrayList<>();
		for (Column column : schema.features()) {
			String value = properties.getProperty(column.name());
			if (value == null && column.isNumeric()) {
				throw new IOException(folder + ": the saved encoder has no feature " + column.name());
			}
			String[] parts = value == null ? new String[] { "onehot", "-1" } : value.split(",");
			try {
				encodings.add(switch (parts[0]) {
				case "drop" -> new Encoding(column, true, false, Double.NaN, 0, 1, -1);
				case "onehot", "ordinal" -> new Encoding(column, false, parts[0].equals("ordinal"), Double.NaN, 0, 1,
						Integer.parseInt(parts[1]));
				case "numeric" -> new Encoding(column, false, false, Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
						Double.parseDouble(parts[3]), -1);
				default -> new Encoding(column, false, false, Double.parseDouble(parts[0]), Double.parseDouble(parts[0]),
						Double.parseDouble(parts[1]), -1);
				});
			} catch (RuntimeException e) {
				throw new IOException(folder.resolve("encoder.properties") + ": cannot read the encoding of " + column.name()
						+ " ('" + value + "'): " + e.getMessage(), e);
			}
		}
		return new FeatureEncoder(encodings);
	}

	/** The number of encoded columns. */
	public int width() {
		return width;
	}

	/** Encodes the given rows, row-major ({@code rows.length × width()}). */
	public float[] encode(Table table, int[] rows) {
		float[] matrix = new float[rows.length * width];
		int offset = 0;
		for (Encoding encoding : encodings) {
			Column column = encoding.column();
			if (encoding.dropped()) {
				continue;
			}
			if (column.isNumeric()) {
				double[] values = table.numeric(column.name());
				for (int i = 0; i < rows.length; i++) {
					double v = values[rows[i]];
					matrix[i * width + offset] = (float) (((Double.isNaN(v) ? encoding.imputed() : v) - encoding.center())
							/ encoding.scale());
				}
			} else {
				int[] codes = table.codes(column.name());
				for (int i = 0; i < rows.length; i++) {
					int code = codes[rows[i]] >= 0 ? codes[rows[i]] : encoding.imputedCode();
					if (encoding.ordinal()) {
						matrix[i * width + offset] = code;
					} else if (code >= 0) {
						matrix[i * width + offset + code] = 1f;
					}
				}
			}
			offset += encoding.width();
		}
		return matrix;
	}
}
