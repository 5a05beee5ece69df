package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assay run} end to end on a copy of the breast-cancer example: real generation, compilation, training. */
class RunCommandTest {

	@TempDir
	Path project;

	private void copyExample() throws Exception {
		copyExample("breast-cancer");
	}

	private void copyExample(String name) throws Exception {
		copyExample(name, project);
	}

	/** Copies an example (everything but its target/) into {@code project}, as a user's project to run. */
	static void copyExample(String name, Path project) throws Exception {
		Path example = Paths.get("../../examples", name).toAbsolutePath().normalize();
		try (Stream<Path> walk = Files.walk(example)) {
			for (Path source : walk.filter(p -> !example.relativize(p).startsWith("target")).toList()) {
				Path target = project.resolve(example.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target);
				}
			}
		}
	}

	private String run(int expectedExit) {
		StringWriter out = new StringWriter();
		int code = AssayCli.run(new PrintWriter(out), new PrintWriter(out), "run", project.toString());
		assertEquals(expectedExit, code, out::toString);
		return out.toString();
	}

	@Test
	void testsRunWithoutNetwork() throws Exception {
		// see releng/no-network/bin/java: no interface but loopback is up, so the runs below reach no network; the
		// CLI's tests bring loopback up (ASSAY_LOOPBACK=1) because Spark in local mode talks to itself over 127.0.0.1
		java.util.List<String> up = new java.util.ArrayList<>();
		try {
			for (var e = java.net.NetworkInterface.getNetworkInterfaces(); e.hasMoreElements();) {
				var networkInterface = e.nextElement();
				boolean loopbackAllowed = "1".equals(System.getenv("ASSAY_LOOPBACK")) && networkInterface.isLoopback();
				if (networkInterface.isUp() && !loopbackAllowed) {
					up.add(networkInterface.getName());
				}
			}
		} catch (java.net.SocketException e) {
			assertTrue(e.getMessage().contains("No network interfaces"), e.getMessage());
		}
		assertEquals(java.util.List.of(), up);
	}

	@Test
	void allRequirementsPassOnTheExample() throws Exception {
		copyExample();
		String out = run(0);
		assertTrue(out.contains("breastcancer.R1            Accuracy               PASS"), out);
		assertTrue(out.contains("9 test(s) run, 0 skipped"), out);
		assertTrue(out.contains("breastcancer.R6            DeployedAccuracy       PASS"), "the ONNX model is checked: " + out);
		assertTrue(Files.exists(project.resolve(org.assay.runtime.results.RunsFile.PATH)));
	}

	@Test
	void anUnreachableRequirementFailsWithExitCode1AndSaysWhy() throws Exception {
		copyExample();
		Path model = project.resolve("breast-cancer.assay");
		Files.writeString(model, Files.readString(model).replace("accept accuracy >= 0.93", "accept accuracy >= 0.999"));
		String out = run(1);
		assertTrue(out.contains("Accuracy               FAIL"), out);
		assertTrue(out.contains("required >= 0.999: FAIL"), out);
	}

	@Test
	void columnConstraintsRunInAPipelineSuiteOnTheViewTheyName() throws Exception {
		copyExample();
		Path model = project.resolve("breast-cancer.assay");
		String text = Files.readString(model);
		String last = "\ttest Completeness verifies R5 : data completeness on Cells\n";
		assertTrue(text.contains(last));
		Files.writeString(model, text.replace(last, last
				+ "\ttest RadiusMean verifies R5 : data mean of mean_radius between 10 and 20 on Cells.test\n"
				+ "\ttest SmallTextures verifies R5 : data where mean_texture < 20 >= 99 % on Cells\n"));
		String out = run(1);
		assertTrue(out.contains("breastcancer.R5            RadiusMean             PASS"), out);
		assertTrue(out.contains("mean >= 10.0 and <= 20.0"), "both sides of the bound are decided: " + out);
		assertTrue(out.contains("breastcancer.R5            SmallTextures          FAIL"), out);
		assertTrue(out.contains("breast_cancer.csv:"), "the failing rows are located: " + out);
		assertTrue(out.contains("11 test(s) run, 0 skipped"), out);
	}

	@Test
	void aColumnConstraintGateStopsTrainingAndSaysWhichRowsFailed() throws Exception {
		copyExample();
		Path model = project.resolve("breast-cancer.assay");
		String text = Files.readString(model);
		String gates = "\t\trequire completeness >= 0.99\n\t\trequire validity >= 0.99\n";
		assertTrue(text.contains(gates));
		Files.writeString(model, text.replace(gates, gates + "\t\trequire completeness of mean_radius = 100 %\n"
				+ "\t\trequire where mean_texture < 20\n"));
		String out = run(2);
		assertTrue(out.contains("breast-cancer.assay:61: data gate failed: "), out);
		assertTrue(out.contains("breast_cancer.csv:"), "the first failing rows are named: " + out);
		assertTrue(out.contains("breastcancer.R6            DeployedAccuracy       PASS"), "the other pipeline still runs: " + out);
	}

	@Test
	void germanCreditFailsItsFairnessRequirementsAndSaysSo() throws Exception {
		copyExample("german-credit");
		String out = run(1);
		assertTrue(out.contains("germancredit.R1            Accuracy               PASS"), out);
		assertTrue(out.contains("germancredit.R2            ApprovalParity         FAIL"), out);
		assertTrue(out.contains("germancredit.R3            SexSwap                FAIL"), out);
		assertTrue(out.contains("sex = female:") && out.contains("selection rate"), "per-group rates are shown: " + out);
	}

	@Test
	void valuesOutsideTheDeclarationAreReportedEveryTimeEvenWhenTheValidityGatePasses() throws Exception {
		// Found: a model declaring a category column without one of its real values (10 % of the rows) ran to normal
		// verdicts with no word about it. Here: housing without 'forfree' (108 of 1,000 rows), existing_credits declared
		// up to 3 (6 rows hold 4), installment_rate not declared at all, and a validity gate the data still passes.
		copyExample("german-credit");
		Path model = project.resolve("german-credit.assay");
		String text = Files.readString(model);
		for (String[] change : new String[][] { { "housing : category [rent, own, forfree]", "housing : category [rent, own]" },
				{ "existing_credits : int range 1 .. 4", "existing_credits : int range 1 .. 3" },
				{ "\tfeature installment_rate : int range 1 .. 4\n", "" },
				{ "require validity >= 0.99", "require validity >= 0.95" } }) {
			assertTrue(text.contains(change[0]), change[0]);
			text = text.replace(change[0], change[1]);
		}
		Files.writeString(model, text);
		String out = run(1);
		assertTrue(out.contains("germancredit.R1            Accuracy"), "the suites ran to verdicts: " + out);
		assertTrue(out.contains("data: data/german_credit.csv (1000 rows): 114 cell(s) outside their declaration in 2 column(s)"),
				out);
		assertTrue(out.contains("housing: 108 value(s) not among its declared categories [rent, own]: 'forfree' ×108; first at "
				+ "row(s) "), out);
		assertTrue(out.contains("existing_credits: 6 value(s) outside its declared range integer 1 .. 3: '4' ×6"), out);
		assertTrue(out.contains("1 column(s) of the file are not declared and were not read: installment_rate"), out);

		var runs = org.assay.runtime.results.RunsFile.read(project.resolve(org.assay.runtime.results.RunsFile.PATH));
		var findings = runs.get(runs.size() - 1).data();
		assertEquals(1, findings.size(), "recorded once for the run: " + findings);
		assertEquals(java.util.Map.of("forfree", 108L), findings.get(0).findings().stream()
				.filter(f -> f.column().equals("housing")).findFirst().orElseThrow().values());

		StringWriter report = new StringWriter();
		assertEquals(0, ReportCommand.write(project, null, null, new PrintWriter(report), new PrintWriter(report)), report::toString);
		String html = Files.readString(project.resolve("target/assay/report.html"));
		assertTrue(html.contains("id=\"data\"") && html.contains("&#39;forfree&#39; ×108"), "the report says it too");
		assertTrue(html.contains("installment_rate"), "and lists the undeclared column");
	}

	@Test
	void brokenDataGivesErrorVerdictsAndExitCode2() throws Exception {
		copyExample();
		Files.writeString(project.resolve("data/breast_cancer.csv"), "mean_radius\n1\n");
		String out = run(2);
		assertTrue(out.contains("ERROR"), out);
		assertTrue(out.contains("missing-column") || out.contains("lacks the declared column"), out);
	}

	@Test
	void invalidModelStopsBeforeGeneration() throws Exception {
		copyExample();
		Path model = project.resolve("breast-cancer.assay");
		Files.writeString(model, Files.readString(model).replace("accept accuracy >= 0.93", "accept accuracy >= 1.93"));
		String out = run(2);
		assertTrue(out.contains("breast-cancer.assay:76:"), out);
		assertTrue(out.contains("[thresholdOutOfRange]"), out);
	}
}
