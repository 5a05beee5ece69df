package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assay.dsl.AssayStandaloneSetup;
import org.assay.dsl.headless.AssayWorkspace;
import org.assay.runtime.lineage.Sha256;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assay init} on every dataset shipped with the project and on a file of awkward values: the written model
 * validates with the real validator (no error), declares what the data holds, and the options are checked.
 */
class InitCommandTest {

	@TempDir
	Path folder;

	record Result(int code, String out, String err) {
	}

	static Result cli(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = AssayCli.run(new PrintWriter(out), new PrintWriter(err), args);
		return new Result(code, out.toString(), err.toString());
	}

	/**
	 * The validator's errors and warnings on a model, as {@code file:line:column: severity: message} lines: empty when it
	 * validates cleanly (a warning such as a declared column the file lacks, or a pipeline that is not generated, would
	 * leave the project without a run).
	 */
	static List<String> errors(Path model) {
		AssayWorkspace workspace = AssayStandaloneSetup.doSetup().getInstance(AssayWorkspace.class).load(List.of(model));
		List<String> errors = new ArrayList<>();
		for (Map.Entry<Resource, List<Issue>> entry : workspace.validateAll(CancelIndicator.NullImpl).entrySet()) {
			for (Issue issue : entry.getValue()) {
				if (issue.getSeverity() == Severity.ERROR || issue.getSeverity() == Severity.WARNING) {
					errors.add(AssayWorkspace.format(Paths.get(""), entry.getKey(), issue));
				}
			}
		}
		return errors;
	}

	/** Copies a shipped example's data file into a fresh project folder and runs init on it. */
	private Path initExample(String example, String csv, String... options) throws Exception {
		Path project = folder.resolve(example);
		Files.createDirectories(project.resolve("data"));
		Path data = project.resolve("data").resolve(csv);
		Files.copy(Paths.get("../../examples", example, "data", csv), data);
		List<String> args = new ArrayList<>(List.of("init", data.toString(), "-o", project.resolve(example + ".assay").toString()));
		args.addAll(List.of(options));
		Result result = cli(args.toArray(String[]::new));
		assertEquals(0, result.code(), result.out() + result.err());
		Path model = project.resolve(example + ".assay");
		assertEquals(List.of(), errors(model), Files.readString(model));
		assertTrue(Files.readString(model).contains("source csv \"data/" + csv + "\" sha256 \"" + Sha256.of(data) + "\""));
		assertTrue(Files.exists(project.resolve("pom.xml")));
		return model;
	}

	@Test
	void germanCreditGivesAClassifierWithItsCategoriesAndAProtectedAttribute() throws Exception {
		String model = Files.readString(initExample("german-credit", "german_credit.csv", "--label", "risk", "--protected", "sex"));
		assertTrue(model.contains("\tlabel risk : category [good, bad]\n"), model);
		assertTrue(model.contains("\tfeature duration : int range 0 .. 75\n"), model);
		assertTrue(model.contains("\tfeature housing : category [own, forfree, rent]\n"), model);
		assertTrue(model.contains("\tfeature sex : category [male, female] protected\n"), model);
		assertTrue(model.contains("split train 70 %, validation 15 %, test 15 % seed 42 stratified by risk"), model);
		assertTrue(model.contains("model Net : classifier mlp"), model);
		assertTrue(model.contains("accept accuracy >= 0.7 on GermanCredit.test"), "700 of 1,000 are good: " + model);
		assertTrue(model.contains("fairness demographic_parity_difference by sex on GermanCredit.test"), model);
		assertTrue(model.contains("onehot checking, purpose, housing, sex"), model);
	}

