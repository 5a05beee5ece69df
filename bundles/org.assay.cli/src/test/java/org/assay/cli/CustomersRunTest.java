package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assay.runtime.results.Evidence;
import org.assay.runtime.results.RunsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assay run} end to end on a copy of the customers example: the 14 reference checks as dataset checks,
 * generated into a data suite, compiled and run on the one-pass engine, with no pipeline and no training.
 */
class CustomersRunTest {

	/** Every check of the example and the requirement it verifies. */
	static final Map<String, String> CHECKS = Map.ofEntries(Map.entry("IdComplete", "Identity"), Map.entry("IdUnique", "Identity"),
			Map.entry("AgeComplete", "PlausibleAge"), Map.entry("AdultsOnly", "PlausibleAge"),
			Map.entry("AgeBelow120", "PlausibleAge"), Map.entry("IncomeNonNegative", "PlausibleIncome"),
			Map.entry("KnownCountry", "KnownCodes"), Map.entry("KnownGender", "KnownCodes"),
			Map.entry("ScoreInUnitRange", "StableScore"), Map.entry("ScoreMean", "StableScore"),
			Map.entry("ScoreSpread", "StableScore"), Map.entry("MedianIncome", "PlausibleIncome"),
			Map.entry("FewSegments", "KnownCodes"), Map.entry("ManyCustomers", "Identity"));

	@TempDir
	Path project;

	private String run(int expectedExit) {
		StringWriter out = new StringWriter();
		int code = AssayCli.run(new PrintWriter(out), new PrintWriter(out), "run", project.toString());
		assertEquals(expectedExit, code, out::toString);
		return out.toString();
	}

	private static String verdict(String out, String check) {
		Matcher row = Pattern.compile("(?m)^customers\\." + CHECKS.get(check) + "\\s+" + check + "\\s+(\\w+)\\s").matcher(out);
		assertTrue(row.find(), () -> "no row for " + check + " in:\n" + out);
		return row.group(1);
	}

	private List<Evidence> evidence() throws Exception {
		return RunsFile.read(project.resolve(RunsFile.PATH)).get(0).evidence();
	}

	@Test
	void theFourteenChecksPassWithoutAPipeline() throws Exception {
		RunCommandTest.copyExample("customers", project);
		String out = run(0);
		for (String check : CHECKS.keySet()) {
			assertEquals("PASS", verdict(out, check), check + " in:\n" + out);
		}
		assertTrue(out.contains("14 test(s) run, 0 skipped"), out);
		List<Evidence> evidence = evidence();
		assertEquals(14, evidence.size(), evidence::toString);
		for (Evidence e : evidence) {
			assertEquals("customers.Customers.checks", e.suite(), e::toString);
			assertEquals(List.of("customers." + CHECKS.get(e.test())), e.requirements(), e::toString);
			assertTrue(e.source().startsWith("customers.assay:"), e::toString);
		}
		Evidence mean = evidence.stream().filter(e -> e.test().equals("ScoreMean")).findFirst().orElseThrow();
		// the sample's mean score, computed independently (python3 over data/customers.csv): 0.49882521465
		assertEquals(0.49882521465, mean.value(), 1e-9, mean::toString);
	}

	@Test
	void anUnderageRowAndARepeatedIdFailWithTheirLines() throws Exception {
		RunCommandTest.copyExample("customers", project);
		Path data = project.resolve("data/customers.csv");
		// lines 20002 and 20003: an age of 17, and id 5 again
		Files.writeString(data, "20001,C000001,17,1000.00,0.500000,DE,M,A,10,1,true,0\n"
				+ "5,C000002,40,2000.00,0.250000,FR,F,B,20,2,false,1\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		String out = run(1);
		assertEquals("FAIL", verdict(out, "AdultsOnly"), out);
		assertEquals("FAIL", verdict(out, "IdUnique"), out);
		assertTrue(out.contains("data/customers.csv:20002: age='17' (row 20001)"), "the underage row is located:\n" + out);
		assertTrue(out.contains("most repeated: '5' ×2"), "the repeated id is named:\n" + out);
		Evidence unique = evidence().stream().filter(e -> e.test().equals("IdUnique")).findFirst().orElseThrow();
		assertEquals(1 - 2.0 / 20002, unique.value(), 1e-12, "two of 20,002 ids are not unique: " + unique);
		for (String check : CHECKS.keySet()) {
			if (!check.equals("AdultsOnly") && !check.equals("IdUnique")) {
				assertEquals("PASS", verdict(out, check), check + " in:\n" + out);
			}
		}
	}
}
