package org.assay.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs found by the fuzz benchmark (issue #8): every command answers them in Assay's own words, located, and
 * never with an internal error, an EMF object dump or a stack trace.
 */
class RobustInputTest {

	/** Texts that are never Assay's own words. */
	private static final List<String> INTERNAL = List.of("internal error", "Exception", "Impl@", "proxy", "ValueConverter",
			"EValidator", "must be set", "\tat org.", "mismatched input", "no viable alternative", "extraneous input",
			"missing EOF", "RULE_", "Couldn't convert", "\u0000");

	@TempDir
	Path project;

	private record Result(int code, String out) {
	}

	private static Result run(String... args) {
		StringWriter out = new StringWriter();
		int code = AssayCli.run(new PrintWriter(out), new PrintWriter(out), args);
		return new Result(code, out.toString());
	}

	private static void assertOwnWords(Result result) {
		for (String text : INTERNAL) {
			assertFalse(result.out().contains(text), () -> "'" + text + "' in:\n" + result.out());
		}
	}

	private Result validate(String text) throws Exception {
		Files.writeString(project.resolve("m.assay"), text);
		Result result = run("validate", project.resolve("m.assay").toString());
		assertOwnWords(result);
		return result;
	}

	/** The errors printed for one line of m.assay. */
	private List<String> at(Result result, int line) {
		String prefix = project.resolve("m.assay") + ":" + line + ":";
		return result.out().lines().filter(l -> l.startsWith(prefix) && l.contains(": error: ")).toList();
	}

	@Test
	void aProjectWithoutElementsGivesNoInternalErrorInAnyCommand() throws Exception {
		// before: 'generate' printed "internal error: BasicIndexOutOfBoundsException" (a file of comments has no model)
		Files.writeString(project.resolve("notes.assay"), "// requirements will follow\n/* nothing yet */\n");
		Files.writeString(project.resolve("empty.assay"), "");

		Result validate = run("validate", project.toString());
		assertOwnWords(validate);
		assertEquals(0, validate.code(), validate.out());
		assertTrue(validate.out().contains("2 file(s) validated: 0 error(s), 0 warning(s)"), validate.out());

		Result generate = run("generate", project.toString());
		assertOwnWords(generate);
		assertEquals(0, generate.code(), generate.out());
		assertTrue(generate.out().contains("0 written, 0 unchanged, 0 hand-written kept"), generate.out());

		Result check = run("generate", "--check", project.toString());
		assertOwnWords(check);
		assertEquals(0, check.code(), check.out());

		Result report = run("report", project.toString());
		assertOwnWords(report);
		assertEquals(0, report.code(), report.out());

		Result runResult = run("run", project.toString());
		assertOwnWords(runResult);
		assertEquals(2, runResult.code(), runResult.out());
		assertTrue(runResult.out().contains("nothing to run"), runResult.out());
	}

	@Test
	void anImportOfANumberIsALocatedSyntaxErrorNotAFailingValidator() throws Exception {
		// before: the import-cycle check threw "Qualified name cannot be empty": a stack trace and "Error executing
		// EValidator" at 0:0
		Result result = validate("namespace shop\nimport 5012.*\nimport assay.iso25059.*\n");
		assertEquals(1, result.code(), result.out());
		List<String> line2 = at(result, 2);
		assertEquals(1, line2.size(), result.out());
		assertTrue(line2.get(0).contains(":2:8: error: "), line2.get(0));
		assertFalse(result.out().contains(":0:0:") || result.out().contains("internalError"), result.out());
	}

	@Test
	void anUnknownNameIsReportedOnceWithTheClosestVisibleName() throws Exception {
		// before: each linking error came twice, the second time as "The feature 'refines' of 'RequirementImpl@…'
		// contains an unresolved proxy 'QualityAttributeImpl@…'"
		Result result = validate("""
				namespace shop
				import assay.iso25059.*
				dataset Orders {
					label fraud : category [yes, no]
					feature amount : double
					split train 80 %, test 20 % seed 1
				}
				requirement R refines FunctionalCorectness {
					accept acuracy >= 0.9 on Orders.tset
				}
				requirement Far refines Xylophone {
					accept accuracy >= 0.9 on Orders.test
				}
				""");
		assertFalse(result.out().contains("[Syntax]"), result.out());
		List<String> line8 = at(result, 8);
		assertEquals(1, line8.size(), result.out());
		assertTrue(line8.get(0).contains("Unknown quality attribute 'FunctionalCorectness' (did you mean "
				+ "'FunctionalCorrectness'?)"), line8.get(0));
		List<String> line9 = at(result, 9);
		assertEquals(2, line9.size(), result.out());
		assertTrue(line9.get(0).contains("Unknown metric 'acuracy' (did you mean 'accuracy'?)"), line9.get(0));
		assertTrue(line9.get(1).contains("'Orders.tset' (did you mean 'Orders.test'?)"), line9.get(1));
		List<String> line11 = at(result, 11);
		assertEquals(1, line11.size(), result.out());
		assertFalse(line11.get(0).contains("did you mean"), "no close name, no suggestion: " + line11.get(0));
	}

	@Test
	void aCategoryWithoutANameIsASyntaxErrorNotAnEmfStructuralError() throws Exception {
		// before: "The required feature 'name' of 'CategoryImpl@…' must be set"
		Result result = validate("namespace shop\ndataset D {\n\tlabel fraud : category [yes, , no]\n}\n");
		assertEquals(1, result.code(), result.out());
		assertFalse(at(result, 3).isEmpty(), result.out());
	}

	@Test
	void aMissingNumberIsReportedInAssaysWords() throws Exception {
		// before: "ValueConverter returned null for primitive feature threshold"
		Result result = validate("""
				namespace shop
				import assay.iso25059.*
				requirement R refines FunctionalCorrectness {
					accept accuracy change >= versus baseline "models/1.3"
				}
				""");
		assertEquals(1, result.code(), result.out());
		assertTrue(at(result, 4).stream().anyMatch(l -> l.contains("A number is missing here; write it in digits")),
				result.out());
	}

	@Test
	void aTopLevelKeywordInsideAStatementIsOneErrorOnItsLine() throws Exception {
		// this input once gave "A number is missing here" for a number that is there; with column constraints the
		// criterion's two forms made 'pipeline' end the requirement: "Missing '}'" and an empty pipeline's warnings
		Result result = validate("""
				namespace shop
				import assay.iso25059.*
				requirement R refines FunctionalCorrectness {
					accept accuracy pipeline change >= -0.01 versus baseline "models/1.3"
				}
				""");
		assertEquals(1, result.code(), result.out());
		assertTrue(at(result, 4).stream().anyMatch(l -> l.contains("Unexpected 'pipeline'")), result.out());
		assertEquals(List.of(), at(result, 5), result.out());
		assertFalse(result.out().contains("prepares 0 datasets"), result.out());
	}

	@Test
	void syntaxErrorsSayWhatWasFoundAndExpectedAndShowInvisibleCharacters() throws Exception {
		// before: ANTLR's "mismatched input 'label' expecting '}'", "no viable alternative at input …", a raw NUL
		Result result = validate("""
				namespace shop
				dataset Orders {
					feature amount : double
					label fraud : category [yes, no]
				}
				pipeline Scorer {
					train epochs 99999999999
				}
				dataset \u0000Broken { }
				""");
		assertEquals(1, result.code(), result.out());
		assertTrue(at(result, 4).get(0).contains("error: Unexpected 'label'; expected '}' here."), result.out());
		assertTrue(at(result, 7).stream().anyMatch(l -> l.contains("'99999999999' is not a whole number Assay can use")),
				result.out());
		assertTrue(at(result, 9).stream().anyMatch(l -> l.contains("U+0000")), result.out());
	}

	@Test
	void aRuleThatFailsOnANulInADataPathGivesALocatedError() throws Exception {
		// before: InvalidPathException in the data-file check, a stack trace and "Error executing EValidator" at 0:0
		Result result = validate("namespace shop\ndataset Orders {\n\tsource csv \"data/\u0000orders.csv\"\n"
				+ "\tlabel fraud : category [yes, no]\n}\n");
		assertEquals(1, result.code(), result.out());
		assertFalse(at(result, 3).isEmpty(), result.out());
		assertFalse(result.out().contains("\u0000"), "NUL is shown as U+0000: " + result.out());
		assertFalse(result.out().contains(":0:0:"), result.out());
	}
}
