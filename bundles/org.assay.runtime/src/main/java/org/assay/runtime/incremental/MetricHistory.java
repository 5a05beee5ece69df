package org.assay.runtime.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.runtime.results.AtomicFiles;
import org.assay.runtime.stats.Verdict;

/**
 * Each constraint's own value in each partition (decided on that partition's states alone), in partition order: the
 * series that anomaly checks watch and the report draws. Stored as {@code history.tsv} in the dataset's folder of the
 * store: a header, then {@code partition, constraint, statistic, value, verdict} per line (tabs; a value without data
 * is {@code NaN}).
 */
public record MetricHistory(String dataset, List<String> partitions, List<Series> series) {

	/** The file name in the dataset's folder of the store. */
	public static final String FILE = "history.tsv";

	private static final String HEADER = "partition\tconstraint\tstatistic\tvalue\tverdict";

	/**
	 * One constraint's series.
	 *
	 * @param constraint the constraint's qualified name
	 * @param statistic what it measures ({@code mean of amount})
	 * @param values one per partition, NaN where the partition gave no value
	 * @param verdicts one per partition: the constraint's bound decided on that partition alone
	 */
	public record Series(String constraint, String statistic, List<Double> values, List<Verdict> verdicts) {

		public Series {
			values = List.copyOf(values);
			verdicts = List.copyOf(verdicts);
		}

		public double[] array() {
			return values.stream().mapToDouble(Double::doubleValue).toArray();
		}
	}

	public MetricHistory {
		partitions = List.copyOf(partitions);
		series = List.copyOf(series);
	}

	/** The series of a constraint (qualified or simple name), or null. */
	public Series of(String constraint) {
		for (Series s : series) {
			if (s.constraint().equals(constraint) || s.constraint().endsWith("." + constraint)) {
				return s;
			}
		}
		return null;
	}

	public void write(Path file) throws IOException {
		StringBuilder text = new StringBuilder(HEADER).append('\n');
		for (Series s : series) {
			for (int p = 0; p < partitions.size(); p++) {
				text.append(clean(partitions.get(p))).append('\t').append(clean(s.constraint())).append('\t')
						.append(clean(s.statistic())).append('\t').append(Double.toString(s.values().get(p))).append('\t')
						.append(s.verdicts().get(p)).append('\n');
			}
		}
		AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Reads a history written by {@link #write}; lines that do not parse are skipped. */
	public static MetricHistory read(String dataset, Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<String> partitions = new ArrayList<>();
		Map<String, String> statistics = new LinkedHashMap<>();
		Map<String, Map<String, double[]>> values = new LinkedHashMap<>();
		Map<String, Map<String, Verdict>> verdicts = new LinkedHashMap<>();
		for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
			String[] cells = line.split("\t", -1);
			if (cells.length != 5) {
				continue;
			}
			try {
				double value = Double.parseDouble(cells[3]);
				Verdict verdict = Verdict.valueOf(cells[4]);
				if (!partitions.contains(cells[0])) {
					partitions.add(cells[0]);
				}
				statistics.putIfAbsent(cells[1], cells[2]);
				values.computeIfAbsent(cells[1], c -> new LinkedHashMap<>()).put(cells[0], new double[] { value });
				verdicts.computeIfAbsent(cells[1], c -> new LinkedHashMap<>()).put(cells[0], verdict);
			} catch (IllegalArgumentException e) {
				// a line this version cannot read
			}
		}
		List<Series> series = new ArrayList<>();
		for (var constraint : statistics.entrySet()) {
			List<Double> v = new ArrayList<>();
			List<Verdict> d = new ArrayList<>();
			for (String partition : partitions) {
				double[] value = values.get(constraint.getKey()).get(partition);
				v.add(value == null ? Double.NaN : value[0]);
				d.add(verdicts.get(constraint.getKey()).getOrDefault(partition, Verdict.NO_DATA));
			}
			series.add(new Series(constraint.getKey(), constraint.getValue(), v, d));
		}
		return new MetricHistory(dataset, partitions, series);
	}

	private static String clean(String text) {
		return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
	}
}
