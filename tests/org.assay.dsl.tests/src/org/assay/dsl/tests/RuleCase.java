package org.assay.dsl.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * One validation rule's test case: a failing model ({@code ⟦…⟧} marks where the issue must be reported) and a
 * passing one. Shared by the rule tests (AssayValidatorTest, AssayGenerationLimitTest).
 */
record RuleCase(String name, String code, Severity severity, String failing, String passing) {

	@Override
	public String toString() {
		return name;
	}

	/** The failing model reports the code exactly at the marked region, with the severity, line and a message that helps. */
	void assertReportedAtMarkedRegion(AssayTestSupport support) {
		MarkedText marked = MarkedText.of(failing);
		List<Issue> issues = support.validate(support.parse(marked.text()));
		List<Issue> withCode = issues.stream().filter(i -> code.equals(i.getCode())).toList();
		assertFalse(withCode.isEmpty(), () -> "expected " + code + " but got:\n" + AssayTestSupport.describe(issues));
		assertTrue(withCode.stream().anyMatch(i -> i.getOffset() == marked.offset() && i.getLength() == marked.length()),
				() -> "expected " + code + " at line " + marked.line() + " offset " + marked.offset() + " length "
						+ marked.length() + " ('" + marked.text().substring(marked.offset(), marked.offset() + marked.length())
						+ "') but got: " + withCode.stream().map(i -> i.getOffset() + "+" + i.getLength() + " " + i.getMessage())
								.toList());
		Issue issue = withCode.stream().filter(i -> i.getOffset() == marked.offset()).findFirst().orElseThrow();
		assertEquals(severity, issue.getSeverity());
		assertEquals(marked.line(), issue.getLineNumber());
		assertTrue(issue.getMessage().length() > 40, "message should say what is wrong and how to fix it");
	}
}
