package org.assay.dsl.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.assay.dsl.parser.NestingGuard;
import org.assay.dsl.validation.IssueCodes;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Malformed input never crashes: it yields located syntax errors, and what can be parsed is still linked and
 * validated.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class AssayBadInputTest {

	@Inject
	private AssayTestSupport support;

	private static final String VALID = """
			namespace t
			import assay.iso25059.*
			requirement Good refines FunctionalCorrectness {
				accept accuracy >= 0.9
			}
			""";

	private List<Issue> issues(String text) {
		XtextResource resource = support.parse(text);
		return support.validate(resource);
	}

	private static List<Issue> syntaxErrors(List<Issue> issues) {
		return issues.stream().filter(i -> Diagnostic.SYNTAX_DIAGNOSTIC.equals(i.getCode())
				|| IssueCodes.NESTING_TOO_DEEP.equals(i.getCode()) || IssueCodes.UNKNOWN_ELEMENT.equals(i.getCode())).toList();
	}

	@Test
	void emptyFileIsValid() {
		assertEquals(List.of(), AssayTestSupport.errors(issues("")));
		assertEquals(List.of(), AssayTestSupport.errors(issues("   \n// only a comment\n")));
	}

	@Test
	void truncatedFileReportsLocatedErrorAndKeepsTheRestValidated() {
		String text = VALID + "requirement Broken refines FunctionalCorrectness {\n\taccept accuracy >=";
		List<Issue> issues = issues(text);
		List<Issue> syntax = syntaxErrors(issues);
		assertFalse(syntax.isEmpty(), AssayTestSupport.describe(issues));
		assertEquals(7, syntax.get(0).getLineNumber(), AssayTestSupport.describe(syntax));
		assertTrue(syntax.get(0).getColumn() > 0);
		assertTrue(issues.stream().anyMatch(i -> IssueCodes.REQUIREMENT_NOT_VERIFIED.equals(i.getCode())
				&& i.getLineNumber() == 3), () -> "the intact requirement is still validated:\n" + AssayTestSupport.describe(issues));
	}

	@Test
	void aSyntaxErrorIsNotRepeatedAsEmfStructuralErrors() {
		// a broken test case lacks its pattern: the syntax error says so at the right place; EMF's "required feature
		// 'pattern' of 'TestCaseImpl@…' must be set" would only add noise with an object dump no user can act on
		String text = VALID + "suite S tests P {\n\ttest T : threshold accuracy on slice X of D.test >= 0.8\n}\n";
		List<Issue> issues = issues(text);
		assertFalse(syntaxErrors(issues).isEmpty(), AssayTestSupport.describe(issues));
		assertTrue(issues.stream().noneMatch(i -> i.getMessage().contains("must be set") || i.getMessage().contains("Impl@")),
				() -> AssayTestSupport.describe(issues));
	}

	@Test
	void unbalancedBracesAreReported() {
		List<Issue> missingClose = syntaxErrors(issues(VALID + "dataset D {\n\tfeature x : int\n"));
		assertFalse(missingClose.isEmpty());
		List<Issue> extraClose = syntaxErrors(issues(VALID + "}\n}\n"));
		assertFalse(extraClose.isEmpty());
		assertEquals(6, extraClose.get(0).getLineNumber(), AssayTestSupport.describe(extraClose));
	}

	@Test
	void unknownKeywordIsLocatedAndLaterElementsStillParse() {
		String text = "namespace t\nimport assay.iso25059.*\nrequirment Typo \"x\" {}\n"
				+ "requirement Later refines FunctionalCorrectness { accept accuracy >= 1.5 }\n";
		List<Issue> issues = issues(text);
		List<Issue> syntax = syntaxErrors(issues);
		assertFalse(syntax.isEmpty());
		assertEquals(3, syntax.get(0).getLineNumber());
		assertEquals(1, syntax.get(0).getColumn());
		assertTrue(syntax.get(0).getMessage().contains("did you mean 'requirement'"), syntax.get(0).getMessage());
		assertTrue(issues.stream().anyMatch(i -> IssueCodes.THRESHOLD_OUT_OF_RANGE.equals(i.getCode()) && i.getLineNumber() == 4),
				() -> "the element after the typo is linked and validated:\n" + AssayTestSupport.describe(issues));
	}

	@Test
	void randomBytesNeverCrash() {
		Random random = new Random(20261127);
		for (int round = 0; round < 50; round++) {
			byte[] bytes = new byte[1 + random.nextInt(2000)];
			random.nextBytes(bytes);
			String text = new String(bytes, StandardCharsets.ISO_8859_1);
			List<Issue> issues = issues(text);
			for (Issue issue : syntaxErrors(issues)) {
				assertTrue(issue.getLineNumber() >= 1 && issue.getColumn() >= 1, issue::toString);
			}
		}
	}

	@Test
	void randomTokenSoupNeverCrashes() {
		String[] tokens = { "dataset", "{", "}", "(", ")", "[", "]", "feature", "x", ":", "int", "slice", "where", "and",
				"requirement", "accept", "accuracy", ">=", "0.5", "%", "suite", "test", "verifies", "\"s\"", ",", ".", "on" };
		Random random = new Random(7);
		for (int round = 0; round < 200; round++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(80); i >= 0; i--) {
				text.append(tokens[random.nextInt(tokens.length)]).append(random.nextInt(5) == 0 ? "\n" : " ");
			}
			assertNotNull(issues(text.toString()));
		}
	}

	@Test
	void tenThousandDeepNestingGivesADiagnosticNotAStackOverflow() {
		int depth = 10_000;
		String predicate = "(".repeat(depth) + "x < 1" + ")".repeat(depth);
		String text = VALID + "dataset D {\n\tfeature x : int\n\tslice S where " + predicate + "\n}\n";
		List<Issue> issues = issues(text);
		Issue nesting = issues.stream().filter(i -> IssueCodes.NESTING_TOO_DEEP.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError(AssayTestSupport.describe(issues)));
		assertEquals(8, nesting.getLineNumber());
		// the dataset's brace is the first level, so the guard trips at the MAX_DEPTH-th parenthesis
		assertEquals("\tslice S where ".length() + NestingGuard.MAX_DEPTH, nesting.getColumn());
		assertTrue(issues.stream().anyMatch(i -> IssueCodes.REQUIREMENT_NOT_VERIFIED.equals(i.getCode())),
				"the rest of the file is still validated");

		List<Issue> unclosed = issues(VALID + "dataset D { slice S where " + "(".repeat(depth));
		assertTrue(unclosed.stream().anyMatch(i -> IssueCodes.NESTING_TOO_DEEP.equals(i.getCode())));
		List<Issue> braces = issues(VALID + "{".repeat(depth) + "}".repeat(depth));
		assertFalse(syntaxErrors(braces).isEmpty());
	}

	@Test
	void thousandsOfNotsGiveADiagnosticNotAStackOverflow() {
		String text = VALID + "dataset D {\n\tfeature x : int\n\tslice S where " + "not ".repeat(20_000) + "x > 1\n}\n";
		List<Issue> issues = issues(text);
		assertTrue(issues.stream().anyMatch(i -> IssueCodes.NESTING_TOO_DEEP.equals(i.getCode()) && i.getLineNumber() == 8),
				() -> AssayTestSupport.describe(issues));
		assertEquals(List.of(), AssayTestSupport.errors(issues(VALID.replace("Good", "Fine") + "dataset D {\n\tfeature x : int\n"
				+ "\tslice S where not not x > 1\n}\n")).stream().filter(i -> !i.getCode().contains("Linking")).toList());
	}

	@Test
	void nestingWithinTheLimitParsesNormally() {
		int depth = 50;
		String text = "dataset D {\n\tfeature x : int\n\tslice S where " + "(".repeat(depth) + "x < 1" + ")".repeat(depth) + "\n}\n";
		assertEquals(List.of(), AssayTestSupport.errors(issues(text)));
	}
}