	@Test
	void breastCancerDigitsAndDiabetesGiveModelsThatValidate() throws Exception {
		String cells = Files.readString(initExample("breast-cancer", "breast_cancer.csv", "--label", "diagnosis"));
		assertTrue(cells.contains("\tlabel diagnosis : category [malignant, benign]\n"), cells);
		assertTrue(cells.contains("\tfeature mean_radius : double range 5 .. 30\n"), "6.981 .. 28.11, span 21: steps of 5: " + cells);
		String digits = Files.readString(initExample("digits", "digits.csv", "--label", "digit"));
		assertTrue(digits.contains("\tlabel digit : category [d0, d1, d2, d3, d4, d5, d6, d7, d8, d9]\n"), digits);
		assertTrue(digits.contains("\tfeature pixels_63 : int range"), digits);
		String diabetes = Files.readString(initExample("diabetes", "diabetes.csv", "--label", "progression"));
		assertTrue(diabetes.contains("\tlabel progression : int range"), diabetes);
		assertTrue(diabetes.contains("model Net : regressor mlp"), diabetes);
		assertTrue(diabetes.contains("accept r2 >= 0 on Diabetes.test"), diabetes);
		assertFalse(diabetes.contains("stratified"), "a numeric label is not stratified: " + diabetes);
	}

