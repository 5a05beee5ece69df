package org.assay.dsl.validation;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.assay.dsl.AssayStandaloneSetup;
import org.assay.model.AssayModel;
import org.assay.model.Requirement;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IDiagnosticConverter;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * The safety net under Assay's validators: a rule that throws all the same yields a located error on the element it
 * was checking, in Assay's words, and one log entry with the stack trace, never "Error executing EValidator" at 0:0.
 */
class ValidationGuardTest {

	/** A rule with a fault, as the import-cycle check had one ("Qualified name cannot be empty"). */
	static class FaultyRule extends AssayCheckBase {
		@Check
		public void checkRefinement(Requirement requirement) {
			throw new IllegalArgumentException("Qualified name cannot be empty");
		}
	}

	/** A rule that dereferences a missing part. */
	static class NullRule extends AssayCheckBase {
		@Check
		public void checkTitle(Requirement requirement) {
			requirement.getTitle().length();
		}
	}

	private static final Injector INJECTOR = AssayStandaloneSetup.doSetup();

	private final List<LoggingEvent> logged = new ArrayList<>();
	private final AppenderSkeleton appender = new AppenderSkeleton() {
		@Override
		protected void append(LoggingEvent event) {
			logged.add(event);
		}

		@Override
		public void close() {
		}

		@Override
		public boolean requiresLayout() {
			return false;
		}
	};

	@BeforeEach
	void captureLog() {
		Logger.getLogger(AssayCheckBase.class).addAppender(appender);
	}

	@AfterEach
	void releaseLog() {
		Logger.getLogger(AssayCheckBase.class).removeAppender(appender);
	}

	private static Resource load(String text) throws Exception {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		Resource resource = set.createResource(URI.createURI("memory:/guard.assay"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}

	/** Runs one rule over every requirement of the resource; the issues as a builder would show them. */
	private static List<Issue> validate(AssayCheckBase rule, Resource resource) {
		BasicDiagnostic chain = new BasicDiagnostic();
		Map<Object, Object> context = new HashMap<>();
		context.put(CheckMode.KEY, CheckMode.ALL);
		for (var element : ((AssayModel) resource.getContents().get(0)).getElements()) {
			rule.validate(element.eClass(), element, chain, context);
		}
		List<Issue> issues = new ArrayList<>();
		IDiagnosticConverter converter = INJECTOR.getInstance(IDiagnosticConverter.class);
		chain.getChildren().forEach(d -> converter.convertValidatorDiagnostic(d, issues::add));
		return issues;
	}

	private static final String MODEL = """
			namespace shop
			requirement First "Orders are scored" refines FunctionalCorrectness {}
			requirement Second "Fraud is caught" refines FunctionalCorrectness {}
			""";

	@Test
	void aThrowingRuleBecomesALocatedErrorOnEachElementAndIsLoggedOnce() throws Exception {
		List<Issue> issues = validate(INJECTOR.getInstance(FaultyRule.class), load(MODEL));
		assertEquals(2, issues.size(), issues::toString);
		for (int i = 0; i < 2; i++) {
			Issue issue = issues.get(i);
			assertEquals(Severity.ERROR, issue.getSeverity());
			assertEquals(IssueCodes.INTERNAL_ERROR, issue.getCode());
			assertEquals(2 + i, issue.getLineNumber(), "on the requirement's name");
			assertEquals(13, issue.getColumn());
			assertTrue(issue.getMessage().startsWith("Assay could not finish its check 'refinement' on this requirement"),
					issue.getMessage());
			assertFalse(issue.getMessage().contains("Exception") || issue.getMessage().contains("Qualified name"),
					issue.getMessage());
		}
		List<LoggingEvent> errors = logged.stream().filter(e -> e.getLevel() == Level.ERROR).toList();
		assertEquals(1, errors.size(), "logged once for the rule, not once per element");
		String line = errors.get(0).getRenderedMessage();
		assertTrue(line.contains("FaultyRule.checkRefinement failed on Requirement in memory:/guard.assay"), line);
		assertTrue(line.contains("java.lang.IllegalArgumentException: Qualified name cannot be empty at "
				+ "org.assay.dsl.validation.ValidationGuardTest$FaultyRule.checkRefinement(ValidationGuardTest.java:"), line);
		assertNull(errors.get(0).getThrowableInformation(), "one line on a user's console, the stack trace at debug level");
	}

	@Test
	void aNullPointerInAFileWithoutSyntaxErrorsIsAFaultToo() throws Exception {
		List<Issue> issues = validate(INJECTOR.getInstance(NullRule.class),
				load("namespace shop\nrequirement Untitled refines FunctionalCorrectness {}\n"));
		assertEquals(1, issues.size(), issues::toString);
		assertEquals(IssueCodes.INTERNAL_ERROR, issues.get(0).getCode());
		assertEquals(2, issues.get(0).getLineNumber());
	}

	@Test
	void aNullPointerOnAPartTheParserCouldNotReadIsLeftToTheSyntaxError() throws Exception {
		Resource resource = load("namespace shop\nrequirement Untitled refines FunctionalCorrectness\nrequirement {\n");
		assertFalse(resource.getErrors().isEmpty());
		assertEquals(List.of(), validate(INJECTOR.getInstance(NullRule.class), resource));
	}
}
