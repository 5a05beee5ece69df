package org.assay.dsl.tests;

import static org.assay.dsl.validation.IssueCodes.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.assay.model.Review;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * The {@code review} element (a manual check of ML Test Score items, docs/ml-test-score.md): parsed, validated on a
 * real project folder (item ids, date, document), formatted, and round-tripped by the serializer.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AssayInjectorProvider.class)
class AssayReviewTest {

	@Inject
	private AssayTestSupport support;

	@Inject
	private ISerializer serializer;

	@Inject
	private FormatterTestHelper formatter;

	@TempDir
	Path project;

	private static final String REVIEW = "review Privacy \"Privacy audit\" covers %s by \"Data protection officer\" on %s "
			+ "document \"%s\"\n";

	private XtextResource load(String items, String date, String document) throws Exception {
		Files.writeString(project.resolve("pom.xml"), "<project/>");
		Files.createDirectories(project.resolve("docs/reviews"));
		Files.writeString(project.resolve("docs/reviews/privacy audit (2026).txt"), "checked by hand\n");
		Path model = project.resolve("m.assay");
		Files.writeString(model, "namespace audit\n\n" + REVIEW.formatted(items, date, document));
		XtextResourceSet set = support.newResourceSet();
		return (XtextResource) set.getResource(URI.createFileURI(model.toString()), true);
	}

	private List<Issue> validate(String items, String date, String document) throws Exception {
		return support.validate(load(items, date, document));
	}

	private static Issue only(List<Issue> issues, String code) {
		List<Issue> found = issues.stream().filter(i -> code.equals(i.getCode())).toList();
		assertEquals(1, found.size(), () -> AssayTestSupport.describe(issues));
		return found.get(0);
	}

	@Test
	void aValidReviewParsesWithItsParts() throws Exception {
		XtextResource resource = load("mltest.data.5, mltest.infra.7,mltest.monitor.1", "2026-11-30",
				"docs/reviews/privacy audit (2026).txt");
		assertEquals(List.of(), support.validate(resource), () -> AssayTestSupport.describe(support.validate(resource)));
		Review review = (Review) support.model(resource).getElements().get(0);
		assertEquals("Privacy", review.getName());
		assertEquals("Privacy audit", review.getTitle());
		assertEquals(List.of("mltest.data.5", "mltest.infra.7", "mltest.monitor.1"), review.getItems());
		assertEquals("Data protection officer", review.getAuthor());
		assertEquals("2026-11-30", review.getDate());
		assertEquals("docs/reviews/privacy audit (2026).txt", review.getDocument());
	}

	@Test
	void anUnknownItemIsAnErrorAtThatIdWithTheNearestOne() throws Exception {
		List<Issue> issues = validate("mltest.data.5, mltest.infra.9", "2026-11-30", "docs/reviews/privacy audit (2026).txt");
		Issue issue = only(issues, REVIEW_ITEM_UNKNOWN);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals(3, issue.getLineNumber());
		String text = Files.readString(project.resolve("m.assay"));
		assertEquals(text.indexOf("mltest.infra.9"), issue.getOffset(), "located at the wrong id, not the review");
		assertEquals("mltest.infra.9".length(), issue.getLength());
		assertTrue(issue.getMessage().contains("'mltest.infra.9', which is not one of the ML Test Score's 28 tests (did you "
				+ "mean 'mltest.infra.1'?)"), issue.getMessage());
		assertArrayEquals(new String[] { "mltest.infra.1" }, issue.getData(), "the fix-it's replacement");
	}

	@Test
	void anItemTwiceIsAWarning() throws Exception {
		Issue issue = only(validate("mltest.model.2, mltest.model.2", "2026-11-30", "docs/reviews/privacy audit (2026).txt"),
				REVIEW_ITEM_DUPLICATE);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	void aDateThatDoesNotExistIsAnError() throws Exception {
		Issue issue = only(validate("mltest.data.1", "2026-02-30", "docs/reviews/privacy audit (2026).txt"),
				REVIEW_DATE_INVALID);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertTrue(issue.getMessage().contains("is dated 2026-02-30, which is not a date. Write the day of the check as "
				+ "YYYY-MM-DD"), issue.getMessage());
	}

	@Test
	void aDateInTheFutureIsAWarning() throws Exception {
		String tomorrow = LocalDate.now().plusDays(1).toString();
		Issue issue = only(validate("mltest.data.1", tomorrow, "docs/reviews/privacy audit (2026).txt"), REVIEW_DATE_INVALID);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	void aMissingDocumentIsAnError() throws Exception {
		Issue issue = only(validate("mltest.data.1", "2026-11-30", "docs/reviews/missing.pdf"), REVIEW_DOCUMENT_MISSING);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals(3, issue.getLineNumber());
		assertTrue(issue.getMessage().startsWith("Review document 'docs/reviews/missing.pdf' does not exist"),
				issue.getMessage());
	}

	@Test
	void aDocumentOutsideTheProjectIsAnError() throws Exception {
		Issue issue = only(validate("mltest.data.1", "2026-11-30", "../elsewhere/review.pdf"), REVIEW_DOCUMENT_MISSING);
		assertTrue(issue.getMessage().contains("is outside the project"), issue.getMessage());
	}

	@Test
	void spacesInsideAnIdAreASyntaxError() throws Exception {
		List<Issue> errors = AssayTestSupport.errors(validate("mltest. data.1", "2026-11-30",
				"docs/reviews/privacy audit (2026).txt"));
		assertFalse(errors.isEmpty(), "an id is written without spaces");
	}

	@Test
	void formattedOnOneLine() {
		formatter.assertFormatted(request -> {
			request.setExpectation("""
					review Privacy "Privacy audit" covers mltest.data.5, mltest.infra.7 by "DPO" on 2026-11-30 document "docs/p.pdf"
					""");
			request.setToBeFormatted("""
					review   Privacy "Privacy audit"
					  covers mltest.data.5 ,mltest.infra.7   by "DPO"
					on 2026-11-30 document    "docs/p.pdf\"""");
			request.setUseSerializer(false);
		});
	}

	@Test
	void serializerRoundTrip() throws Exception {
		XtextResource original = load("mltest.data.5, mltest.monitor.7", "2026-11-30", "docs/reviews/privacy audit (2026).txt");
		EObject root = original.getContents().get(0);
		EObject copy = EcoreUtil.copy(root);
		XtextResource copyResource = (XtextResource) support.newResourceSet().createResource(URI.createURI("memory:/c.assay"));
		copyResource.getContents().add(copy);
		String text = serializer.serialize(copy, SaveOptions.newBuilder().format().getOptions());
		assertTrue(text.contains("covers mltest.data.5, mltest.monitor.7 by \"Data protection officer\" on 2026-11-30"), text);
		XtextResource reparsed = support.parse(text);
		assertEquals(List.of(), reparsed.getErrors(), text);
		assertTrue(new EcoreUtil.EqualityHelper().equals(root, reparsed.getContents().get(0)), text);
	}
}
