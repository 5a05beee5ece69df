package org.assay.runtime.drift;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The two-sample KS test against SciPy's {@code ks_2samp} on the arrays of {@code src/test/reference/ks_reference.txt}
 * (written by {@code ks_reference.py}, which states the SciPy version): equal and unequal sizes, ties, p-values far
 * below 1e-16 (where 1 − CDF would give 0), and the asymptotic branch beyond 10,000 values per side.
 */
class KolmogorovSmirnovReferenceTest {

	private static List<String[]> cases(String kind) throws Exception {
		Path file = Paths.get("src/test/reference/ks_reference.txt");
		return Files.readAllLines(file).stream().filter(l -> l.startsWith(kind + "|")).map(l -> l.split("\\|")).toList();
	}

	private static double[] values(String csv) {
		return Arrays.stream(csv.split(",")).mapToDouble(Double::parseDouble).toArray();
	}

	@Test
	void exactPValuesMatchSciPy() throws Exception {
		List<String[]> cases = cases("exact");
		assertEquals(8, cases.size());
		for (String[] c : cases) {
			Drift.TestResult result = Drift.kolmogorovSmirnov(values(c[1]), values(c[2]));
			double statistic = Double.parseDouble(c[3]);
			double p = Double.parseDouble(c[4]);
			String what = "n = " + values(c[1]).length + ", " + values(c[2]).length;
			assertEquals(statistic, result.statistic(), 1e-12, what);
			assertEquals(p, result.pValue(), p * 1e-9 + 1e-15, what);
			assertTrue(result.pValue() > 0, "no underflow to 0: " + what);
		}
	}

	@Test
	void asymptoticPValuesMatchSciPy() throws Exception {
		List<String[]> cases = cases("asymp");
		assertEquals(8, cases.size());
		for (String[] c : cases) {
			double d = Double.parseDouble(c[1]);
			int n1 = Integer.parseInt(c[2]);
			int n2 = Integer.parseInt(c[3]);
			double p = Double.parseDouble(c[4]);
			assertEquals(p, KolmogorovSmirnov.pValue(d, n1, n2), p * 1e-6 + 1e-300, "d = " + d + ", n = " + n1 + ", " + n2);
		}
	}

	@Test
	void emptySampleHasNoPValue() {
		assertTrue(Double.isNaN(Drift.kolmogorovSmirnov(new double[] { Double.NaN }, new double[] { 1, 2 }).pValue()));
	}
}
