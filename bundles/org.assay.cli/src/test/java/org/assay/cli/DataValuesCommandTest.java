package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real-world category values and data paths through the CLI: quoted categories ({@code "Non-Travel"}, {@code "18-25"},
 * {@code "New York"}, {@code ">50K"}, a name with a quote and a backslash) are validated, generated, compiled, run
 * and shown intact; a data path outside the project is refused by validate and run, and nothing of the file appears
 * in the output or the results.
 */
class DataValuesCommandTest {

	@TempDir
	Path project;

	static final String HOSTILE = "say \"hi\" \\ ok";

	static final String MODEL = """
			namespace hr
			import assay.iso25059.*
			import assay.iso25012.*
			dataset Staff {
				source csv "data/staff.csv"
				label Income : category [">50K", "<=50K"]
				feature Travel : category ["Non-Travel", Travel_Rarely, "Travel-Frequently"] protected
				feature Age : category ["18-25", "26-35", "36+"]
				feature City : category ["New York", "say \\"hi\\" \\\\ ok"]
				feature Hours : double range 0 .. *
				split train 70 %, test 30 % seed 1
				slice Young where Age in ["18-25"]
				slice NewYork where City = "New York"
			}
			pipeline P {
				prepare Staff { require completeness >= 0.9 }
				model M : classifier mlp hidden [8]
				train epochs 20 seed 1
			}
			requirement Acc refines FunctionalCorrectness { accept accuracy >= 0.3 on Staff.test }
			requirement Fair refines Fairness { accept demographic_parity_difference by Travel <= 1 on Staff.test }
			suite S tests P {
				test Accuracy verifies Acc : threshold accuracy on each slice of Staff.test among Staff.Young, Staff.NewYork
				test Parity verifies Fair : fairness demographic_parity_difference by Travel on Staff.test <= 0.0001
				test CitySwap verifies Fair : invariance on Staff.test swap City "New York" <-> "say \\"hi\\" \\\\ ok", flips <= 100 %
				test TravelSwap verifies Fair : invariance on Staff.test swap Travel "Non-Travel" -> "Travel-Frequently", flips <= 100 %
				test Up verifies Fair : directional on Staff.test raise Hours by 10 expect increase of ">50K", violations <= 100 %
			}
			""";

	private int cli(StringWriter out, String... args) {
		return AssayCli.run(new PrintWriter(out), new PrintWriter(out), args);
	}

	private void writeProject(String model) throws Exception {
		Files.writeString(project.resolve("pom.xml"), "<project/>");
		Files.writeString(project.resolve("staff.assay"), model);
		Files.createDirectories(project.resolve("data"));
		StringBuilder csv = new StringBuilder("Income,Travel,Age,City,Hours\n");
		String[] travel = { "Non-Travel", "Travel_Rarely", "Travel-Frequently" };
		String[] age = { "18-25", "26-35", "36+" };
		String[] city = { "New York", "\"say \"\"hi\"\" \\ ok\"" };
		Random random = new Random(7);
		for (int i = 0; i < 240; i++) {
			double hours = 20 + random.nextInt(40);
			String income = hours + random.nextGaussian() * 5 > 40 ? ">50K" : "<=50K";
			csv.append(income).append(',').append(travel[i % 3]).append(',').append(age[i / 3 % 3]).append(',')
					.append(city[i / 9 % 2]).append(',').append(hours).append('\n');
		}
		Files.writeString(project.resolve("data/staff.csv"), csv);
	}

