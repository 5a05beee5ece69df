package org.assay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assay.runtime.results.Evidence;
import org.assay.runtime.results.Run;
import org.assay.runtime.results.RunsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assay run [--incremental]} end to end on a copy of the daily-orders example: a partitioned dataset's generated
 * data suite, stored partition states, anomaly checks, and the report's values per partition.
 */
class DailyOrdersRunTest {

	@TempDir
	Path project;

	private String cli(int expectedExit, String... args) {
		StringWriter out = new StringWriter();
		int code = AssayCli.run(new PrintWriter(out), new PrintWriter(out), args);
		assertEquals(expectedExit, code, out::toString);
		return out.toString();
	}

	private static String verdict(String out, String check) {
		Matcher row = Pattern.compile("(?m)^orders\\.\\w+\\s+" + check + "\\s+(\\w+)\\s").matcher(out);
		assertTrue(row.find(), () -> "no row for " + check + " in:\n" + out);
		return row.group(1);
	}

	private Evidence last(String test) throws Exception {
		List<Run> runs = RunsFile.read(project.resolve(RunsFile.PATH));
		return runs.get(runs.size() - 1).evidence().stream().filter(e -> e.test().equals(test)).findFirst().orElseThrow();
	}

	/** A day of orders like the generator's, but with amounts around {@code mean}. */
	private void day(String name, double mean) throws Exception {
		StringBuilder csv = new StringBuilder("order_id,customer,amount,country,status,note\n");
		for (int row = 0; row < 200; row++) {
			csv.append(String.format(Locale.ROOT, "%d,\"Day, %s\",%.2f,DE,paid,%s%n", 9_000_000 + row, name,
					mean + (row % 5 - 2), row == 3 ? "\"two\nlines\"" : ""));
		}
		Files.writeString(project.resolve("data/orders/" + name + ".csv"), csv, StandardCharsets.UTF_8);
	}

	@Test
	void aFullRunThenIncrementalRunsReadOnlyNewDaysAndASpikeFailsItsAnomalyCheck() throws Exception {
		RunCommandTest.copyExample("daily-orders", project);
		String full = cli(0, "run", project.toString());
		for (String check : List.of("OrderIdUnique", "AmountComplete", "AmountNonNegative", "AmountMean", "OrdersPerDay",
				"KnownCountry", "AmountShape")) {
			assertEquals("PASS", verdict(full, check), check + " in:\n" + full);
		}
		assertTrue(full.contains("orders.Orders.checks: partitions: 10 (10 read: "), full);
		Evidence fullMean = last("AmountMean");
		// the mean of the example's 1,949 amounts (2,000 rows less 39 empty and 12 NaN), computed independently with
		// Python's csv module over data/orders/*.csv
		assertEquals(45.28179579271415, fullMean.value(), 1e-9, fullMean::toString);
		// the drift check from stored states: the KS statistic of 2024-03-10's amounts against those of 2024-03-03 …
		// 2024-03-09, computed independently with Python's csv module over the example's files: 0.045734
		assertTrue(last("AmountShape").message().endsWith("; drift check: ks_statistic of 2024-03-10 against the 7 "
				+ "partition(s) 2024-03-03 … 2024-03-09 = 0.0457, allowed < 0.3: PASS"), last("AmountShape").message());
		assertEquals(">= 20.0 and <= 200.0 and drift ks_statistic of last 7 < 0.3", last("AmountShape").criterion());

		String again = cli(0, "run", "--incremental", project.toString());
		assertTrue(again.contains("orders.Orders.checks: partitions: 10 (0 read; 10 from stored states)"), again);
		assertEquals(fullMean.value(), last("AmountMean").value(), "the stored states give the full run's value exactly");
		assertEquals(fullMean.message(), last("AmountMean").message());

		day("2024-03-11", 120);
		String spike = cli(1, "run", "--incremental", project.toString());
		assertTrue(spike.contains("orders.Orders.checks: partitions: 11 (1 read: 2024-03-11 new partition; 10 from stored "
				+ "states)"), spike);
		assertEquals("FAIL", verdict(spike, "AmountMean"), spike);
		assertEquals("PASS", verdict(spike, "OrdersPerDay"), "200 orders, as every day:\n" + spike);
		// the mean and sample sd of the days 2024-03-04 … 2024-03-10, computed independently (Python's statistics.stdev
		// over the example's files): 44.2793 and 1.84113, so 120 is (120 - 44.2793) / 1.84113 = 41.13 sd away
		assertTrue(last("AmountMean").message().contains("anomaly check: 2024-03-11 = 120 is 41.13 sd from the mean 44.2793 "
				+ "(sd 1.84113) of the last 7 partition(s), allowed 4 sd: FAIL"), last("AmountMean").message());
		assertEquals("PASS", verdict(spike, "OrderIdUnique"), "the new day's ids are new:\n" + spike);
		// the median over all days stays in its band; the drift check alone fails: KS of the spike's amounts against those
		// of 2024-03-04 … 2024-03-10 is 0.986832 (Python, as above), computed from the stored states without reading them
		assertEquals("FAIL", verdict(spike, "AmountShape"), spike);
		assertTrue(last("AmountShape").message().startsWith("quantile 0.5 of amount = 42.59, required >= 20.0 and <= 200.0: "
				+ "PASS; "), last("AmountShape").message());
		assertTrue(last("AmountShape").message().endsWith("; drift check: ks_statistic of 2024-03-11 against the 7 "
				+ "partition(s) 2024-03-04 … 2024-03-10 = 0.9868, allowed < 0.3: FAIL"), last("AmountShape").message());

		Files.delete(project.resolve("data/orders/2024-03-11.csv"));
		String dropped = cli(0, "run", "--incremental", project.toString());
		assertTrue(dropped.contains("dropped from the store: 2024-03-11"), dropped);
		assertFalse(Files.exists(project.resolve("target/assay/states/orders.Orders/2024-03-11")));

		cli(0, "report", project.toString());
		String html = Files.readString(project.resolve("target/assay/report.html"));
		int section = html.indexOf("<section id=\"partitions\">");
		assertTrue(section > 0, "the report has a section of values per partition");
		String partitions = html.substring(section, html.indexOf("</section>", section));
		assertTrue(partitions.contains("orders.Orders · 10 partition(s), 2024-03-01 … 2024-03-10"), partitions);
		assertTrue(partitions.contains("<td>AmountMean</td><td>mean of amount</td><td><svg class=\"spark\""), partitions);
		assertEquals(7, partitions.split("<polyline ").length - 1, "one line per check");
		// as the anomaly check, the drift check shows in its check's criterion (and, when the check does not pass, in its
		// message)
		assertTrue(html.contains("&gt;= 20.0 and &lt;= 200.0 and drift ks_statistic of last 7 &lt; 0.3"), html);
		assertTrue(html.contains("&gt;= 30.0 and &lt;= 60.0 and within 4 sd of last 7"), html);
	}
}
