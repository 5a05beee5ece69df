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

		// the report shows the checks as tests of their requirements, with the located rows as details
		StringWriter report = new StringWriter();
		ReportCommand.write(project, null, null, new PrintWriter(report), new PrintWriter(report));
		String html = Files.readString(project.resolve("target/assay/report.html"));
		assertTrue(html.contains("data-requirement=\"customers.PlausibleAge\" data-test=\"customers.Customers.checks.AdultsOnly\" "
				+ "data-verdict=\"FAIL\""), html);
		assertTrue(html.contains("data/customers.csv:20002: age=&#39;17&#39; (row 20001)"), "the counterexample is a detail");
		var trace = org.assay.trace.ProjectTrace.load(project);
		assertEquals(List.of(), trace.coverage().unverifiedRequirements(), "every requirement is verified by checks");
		assertEquals(List.of(), trace.coverage().unmeasuredAttributes(), "and every attribute measured");
		assertEquals(List.of(), trace.coverage().testsWithoutCurrentResult());
	}

	@Test
	void checksOfAParquetDatasetRunThroughTheParquetReader() throws Exception {
		Path file = Files.createDirectories(project.resolve("data")).resolve("customers.parquet");
		org.apache.parquet.schema.MessageType schema = org.apache.parquet.schema.MessageTypeParser.parseMessageType(
				"message customers { required int64 id; optional binary customer_id (UTF8); optional int32 age; }");
		var groups = new org.apache.parquet.example.data.simple.SimpleGroupFactory(schema);
		try (var writer = org.apache.parquet.hadoop.example.ExampleParquetWriter.builder(
				new org.apache.parquet.io.LocalOutputFile(file)).withType(schema).build()) {
			for (int r = 0; r < 500; r++) {
				var row = groups.newGroup().append("id", (long) r + 1).append("customer_id", String.format("C%06d", r % 97));
				if (r % 50 != 7) { // 10 nulls
					row.append("age", r == 123 ? 17 : 18 + r % 70);
				}
				writer.write(row);
			}
		}
		Files.writeString(project.resolve("pq.assay"), """
				namespace pq
				import assay.iso25012.*
				requirement Adults "Customers are adults" refines Accuracy { accept minimum of age >= 18 on Customers }
				dataset Customers {
					source parquet "data/customers.parquet"
					feature id : long
					feature customer_id : text
					feature age : int
					check IdUnique verifies Adults : uniqueness of id = 100 %
					check AgeComplete verifies Adults : completeness of age between 97 % and 99 %
					check AdultsOnly verifies Adults : minimum of age >= 18
				}
				""");
		String out = run(1);
		assertTrue(Pattern.compile("(?m)^pq\\.Adults\\s+IdUnique\\s+PASS").matcher(out).find(), out);
		assertTrue(Pattern.compile("(?m)^pq\\.Adults\\s+AgeComplete\\s+PASS\\s+0\\.9800").matcher(out).find(), out);
		assertTrue(Pattern.compile("(?m)^pq\\.Adults\\s+AdultsOnly\\s+FAIL").matcher(out).find(), out);
		assertTrue(out.contains("data/customers.parquet:") && out.contains("age='17' (row 124)"), "the row is located: " + out);
		assertTrue(Files.readString(project.resolve("src/generated/test/java/pq/AbstractCustomersChecksTest.java"))
				.contains("SourceFormat.PARQUET"));
	}

	@Test
	void aCheckLooksValuesUpInAnotherDatasetsColumn() throws Exception {
		RunCommandTest.copyExample("customers", project);
		// the example's first customers are C001031, C003553, C002359; C999999 is none of its 20,000 rows' ids
		Files.writeString(project.resolve("data/orders.csv"), "order_id,customer_id\n1,C001031\n2,C003553\n3,C999999\n4,C002359\n");
		Files.writeString(project.resolve("orders.assay"), """
				namespace orders
				import assay.iso25012.*
				import customers.*
				requirement KnownBuyers "Every order names a known customer" refines Consistency {
					accept where customer_id in Customers.customer_id on Orders
				}
				dataset Orders {
					source csv "data/orders.csv"
					feature order_id : long
					feature customer_id : text
					check KnownCustomer verifies KnownBuyers : where customer_id in Customers.customer_id
				}
				""");
		String out = run(1);
		assertTrue(Pattern.compile("(?m)^orders\\.KnownBuyers\\s+KnownCustomer\\s+FAIL\\s+0\\.7500").matcher(out).find(), out);
		assertTrue(out.contains("data/orders.csv:4: customer_id='C999999'"), "the unknown customer is located: " + out);
		assertTrue(Files.readString(project.resolve("src/generated/test/java/orders/AbstractOrdersChecksTest.java"))
				.contains(".withReference(reference1(), SourceFormat.CSV);"));
	}

	@Test
	void aPipelineThatDropsTheTextColumnTrainsNextToTheChecks() throws Exception {
		RunCommandTest.copyExample("customers", project);
		Path model = project.resolve("customers.assay");
		String text = Files.readString(model).replace("import assay.iso25012.*", "import assay.iso25012.*\nimport assay.iso25059.*")
				.replace("\n\n\tcheck IdComplete", "\n\tsplit train 80 %, test 20 % seed 3 stratified by label\n\n\tcheck IdComplete");
		Files.writeString(model, text + """

				pipeline Churn {
					prepare Customers { drop customer_id, id }
					model Net : classifier mlp hidden [8]
					train on Customers.train epochs 2 seed 1
				}
				requirement Useful "The churn model is better than nothing" refines FunctionalCorrectness {
					accept accuracy >= 0.5 on Customers.test
				}
				suite ChurnQA tests Churn {
					test Accuracy verifies Useful : threshold accuracy on Customers.test
				}
				""");
		String out = run(0);
		assertTrue(out.contains("15 test(s) run, 0 skipped"), out);
		assertTrue(Pattern.compile("(?m)^customers\\.Useful\\s+Accuracy\\s+PASS").matcher(out).find(), out);
		assertTrue(Files.readString(project.resolve("src/generated/java/customers/ChurnPipelineBase.java"))
				.contains("columns.add(Column.text(\"customer_id\"));"));
	}

	@Test
	void aSuiteWithoutAPipelineRunsItsColumnConstraintsWithoutTraining() throws Exception {
		RunCommandTest.copyExample("customers", project);
		Path model = project.resolve("customers.assay");
		Files.writeString(model, Files.readString(model) + """

				suite Review "Checks the analytics team added" {
					test MeanAge verifies PlausibleAge : data mean of age between 30 and 70 on Customers
					test MostlyActive verifies Identity : data where is_active in ["true"] between 60 % and 80 % on Customers
				}
				""");
		String out = run(0);
		assertTrue(out.contains("16 test(s) run, 0 skipped"), out);
		assertTrue(Pattern.compile("(?m)^customers\\.PlausibleAge\\s+MeanAge\\s+PASS").matcher(out).find(), out);
		assertTrue(Pattern.compile("(?m)^customers\\.Identity\\s+MostlyActive\\s+PASS").matcher(out).find(), out);
		assertTrue(evidence().stream().anyMatch(e -> e.suite().equals("customers.Review") && e.test().equals("MeanAge")),
				"recorded under the suite's name");
		assertTrue(Files.exists(project.resolve("src/generated/test/java/customers/AbstractReviewTest.java")));
	}
}
