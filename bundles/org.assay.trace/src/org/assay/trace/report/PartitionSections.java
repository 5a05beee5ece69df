package org.assay.trace.report;

import static org.assay.trace.layout.SvgRenderer.xml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.assay.runtime.incremental.MetricHistory;
import org.assay.runtime.incremental.StateStore;
import org.assay.runtime.stats.Verdict;

/**
 * The report's section about partitioned datasets: each check's own value in each partition (the series that drift
 * and anomaly checks watch), read from the store of states ({@code target/assay/states/<dataset>/history.tsv}), as a
 * line over the partitions with the partitions that miss their bound on their own marked.
 */
final class PartitionSections {

	private static final int WIDTH = 240;

	private static final int HEIGHT = 40;

	private PartitionSections() {
	}

	static void render(StringBuilder html, Path project) {
		List<MetricHistory> histories = histories(project);
		if (histories.isEmpty()) {
			return;
		}
		html.append("<section id=\"partitions\"><h2>Values per partition</h2>\n<p class=\"legend\">Each check's value in "
				+ "each partition on its own, oldest first (from ").append(xml(StateStore.FOLDER))
				.append("); red points are partitions that miss the check's bound by themselves.</p>\n");
		for (MetricHistory history : histories) {
			html.append("<h3>").append(xml(history.dataset())).append(" · ").append(history.partitions().size())
					.append(" partition(s), ").append(xml(history.partitions().get(0))).append(" … ")
					.append(xml(history.partitions().get(history.partitions().size() - 1))).append("</h3>\n")
					.append("<table class=\"evidence\"><thead><tr><th>check</th><th>statistic</th><th>per partition</th>"
							+ "<th>newest</th><th>range</th><th>partitions failing alone</th></tr></thead><tbody>\n");
			for (MetricHistory.Series series : history.series()) {
				double[] values = series.array();
				double min = Double.POSITIVE_INFINITY;
				double max = Double.NEGATIVE_INFINITY;
				for (double v : values) {
					if (!Double.isNaN(v)) {
						min = Math.min(min, v);
						max = Math.max(max, v);
					}
				}
				long failing = series.verdicts().stream().filter(v -> v == Verdict.FAIL).count();
				String name = series.constraint().substring(series.constraint().lastIndexOf('.') + 1);
				html.append("<tr><td>").append(xml(name)).append("</td><td>").append(xml(series.statistic())).append("</td><td>")
						.append(sparkline(values, series.verdicts())).append("</td><td>")
						.append(fmt(values[values.length - 1])).append("</td><td>")
						.append(min > max ? "-" : fmt(min) + " … " + fmt(max)).append("</td><td>").append(failing).append("</td></tr>\n");
			}
			html.append("</tbody></table>\n");
		}
		html.append("</section>\n");
	}

	/** The histories of the project's partitioned datasets, by dataset name; unreadable ones are left out. */
	static List<MetricHistory> histories(Path project) {
		List<MetricHistory> histories = new ArrayList<>();
		Path root = project == null ? null : project.resolve(StateStore.FOLDER);
		if (root == null || !Files.isDirectory(root)) {
			return histories;
		}
		try (Stream<Path> datasets = Files.list(root)) {
			for (Path folder : datasets.sorted().toList()) {
				Path file = folder.resolve(MetricHistory.FILE);
				if (Files.isRegularFile(file)) {
					MetricHistory history = MetricHistory.read(folder.getFileName().toString(), file);
					if (!history.partitions().isEmpty()) {
						histories.add(history);
					}
				}
			}
		} catch (IOException e) {
			// a store that cannot be read leaves the section out; the checks' evidence is reported all the same
		}
		return histories;
	}

	/** An inline SVG line of the values; partitions without a value leave a gap, failing ones are red points. */
	static String sparkline(double[] values, List<Verdict> verdicts) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (double v : values) {
			if (!Double.isNaN(v)) {
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
		}
		StringBuilder svg = new StringBuilder("<svg class=\"spark\" width=\"" + WIDTH + "\" height=\"" + HEIGHT
				+ "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\">");
		if (min > max) {
			return svg.append("</svg>").toString();
		}
		StringBuilder points = new StringBuilder();
		StringBuilder marks = new StringBuilder();
		for (int i = 0; i < values.length; i++) {
			if (Double.isNaN(values[i])) {
				if (points.length() > 0) {
					svg.append(polyline(points));
					points.setLength(0);
				}
				continue;
			}
			double x = values.length == 1 ? WIDTH / 2.0 : 4 + i * (WIDTH - 8.0) / (values.length - 1);
			double y = max == min ? HEIGHT / 2.0 : HEIGHT - 4 - (values[i] - min) * (HEIGHT - 8.0) / (max - min);
			points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
			boolean fail = verdicts.get(i) == Verdict.FAIL;
			marks.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%s\" fill=\"%s\"><title>%s</title></circle>",
					x, y, fail ? "3" : "1.5", fail ? "#c62828" : "#1565c0", xml(fmt(values[i]) + " " + verdicts.get(i))));
		}
		if (points.length() > 0) {
			svg.append(polyline(points));
		}
		return svg.append(marks).append("</svg>").toString();
	}

	private static String polyline(StringBuilder points) {
		return "<polyline fill=\"none\" stroke=\"#1565c0\" stroke-width=\"1\" points=\"" + points.toString().trim() + "\"/>";
	}

	private static String fmt(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.6g", value);
	}
}
