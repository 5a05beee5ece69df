package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assay init} then {@code assay run} on the result, with no editing: real profiling, generation, training. */
class InitRunTest {

	@TempDir
	Path project;

	/**
	 * 400 seeded rows a small MLP learns well, with a missing value now and then, a column no feature can name and one
	 * named by a keyword ({@code in}).
	 */
	private Path writeData() throws Exception {
		Random random = new Random(3);
		StringBuilder csv = new StringBuilder("customer no,in,y,colour,approved\n");
		String[] colours = { "red", "dark green", "blue" };
		for (int i = 0; i < 400; i++) {
			double x = random.nextGaussian();
			double y = random.nextGaussian();
			int colour = random.nextInt(3);
			boolean approved = x + y + (colour == 1 ? 0.5 : 0) > 0.2;
			csv.append(String.format(Locale.ROOT, "C-%04d,%.3f,%s,%s,%s%n", i, x, i % 40 == 7 ? "" : String.format(Locale.ROOT,
					"%.3f", y), colours[colour], approved ? "yes" : "no"));
		}
		Path data = project.resolve("data/loans.csv");
		Files.createDirectories(data.getParent());
		Files.writeString(data, csv);
		return data;
	}

	@Test
	void aProjectWrittenByInitRunsToAVerdictTableWithoutEditing() throws Exception {
		Path data = writeData();
		InitCommandTest.Result init = InitCommandTest.cli("init", data.toString(), "--label", "approved", "-o", project.toString());
		assertEquals(0, init.code(), init.out() + init.err());
		assertTrue(init.out().contains("column \"customer no\" is not declared: its name is not an identifier"), init.out());
		Path model = project.resolve("loans.assay");
		String text = Files.readString(model);
		assertTrue(text.contains("feature colour : category [red, \"dark green\", blue]"), text);
		assertTrue(text.contains("impute y median"), "y has missing values: " + text);
		assertTrue(text.contains("feature ^in : double range"), "a keyword as a column name is escaped: " + text);

		StringWriter out = new StringWriter();
		int code = AssayCli.run(new PrintWriter(out), new PrintWriter(out), "run", project.toString());
		String run = out.toString();
		assertTrue(code == 0 || code == 1, "verdicts, no error: " + run);
		assertTrue(run.contains("requirement                test                   verdict"), run);
		assertTrue(run.matches("(?s).*loans\\.R1 +Accuracy +PASS.*"), "the starter classifier beats the majority class: " + run);
		assertTrue(run.matches("(?s).*loans\\.R2 +Completeness +PASS.*"), run);
		assertTrue(run.matches("(?s).*loans\\.R3 +Validity +PASS.*"), run);
		assertTrue(run.contains("1 column(s) of the file are not declared and were not read: customer no"), run);
	}

	@Test
	void withoutALabelTheDataChecksRunToVerdicts() throws Exception {
		Path data = project.resolve("data/german_credit.csv");
		Files.createDirectories(data.getParent());
		Files.copy(Path.of("../../examples/german-credit/data/german_credit.csv"), data);
		InitCommandTest.Result init = InitCommandTest.cli("init", data.toString(), "-o", project.toString());
		assertEquals(0, init.code(), init.out() + init.err());
		StringWriter out = new StringWriter();
		int code = AssayCli.run(new PrintWriter(out), new PrintWriter(out), "run", project.toString());
		String run = out.toString();
		assertEquals(0, code, "every check holds on the file it was taken from: " + run);
		assertTrue(run.matches("(?s).*germancredit\\.R1 +AgeComplete +PASS.*"), run);
		assertTrue(run.matches("(?s).*germancredit\\.R2 +AgeRange +PASS.*"), "the dataset's checks ran: " + run);
		assertTrue(run.matches("(?s).*germancredit\\.R2 +PurposeValues +PASS.*"), run);
		assertTrue(run.contains("36 test(s) run, 0 skipped"), "36 checks: " + run);
	}

	@Test
	void everyShippedDatasetGivesARunnableProject() throws Exception {
		String[][] examples = { { "breast-cancer", "breast_cancer.csv", "diagnosis" }, { "german-credit", "german_credit.csv", "risk" },
				{ "digits", "digits.csv", "digit" }, { "diabetes", "diabetes.csv", "progression" },
				{ "customers", "customers.csv", "label" } };
		for (String[] example : examples) {
			Path folder = project.resolve(example[0]);
			Path data = folder.resolve("data").resolve(example[1]);
			Files.createDirectories(data.getParent());
			Files.copy(Path.of("../../examples", example[0], "data", example[1]), data);
			InitCommandTest.Result init = InitCommandTest.cli("init", data.toString(), "--label", example[2], "-o", folder.toString());
			assertEquals(0, init.code(), init.out() + init.err());
			StringWriter out = new StringWriter();
			int code = AssayCli.run(new PrintWriter(out), new PrintWriter(out), "run", folder.toString());
			String run = out.toString();
			assertTrue(code == 0 || code == 1, example[0] + ": verdicts, no error (exit 2): " + run);
			assertTrue(run.matches("(?s).*\\.R1 +(Accuracy|Explained) +(PASS|WARN|FAIL|INCONCLUSIVE) .*"), example[0] + ": " + run);
			assertTrue(run.matches("(?s).*\\.R2 +Completeness +PASS .*"), example[0] + ": " + run);
			assertTrue(run.matches("(?s).*\\.R3 +Validity +PASS .*"), example[0] + ": " + run);
			assertTrue(run.matches("(?s).*\\.R2 +Rows +PASS .*"), example[0] + ": the dataset's checks ran: " + run);
			assertFalse(run.contains(" FAIL "), example[0] + ": every check holds on the file it came from: " + run);
		}
	}
}