	@Test
	void customersIfShippedGivesAModelThatValidates() throws Exception {
		Path data = Paths.get("../../examples/customers/data");
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(data), "the customers example is not in this tree");
		try (Stream<Path> files = Files.list(data)) {
			for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
				String model = Files.readString(initExample("customers", csv.getFileName().toString(), "--label", "label"));
				assertTrue(model.contains("label label : category"), model);
			}
		}
	}

	@Test
	void withoutALabelThereIsNoPipelineAndTheChecksVerifyTheDataRequirements() throws Exception {
		String model = Files.readString(initExample("german-credit", "german_credit.csv"));
		assertFalse(model.contains("pipeline"), model);
		assertFalse(model.contains("split"), model);
		assertFalse(model.contains("suite"), "a suite without a pipeline runs only constraints: the checks are the tests");
		assertTrue(model.contains("check AgeComplete verifies R1 : completeness of age = 100 %"), model);
		assertTrue(model.contains("check AgeRange verifies R2 : where age in 19 .. 75"), model);
	}

	/** 120 rows of awkward values under awkward column names. */
	private Path awkwardFile() throws Exception {
		StringBuilder csv = new StringBuilder("id,mean radius,feature,in,train,2nd,city,grade,score,mixed,note,empty,outcome\n");
		String[] cities = { "New York", "S\u00e3o Paulo", "\"say \"\"hi\"\" \\ ok\"", "-" };
		String[] grades = { "Non-Travel", "18-25", ">50K", "  spaced  ", "" };
		for (int i = 1; i <= 120; i++) {
			csv.append(i).append(',') // id: numbers the rows
					.append(i * 0.5).append(',') // mean radius: no feature can be named so
					.append(i % 7).append(',') // feature: a keyword as a column name
					.append(i % 2 == 0 ? "a" : "b").append(',') // in: a keyword, two categories
					.append(i % 3).append(',') // train: a keyword the language accepts as a name
					.append(i).append(',') // 2nd: starts with a digit
					.append(cities[i % 4]).append(',') // quoted, accented, '-'
					.append(grades[i % 5]).append(',') // not identifiers, spaces, empty
					.append(i % 30 == 0 ? "NaN" : i % 11 == 0 ? "" : Double.toString(i / 4.0)).append(',') // NaN and missing
					.append(i % 9 == 0 ? "-" : Integer.toString(i * 7)).append(',') // numbers and a placeholder: text
					.append(i % 10 == 0 ? "\"two\nlines, \"\"quoted\"\"\"" : "note " + i).append(',') // free text
					.append(',') // empty in every row
					.append(i % 3 == 0 ? "yes" : "no").append('\n');
		}
		Path data = folder.resolve("data/awkward values.csv");
		Files.createDirectories(data.getParent());
		Files.writeString(data, csv);
		return data;
	}

	@Test
	void awkwardValuesAndColumnNamesGiveAModelThatValidates() throws Exception {
		Path data = awkwardFile();
		Result result = cli("init", data.toString(), "--label", "outcome", "--protected", "in", "-o", folder.toString());
		assertEquals(0, result.code(), result.out() + result.err());
		Path model = folder.resolve("awkward values.assay");
		String text = Files.readString(model);
		assertEquals(List.of(), errors(model), text);
		assertTrue(text.contains("namespace awkwardvalues\n"), text);
		assertTrue(text.contains("dataset AwkwardValues \"awkward values.csv\" {"), text);
		assertTrue(text.contains("source csv \"data/awkward values.csv\" sha256"), text);
		assertTrue(text.contains("\tfeature ^feature : int range 0 .. 6\n"), text);
		assertTrue(text.contains("\tfeature ^in : category [b, a] protected\n"), text);
		assertTrue(text.contains("\tfeature train : int range 0 .. 2\n"), text);
		assertTrue(text.contains("\tfeature city : category [\"S\u00e3o Paulo\", \"say \\\"hi\\\" \\\\ ok\", \"-\", \"New York\"]\n"),
				text);
		assertTrue(text.contains("\tfeature grade : category [\"18-25\", \">50K\", spaced, \"Non-Travel\"]\n"), text);
		assertTrue(text.contains("\tfeature score : double range 0 .. 30\n"), text);
		assertTrue(text.contains("\t// 107 of 120 values are numbers and 13 are not ('-' \u00d713): declared as text\n"), text);
		assertTrue(text.contains("\tfeature mixed : text\n"), text);
		assertTrue(text.contains("\tfeature note : text\n"), text);
		assertTrue(text.contains("// column \"mean radius\" is not declared: its name is not an identifier"), text);
		assertTrue(text.contains("// column \"2nd\" is not declared"), text);
		assertTrue(text.contains("// column \"empty\" is not declared: every cell is empty (120 rows)."), text);
		assertTrue(text.contains("\t\tdrop id, mixed, note\n"), "text reaches no model: " + text);
		assertTrue(text.contains("\t\timpute score median\n"), text);
		assertTrue(text.contains("\t\timpute grade mode\n"), text);
		assertTrue(text.contains("fairness demographic_parity_difference by ^in on AwkwardValues.test"), text);
		assertTrue(result.out().contains("107 of 120 values are numbers and 13 are not ('-' \u00d713)"), result.out());
	}

	@Test
	void existingFilesAreKeptUnlessForced() throws Exception {
		Path data = awkwardFile();
		Path model = folder.resolve("m.assay");
		Files.writeString(model, "// mine\n");
		Result refused = cli("init", data.toString(), "-o", model.toString());
		assertEquals(2, refused.code(), refused.out() + refused.err());
		assertTrue(refused.err().contains(model + " exists; nothing was written. Choose another -o, or add --force"),
				refused.err());
		assertEquals("// mine\n", Files.readString(model));
		assertFalse(Files.exists(folder.resolve("pom.xml")), "nothing was written");
		Result forced = cli("init", data.toString(), "-o", model.toString(), "--force");
		assertEquals(0, forced.code(), forced.out() + forced.err());
		assertTrue(Files.readString(model).startsWith("// Written by 'assay init'"));
		// the project depends on this build of Assay: the version of the reactor the command line belongs to
		String parent = Files.readString(Paths.get("pom.xml"));
		String version = parent.substring(parent.indexOf("<version>") + 9, parent.indexOf("</version>"));
		assertTrue(Files.readString(folder.resolve("pom.xml")).contains("<assay.version>" + version + "</assay.version>"));
	}

	@Test
	void badOptionsAreRefusedWithTheReason() throws Exception {
		Path data = awkwardFile();
		Result noColumn = cli("init", data.toString(), "--label", "outcomes", "-o", folder.resolve("a.assay").toString());
		assertEquals(2, noColumn.code());
		assertTrue(noColumn.err().contains("--label outcomes: the file has no such column (columns: id, mean radius,"),
				noColumn.err());
		Result unnamed = cli("init", data.toString(), "--label", "mean radius", "-o", folder.resolve("a.assay").toString());
		assertEquals(2, unnamed.code());
		assertTrue(unnamed.err().contains("--label mean radius: the column cannot be declared: its name is not an identifier"),
				unnamed.err());
		Result text = cli("init", data.toString(), "--label", "note", "-o", folder.resolve("a.assay").toString());
		assertEquals(2, text.code());
		assertTrue(text.err().contains("--label note: the column holds 109 distinct values, neither numbers nor at most 20 "
				+ "classes"), text.err());
		Result protectedText = cli("init", data.toString(), "--label", "outcome", "--protected", "note", "-o",
				folder.resolve("a.assay").toString());
		assertEquals(2, protectedText.code());
		assertTrue(protectedText.err().contains("--protected note: the column is free text (109 distinct values)"),
				protectedText.err());
		Result format = cli("init", folder.resolve("data").toString());
		assertEquals(2, format.code());
		Files.writeString(folder.resolve("x.json"), "{}");
		Result json = cli("init", folder.resolve("x.json").toString(), "-o", folder.resolve("a.assay").toString());
		assertEquals(2, json.code());
		assertTrue(json.err().contains("name it .csv, .tsv or .parquet"), json.err());
		assertFalse(Files.exists(folder.resolve("a.assay")), "nothing was written");
	}

	@Test
	void aFileThatCannotBeReadIsALocatedError() throws Exception {
		Path data = folder.resolve("ragged.csv");
		Files.writeString(data, "a,b\n1,2\n3\n");
		Result result = cli("init", data.toString(), "-o", folder.resolve("r.assay").toString());
		assertEquals(2, result.code(), result.out() + result.err());
		assertTrue(result.err().contains("ragged.csv:3:"), result.err());
		assertFalse(Files.exists(folder.resolve("r.assay")));
		Files.writeString(folder.resolve("header.csv"), "a,b\n");
		Result noRows = cli("init", folder.resolve("header.csv").toString(), "-o", folder.resolve("r.assay").toString());
		assertEquals(2, noRows.code());
		assertTrue(noRows.err().contains("header.csv:2:0: no-rows: the file has a header but no rows."), noRows.err());
		Files.write(folder.resolve("latin.csv"), new byte[] { 'a', ',', 'b', '\n', '1', ',', (byte) 0xff, '\n' });
		Result latin = cli("init", folder.resolve("latin.csv").toString(), "-o", folder.resolve("r.assay").toString());
		assertEquals(2, latin.code());
		assertTrue(latin.err().contains("latin.csv:2:3: not-utf8: the file is not valid UTF-8 here. Re-encode it as UTF-8"),
				latin.err());
		assertFalse(Files.exists(folder.resolve("r.assay")), "nothing was written");
	}

	@Test
	void aTsvFileOutsideTheModelsFolderIsNamedRelativelyAndMarkedExternal() throws Exception {
		Path data = folder.resolve("shared/scores.tsv");
		Files.createDirectories(data.getParent());
		StringBuilder tsv = new StringBuilder("name\tscore\tgroup\n");
		for (int i = 0; i < 60; i++) {
			tsv.append("item, ").append(i).append('\t').append(i % 5 == 0 ? "" : Integer.toString(i * 2)).append('\t')
					.append(i % 2 == 0 ? "x y" : "z").append('\n');
		}
		Files.writeString(data, tsv);
		Path model = folder.resolve("project/scores.assay");
		Result result = cli("init", data.toString(), "-o", model.toString());
		assertEquals(0, result.code(), result.out() + result.err());
		String text = Files.readString(model);
		assertEquals(List.of(), errors(model), text);
		assertTrue(text.contains("source tsv \"../shared/scores.tsv\" external sha256 \"" + Sha256.of(data) + "\""), text);
		assertTrue(text.contains("\tfeature name : text\n"), "a comma is data in a TSV file: " + text);
		assertTrue(text.contains("\tfeature score : int range 0 .. 150\n"), text);
		assertTrue(text.contains("\tfeature group : category [\"x y\", z]\n"), text);
		assertTrue(text.contains("check ScoreComplete verifies R1 : completeness of score >= 69.8 %"),
				"48 of 60 present: 0.8 - 1.96 * sqrt(0.8 * 0.2 / 60) = 0.6988: " + text);
	}
}