	@Test
	void quotedCategoriesRunEndToEndAndAreShownIntact() throws Exception {
		writeProject(MODEL);
		StringWriter validated = new StringWriter();
		assertEquals(0, cli(validated, "validate", project.toString()), validated::toString);
		assertTrue(validated.toString().contains("0 error(s), 0 warning(s)"), validated::toString);

		StringWriter out = new StringWriter();
		int code = cli(out, "run", project.toString());
		assertTrue(code == 0 || code == 1, out::toString);
		String text = out.toString();
		assertTrue(text.contains("5 test(s) run, 0 skipped"), text);
		assertFalse(text.contains(" ERROR") || text.contains("NO_DATA"), text);
		assertTrue(text.contains("Travel = Non-Travel: ") && text.contains("Travel = Travel-Frequently: "), "groups in the CLI: " + text);
		String pipeline = Files.readString(project.resolve("src/generated/java/hr/PPipelineBase.java"));
		assertTrue(pipeline.contains("List.of(\"Non-Travel\", \"Travel_Rarely\", \"Travel-Frequently\")"), pipeline);
		assertTrue(pipeline.contains("List.of(\"New York\", \"say \\\"hi\\\" \\\\ ok\")"), pipeline);
		String results = Files.readString(project.resolve("target/assay/runs.jsonl"));
		assertTrue(results.contains("Non-Travel") && results.contains("Travel-Frequently"), "fairness groups and swaps: " + results);
		assertTrue(results.contains("say \\\"hi\\\" \\\\ ok"), "the name with a quote and a backslash, JSON-escaped: " + results);

		StringWriter report = new StringWriter();
		assertEquals(0, cli(report, "report", project.toString()), report::toString);
		String html = Files.readString(project.resolve("target/assay/report.html"));
		int parity = html.indexOf("class=\"detail\" data-test=\"hr.S.Parity\"");
		assertTrue(parity > 0, () -> "a parity of at most 0.0001 does not pass, so the report details it: "
				+ html.substring(Math.max(0, html.indexOf("id=\"details\""))) + "\n" + text);
		String detail = html.substring(parity, html.indexOf("</div>", parity));
		assertTrue(detail.contains("Non-Travel") && detail.contains("Travel-Frequently"), "per-group details: " + detail);
	}

	/**
	 * Found: {@code ../../../../../etc/passwd} was read and its first line written into results.json 18 times. Now
	 * validate and run stop at the declaration, and nothing of the file is printed or recorded. Failed before the fix
	 * (run printed the file's first line in its missing-column error).
	 */
	@Test
	void aDataPathOutsideTheProjectIsRefusedByValidateAndRun() throws Exception {
		Path outside = Files.createTempDirectory("assay-outside");
		try {
			Files.writeString(outside.resolve("secret.csv"), "SECRET-HEADER,Income\n1,>50K\n");
			writeProject(MODEL);
			for (String path : new String[] { "../../../../../etc/passwd", outside.resolve("secret.csv").toString(),
					project.relativize(outside.resolve("secret.csv")).toString() }) {
				Files.writeString(project.resolve("staff.assay"), MODEL.replace("data/staff.csv", path));
				StringWriter validated = new StringWriter();
				assertEquals(1, cli(validated, "validate", project.toString()), validated::toString);
				assertTrue(validated.toString().contains("staff.assay:5:13: error: Data file '" + path + "' is outside the project"),
						validated::toString);
				assertTrue(validated.toString().contains("[pathOutsideProject]"), validated::toString);

				StringWriter out = new StringWriter();
				assertEquals(2, cli(out, "run", project.toString()), out::toString);
				assertTrue(out.toString().contains("[pathOutsideProject]"), out::toString);
				assertFalse(out.toString().contains("root:") || out.toString().contains("SECRET"), out::toString);
				Path results = project.resolve("target/assay/runs.jsonl");
				assertFalse(Files.exists(results) && (Files.readString(results).contains("root:")
						|| Files.readString(results).contains("SECRET")));
			}
			Files.writeString(project.resolve("staff.assay"),
					MODEL.replace("\"data/staff.csv\"", "\"" + outside.resolve("secret.csv") + "\" external"));
			StringWriter optedIn = new StringWriter();
			cli(optedIn, "validate", project.toString());
			assertFalse(optedIn.toString().contains("pathOutsideProject"), optedIn::toString);
			assertTrue(optedIn.toString().contains("[dataColumnMissing]"), "an external file is checked too: " + optedIn);
			StringWriter generated = new StringWriter();
			assertEquals(0, cli(generated, "generate", project.toString()), generated::toString);
			String pipeline = Files.readString(project.resolve("src/generated/java/hr/PPipelineBase.java"));
			assertTrue(pipeline.contains("slices, true);"), "the generated dataset carries the opt-in: " + pipeline);
		} finally {
			try (var walk = Files.walk(outside)) {
				walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
