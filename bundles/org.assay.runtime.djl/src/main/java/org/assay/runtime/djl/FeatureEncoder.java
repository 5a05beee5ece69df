package org.assay.runtime.djl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assay.runtime.data.Column;
import org.assay.runtime.data.Table;

/**
 * Turns the feature columns of a table into a dense float matrix: numeric columns standardized with the training
 * rows' mean and standard deviation (missing values imputed with the mean, i.e. 0 after standardizing), categorical
 * columns one-hot encoded (missing: all zeros). Fitted once on training rows, then applied to any rows.
 */
public final class FeatureEncoder {

	private final List<Column> features;
	private final double[] mean;
	private final double[] scale;
	private final int width;

	private FeatureEncoder(List<Column> features, double[] mean, double[] scale) {
		this.features = features;
		this.mean = mean;
		this.scale = scale;
		int w = 0;
		for (Column column : features) {
			w += column.isNumeric() ? 1 : column.categories().size();
		}
		this.width = w;
	}

	/** Fits the encoder on the given rows of the table's feature columns. */
	public static FeatureEncoder fit(Table table, int[] rows) {
		List<Column> features = new ArrayList<>(table.schema().features());
		double[] mean = new double[features.size()];
		double[] scale = new double[features.size()];
		for (int f = 0; f < features.size(); f++) {
			Column column = features.get(f);
			if (!column.isNumeric()) {
				continue;
			}
			double[] values = table.numeric(column.name());
			double sum = 0;
			double sumSquares = 0;
			long n = 0;
			for (int r : rows) {
				double v = values[r];
				if (!Double.isNaN(v)) {
					sum += v;
					sumSquares += v * v;
					n++;
				}
			}
			mean[f] = n == 0 ? 0 : sum / n;
			double variance = n == 0 ? 0 : Math.max(0, sumSquares / n - mean[f] * mean[f]);
			scale[f] = variance > 0 ? Math.sqrt(variance) : 1;
		}
		return new FeatureEncoder(features, mean, scale);
	}

	/**
	 * Saves the fitted parameters ({@code encoder.properties}: column name, mean and scale of each numeric feature), so
	 * that a saved model is always evaluated with the encoding it was trained with.
	 */
	public void save(Path folder) throws IOException {
		StringBuilder text = new StringBuilder("# Assay feature encoder: name=mean,scale for numeric features\n");
		for (int f = 0; f < features.size(); f++) {
			Column column = features.get(f);
			if (column.isNumeric()) {
				text.append(column.name().replace("=", "\\=")).append('=').append(mean[f]).append(',').append(scale[f]).append('\n');
			}
		}
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("encoder.properties"), text.toString());
	}

	/** Loads parameters saved by {@link #save} for the given table's feature columns. */
	public static FeatureEncoder load(Path folder, Table table) throws IOException {
		java.util.Properties properties = new java.util.Properties();
		try (java.io.Reader reader = Files.newBufferedReader(folder.resolve("encoder.properties"))) {
			properties.load(reader);
		}
		List<Column> features = new ArrayList<>(table.schema().features());
		double[] mean = new double[features.size()];
		double[] scale = new double[features.size()];
		for (int f = 0; f < features.size(); f++) {
			Column column = features.get(f);
			if (!column.isNumeric()) {
				continue;
			}
			String value = properties.getProperty(column.name());
			if (value == null) {
				throw new IOException(folder + ": the saved encoder has no feature " + column.name());
			}
			String[] parts = value.split(",");
			mean[f] = Double.parseDouble(parts[0]);
			scale[f] = Double.parseDouble(parts[1]);
		}
		return new FeatureEncoder(features, mean, scale);
	}

	/** The number of encoded columns. */
	public int width() {
		return width;
	}

	/** Encodes the given rows, row-major ({@code rows.length × width()}). */
	public float[] encode(Table table, int[] rows) {
		float[] matrix = new float[rows.length * width];
		int offset = 0;
		for (int f = 0; f < features.size(); f++) {
			Column column = features.get(f);
			if (column.isNumeric()) {
				double[] values = table.numeric(column.name());
				for (int i = 0; i < rows.length; i++) {
					double v = values[rows[i]];
					matrix[i * width + offset] = Double.isNaN(v) ? 0f : (float) ((v - mean[f]) / scale[f]);
				}
				offset++;
			} else {
				int[] codes = table.codes(column.name());
				for (int i = 0; i < rows.length; i++) {
					int code = codes[rows[i]];
					if (code >= 0) {
						matrix[i * width + offset + code] = 1f;
					}
				}
				offset += column.categories().size();
			}
		}
		return matrix;
	}
}
